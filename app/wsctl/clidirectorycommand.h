#pragma once

#include "cliactioncommand.h"

#include <QList>

namespace wsc {

class CliConnection;
struct DirectoryUser;
struct UserGroup;

/**
 * A command on the Workspace directory (`groups …`, `users update|lock|…|delete`): it finds the
 * groups and users an administrator names (by name or id, the API wants ids) and asks before
 * deleting, with the same messages and exit codes in every command.
 */
class CliDirectoryCommand : public CliActionCommand
{
protected:
    using CliActionCommand::CliActionCommand;

    /** What findUsers() says was not done when a user is not in the directory. */
    enum class WhenMissing { NothingSent, NothingDeleted };

    /** Finds the group @p nameOrId; ExitOk, or what to exit with (message printed). */
    int findGroup(CliConnection &connection, const QString &nameOrId, UserGroup *out,
                  QTextStream &err) const;
    /** Opens @p connection, then findGroup(). */
    int openAndFindGroup(CliConnection &connection, const QString &nameOrId, UserGroup *out,
                         QTextStream &err) const;
    /**
     * Finds the users @p namesOrIds (names or ids); ExitOk with @p users, else the exit code
     * after saying why (the names not found, and what was not done: @p whenMissing).
     */
    int findUsers(CliConnection &connection, const QStringList &namesOrIds,
                  QList<DirectoryUser> *users, WhenMissing whenMissing, QTextStream &err) const;
    /** Opens @p connection, then findUsers(). */
    int openAndFindUsers(CliConnection &connection, const QStringList &namesOrIds,
                         QList<DirectoryUser> *users, WhenMissing whenMissing,
                         QTextStream &err) const;
    /**
     * Asks @p question unless @p yes (CliDirectory::confirm); ExitOk when the administrator
     * agreed, else what to exit with after saying that nothing was deleted.
     */
    int confirmDelete(const QString &question, bool yes, QTextStream &err) const;
};

} // namespace wsc
