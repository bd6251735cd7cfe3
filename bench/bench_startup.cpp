// bench_startup: time from launch to the first painted main window, and idle memory.
//
//   bench_startup [--program PATH] [--runs R] [--idle MS] [-- program args...]
//
// Launches the console (default: this build's bin/wsconsole) with
// WSC_STARTUP_PROBE=1. That variable makes wsconsole print one line, "wsc-startup first-paint",
// on stdout once its main window is exposed and painted (the "start-up probe" section of
// app/wsconsole/main.cpp); the wall time from QProcess::start() to that line is the
// start-up time (exec, dynamic loading, QApplication, settings, the window's construction and
// its first paint). The program is then left idle for MS ms (default 2000) and its memory read
// from /proc/PID/status (VmRSS) and /proc/PID/smaps_rollup (Pss) before it is terminated.
// Run it under a real X server (scripts/bench.sh uses xvfb-run) for the xcb figures, or with
// QT_QPA_PLATFORM=offscreen for the platform-independent part.

#include "benchfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

/** A field of /proc/PID/status or smaps_rollup, in kB; -1 when absent. */
qint64 procKb(qint64 pid, const char *file, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Sample
{
    double paintMs = -1;
    qint64 rssKb = -1;
    qint64 pssKb = -1;
};

Sample launch(const QString &program, const QStringList &args, int idleMs, const QString &home)
{
    Sample s;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSC_STARTUP_PROBE"), QStringLiteral("1"));
    // Settings, profiles and the Sandbox state go to a scratch home, never the real one.
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    QEventLoop loop;
    QByteArray out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += process.readAllStandardOutput();
        if (s.paintMs < 0 && out.contains("wsc-startup first-paint")) {
            s.paintMs = clock.nsecsElapsed() / 1e6;
            QTimer::singleShot(idleMs, &loop, &QEventLoop::quit);
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    process.start(program, args);
    loop.exec();
    if (process.state() == QProcess::Running) {
        s.rssKb = procKb(process.processId(), "status", "VmRSS");
        s.pssKb = procKb(process.processId(), "smaps_rollup", "Pss");
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    if (s.paintMs < 0) {
        std::fprintf(stderr, "bench_startup: no \"wsc-startup first-paint\" line; stderr:\n%s\n",
                     process.readAllStandardError().constData());
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up time and idle memory of the GUI."));
    parser.addHelpOption();
    const QCommandLineOption programOption(
            QStringLiteral("program"),
            QStringLiteral("The program (default: this build's wsconsole)."),
            QStringLiteral("PATH"),
            QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral("../bin/wsconsole")));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Launches."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Idle time before memory is read."),
                                        QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOptions({programOption, runsOption, idleOption});
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("Program arguments."));
    parser.process(app);

    const QString program = QFileInfo(parser.value(programOption)).absoluteFilePath();
    if (!QFileInfo(program).isExecutable()) {
        std::printf("bench_startup: %s is not built (yet); nothing measured\n",
                    qPrintable(program));
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::printf("bench_startup: %s, %d launches, platform %s, idle %s ms before reading memory\n",
                qPrintable(program), runs,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"))),
                qPrintable(parser.value(idleOption)));
    const QTemporaryDir home; // shared by the launches: the first one is a first run
    QList<double> paints;
    QList<double> rss;
    QList<double> pss;
    for (int r = 0; r < runs; ++r) {
        const Sample s = launch(program, parser.positionalArguments(),
                                parser.value(idleOption).toInt(), home.path());
        if (s.paintMs < 0)
            return 1;
        std::printf("  launch %d: first paint %7.1f ms, idle RSS %6.1f MB, PSS %6.1f MB\n", r + 1,
                    s.paintMs, s.rssKb / 1024.0, s.pssKb / 1024.0);
        std::fflush(stdout);
        // The first launch is a first run (it writes the settings and the Sandbox profile) with
        // cold caches: it is shown, not counted, when there are more.
        if (r > 0 || runs == 1) {
            paints << s.paintMs;
            rss << s.rssKb / 1024.0;
            pss << s.pssKb / 1024.0;
        }
    }
    std::printf("median (warm): first paint %.1f ms, idle RSS %.1f MB, PSS %.1f MB\n",
                BenchFigures::median(paints), BenchFigures::median(rss), BenchFigures::median(pss));
    return 0;
}
