#include "clidirectorycommand.h"

#include "cliconnection.h"
#include "clidirectory.h"

namespace wsc {

int CliDirectoryCommand::findGroup(CliConnection &connection, const QString &nameOrId,
                                   UserGroup *out, QTextStream &err) const
{
    ApiError error;
    switch (CliDirectory::group(connection.client(), &connection, nameOrId, out, &error)) {
    case CliDirectory::Lookup::Found:
        return ExitOk;
    case CliDirectory::Lookup::Interrupted:
        return ExitInterrupted;
    case CliDirectory::Lookup::Failed:
        return apiFailure(err, CliTr::tr("the user groups could not be read."), error);
    case CliDirectory::Lookup::Missing:
        break;
    }
    return fail(err,
                CliTr::tr("there is no user group \"%1\" (\"wsctl groups list\" lists them).")
                        .arg(nameOrId),
                ExitFindings);
}

int CliDirectoryCommand::openAndFindGroup(CliConnection &connection, const QString &nameOrId,
                                          UserGroup *out, QTextStream &err) const
{
    const int code = connection.open(err);
    if (code != ExitOk)
        return code;
    return findGroup(connection, nameOrId, out, err);
}

int CliDirectoryCommand::findUsers(CliConnection &connection, const QStringList &namesOrIds,
                                   QList<DirectoryUser> *users, WhenMissing whenMissing,
                                   QTextStream &err) const
{
    QStringList missing;
    ApiError error;
    switch (CliDirectory::users(connection.client(), &connection, namesOrIds, users, &missing,
                                &error)) {
    case CliDirectory::Lookup::Found:
        return ExitOk;
    case CliDirectory::Lookup::Interrupted:
        return ExitInterrupted;
    case CliDirectory::Lookup::Failed:
        return apiFailure(err, CliTr::tr("the users could not be read."), error);
    case CliDirectory::Lookup::Missing:
        break;
    }
    const QString names = missing.join(QStringLiteral(", "));
    return fail(err,
                whenMissing == WhenMissing::NothingDeleted
                        ? CliTr::tr("not in the directory: %1; nothing was deleted.").arg(names)
                        : CliTr::tr("not in the directory: %1; nothing was sent.").arg(names),
                ExitFindings);
}

int CliDirectoryCommand::openAndFindUsers(CliConnection &connection, const QStringList &namesOrIds,
                                          QList<DirectoryUser> *users, WhenMissing whenMissing,
                                          QTextStream &err) const
{
    const int code = connection.open(err);
    if (code != ExitOk)
        return code;
    return findUsers(connection, namesOrIds, users, whenMissing, err);
}

int CliDirectoryCommand::confirmDelete(const QString &question, bool yes, QTextStream &err) const
{
    switch (CliDirectory::confirm(question, yes, err)) {
    case CliDirectory::Consent::Given:
        break;
    case CliDirectory::Consent::Refused:
        return fail(err, CliTr::tr("nothing was deleted."), ExitUsage);
    case CliDirectory::Consent::NotAsked:
        return usageError(err, CliTr::tr("deleting needs --yes when standard input is not a "
                                         "terminal; nothing was deleted."));
    }
    return ExitOk;
}

} // namespace wsc
