#include "desktopslistcommand.h"

#include "cliconnection.h"
#include "clidesktopfilter.h"
#include "clitable.h"
#include "clitr.h"

#include "api/http/desktopquery.h"
#include "api/http/workspaceclient.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace wsc {

DesktopsListCommand::DesktopsListCommand()
    : CliNamedCommand({QStringLiteral("desktops"), QStringLiteral("list")},
                      QT_TRANSLATE_NOOP("Cli", "List desktops, filtered (every page)"))
{}

QString DesktopsListCommand::help() const
{
    return CliTr::tr("Usage: wsctl desktops list [filters]\n"
                     "\n"
                     "Lists the tenant's desktops with every page read. Filters:\n"
                     "  --status S           ACTIVE, SHUTOFF, ERROR or HIBERNATED\n"
                     "  --user NAME          User name contains NAME (repeat for exact names)\n"
                     "  --computer-name N    Computer name contains N\n"
                     "  --unassigned         Only desktops without a user\n"
                     "  --assigned           Only desktops with a user\n"
                     "  --zone AZ            Availability zone\n"
                     "  --type T             DEDICATED, SHARED or POOLED\n"
                     "  --image ID           Image\n"
                     "  --subnet ID          Subnet\n"
                     "  --ip ADDRESS         Desktop IP address\n"
                     "  --tag KEY=VALUE      Tag (KEY=VALUE,KEY2=VALUE2 for several)\n"
                     "  --sort created|computer_name  Order (default created)\n"
                     "  --desc               Descending order\n"
                     "  --page-size N        Desktops per request, 1-1000 (default 500)\n"
                     "\n"
                     "Example: the unassigned desktops as CSV for an assignment file:\n"
                     "  wsctl desktops list --unassigned --format csv > free.csv\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption sort(QStringLiteral("sort"), QString(), QStringLiteral("field"));
    const QCommandLineOption desc(QStringLiteral("desc"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QString(), QStringLiteral("n"),
                                      QStringLiteral("500"));
    parser.addOptions(CliDesktopFilter::options());
    parser.addOptions({sort, desc, pageSize});
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;

    DesktopQuery query;
    QString filterError;
    if (!CliDesktopFilter::read(parser, &query, &filterError))
        return usageError(err, filterError);
    if (parser.isSet(sort)) {
        query.sortField = parser.value(sort);
        if (query.sortField != QLatin1String("created")
            && query.sortField != QLatin1String("computer_name"))
            return usageError(err, CliTr::tr("--sort must be created or computer_name."));
    }
    if (parser.isSet(desc))
        query.sortType = QStringLiteral("DESC");
    bool ok = false;
    const int limit = parser.value(pageSize).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return usageError(err, CliTr::tr("--page-size must be between 1 and 1000."));
    query.limit = limit;

    CliConnection connection(globals());
    code = connection.open(err);
    if (code != ExitOk)
        return code;
    auto *call = connection.client()->allDesktops(query, &connection);
    if (!waitOk(call, CliTr::tr("the desktops could not be listed."), err, &code))
        return code;

    CliTable table;
    table.addColumn(QStringLiteral("desktop_id"), CliTr::tr("Desktop id"));
    table.addColumn(QStringLiteral("computer_name"), CliTr::tr("Computer name"));
    table.addColumn(QStringLiteral("status"), CliTr::tr("Status"));
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("attach_state"), CliTr::tr("Assignment"));
    table.addColumn(QStringLiteral("desktop_type"), CliTr::tr("Type"));
    table.addColumn(QStringLiteral("availability_zone"), CliTr::tr("Zone"));
    table.addColumn(QStringLiteral("ip_address"), CliTr::tr("IP"));
    table.addColumn(QStringLiteral("product_id"), CliTr::tr("Product"));
    table.addColumn(QStringLiteral("created"), CliTr::tr("Created"));
    for (const DesktopInfo &d : call->result()) {
        QString userText = d.userName;
        if (userText.isEmpty() && !d.attachedUsers.isEmpty()) {
            QStringList names;
            for (const DesktopInfo::AttachedUser &u : d.attachedUsers)
                names << u.userName;
            userText = names.join(QLatin1Char(' '));
        }
        table.addRow({d.desktopId, d.computerName, d.status, userText, d.attachState, d.desktopType,
                      d.availabilityZone, d.ipAddresses.join(QLatin1Char(' ')), d.productId,
                      d.created});
    }
    writeList(out, table, CliTr::tr("No desktop matches."),
              CliTr::tr("%n desktop(s)", nullptr, table.rowCount()));
    return ExitOk;
}

} // namespace wsc
