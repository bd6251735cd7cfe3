#include "quotascommand.h"

#include "cliconnection.h"
#include "clitable.h"
#include "clitr.h"

#include "api/http/workspaceclient.h"
#include "models/rules/quotarules.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace wsc {

QuotasCommand::QuotasCommand()
    : CliNamedCommand({QStringLiteral("quotas")},
                      QT_TRANSLATE_NOOP("Cli", "Show the tenant's quotas and what is left of them"))
{}

QString QuotasCommand::help() const
{
    return CliTr::tr("Usage: wsctl quotas [--zone CODE] [--site ID]\n"
                     "\n"
                     "Shows each quota of the tenant (desktops, GPU desktops, vCPUs, memory,\n"
                     "disks, users...): the limit, what is used (desktops being created count)\n"
                     "and what is left. \"wsctl desktops create\" refuses a batch that does not\n"
                     "fit before it sends anything.\n"
                     "\n"
                     "Options:\n"
                     "  --zone CODE          The quotas of one availability zone "
                     "(ShowQuotaDetails)\n"
                     "  --site ID            The quotas of one site (ShowQuotaDetails)\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int QuotasCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption zoneOption(QStringLiteral("zone"), QString(), QStringLiteral("code"));
    const QCommandLineOption siteOption(QStringLiteral("site"), QString(), QStringLiteral("id"));
    parser.addOptions({zoneOption, siteOption});
    int code = ExitOk;
    CliConnection connection(globals());
    if (!parseOptionsAndOpen(parser, arguments, connection, err, &code))
        return code;
    const bool detail = parser.isSet(zoneOption) || parser.isSet(siteOption);
    auto *call = detail ? connection.client()->quotaDetails(parser.value(siteOption),
                                                            parser.value(zoneOption), &connection)
                        : connection.client()->quotas(&connection);
    if (!waitOk(call, CliTr::tr("the quotas could not be read."), err, &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("type"), CliTr::tr("Type"));
    table.addColumn(QStringLiteral("name"), CliTr::tr("Quota"));
    table.addColumn(QStringLiteral("quota"), CliTr::tr("Limit"));
    table.addColumn(QStringLiteral("used"), CliTr::tr("Used"));
    table.addColumn(QStringLiteral("remaining"), CliTr::tr("Left"));
    table.addColumn(QStringLiteral("unit"), CliTr::tr("Unit"));
    for (const Quota &q : call->result()) {
        // -1: no limit; the JSON and CSV keep the number, the text says so.
        const bool unlimited = q.quota < 0;
        const bool text = globals().format == CliGlobals::Format::Text;
        table.addRow({q.type, QuotaRules::typeName(q.type),
                      unlimited && text ? QVariant(CliTr::tr("no limit")) : QVariant(q.quota),
                      q.used,
                      unlimited && text ? QVariant(CliTr::tr("no limit")) : QVariant(q.remaining()),
                      q.unit});
    }
    table.write(out, globals().format, CliTr::tr("The service reports no quota."));
    return ExitOk;
}

} // namespace wsc
