#include "clidispatcher.h"
#include "clisignalwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace wsc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The console's names: QSettings (profiles) and AppDataLocation (the job journal, the
    // Sandbox's state) then resolve to the same files as wsconsole's.
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("wsconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSC_VERSION));

    // Ctrl-C and SIGTERM reach the running command through a self-pipe (journal stays whole).
    CliSignalWatcher signalWatcher;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto dispatcher = CliDispatcher::createDefault();
    const int code = dispatcher->run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
