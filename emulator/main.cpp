// wsemu: the Workspace/IAM emulator as a stand-alone server (see docs/EMULATOR.md).

#include "emulator.h"
#include "emulatorcommandline.h"
#ifdef Q_OS_UNIX
#include "unixsignalwatcher.h"
#endif

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsemu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSC_VERSION));

    wsemu::EmulatorCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case wsemu::EmulatorCommandLine::Result::Help:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case wsemu::EmulatorCommandLine::Result::Version:
        std::printf("wsemu %s\n", WSC_VERSION);
        return 0;
    case wsemu::EmulatorCommandLine::Result::Error:
        std::fprintf(stderr, "wsemu: %s\nTry 'wsemu --help'.\n",
                     qPrintable(commandLine.errorText()));
        return 2;
    case wsemu::EmulatorCommandLine::Result::Run:
        break;
    }

    wsemu::UnixSignalWatcher signalWatcher;
    signalWatcher.watch(SIGINT);
    signalWatcher.watch(SIGTERM);
    QObject::connect(&signalWatcher, &wsemu::UnixSignalWatcher::signalled, &app,
                     [] { QCoreApplication::quit(); });

    wsemu::Emulator emulator(commandLine.options());
    if (!emulator.start(commandLine.address(), commandLine.port())) {
        std::fprintf(stderr, "wsemu: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    // Test harnesses wait for exactly this first line, so it is flushed at once.
    std::printf("wsemu listening on %s project_id=%s\n", qPrintable(emulator.baseUrl().toString()),
                qPrintable(emulator.projectId()));
    std::fflush(stdout);

    const int code = app.exec();
    emulator.stop();
    return code;
}
