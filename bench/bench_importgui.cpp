// bench_importgui: how responsive the window stays while a big CSV file is imported.
//
//   bench_importgui [--rows N] [--runs R] [--mode dialog|worker] [--tail MS] [--reread]
//                   [--file PATH]
//
// Shows CsvImportDialog (offscreen unless QT_QPA_PLATFORM says otherwise), opens a generated
// file of N rows (default 100 000) and records every interval of a 1 ms precise timer on the GUI
// thread (LoopProbe) from the moment openFile() is called until MS ms (default 1000) after the
// dialog says loaded(), so the table's first paint of the result is included. --mode worker runs
// UserImportWorker alone (no dialog) to separate the worker's cost from the dialog's. --reread
// has the dialog read the file once before the clock starts, so that the import measured replaces
// a table of N rows (what choosing another encoding, delimiter or column does). --file imports
// PATH instead of a generated file. At the end it prints the process's peak RSS (VmHWM) against
// the file's size; the peak is reset after the file is generated (/proc/self/clear_refs), so it
// is the import's, not the generator's.

#include "benchprocess.h"
#include "csvgenerator.h"
#include "loopprobe.h"

#include "models/csv/userimportworker.h"
#include "models/itemmodels/importedusersmodel.h"
#include "support/testcontexts.h"
#include "ui/csvimport/csvimportdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace wsc;

namespace {

struct Run
{
    double importMs = 0;   ///< openFile() (or start()) until loaded() (or finished())
    double openCallMs = 0; ///< how long the openFile() call itself blocked
    double maxGap = 0;
    double maxGapImport = 0; ///< longest interval that ended before loaded()
    double maxGapAfter = 0;  ///< longest interval after loaded(): applying and painting
    double maxCpu = 0;    ///< most GUI-thread CPU time in one interval (what load cannot inflate)
    double handOnMs = -1; ///< "Import" clicked until the receiving table holds the rows
};

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/** Resets the peak RSS to the current RSS (Linux: "5" to clear_refs); false when not possible. */
bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

Run measure(const QString &path, bool withDialog, int tailMs, bool verbose, bool reread,
            bool handOn)
{
    Run run;
    LoopProbe probe;
    QEventLoop loop;
    double loadedAt = -1;
    const auto onLoaded = [&] {
        loadedAt = probe.elapsedMs();
        QTimer::singleShot(tailMs, &loop, &QEventLoop::quit);
    };

    CsvImportDialog *dialog = nullptr;
    UserImportWorker *worker = nullptr;
    if (withDialog) {
        dialog = new CsvImportDialog;
        dialog->setContext(TestContexts::windowsLite());
        dialog->resize(1100, 720);
        dialog->show();
        if (reread) {
            QEventLoop first;
            QObject::connect(dialog, &CsvImportDialog::loaded, &first, &QEventLoop::quit);
            dialog->openFile(path);
            first.exec();
        }
        waitMs(300); // exposed and painted once before the clock starts
        QObject::connect(dialog, &CsvImportDialog::loaded, &loop, onLoaded);
    } else {
        worker = new UserImportWorker;
        QObject::connect(worker, &UserImportWorker::finished, &loop, onLoaded);
    }

    double openedAt = 0;
    probe.start();
    QTimer::singleShot(0, &loop, [&] {
        openedAt = probe.elapsedMs();
        if (dialog) {
            dialog->openFile(path);
        } else {
            UserImportRequest request;
            request.filePath = path;
            request.context = TestContexts::windowsLite();
            worker->start(request);
        }
        run.openCallMs = probe.elapsedMs() - openedAt;
    });
    loop.exec();
    probe.stop();

    run.importMs = loadedAt - openedAt;
    run.maxGap = probe.maxMs();
    for (const LoopProbe::Gap &g : probe.gaps()) {
        run.maxCpu = std::max(run.maxCpu, g.cpuMs);
        if (g.at <= loadedAt)
            run.maxGapImport = std::max(run.maxGapImport, g.ms);
        else
            run.maxGapAfter = std::max(run.maxGapAfter, g.ms);
    }
    std::printf("  import %7.1f ms (openFile() call %5.1f ms)  loop intervals: %s; most GUI-thread "
                "CPU in one interval %.1f ms\n",
                run.importMs, run.openCallMs, qPrintable(probe.summary()), run.maxCpu);
    if (verbose) {
        for (const LoopProbe::Gap &g : probe.longest(5))
            std::printf("      %6.1f ms interval (%5.1f ms CPU) ending %7.1f ms after open (%s)\n",
                        g.ms, g.cpuMs, g.at - openedAt,
                        g.at <= loadedAt ? "importing" : "after loaded()");
    }
    std::fflush(stdout);
    if (dialog && handOn) {
        // What the wizard does with "Import": take the valid rows into its own users table,
        // checked against its rules, then close the dialog.
        ImportedUsersModel wizardUsers;
        wizardUsers.setContext(TestContexts::windowsLite());
        QElapsedTimer clock;
        clock.start();
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        const ValidationContext checked = dialog->context();
        wizardUsers.setRows(dialog->acceptedTable(), &checked);
        delete dialog;
        dialog = nullptr;
        run.handOnMs = double(clock.nsecsElapsed()) / 1e6;
        std::printf("  hand-on %7.1f ms: %d rows in the receiving table, peak RSS so far %.0f MB\n",
                    run.handOnMs, wizardUsers.rowCount(), BenchProcess::statusMb("VmHWM"));
        std::fflush(stdout);
    }
    delete dialog;
    delete worker;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchProcess::prepareGui();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Longest event-loop intervals while CsvImportDialog imports a file."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("dialog (default) or worker."),
                                        QStringLiteral("mode"), QStringLiteral("dialog"));
    const QCommandLineOption tailOption(QStringLiteral("tail"),
                                        QStringLiteral("Keep measuring MS ms after loaded()."),
                                        QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print the five longest intervals."));
    const QCommandLineOption rereadOption(
            QStringLiteral("reread"),
            QStringLiteral("Measure a second read of the file, replacing the first one's rows."));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Import PATH instead of a generated file."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption handOnOption(
            QStringLiteral("hand-on"),
            QStringLiteral("Then click Import and hand the rows to a users table, as the wizard "
                           "does; the peak RSS then includes it."));
    parser.addOptions({rowsOption, runsOption, modeOption, tailOption, verboseOption, rereadOption,
                       fileOption, handOnOption});
    parser.process(app);

    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool withDialog = parser.value(modeOption) != QLatin1String("worker");
    QTemporaryDir dir;
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(CsvGenerator::generate(rows, QStringLiteral("UTF-8")));
        file.close();
    }
    // The generator holds the whole text twice; the peak to report is the import's.
    const bool peakReset = resetPeakRss();
    const double startRss = BenchProcess::statusMb("VmRSS");

    std::printf("bench_importgui: %d rows (%.1f MB, UTF-8), %s%s, platform %s, %d runs\n", rows,
                QFile(path).size() / 1048576.0,
                withDialog ? "CsvImportDialog" : "UserImportWorker only",
                withDialog && parser.isSet(rereadOption) ? " (second read)" : "",
                qPrintable(QApplication::platformName()), runs);
    std::fflush(stdout);
    QList<Run> results;
    for (int r = 0; r < runs; ++r)
        results << measure(path, withDialog, parser.value(tailOption).toInt(),
                           parser.isSet(verboseOption), parser.isSet(rereadOption),
                           parser.isSet(handOnOption));

    const auto worst = [&results](double Run::*field) {
        double w = 0;
        for (const Run &r : results)
            w = std::max(w, r.*field);
        return w;
    };
    std::printf("worst of %d: longest interval %.1f ms (while importing %.1f ms, after loaded() "
                "%.1f ms); import %.1f ms; most GUI-thread CPU in one interval %.1f ms\n",
                runs, worst(&Run::maxGap), worst(&Run::maxGapImport), worst(&Run::maxGapAfter),
                worst(&Run::importMs), worst(&Run::maxCpu));
    const double fileMb = QFile(path).size() / 1048576.0;
    const double peak = BenchProcess::statusMb("VmHWM");
    std::printf("peak RSS %.0f MB = %.1f x the file (%.1f MB)%s; RSS before the first import "
                "%.0f MB\n",
                peak, peak / fileMb, fileMb,
                peakReset ? "" : " (includes generating the file: clear_refs not writable)",
                startRss);
    return 0;
}
