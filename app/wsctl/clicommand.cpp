#include "clicommand.h"

#include "clitr.h"

#include <QTextStream>

int CliCommand::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("wsctl %1: ").arg(name()) << message << '\n'
        << CliTr::tr("Run \"wsctl %1 --help\" for the options.").arg(name()) << '\n';
    err.flush();
    return ExitUsage;
}
