#include "desktopsmaintenancecommand.h"

#include "clibatchfollower.h"
#include "cliconnection.h"
#include "clicsvoptions.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clirequestprinter.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchoperation.h"
#include "api/jobs/jobcenter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace {

// The dry run cuts the requests as the engine will (BatchOperation cap of the kind).
int perRequest(const ConnectionConfig &config)
{
    return BatchOperation::of(BatchKind::Maintenance).cap(config);
}

} // namespace

DesktopsMaintenanceCommand::DesktopsMaintenanceCommand()
    : CliNamedCommand(
            {QStringLiteral("desktops"), QStringLiteral("maintenance")},
            QT_TRANSLATE_NOOP("Cli", "Turn maintenance mode on or off (users cannot log in)"))
{}

QString DesktopsMaintenanceCommand::help() const
{
    return CliTr::tr("Usage: wsctl desktops maintenance on|off <desktop ids or names...> "
                     "[options]\n"
                     "\n"
                     "In maintenance mode users cannot log in to the desktop, so an administrator "
                     "can\nwork on it; \"off\" lets them in again.\n")
           + QLatin1Char('\n') + CliDesktopSelection::help() + QLatin1Char('\n')
           + CliTr::tr("Options:\n"
                       "  --dry-run            Print the exact requests; send nothing\n"
                       "\n"
                       "Example:\n"
                       "  wsctl desktops maintenance on --filter tag=dept=finance\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsMaintenanceCommand::run(const QStringList &arguments, QTextStream &out,
                                    QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOptions({dryRunOption, CliCsvOptions::encodingOption(),
                       CliCsvOptions::delimiterOption(), CliCsvOptions::maxSizeOption()});
    parser.addOptions(CliDesktopSelection::options());
    int code = ExitOk;
    if (!parse(parser, arguments, err, &code))
        return code;
    QStringList args = parser.positionalArguments();
    const QString mode = args.isEmpty() ? QString() : args.takeFirst().toLower();
    if (mode != QLatin1String("on") && mode != QLatin1String("off"))
        return usageError(err, CliTr::tr("say on or off first."));
    const bool on = mode == QLatin1String("on");
    CliDesktopSelection selection;
    QString error;
    if (!selection.read(parser, args, &error))
        return usageError(err, error);

    CliConnection connection(globals());
    code = resolveValidDesktops(selection, connection, out, err);
    if (code != ExitOk)
        return code;
    const QStringList ids = selection.desktopIds();
    QList<CliRequestPrinter::Request> requests;
    const int cap = perRequest(connection.config());
    for (int i = 0; i < ids.size(); i += cap) {
        const QJsonObject body{
                {QStringLiteral("desktop_ids"), QJsonArray::fromStringList(ids.mid(i, cap))},
                {QStringLiteral("in_maintenance_mode"), on}};
        requests.append({"PUT", ApiPaths::maintenanceMode(),
                         QJsonDocument(body).toJson(QJsonDocument::Compact)});
    }
    // The dry run prints the requests; else a journaled batch like the other multi-desktop
    // commands, followed to its end (the service answers at once).
    return printOrFollow(
            parser.isSet(dryRunOption), requests, connection,
            [&](JobCenter *center) {
                return center->startMaintenance(ids, on, selection.batchSource(name()));
            },
            out, err);
}

} // namespace wsc
