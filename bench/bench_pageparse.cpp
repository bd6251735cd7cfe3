// bench_pageparse: where a reading thread's time goes on one page of the desktop list.
//
//   bench_pageparse [--page N] [--rounds N] [--malloc-policy]
//
// Starts the wsemu executable (EmulatorProcess) with N generated desktops (default 500, one
// page of the size the desktops view asks for), reads that page's body once through the real
// client, then parses it --rounds times (default 200) in each of three ways and prints one line:
//
//   page_kb=.. json_ms=.. desktops_ms=.. page_ms=.. pages_per_s=..
//
// json_ms: QJsonDocument::fromJson alone; desktops_ms: DesktopInfo::fromJson over the page's
// desktops, from the parsed document; page_ms: WorkspaceClient::parseDesktopsPage, what a reading
// thread of DesktopListLoader runs (both, and the page's total); keys_ms: the desktops view's page
// work (DesktopTableModel::pageKeys, its sort and search keys), which the same thread runs next;
// pages_per_s: 1000 / (page_ms + keys_ms), what one reading thread manages on this machine. Each
// figure is the median of the rounds.

#include "benchfigures.h"

#include "api/http/mallocpolicy.h"
#include "api/http/workspaceclient.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/mainwindow/desktoptablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace wsc;

namespace {

/** The median of @p rounds runs of @p work, in milliseconds. */
double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    times.reserve(rounds);
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times << clock.nsecsElapsed() / 1e6;
    }
    return BenchFigures::median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Parsing one page of the desktop list."));
    parser.addHelpOption();
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Desktops on the page (default 500)."),
                                        QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Parses of each kind (default 200)."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption mallocOption(
            QStringLiteral("malloc-policy"),
            QStringLiteral("Large blocks back to the system, as the console's main() does."));
    parser.addOptions({pageOption, roundsOption, mallocOption});
    parser.process(app);
    if (parser.isSet(mallocOption))
        MallocPolicy::returnLargeBlocksToSystem();
    const int desktops = qBound(1, parser.value(pageOption).toInt(), 1000);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    EmulatorProcess emu;
    if (!emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                    QStringLiteral("--desktops"), QString::number(desktops)},
                   60000))
        qFatal("%s", qPrintable(emu.errorString()));
    WorkspaceClient client(EmulatorConfig::forEmulator(emu));
    DesktopQuery query;
    query.limit = desktops;
    TypedCall<QByteArray> *call = client.desktopsPageBody(query, &client);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(60000) || !call->isOk())
        qFatal("the page was not read: %s", qPrintable(call->error().summary()));
    const QByteArray body = call->result();
    emu.stop();

    ListPage<DesktopInfo> check;
    if (!WorkspaceClient::parseDesktopsPage(body, &check) || check.items.size() != desktops)
        qFatal("the page did not parse into %d desktops", desktops);

    const double jsonMs = medianMs(rounds, [&] {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            qFatal("not a JSON object");
    });
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(u"desktops").toArray();
    const double desktopsMs = medianMs(rounds, [&] {
        QList<DesktopInfo> out;
        out.reserve(items.size());
        for (const QJsonValue &item : items)
            out.append(DesktopInfo::fromJson(item));
    });
    const double pageMs = medianMs(rounds, [&] {
        ListPage<DesktopInfo> page;
        WorkspaceClient::parseDesktopsPage(body, &page);
    });
    // The desktops view's page work, done on the reading thread after the parse.
    const double keysMs = medianMs(rounds, [&] {
        const QList<DesktopRowKeys> keys = DesktopTableModel::pageKeys(check.items);
        if (keys.size() != check.items.size())
            qFatal("keys for %lld desktops", static_cast<long long>(keys.size()));
    });
    std::printf("page_kb=%.0f json_ms=%.2f desktops_ms=%.2f page_ms=%.2f keys_ms=%.2f "
                "pages_per_s=%.0f\n",
                body.size() / 1024.0, jsonMs, desktopsMs, pageMs, keysMs,
                1000.0 / (pageMs + keysMs));
    return 0;
}
