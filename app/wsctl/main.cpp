#include "clidispatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("wsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto dispatcher = CliDispatcher::createDefault();
    const int code = dispatcher->run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
