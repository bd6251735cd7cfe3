#include "usersadmincommand.h"

#include "cliconnection.h"
#include "cliitemresults.h"
#include "clitable.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "models/domain/directoryuser.h"
#include "models/domain/updateuserrequest.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace wsc {

namespace {

/** "yes"/"no" (and true/false, 1/0) of an option; false with @p ok unset otherwise. */
bool yesNo(const QString &value, bool *ok)
{
    const QString v = value.toLower();
    *ok = true;
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}

/** Each action's word and summary. */
const CliActionName<UsersAdminCommand::Action> kActions[] = {
        {UsersAdminCommand::Action::Update, "update",
         QT_TRANSLATE_NOOP("Cli", "Change a directory user's contact, expiry or state")},
        {UsersAdminCommand::Action::Lock, "lock", QT_TRANSLATE_NOOP("Cli", "Lock directory users")},
        {UsersAdminCommand::Action::Unlock, "unlock",
         QT_TRANSLATE_NOOP("Cli", "Unlock directory users")},
        {UsersAdminCommand::Action::ResetPassword, "reset-password",
         QT_TRANSLATE_NOOP("Cli", "Reset directory users' passwords")},
        {UsersAdminCommand::Action::Delete, "delete",
         QT_TRANSLATE_NOOP("Cli", "Delete directory users")},
};

} // namespace

UsersAdminCommand::UsersAdminCommand(Action action)
    : CliDirectoryCommand("users", kActions, action)
    , m_action(action)
{}

QString UsersAdminCommand::help() const
{
    QString text;
    switch (m_action) {
    case Action::Update:
        text = CliTr::tr("Usage: wsctl users update USER [options]\n"
                         "\n"
                         "Changes the given fields of the directory user USER (a name or an id);\n"
                         "the others stay as they are.\n"
                         "\n"
                         "Options:\n"
                         "  --email ADDRESS      E-mail address (\"\" clears it)\n"
                         "  --phone NUMBER       Mobile phone number (\"\" clears it)\n"
                         "  --description TEXT   Description\n"
                         "  --expires DATE       Account expiry, yyyy-MM-ddTHH:mm:ssZ, or 0 for "
                         "never\n"
                         "  --activate user|admin  Who activates the account\n"
                         "  --disabled yes|no    Disable or enable the account\n"
                         "  --password-never-expires yes|no\n"
                         "  --allow-password-change yes|no\n"
                         "  --change-password-at-login yes|no\n"
                         "  --dry-run            Print the body; send nothing\n");
        break;
    case Action::Lock:
        text = CliTr::tr("Usage: wsctl users lock USER...\n"
                         "\n"
                         "Locks the directory users (names or ids): they cannot log in until\n"
                         "unlocked.\n");
        break;
    case Action::Unlock:
        text = CliTr::tr("Usage: wsctl users unlock USER...\n"
                         "\n"
                         "Unlocks the directory users (names or ids).\n");
        break;
    case Action::ResetPassword:
        text = CliTr::tr("Usage: wsctl users reset-password USER... [options]\n"
                         "\n"
                         "Resets the passwords of the directory users (names or ids). By default\n"
                         "the service sends each user a new password by e-mail or SMS and wsctl\n"
                         "prints none. With --random the service makes a random password and\n"
                         "answers it; wsctl prints it only with --show-password (on standard\n"
                         "output, nowhere else).\n"
                         "\n"
                         "Options:\n"
                         "  --random             Make a random password (ResetRandomPassword)\n"
                         "  --notify email,phone How the user is told the random password\n"
                         "                       (required for self-activated users)\n"
                         "  --show-password      Print the random password\n");
        break;
    case Action::Delete:
        text = CliTr::tr("Usage: wsctl users delete USER... [--yes]\n"
                         "\n"
                         "Deletes directory users (names or ids), all in one request: when the\n"
                         "service refuses one (a user with desktops), none is deleted. Asks first\n"
                         "on a terminal; a script must pass --yes.\n"
                         "\n"
                         "Options:\n"
                         "  --yes                Delete without asking\n");
        break;
    }
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

int UsersAdminCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    switch (m_action) {
    case Action::Update:
        return update(arguments, out, err);
    case Action::Lock:
    case Action::Unlock:
        return changeStatus(arguments, out, err);
    case Action::ResetPassword:
        return resetPassword(arguments, out, err);
    case Action::Delete:
        return remove(arguments, out, err);
    }
    return ExitUsage;
}

int UsersAdminCommand::update(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("address"));
    const QCommandLineOption phone(QStringLiteral("phone"), QString(), QStringLiteral("number"));
    const QCommandLineOption description(QStringLiteral("description"), QString(),
                                         QStringLiteral("text"));
    const QCommandLineOption expires(QStringLiteral("expires"), QString(), QStringLiteral("date"));
    const QCommandLineOption activate(QStringLiteral("activate"), QString(), QStringLiteral("who"));
    const QCommandLineOption disabled(QStringLiteral("disabled"), QString(),
                                      QStringLiteral("yes|no"));
    const QCommandLineOption neverExpires(QStringLiteral("password-never-expires"), QString(),
                                          QStringLiteral("yes|no"));
    const QCommandLineOption allowChange(QStringLiteral("allow-password-change"), QString(),
                                         QStringLiteral("yes|no"));
    const QCommandLineOption changeAtLogin(QStringLiteral("change-password-at-login"), QString(),
                                           QStringLiteral("yes|no"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    parser.addOptions({email, phone, description, expires, activate, disabled, neverExpires,
                       allowChange, changeAtLogin, dryRun});
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1, CliTr::tr("give one user."), err, &code))
        return code;
    const QStringList args = parser.positionalArguments();

    UpdateUserRequest request;
    if (parser.isSet(email))
        request.userEmail = parser.value(email);
    if (parser.isSet(phone))
        request.userPhone = parser.value(phone);
    if (parser.isSet(description))
        request.description = parser.value(description);
    if (parser.isSet(expires)) {
        const QString value = parser.value(expires);
        static const QRegularExpression format(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"));
        if (value != QLatin1String("0") && !format.match(value).hasMatch())
            return usageError(err, CliTr::tr("--expires must be 0 or yyyy-MM-ddTHH:mm:ssZ (got "
                                             "\"%1\").")
                                           .arg(value));
        request.accountExpires = value;
    }
    if (parser.isSet(activate)) {
        const QString who = parser.value(activate).toLower();
        if (who != QLatin1String("user") && who != QLatin1String("admin"))
            return usageError(err, CliTr::tr("--activate must be user or admin."));
        request.activeType = who == QLatin1String("admin") ? QStringLiteral("ADMIN_ACTIVATE")
                                                           : QStringLiteral("USER_ACTIVATE");
    }
    const struct
    {
        const QCommandLineOption &option;
        std::optional<bool> &field;
    } flags[] = {{disabled, request.disabled},
                 {neverExpires, request.passwordNeverExpired},
                 {allowChange, request.enableChangePassword},
                 {changeAtLogin, request.nextLoginChangePassword}};
    for (const auto &flag : flags) {
        if (!parser.isSet(flag.option))
            continue;
        bool ok = false;
        flag.field = yesNo(parser.value(flag.option), &ok);
        if (!ok)
            return usageError(
                    err, CliTr::tr("--%1 must be yes or no (got \"%2\").")
                                 .arg(flag.option.names().constFirst(), parser.value(flag.option)));
    }
    if (request.isEmpty())
        return usageError(err, CliTr::tr("give at least one field to change."));
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    if (parser.isSet(dryRun)) {
        out << CliTr::tr("Dry run: nothing is sent. PUT %1:")
                        .arg(ApiPaths::user(QStringLiteral("{user_id}")))
            << '\n'
            << QString::fromUtf8(body) << '\n';
        return ExitOk;
    }
    CliConnection connection(globals());
    QList<DirectoryUser> users;
    code = openAndFindUsers(connection, args, &users, WhenMissing::NothingSent, err);
    if (code != ExitOk)
        return code;
    const DirectoryUser user = users.constFirst();
    auto *call = connection.client()->updateUser(user.id, request, &connection);
    if (!waitOk(call, CliTr::tr("the user %1 could not be changed.").arg(user.userName), err,
                &code))
        return code;
    auto *read = connection.client()->userDetail(user.id, &connection);
    if (!waitOk(read,
                CliTr::tr("the user %1 was changed but could not be read back.").arg(user.userName),
                err, &code))
        return code;
    const DirectoryUser &u = read->result();
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("user_email"), CliTr::tr("E-mail"));
    table.addColumn(QStringLiteral("user_phone"), CliTr::tr("Phone"));
    table.addColumn(QStringLiteral("active_type"), CliTr::tr("Activation"));
    table.addColumn(QStringLiteral("account_expires"), CliTr::tr("Expires"));
    table.addColumn(QStringLiteral("disabled"), CliTr::tr("Disabled"));
    table.addColumn(QStringLiteral("locked"), CliTr::tr("Locked"));
    table.addColumn(QStringLiteral("description"), CliTr::tr("Description"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    // ListUserDetail gives the expiry in ms since the epoch (0: never).
    bool isMs = false;
    const qint64 ms = u.accountExpires.toLongLong(&isMs);
    const QString expiry
            = !isMs     ? u.accountExpires
              : ms == 0 ? QStringLiteral("0")
                        : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    table.addRow({u.userName, u.userEmail, u.userPhone, u.activeType, expiry, u.disabled, u.locked,
                  u.description, u.id});
    table.write(out, globals().format);
    return ExitOk;
}

int UsersAdminCommand::changeStatus(const QStringList &arguments, QTextStream &out,
                                    QTextStream &err)
{
    QCommandLineParser parser;
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, Unlimited, CliTr::tr("give at least one user."), err,
                        &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const bool locking = m_action == Action::Lock;
    CliConnection connection(globals());
    QList<DirectoryUser> users;
    code = openAndFindUsers(connection, args, &users, WhenMissing::NothingSent, err);
    if (code != ExitOk)
        return code;
    CliItemResults results(QStringLiteral("user_name"), CliTr::tr("User"));
    for (const DirectoryUser &u : std::as_const(users)) {
        auto *call = connection.client()->changeUserStatus(
                u.id, locking ? UserStatusAction::Lock : UserStatusAction::Unlock, &connection);
        if (!results.wait(call, out, globals().format))
            return ExitInterrupted;
        results.add(u.userName, u.id, call,
                    locking ? QStringLiteral("locked") : QStringLiteral("unlocked"));
    }
    results.write(out, globals().format);
    if (results.failed() > 0)
        return fail(err,
                    CliTr::tr("%n user(s) could not be changed; the output says why for each.",
                              nullptr, results.failed()),
                    ExitApi);
    return ExitOk;
}

int UsersAdminCommand::resetPassword(const QStringList &arguments, QTextStream &out,
                                     QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption randomOption(QStringLiteral("random"));
    const QCommandLineOption notifyOption(QStringLiteral("notify"), QString(),
                                          QStringLiteral("email,phone"));
    const QCommandLineOption showOption(QStringLiteral("show-password"));
    parser.addOptions({randomOption, notifyOption, showOption});
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, Unlimited, CliTr::tr("give at least one user."), err,
                        &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const bool random = parser.isSet(randomOption);
    if (!random && (parser.isSet(notifyOption) || parser.isSet(showOption)))
        return usageError(err, CliTr::tr("--notify and --show-password go with --random."));
    QStringList notify;
    for (const QString &part :
         parser.value(notifyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kind = part.trimmed().toLower();
        if (kind != QLatin1String("email") && kind != QLatin1String("phone"))
            return usageError(
                    err, CliTr::tr("--notify takes email and/or phone (got \"%1\").").arg(part));
        notify.append(kind);
    }
    const bool show = parser.isSet(showOption);
    CliConnection connection(globals());
    QList<DirectoryUser> users;
    code = openAndFindUsers(connection, args, &users, WhenMissing::NothingSent, err);
    if (code != ExitOk)
        return code;
    QList<QPair<QString, QString>> passwordColumn;
    if (show)
        passwordColumn.append({QStringLiteral("password"), CliTr::tr("Password")});
    CliItemResults results(QStringLiteral("user_name"), CliTr::tr("User"), passwordColumn);
    for (const DirectoryUser &u : std::as_const(users)) {
        ApiCall *call = nullptr;
        TypedCall<QString> *randomCall = nullptr;
        if (random)
            call = randomCall = connection.client()->resetRandomPassword(u.id, notify, &connection);
        else
            call = connection.client()->changeUserStatus(u.id, UserStatusAction::ResetPassword,
                                                         &connection);
        if (!results.wait(call, out, globals().format))
            return ExitInterrupted;
        results.add(u.userName, u.id, call,
                    random ? (notify.isEmpty() ? QStringLiteral("reset")
                                               : QStringLiteral("reset, user notified"))
                           : QStringLiteral("reset, sent to the user"),
                    show ? QVariantList{randomCall->result()} : QVariantList());
    }
    results.write(out, globals().format);
    if (random && !show && results.failed() < users.size()
        && globals().format == CliGlobals::Format::Text)
        out << CliTr::tr("The new passwords are not shown; --show-password prints them.") << '\n';
    if (results.failed() > 0)
        return fail(err,
                    CliTr::tr("%n password(s) could not be reset; the output says why for each.",
                              nullptr, results.failed()),
                    ExitApi);
    return ExitOk;
}

int UsersAdminCommand::remove(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    parser.addOption(yesOption);
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, Unlimited, CliTr::tr("give the users to delete."),
                        err, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    CliConnection connection(globals());
    QList<DirectoryUser> users;
    code = openAndFindUsers(connection, args, &users, WhenMissing::NothingDeleted, err);
    if (code != ExitOk)
        return code;
    QStringList names;
    QStringList ids;
    for (const DirectoryUser &u : std::as_const(users)) {
        names.append(u.userName);
        ids.append(u.id);
    }
    code = confirmDelete(CliTr::tr("Delete %n user(s) from the directory: %1?", nullptr,
                                   static_cast<int>(users.size()))
                                 .arg(names.join(QStringLiteral(", "))),
                         parser.isSet(yesOption), err);
    if (code != ExitOk)
        return code;
    // One user: DeleteUser; more: one BatchDeleteUser (all or nothing on the service).
    ApiCall *call = ids.size() == 1 ? static_cast<ApiCall *>(
                            connection.client()->deleteUser(ids.constFirst(), &connection))
                                    : connection.client()->deleteUsers(ids, &connection);
    if (!waitOk(call,
                CliTr::tr("the users were not deleted (%1).").arg(names.join(QStringLiteral(", "))),
                err, &code))
        return code;
    CliTable table;
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("result"), CliTr::tr("Result"));
    table.addColumn(QStringLiteral("id"), CliTr::tr("Id"));
    for (const DirectoryUser &u : std::as_const(users))
        table.addRow({u.userName, QStringLiteral("deleted"), u.id});
    table.write(out, globals().format);
    return ExitOk;
}

} // namespace wsc
