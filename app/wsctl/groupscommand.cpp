#include "groupscommand.h"

#include "cliconnection.h"
#include "cliitemresults.h"
#include "clitable.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "models/domain/directoryuser.h"
#include "models/domain/usergroup.h"
#include "models/rules/apilimits.h"
#include "models/rules/attachrules.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace {

/** The group name rules (seed 004 表5 for a GROUP's name); empty when it passes. */
QString nameProblem(const QString &name)
{
    Findings findings;
    AttachRules::checkGroupName(name, QStringLiteral("group_name"), findings);
    if (!findings.isEmpty())
        return findings.constFirst().message;
    if (name.size() > ApiLimits::GroupNameMax)
        return CliTr::tr("A group name has at most %1 characters (this one has %2).")
                .arg(ApiLimits::GroupNameMax)
                .arg(name.size());
    return {};
}

void addGroupColumns(CliTable &table)
{
    table.addColumn(QStringLiteral("name"), CliTr::tr("Group"));
    table.addColumn(QStringLiteral("description"), CliTr::tr("Description"));
    table.addColumn(QStringLiteral("platform_type"), CliTr::tr("Type"));
    table.addColumn(QStringLiteral("members"), CliTr::tr("Members"));
    table.addColumn(QStringLiteral("desktops"), CliTr::tr("Desktops"));
    table.addColumn(QStringLiteral("created"), CliTr::tr("Created"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
}

void addGroupRow(CliTable &table, const UserGroup &g)
{
    table.addRow({g.name, g.description, g.platformType, g.userQuantity, g.totalDesktops,
                  g.createTime, g.id});
}

/** Each action's word and summary. */
const CliActionName<GroupsCommand::Action> kActions[] = {
        {GroupsCommand::Action::List, "list",
         QT_TRANSLATE_NOOP("Cli", "List the user groups of the Workspace directory")},
        {GroupsCommand::Action::Create, "create", QT_TRANSLATE_NOOP("Cli", "Create a user group")},
        {GroupsCommand::Action::Rename, "rename",
         QT_TRANSLATE_NOOP("Cli", "Rename a user group or change its description")},
        {GroupsCommand::Action::Delete, "delete", QT_TRANSLATE_NOOP("Cli", "Delete user groups")},
        {GroupsCommand::Action::Members, "members",
         QT_TRANSLATE_NOOP("Cli", "List the members of a user group")},
        {GroupsCommand::Action::AddMembers, "add-members",
         QT_TRANSLATE_NOOP("Cli", "Add users to a user group")},
        {GroupsCommand::Action::RemoveMembers, "remove-members",
         QT_TRANSLATE_NOOP("Cli", "Remove users from a user group")},
};

} // namespace

GroupsCommand::GroupsCommand(Action action)
    : CliDirectoryCommand("groups", kActions, action)
    , m_action(action)
{}

QString GroupsCommand::help() const
{
    QString text;
    switch (m_action) {
    case Action::List:
        text = CliTr::tr("Usage: wsctl groups list [--name TEXT]\n"
                         "\n"
                         "Lists the user groups of the Workspace directory with their type,\n"
                         "number of members and of desktops assigned to them, and their ids (the\n"
                         "id is what a GROUP entry of an assignment names).\n"
                         "\n"
                         "Options:\n"
                         "  --name TEXT          Group name contains TEXT\n");
        break;
    case Action::Create:
        text = CliTr::tr("Usage: wsctl groups create NAME [--description TEXT] [--type "
                         "LOCAL|AD] [--dry-run]\n"
                         "\n"
                         "Creates a user group and prints its id. A name may contain Chinese\n"
                         "characters, letters, digits, \"-\" and \"_\".\n"
                         "\n"
                         "Options:\n"
                         "  --description TEXT   Description\n"
                         "  --type LOCAL|AD      LOCAL (default) or AD (a group of the AD domain)\n"
                         "  --dry-run            Check and print the body; send nothing\n");
        break;
    case Action::Rename:
        text = CliTr::tr("Usage: wsctl groups rename GROUP NEW_NAME [--description TEXT]\n"
                         "       wsctl groups rename GROUP --description TEXT\n"
                         "\n"
                         "Renames the user group GROUP (a name or an id); its members stay. AD\n"
                         "groups keep their names; their description may change.\n"
                         "\n"
                         "Options:\n"
                         "  --description TEXT   New description (\"\" clears it)\n");
        break;
    case Action::Delete:
        text = CliTr::tr("Usage: wsctl groups delete GROUP... [--yes]\n"
                         "\n"
                         "Deletes the user groups (names or ids). Their users stay in the\n"
                         "directory. A group that desktops are assigned to is refused by the\n"
                         "service. Asks first on a terminal; a script must pass --yes.\n"
                         "\n"
                         "Options:\n"
                         "  --yes                Delete without asking\n");
        break;
    case Action::Members:
        text = CliTr::tr("Usage: wsctl groups members GROUP [--name TEXT]\n"
                         "\n"
                         "Lists the users in the user group GROUP (a name or an id).\n"
                         "\n"
                         "Options:\n"
                         "  --name TEXT          User name contains TEXT\n");
        break;
    case Action::AddMembers:
        text = CliTr::tr("Usage: wsctl groups add-members GROUP USER...\n"
                         "\n"
                         "Adds directory users (names or ids) to the user group GROUP. Every user\n"
                         "is looked up first; when one is not in the directory nothing is sent.\n");
        break;
    case Action::RemoveMembers:
        text = CliTr::tr("Usage: wsctl groups remove-members GROUP USER...\n"
                         "\n"
                         "Removes users (names or ids) from the user group GROUP; they stay in\n"
                         "the directory. Every user is looked up first; when one is not in the\n"
                         "directory nothing is sent.\n");
        break;
    }
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

int GroupsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    switch (m_action) {
    case Action::List:
        return list(arguments, out, err);
    case Action::Create:
        return create(arguments, out, err);
    case Action::Rename:
        return rename(arguments, out, err);
    case Action::Delete:
        return remove(arguments, out, err);
    case Action::Members:
        return members(arguments, out, err);
    case Action::AddMembers:
    case Action::RemoveMembers:
        return changeMembers(arguments, out, err);
    }
    return ExitUsage;
}

int GroupsCommand::list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("text"));
    parser.addOption(nameOption);
    int code = ExitOk;
    CliConnection connection(globals());
    if (!parseOptionsAndOpen(parser, arguments, connection, err, &code))
        return code;
    auto *call = connection.client()->userGroups(parser.value(nameOption), &connection);
    if (!waitOk(call, CliTr::tr("the user groups could not be listed."), err, &code))
        return code;
    CliTable table;
    addGroupColumns(table);
    for (const UserGroup &g : call->result())
        addGroupRow(table, g);
    writeList(out, table, CliTr::tr("No user group matches."),
              CliTr::tr("%n group(s)", nullptr, table.rowCount()));
    return ExitOk;
}

int GroupsCommand::create(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(),
                                               QStringLiteral("text"));
    const QCommandLineOption typeOption(QStringLiteral("type"), QString(), QStringLiteral("type"),
                                        QStringLiteral("LOCAL"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOptions({descriptionOption, typeOption, dryRunOption});
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1, CliTr::tr("give the name of the new group."), err,
                        &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString name = args.constFirst();
    const QString type = parser.value(typeOption).toUpper();
    if (type != QLatin1String("LOCAL") && type != QLatin1String("AD"))
        return usageError(err, CliTr::tr("--type must be LOCAL or AD (got \"%1\").")
                                       .arg(parser.value(typeOption)));
    const QString problem = nameProblem(name);
    if (!problem.isEmpty())
        return fail(err, problem, ExitFindings);
    const QString description = parser.value(descriptionOption);
    if (description.size() > 255)
        return fail(err,
                    CliTr::tr("A description has at most 255 characters (this one has %1).")
                            .arg(description.size()),
                    ExitFindings);
    if (parser.isSet(dryRunOption)) {
        QJsonObject body{{QStringLiteral("group_name"), name},
                         {QStringLiteral("platform_type"), type}};
        if (!description.isEmpty())
            body.insert(QStringLiteral("description"), description);
        out << CliTr::tr("Dry run: nothing is sent. POST %1:").arg(ApiPaths::userGroups()) << '\n'
            << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)) << '\n';
        return ExitOk;
    }
    CliConnection connection(globals());
    code = connection.open(err);
    if (code != ExitOk)
        return code;
    auto *call = connection.client()->createUserGroup(name, description, type, &connection);
    if (!waitOk(call, CliTr::tr("the group %1 could not be created.").arg(name), err, &code))
        return code;
    CliTable table;
    addGroupColumns(table);
    addGroupRow(table, call->result());
    table.write(out, globals().format);
    return ExitOk;
}

int GroupsCommand::rename(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(),
                                               QStringLiteral("text"));
    parser.addOption(descriptionOption);
    int code = ExitOk;
    if (!parse(parser, arguments, err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2 || (args.size() == 1 && !parser.isSet(descriptionOption)))
        return usageError(err, CliTr::tr("give the group and its new name (or --description)."));
    std::optional<QString> newName;
    if (args.size() == 2) {
        newName = args.at(1);
        const QString problem = nameProblem(*newName);
        if (!problem.isEmpty())
            return fail(err, problem, ExitFindings);
    }
    std::optional<QString> description;
    if (parser.isSet(descriptionOption))
        description = parser.value(descriptionOption);
    CliConnection connection(globals());
    UserGroup group;
    code = openAndFindGroup(connection, args.constFirst(), &group, err);
    if (code != ExitOk)
        return code;
    auto *call = connection.client()->updateUserGroup(group.id, newName, description, &connection);
    if (!waitOk(call, CliTr::tr("the group %1 could not be changed.").arg(group.name), err, &code))
        return code;
    if (newName)
        group.name = *newName;
    if (description)
        group.description = *description;
    CliTable table;
    addGroupColumns(table);
    addGroupRow(table, group);
    table.write(out, globals().format);
    return ExitOk;
}

int GroupsCommand::remove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    parser.addOption(yesOption);
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, Unlimited, CliTr::tr("give the groups to delete."),
                        err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    CliConnection connection(globals());
    code = connection.open(err);
    if (code != ExitOk)
        return code;
    QList<UserGroup> groups;
    for (const QString &nameOrId : args) {
        UserGroup group;
        code = findGroup(connection, nameOrId, &group, err);
        if (code != ExitOk)
            return code;
        groups.append(group);
    }
    QStringList described;
    for (const UserGroup &g : std::as_const(groups))
        described.append(CliTr::tr("%1 (%n member(s))", nullptr, g.userQuantity).arg(g.name));
    code = confirmDelete(
            CliTr::tr("Delete the user group(s) %1?").arg(described.join(QStringLiteral(", "))),
            parser.isSet(yesOption), err);
    if (code != ExitOk)
        return code;
    CliItemResults results(QStringLiteral("name"), CliTr::tr("Group"));
    for (const UserGroup &g : std::as_const(groups)) {
        auto *call = connection.client()->deleteUserGroup(g.id, &connection);
        if (!results.wait(call, out, globals().format))
            return ExitInterrupted;
        results.add(g.name, g.id, call, QStringLiteral("deleted"));
    }
    results.write(out, globals().format);
    if (results.failed() > 0)
        return fail(err,
                    CliTr::tr("%n group(s) could not be deleted; the output says why for each.",
                              nullptr, results.failed()),
                    ExitApi);
    return ExitOk;
}

int GroupsCommand::members(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("text"));
    parser.addOption(nameOption);
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1, CliTr::tr("give one group."), err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    CliConnection connection(globals());
    UserGroup group;
    code = openAndFindGroup(connection, args.constFirst(), &group, err);
    if (code != ExitOk)
        return code;
    WorkspaceClient::QueryItems filters;
    if (parser.isSet(nameOption))
        filters.append({QStringLiteral("user_name"), parser.value(nameOption)});
    auto *call = connection.client()->groupUsers(group.id, filters, &connection);
    if (!waitOk(call, CliTr::tr("the members of %1 could not be listed.").arg(group.name), err,
                &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("user_email"), CliTr::tr("E-mail"));
    table.addColumn(QStringLiteral("user_phone"), CliTr::tr("Phone"));
    table.addColumn(QStringLiteral("desktops"), CliTr::tr("Desktops"));
    table.addColumn(QStringLiteral("description"), CliTr::tr("Description"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    for (const DirectoryUser &u : call->result())
        table.addRow({u.userName, u.userEmail, u.userPhone, u.totalDesktops, u.description, u.id});
    writeList(out, table, CliTr::tr("The group %1 has no member.").arg(group.name),
              CliTr::tr("%n member(s)", nullptr, table.rowCount()));
    return ExitOk;
}

int GroupsCommand::changeMembers(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 2, Unlimited,
                        CliTr::tr("give the group and at least one user."), err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const bool adding = m_action == Action::AddMembers;
    CliConnection connection(globals());
    UserGroup group;
    code = openAndFindGroup(connection, args.constFirst(), &group, err);
    if (code != ExitOk)
        return code;
    QList<DirectoryUser> users;
    code = findUsers(connection, args.mid(1), &users, WhenMissing::NothingSent, err);
    if (code != ExitOk)
        return code;
    QStringList ids;
    for (const DirectoryUser &u : std::as_const(users))
        ids.append(u.id);
    auto *call = adding ? connection.client()->addUsersToGroup(group.id, ids, &connection)
                        : connection.client()->removeUsersFromGroup(group.id, ids, &connection);
    if (!waitOk(call,
                adding ? CliTr::tr("the users could not be added to %1.").arg(group.name)
                       : CliTr::tr("the users could not be removed from %1.").arg(group.name),
                err, &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("group"), CliTr::tr("Group"));
    table.addColumn(QStringLiteral("result"), CliTr::tr("Result"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    for (const DirectoryUser &u : std::as_const(users))
        table.addRow({u.userName, group.name,
                      adding ? QStringLiteral("added") : QStringLiteral("removed"), u.id});
    table.write(out, globals().format);
    return ExitOk;
}

} // namespace wsc
