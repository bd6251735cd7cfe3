#include "desktopstagscommand.h"

#include "clibatchfollower.h"
#include "cliconnection.h"
#include "clicsvoptions.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clirequestprinter.h"
#include "clitable.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchoperation.h"
#include "api/jobs/jobcenter.h"
#include "models/rules/createrules.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace wsc {

namespace {

// The dry run cuts the requests as the engine will (BatchOperation cap of the tag kinds).
int perRequest(const ConnectionConfig &config)
{
    return BatchOperation::of(BatchKind::TagAdd).cap(config);
}

/** Each action's word and summary. */
const CliActionName<DesktopsTagsCommand::Action> kActions[] = {
        {DesktopsTagsCommand::Action::Add, "add",
         QT_TRANSLATE_NOOP("Cli", "Tag desktops (a key's value is replaced)")},
        {DesktopsTagsCommand::Action::Remove, "remove",
         QT_TRANSLATE_NOOP("Cli", "Remove tags from desktops")},
        {DesktopsTagsCommand::Action::List, "list",
         QT_TRANSLATE_NOOP("Cli", "List the tag keys and values in use")},
};

} // namespace

DesktopsTagsCommand::DesktopsTagsCommand(Action action)
    : CliActionCommand("desktops tags", kActions, action)
    , m_action(action)
{}

QString DesktopsTagsCommand::help() const
{
    if (m_action == Action::List)
        return CliTr::tr("Usage: wsctl desktops tags list\n"
                         "\n"
                         "Lists every tag key used on the project's desktops with its values.\n")
               + QLatin1Char('\n') + globalOptionsHelp();
    return CliTr::tr("Usage: wsctl %1 <desktop ids or names...> --tag KEY[=VALUE]... "
                     "[options]\n")
                   .arg(name())
           + QLatin1Char('\n') + summary() + QLatin1Char('\n')
           + CliTr::tr("A key has 1 to 128 characters, a value at most 43: letters, digits, "
                       "spaces\nand _ . : + - @, not starting or ending with a space; keys do "
                       "not start\nwith _sys_.\n")
           + QLatin1Char('\n') + CliDesktopSelection::help() + QLatin1Char('\n')
           + CliTr::tr("Options:\n"
                       "  --tag KEY[=VALUE]    A tag (repeatable); remove needs only the key\n"
                       "  --dry-run            Check and print the exact requests; send "
                       "nothing\n"
                       "\n"
                       "Example:\n"
                       "  wsctl desktops tags add WKS-FIN-001 --tag dept=finance --tag floor=3\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsTagsCommand::list(QTextStream &out, QTextStream &err)
{
    CliConnection connection(globals());
    int code = connection.open(err);
    if (code != ExitOk)
        return code;
    auto *call = connection.client()->projectTags(&connection);
    if (!waitOk(call, CliTr::tr("the tags could not be listed."), err, &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("key"), CliTr::tr("Key"));
    table.addColumn(QStringLiteral("values"), CliTr::tr("Values"));
    for (const ProjectTag &t : call->result())
        table.addRow({t.key, t.values.join(QStringLiteral(", "))});
    table.write(out, globals().format, CliTr::tr("No desktop has a tag."));
    return ExitOk;
}

int DesktopsTagsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), QString(), QStringLiteral("tag"));
    if (m_action != Action::List) {
        parser.addOptions({dryRunOption, tagOption, CliCsvOptions::encodingOption(),
                           CliCsvOptions::delimiterOption(), CliCsvOptions::maxSizeOption()});
        parser.addOptions(CliDesktopSelection::options());
    }
    int code = ExitOk;
    if (!parse(parser, arguments, err, &code))
        return code;
    if (m_action == Action::List) {
        if (!parser.positionalArguments().isEmpty())
            return usageError(err, CliTr::tr("unexpected argument \"%1\".")
                                           .arg(parser.positionalArguments().constFirst()));
        return list(out, err);
    }
    if (parser.values(tagOption).isEmpty())
        return usageError(err, CliTr::tr("--tag KEY[=VALUE] is required."));
    QList<Tag> tags;
    CliIssues issues;
    for (const QString &text : parser.values(tagOption)) {
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        Tag tag;
        tag.key = eq < 0 ? text : text.left(eq);
        if (eq >= 0)
            tag.value = text.mid(eq + 1);
        Findings found;
        CreateRules::checkTag(tag, QStringLiteral("--tag %1").arg(text), found);
        for (const Finding &f : std::as_const(found))
            issues.append(CliIssue::fromFinding(f, QString()));
        tags.append(tag);
    }
    CliDesktopSelection selection;
    QString error;
    if (!selection.read(parser, parser.positionalArguments(), &error))
        return usageError(err, error);
    if (std::any_of(issues.cbegin(), issues.cend(),
                    [](const CliIssue &i) { return i.isError(); })) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }

    CliConnection connection(globals());
    code = resolveValidDesktops(selection, connection, out, err);
    if (code != ExitOk)
        return code;
    const QStringList ids = selection.desktopIds();
    const bool add = m_action == Action::Add;
    QList<CliRequestPrinter::Request> requests;
    const int cap = perRequest(connection.config());
    for (int i = 0; i < ids.size(); i += cap) {
        const DesktopTagsChange change = DesktopTagsChange::sameTags(ids.mid(i, cap), tags);
        requests.append({add ? QByteArray("POST") : QByteArray("DELETE"),
                         ApiPaths::desktopsBatchTags(),
                         QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact)});
    }
    // The dry run prints the requests; else a journaled batch like the other multi-desktop
    // commands: chunked, each chunk sent once, a lost answer looked up, and every desktop's
    // outcome in `wsctl jobs` and the jobs panel. The service answers a tag request at once:
    // follow the batch to its end.
    return printOrFollow(
            parser.isSet(dryRunOption), requests, connection,
            [&](JobCenter *center) {
                return center->startTags(DesktopTagsChange::sameTags(ids, tags), add,
                                         selection.batchSource(name()));
            },
            out, err);
}

} // namespace wsc
