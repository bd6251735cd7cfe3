// bench_desktoplist: how the desktops view copes with a large tenant.
//
//   bench_desktoplist [--desktops N] [--rps R] [--profile told|fresh|learned] [--search TEXT]
//                     [--repeat N] [--verbose]
//
// Starts the wsemu executable (EmulatorProcess: the server runs in its own process, so neither
// its work nor its memory counts for the console) with N generated desktops (default 50 000)
// and a rate limit of R requests/s (default 20, the profile default), then opens the real
// DesktopsView with a real Session offscreen and prints one line. The client's profile is
// --profile: "told" (default) its Requests per second is R; "fresh" nothing set (20/s) and
// nothing learned; "learned" R, plus the pace an earlier session of the profile learned (one
// load of the list first, untimed, whose settled pace is kept as LearnedRateKeeper would):
//
//   desktops=N first_rows_ms=.. all_loaded_ms=.. longest_gap_ms=.. filter_ms=.. sort_ms=..
//   rss_mb=..
//
// first_rows_ms: setSession() until the first rows are in the table; all_loaded_ms: until the
// view says loaded(); longest_gap_ms: the longest interval of a 1 ms timer on the GUI thread in
// between (LoopProbe); filter_ms: typing a search (TEXT, default "dev-01") until the table has
// re-filtered and painted; sort_ms: a click on the User column header over all rows, painted
// (with --repeat N, both N times, the sort alternating with the Name column: the medians);
// rss_mb: peak resident memory of this process (VmHWM). The target bound of all_loaded_ms is
// 1.2 x pages / R + 1 s.

#include "benchfigures.h"
#include "benchprocess.h"
#include "loopprobe.h"

#include "api/http/desktoplistloader.h"
#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "support/emulatorprocess.h"
#include "support/paintcounter.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablefilter.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace wsc;

namespace {

/** Runs the event loop until everything posted so far (layout, paint) is done. */
void settle(QTableView *table)
{
    QCoreApplication::processEvents();
    table->viewport()->repaint();
}

double maxOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

} // namespace

int main(int argc, char *argv[])
{
    BenchProcess::prepareGui();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The desktops view on a large tenant."));
    parser.addHelpOption();
    const QCommandLineOption desktopsOption(QStringLiteral("desktops"),
                                            QStringLiteral("Desktops (default 50000)."),
                                            QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption rpsOption(QStringLiteral("rps"),
                                       QStringLiteral("Tenant rate limit (default 20)."),
                                       QStringLiteral("r"), QStringLiteral("20"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Search text (default dev-01)."),
                                          QStringLiteral("text"), QStringLiteral("dev-01"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Also print the longest gaps."));
    const QCommandLineOption repeatOption(
            QStringLiteral("repeat"),
            QStringLiteral("Filter and sort this many times; print the medians (default 1)."),
            QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption profileOption(
            QStringLiteral("profile"),
            QStringLiteral("The client's profile: told (default), fresh or learned."),
            QStringLiteral("kind"), QStringLiteral("told"));
    parser.addOptions(
            {desktopsOption, rpsOption, profileOption, searchOption, verboseOption, repeatOption});
    parser.process(app);
    const QString profileKind = parser.value(profileOption);
    if (!QStringList{QStringLiteral("told"), QStringLiteral("fresh"), QStringLiteral("learned")}
                 .contains(profileKind))
        qFatal("--profile: told, fresh or learned");
    const int desktops = parser.value(desktopsOption).toInt();
    const int rps = parser.value(rpsOption).toInt();
    const int pageSize = 500; // what the view asks for (DesktopQuery's default limit)

    EmulatorProcess emu;
    QStringList emuArgs{QStringLiteral("--time-scale"), QStringLiteral("0"),
                        QStringLiteral("--desktops"),   QString::number(desktops),
                        QStringLiteral("--rps"),        QString::number(rps)};
    if (parser.isSet(verboseOption))
        emuArgs << QStringLiteral("--verbose"); // the server's time per page, from its log
    if (!emu.start(emuArgs, 60000))
        qFatal("%s", qPrintable(emu.errorString()));

    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("bench");
    profile.config.region = QString::fromLatin1(EmulatorProcess::DefaultRegion);
    profile.config.workspaceEndpoint = emu.baseUrl();
    profile.config.iamEndpoint = emu.baseUrl();
    profile.config.projectId = emu.projectId();
    profile.config.accessKey = QString::fromLatin1(EmulatorProcess::DefaultAccessKey);
    profile.config.secretKey = QString::fromLatin1(EmulatorProcess::DefaultSecretKey);
    profile.config.proxyMode = ConnectionConfig::ProxyMode::None;
    if (profileKind != QLatin1String("fresh"))
        profile.config.requestsPerSecond = rps;
    profile.config.timeoutMs = 30000;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    if (profileKind == QLatin1String("learned")) {
        // An earlier session of the profile: one load, whose settled pace the profile keeps.
        Session earlier(profile, dir.filePath(QStringLiteral("earlier.jsonl")));
        DesktopsView view(&settings);
        QEventLoop loop;
        QObject::connect(&view, &DesktopsView::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        view.setSession(&earlier);
        loop.exec();
        profile.config.learnedRate = earlier.client()->governor()->settledRate();
        view.setSession(nullptr);
        // Hours pass between sessions: the service's bucket is full again.
        QTimer::singleShot(1500, &loop, &QEventLoop::quit);
        loop.exec();
        BenchProcess::resetPeakRss();
    }
    Session session(profile, dir.filePath(QStringLiteral("journal.jsonl")));
    const qsizetype logStart = emu.standardError().size(); // the earlier session's lines: not ours

    DesktopsView view(&settings);
    view.resize(1280, 720);
    view.show();
    QCoreApplication::processEvents();

    PaintCounter paints;
    view.table()->viewport()->installEventFilter(&paints);
    LoopProbe probe;
    QEventLoop loop;
    double firstRowsMs = -1;
    double lastRowsMs = -1;
    double loadedMs = -1;
    double loadCpuMs = -1;        // the GUI thread's CPU time from setSession() to loaded()
    double loadProcessCpuMs = -1; // the console's, all threads
    int tablePaints = 0;
    bool ok = false;
    QObject::connect(view.model(), &QAbstractItemModel::rowsInserted, &probe, [&] {
        if (firstRowsMs < 0)
            firstRowsMs = probe.elapsedMs();
        lastRowsMs = probe.elapsedMs();
    });
    QObject::connect(&view, &DesktopsView::loaded, &probe, [&](bool success) {
        loadedMs = probe.elapsedMs();
        loadCpuMs = BenchFigures::threadCpuMs() - loadCpuMs;
        loadProcessCpuMs = BenchFigures::processCpuMs() - loadProcessCpuMs;
        tablePaints = paints.count;
        ok = success;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    probe.start();
    loadCpuMs = BenchFigures::threadCpuMs();
    loadProcessCpuMs = BenchFigures::processCpuMs();
    // The pace: every change of the governor's rate, and when each 429 arrived.
    struct PacePoint
    {
        double at;
        double rate;
        int throttles;
    };
    QList<PacePoint> pace;
    RateGovernor *governor = session.client()->governor();
    pace.append({0, governor->currentRate(), governor->throttleCount()});
    QObject::connect(governor, &RateGovernor::rateChanged, &probe, [&](double rate) {
        pace.append({probe.elapsedMs(), rate, governor->throttleCount()});
    });
    view.setSession(&session);
    // The last page read (parsed on the loader's pool) against the last rows merged.
    double lastPageMs = -1;
    QList<double> pageTimes;
    if (auto *loader = view.findChild<DesktopListLoader *>())
        QObject::connect(loader, &DesktopListLoader::pageLoaded, &probe, [&] {
            lastPageMs = probe.elapsedMs();
            pageTimes << lastPageMs;
        });
    loop.exec();
    probe.stop();
    if (!ok)
        qFatal("the list did not load (%d rows)", view.model()->rowCount());
    if (view.model()->rowCount() != desktops)
        qFatal("%d rows for %d desktops", view.model()->rowCount(), desktops);
    settle(view.table());

    // Filter, clear, sort: --repeat times (the sort alternates between two columns, so each
    // one sorts every row again); the figures printed are the medians.
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("desktopSearch"));
    QList<double> filterRuns, filterCallRuns, filterCpuRuns, sortRuns, sortCallRuns, sortCpuRuns;
    int shown = 0;
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer clock;
        clock.start();
        double cpu = BenchFigures::threadCpuMs();
        search->setText(parser.value(searchOption));
        filterCallRuns << clock.nsecsElapsed() / 1e6;
        settle(view.table());
        filterRuns << clock.nsecsElapsed() / 1e6;
        filterCpuRuns << BenchFigures::threadCpuMs() - cpu;
        shown = view.filter()->rowCount();
        search->clear();
        settle(view.table());

        clock.restart();
        cpu = BenchFigures::threadCpuMs();
        const bool byUser = run % 2 == 0;
        view.table()->horizontalHeader()->setSortIndicator(
                byUser ? DesktopTableModel::UserColumn : DesktopTableModel::NameColumn,
                byUser ? Qt::DescendingOrder : Qt::AscendingOrder);
        sortCallRuns << clock.nsecsElapsed() / 1e6;
        settle(view.table());
        sortRuns << clock.nsecsElapsed() / 1e6;
        sortCpuRuns << BenchFigures::threadCpuMs() - cpu;
    }
    const double filterMs = BenchFigures::median(filterRuns);
    const double sortMs = BenchFigures::median(sortRuns);

    const int pages = (desktops + pageSize - 1) / pageSize;
    std::printf("desktops=%d first_rows_ms=%.0f all_loaded_ms=%.0f longest_gap_ms=%.1f "
                "filter_ms=%.1f sort_ms=%.1f rss_mb=%.0f\n",
                desktops, firstRowsMs, loadedMs, probe.maxMs(), filterMs, sortMs,
                BenchProcess::statusMb("VmHWM"));
    if (parser.isSet(verboseOption)) {
        std::printf("  pages=%d rps=%d bound_ms=%.0f requests=%d filter_shown=%d profile=%s "
                    "learned_rate=%.1f\n  gaps: %s\n",
                    pages, rps, 1.2 * pages * 1000.0 / rps + 1000, session.client()->requestCount(),
                    shown, qPrintable(profileKind), profile.config.learnedRate,
                    qPrintable(probe.summary()));
        std::printf("  load: %.0f ms of GUI-thread CPU, %.0f ms of the console's (%.1f ms a page), "
                    "%d paints of the table\n",
                    loadCpuMs, loadProcessCpuMs, loadProcessCpuMs / pages, tablePaints);
        std::printf(
                "  filter: call %.1f ms, with paint %.1f ms CPU (max %.1f ms); sort: call %.1f ms, "
                "with paint %.1f ms CPU (max %.1f ms); medians of %d\n",
                BenchFigures::median(filterCallRuns), BenchFigures::median(filterCpuRuns),
                maxOf(filterRuns), BenchFigures::median(sortCallRuns),
                BenchFigures::median(sortCpuRuns), maxOf(sortRuns), repeat);
        LoopProbe::Gap longestCpu;
        for (const LoopProbe::Gap &gap : probe.gaps()) {
            if (gap.cpuMs > longestCpu.cpuMs)
                longestCpu = gap;
        }
        std::printf("  longest interval in CPU time: %.1f ms (%.1f ms wall) ending at %.0f ms\n",
                    longestCpu.cpuMs, longestCpu.ms, longestCpu.at);
        for (const LoopProbe::Gap &gap : probe.longest(5))
            std::printf("  gap %.1f ms (%.1f ms CPU) ending at %.0f ms\n", gap.ms, gap.cpuMs,
                        gap.at);
        // "wsemu: GET /v2/.../desktops/detail -> 200 (12 ms)"
        QList<int> serverMs;
        int tooMany = 0;
        for (const QByteArray &line : emu.standardError().mid(logStart).split('\n')) {
            const qsizetype open = line.lastIndexOf(" (");
            if (line.contains("/desktops/detail -> 200") && open > 0)
                serverMs << line.mid(open + 2).split(' ').value(0).toInt();
            else if (line.contains("-> 429"))
                ++tooMany;
        }
        std::printf("  last page read at %.0f ms, its rows in the table at %.0f ms; %d requests "
                    "answered 429\n",
                    lastPageMs, lastRowsMs, tooMany);
        // How fast pages came: what a rate limit with a one-second burst would have to absorb.
        QStringList readBy;
        for (int at = 500; at <= 3000; at += 500)
            readBy << QStringLiteral("%1 by %2 ms")
                              .arg(std::count_if(pageTimes.cbegin(), pageTimes.cend(),
                                                 [at](double t) { return t <= at; }))
                              .arg(at);
        std::printf("  pages read: %s\n", qPrintable(readBy.join(QStringLiteral(", "))));
        // The rate's path: where it started, its peak, each cut (a 429 arrived) and where it
        // ended.
        PacePoint peak = pace.constFirst();
        QStringList cuts;
        for (qsizetype i = 1; i < pace.size(); ++i) {
            if (pace.at(i).rate > peak.rate)
                peak = pace.at(i);
            if (pace.at(i).throttles > pace.at(i - 1).throttles)
                cuts << QStringLiteral("%1/s at %2 ms")
                                .arg(pace.at(i).rate, 0, 'f', 1)
                                .arg(pace.at(i).at, 0, 'f', 0);
        }
        std::printf("  rate: %.1f/s at start, peak %.1f/s at %.0f ms, cut to %s, %.1f/s at the end "
                    "(%lld changes, learned limit %.1f/s)\n",
                    pace.constFirst().rate, peak.rate, peak.at,
                    cuts.isEmpty() ? "(none)" : qPrintable(cuts.join(QStringLiteral(", "))),
                    governor->currentRate(), static_cast<long long>(pace.size() - 1),
                    governor->learnedLimit());
        std::sort(serverMs.begin(), serverMs.end());
        if (!serverMs.isEmpty())
            std::printf("  server ms per page: median %d max %d (%d pages)\n",
                        serverMs.at(serverMs.size() / 2), serverMs.constLast(),
                        int(serverMs.size()));
    }
    view.setSession(nullptr);
    emu.stop();
    return 0;
}
