#include "userscommand.h"

#include "cliconnection.h"
#include "clicsvoptions.h"
#include "cliissue.h"
#include "cliplanprinter.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/apipaths.h"
#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "models/csv/userimport.h"
#include "models/domain/directoryuser.h"
#include "models/rules/createuserrules.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace wsc {

namespace {

/** The body as it would be sent, with the password masked: what --dry-run may print. */
QByteArray printableBody(const CreateUserRequest &request)
{
    QJsonObject body = request.toJson();
    if (body.contains(QStringLiteral("password")))
        body.insert(QStringLiteral("password"), QStringLiteral("********"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

UsersCommand::UsersCommand(Action action)
    : m_action(action)
{}

QStringList UsersCommand::words() const
{
    return {QStringLiteral("users"),
            m_action == Action::List ? QStringLiteral("list") : QStringLiteral("create")};
}

QString UsersCommand::summary() const
{
    return m_action == Action::List
                   ? CliTr::tr("List the users of the Workspace directory")
                   : CliTr::tr("Create directory users (one, or one per CSV line)");
}

QString UsersCommand::help() const
{
    if (m_action == Action::List) {
        return CliTr::tr("Usage: wsctl users list [options]\n"
                         "\n"
                         "Lists the users of the Workspace directory (not IAM users) with their\n"
                         "contact, activation, number of desktops and state.\n"
                         "\n"
                         "Options:\n"
                         "  --name TEXT          User name contains TEXT\n"
                         "  --group NAME         Members of the user group NAME\n")
               + QLatin1Char('\n') + globalOptionsHelp();
    }
    return CliTr::tr(
                   "Usage: wsctl users create --name NAME [options]\n"
                   "       wsctl users create --csv USERS.csv [options]\n"
                   "\n"
                   "Creates directory users. Self-activated users (the default) get a link by\n"
                   "e-mail or SMS, so they need an e-mail address or a phone number. Every user\n"
                   "is checked before the first is sent; a user that exists already is reported\n"
                   "and the others are still created.\n"
                   "\n"
                   "Options:\n"
                   "  --name NAME          User name\n"
                   "  --email ADDRESS      E-mail address\n"
                   "  --phone NUMBER       Mobile phone number\n"
                   "  --csv FILE           One user per line (user_name, user_email, user_phone;\n"
                   "                       English or Chinese headers, as \"users check\" reads)\n"
                   "  --activate user|admin  Who activates the account (default user)\n"
                   "  --password-stdin     Read the password (admin activation) from standard\n"
                   "                       input; never from the command line\n"
                   "  --expires DATE       Account expiry, yyyy-MM-ddTHH:mm:ssZ (default never)\n"
                   "  --description TEXT   Description\n"
                   "  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service's)\n"
                   "  --dry-run            Check and print the bodies (password masked); send\n"
                   "                       nothing\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int UsersCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return m_action == Action::List ? list(arguments, out, err) : create(arguments, out, err);
}

Findings UsersCommand::check(const CreateUserRequest &r, const ValidationContext &context)
{
    return CreateUserRules::check(r, context, QDateTime::currentDateTimeUtc());
}

int UsersCommand::list(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("text"));
    const QCommandLineOption groupOption(QStringLiteral("group"), QString(),
                                         QStringLiteral("name"));
    parser.addOptions({nameOption, groupOption});
    int code = ExitOk;
    CliConnection connection(globals());
    if (!parseOptionsAndOpen(parser, arguments, connection, err, &code))
        return code;
    WorkspaceClient::QueryItems filters;
    if (parser.isSet(nameOption))
        filters.append({QStringLiteral("user_name"), parser.value(nameOption)});
    if (parser.isSet(groupOption))
        filters.append({QStringLiteral("group_name"), parser.value(groupOption)});
    auto *call = connection.client()->users(filters, &connection);
    if (!waitOk(call, CliTr::tr("the users could not be listed."), err, &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("user_email"), CliTr::tr("E-mail"));
    table.addColumn(QStringLiteral("user_phone"), CliTr::tr("Phone"));
    table.addColumn(QStringLiteral("active_type"), CliTr::tr("Activation"));
    table.addColumn(QStringLiteral("desktops"), CliTr::tr("Desktops"));
    table.addColumn(QStringLiteral("locked"), CliTr::tr("Locked"));
    table.addColumn(QStringLiteral("disabled"), CliTr::tr("Disabled"));
    table.addColumn(QStringLiteral("groups"), CliTr::tr("Groups"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    for (const DirectoryUser &u : call->result()) {
        table.addRow({u.userName, u.userEmail, u.userPhone, u.activeType, u.totalDesktops, u.locked,
                      u.disabled, u.groupNames, u.id});
    }
    writeList(out, table, CliTr::tr("No user matches."),
              CliTr::tr("%n user(s)", nullptr, table.rowCount()));
    return ExitOk;
}

int UsersCommand::create(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QString(), QStringLiteral("name"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QString(),
                                         QStringLiteral("address"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), QString(),
                                         QStringLiteral("number"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QString(), QStringLiteral("file"));
    const QCommandLineOption activateOption(QStringLiteral("activate"), QString(),
                                            QStringLiteral("who"), QStringLiteral("user"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"));
    const QCommandLineOption expiresOption(QStringLiteral("expires"), QString(),
                                           QStringLiteral("date"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"), QString(),
                                               QStringLiteral("text"));
    const QCommandLineOption domainOption(QStringLiteral("domain-type"), QString(),
                                          QStringLiteral("type"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    parser.addOptions({nameOption, emailOption, phoneOption, csvOption, activateOption,
                       passwordOption, expiresOption, descriptionOption, domainOption, dryRunOption,
                       CliCsvOptions::encodingOption(), CliCsvOptions::delimiterOption()});
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    if (parser.isSet(nameOption) == parser.isSet(csvOption))
        return usageError(err, CliTr::tr("give either --name or --csv."));
    const QString activate = parser.value(activateOption).toLower();
    if (activate != QLatin1String("user") && activate != QLatin1String("admin"))
        return usageError(err, CliTr::tr("--activate must be user or admin."));
    ValidationContext context;
    const bool domainGiven = parser.isSet(domainOption);
    if (domainGiven
        && !ValidationContext::parseDomainType(parser.value(domainOption), &context.domainType))
        return usageError(err, CliTr::tr("--domain-type must be LITE_AS or LOCAL_AD (got \"%1\").")
                                       .arg(parser.value(domainOption)));
    CsvReadOptions csvOptions;
    QString error;
    if (!CliCsvOptions::read(parser, &csvOptions, &error))
        return usageError(err, error);

    CreateUserRequest common;
    common.activeType = activate == QLatin1String("admin") ? QStringLiteral("ADMIN_ACTIVATE")
                                                           : QStringLiteral("USER_ACTIVATE");
    common.accountExpires = parser.value(expiresOption);
    common.description = parser.value(descriptionOption);
    // Here --password-stdin gives the new user's password (CliGlobals takes it from anywhere on
    // the line), so the profile's own IAM password can only come from WSCTL_IAM_PASSWORD.
    CliGlobals connectionGlobals = globals();
    if (parser.isSet(passwordOption) || connectionGlobals.passwordStdin)
        common.password = CliConnection::readStdinLine();
    connectionGlobals.passwordStdin = false;

    const bool dryRun = parser.isSet(dryRunOption);
    CliConnection connection(connectionGlobals);
    const bool offline = dryRun && domainGiven;
    code = offline ? connection.openOffline(err) : connection.open(err);
    if (code != ExitOk)
        return code;
    if (!domainGiven) {
        auto *call = connection.client()->workspaceInfo(&connection);
        if (!waitOk(call, CliTr::tr("the workspace could not be read."), err, &code))
            return code;
        ValidationContext::parseDomainType(call->result().domainType, &context.domainType);
    }

    // The users, each with the line it came from (0 for --name).
    QList<QPair<int, CreateUserRequest>> users;
    CliIssues issues;
    const QString csvPath = parser.value(csvOption);
    if (parser.isSet(csvOption)) {
        UserImportRequest importRequest;
        importRequest.filePath = csvPath;
        importRequest.options = csvOptions;
        importRequest.context = context;
        const UserImportResult imported = UserImport::run(importRequest);
        if (!imported.readable)
            return fail(err, imported.readError, ExitUsage);
        for (const CsvIssue &i : imported.fileIssues)
            issues.append(CliIssue::fromCsv(i, csvPath));
        QSet<QString> seen;
        for (const UserImportRow &row : imported.rows) {
            for (const CsvIssue &i : row.readIssues)
                issues.append(CliIssue::fromCsv(i, csvPath));
            CreateUserRequest r = common;
            r.userName = row.item.userName;
            r.userEmail = row.item.userEmail;
            r.userPhone = row.item.userPhone;
            if (!r.userName.isEmpty() && seen.contains(r.userName.toLower())) {
                CliIssue dup;
                dup.file = csvPath;
                dup.line = row.line;
                dup.column = QStringLiteral("user_name");
                dup.code = QStringLiteral("user_name.duplicate");
                dup.message
                        = CliTr::tr("The user %1 is on an earlier line already.").arg(r.userName);
                issues.append(dup);
            }
            seen.insert(r.userName.toLower());
            users.append({row.line, r});
        }
    } else {
        CreateUserRequest r = common;
        r.userName = parser.value(nameOption);
        r.userEmail = parser.value(emailOption);
        r.userPhone = parser.value(phoneOption);
        users.append({0, r});
    }
    for (const auto &[line, r] : std::as_const(users)) {
        for (const Finding &f : check(r, context)) {
            CliIssue i = CliIssue::fromFinding(f, csvPath);
            if (line > 0) {
                i.line = line;
                i.column = f.path;
                i.path.clear();
            }
            issues.append(i);
        }
    }
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        || users.isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }
    if (dryRun) {
        out << CliTr::tr("Dry run: nothing is sent. %n user(s), POST %1:", nullptr,
                         static_cast<int>(users.size()))
                        .arg(ApiPaths::users())
            << '\n';
        for (const auto &[line, r] : std::as_const(users))
            out << QString::fromUtf8(printableBody(r)) << '\n';
        return ExitOk;
    }

    // One request per user: the service has no batch call (and a duplicate fails alone).
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("line"), CliTr::tr("Line"));
    table.addColumn(QStringLiteral("result"), CliTr::tr("Result"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    table.addColumn(QStringLiteral("error_code"), CliTr::tr("Error code"));
    table.addColumn(QStringLiteral("message"), CliTr::tr("Message"));
    int failed = 0;
    for (const auto &[line, r] : std::as_const(users)) {
        auto *call = connection.client()->createUser(r, &connection);
        if (!CliWait::call(call)) {
            table.write(out, globals().format);
            return ExitInterrupted;
        }
        if (call->isOk()) {
            table.addRow({r.userName, line > 0 ? QVariant(line) : QVariant(),
                          QStringLiteral("created"), call->result(), QString(), QString()});
        } else {
            ++failed;
            const ApiError &e = call->error();
            // A name the directory has already: say so plainly, with the existing user's id,
            // after asking the directory, so that the message is never a guess.
            QString existingId;
            if (ErrorCatalog::isAlreadyExists(e)) {
                auto *lookup = connection.client()->users(
                        {{QStringLiteral("user_names"), r.userName}}, &connection);
                if (!CliWait::call(lookup))
                    return ExitInterrupted;
                if (lookup->isOk()) {
                    for (const DirectoryUser &u : lookup->result()) {
                        if (u.userName.compare(r.userName, Qt::CaseInsensitive) == 0)
                            existingId = u.id;
                    }
                }
                lookup->deleteLater();
            }
            if (!existingId.isEmpty()) {
                table.addRow({r.userName, line > 0 ? QVariant(line) : QVariant(),
                              QStringLiteral("exists"), existingId, e.errorCode,
                              CliTr::tr("The user %1 exists already in the directory; it was "
                                        "left as it is.")
                                      .arg(r.userName)});
            } else {
                table.addRow({r.userName, line > 0 ? QVariant(line) : QVariant(),
                              QStringLiteral("failed"), QString(), e.errorCode,
                              ErrorCatalog::describe(e)});
            }
        }
        call->deleteLater();
    }
    table.write(out, globals().format);
    if (globals().format == CliGlobals::Format::Text)
        out << CliTr::tr("%n user(s) created", nullptr, table.rowCount() - failed) << ", "
            << CliTr::tr("%n failed", nullptr, failed) << '\n';
    out.flush();
    if (failed > 0)
        return fail(err,
                    CliTr::tr("%n user(s) could not be created; the output says why for each.",
                              nullptr, failed),
                    ExitApi);
    return ExitOk;
}

} // namespace wsc
