#include "desktopsrenamecommand.h"

#include "cliconnection.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clirequestprinter.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "models/rules/createrules.h"
#include "models/rules/day2rules.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

DesktopsRenameCommand::DesktopsRenameCommand()
    : CliNamedCommand({QStringLiteral("desktops"), QStringLiteral("rename")},
                      QT_TRANSLATE_NOOP("Cli", "Give a desktop a new computer name"))
{}

QString DesktopsRenameCommand::help() const
{
    return CliTr::tr("Usage: wsctl desktops rename DESKTOP NEW_NAME [options]\n"
                     "\n"
                     "Gives the desktop (its id or computer name) a new computer name: 1 to 15\n"
                     "letters, digits or '-', not used by another desktop.\n"
                     "\n"
                     "Options:\n"
                     "  --dry-run            Check and print the exact request; send nothing\n"
                     "\n"
                     "Example:\n"
                     "  wsctl desktops rename WKS-FIN-001 FIN-ZHANGWEI\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsRenameCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOption(dryRunOption);
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 2, 2, CliTr::tr("give the desktop and its new name."),
                        err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString newName = args.at(1).trimmed();

    CliConnection connection(globals());
    // The selection reads no option here: the desktop is the first argument.
    CliDesktopSelection selection;
    code = resolveArguments(selection, {args.at(0)}, connection, err);
    if (code != ExitOk)
        return code;
    WorkspaceClient *client = connection.client();
    CliIssues issues = selection.issues();
    Findings found;
    CreateRules::checkComputerName(newName, QStringLiteral("computer_name"), found);
    for (const Finding &f : std::as_const(found))
        issues.append(CliIssue::fromFinding(f, QString()));
    if (!selection.desktops().isEmpty()) {
        const DesktopInfo &d = selection.desktops().constFirst();
        const QString busy = Day2Rules::busyReason(d);
        if (!busy.isEmpty()) {
            CliIssue i;
            i.code = QStringLiteral("desktop.busy");
            i.message = CliTr::tr("%1: %2; wait until it ends.").arg(d.computerName, busy);
            issues.append(i);
        }
        // Another desktop with the name: the service refuses it (names are unique).
        DesktopQuery query;
        query.computerNames = {newName};
        auto *call = client->allDesktops(query, &connection);
        if (!waitOk(call, CliTr::tr("the desktops could not be listed."), err, &code))
            return code;
        for (const DesktopInfo &other : call->result()) {
            if (other.desktopId != d.desktopId
                && other.computerName.compare(newName, Qt::CaseInsensitive) == 0) {
                CliIssue i;
                i.code = QStringLiteral("computer_name.taken");
                i.message = CliTr::tr("Desktop %1 is already named %2.")
                                    .arg(other.desktopId, other.computerName);
                issues.append(i);
            }
        }
    }
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        || selection.desktops().isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }
    const DesktopInfo d = selection.desktops().constFirst();
    if (parser.isSet(dryRunOption)) {
        const QJsonObject body{{QStringLiteral("desktop"),
                                QJsonObject{{QStringLiteral("computer_name"), newName}}}};
        CliRequestPrinter::print(out, globals().format,
                                 {{"PUT", ApiPaths::desktop(d.desktopId),
                                   QJsonDocument(body).toJson(QJsonDocument::Compact)}});
        return ExitOk;
    }
    auto *call = client->renameDesktop(d.desktopId, newName, &connection);
    if (!waitOk(call, CliTr::tr("the desktop could not be renamed."), err, &code))
        return code;
    if (globals().format == CliGlobals::Format::Text)
        out << CliTr::tr("Renamed %1 to %2.").arg(d.computerName, newName) << '\n';
    return ExitOk;
}

} // namespace wsc
