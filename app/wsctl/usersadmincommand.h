#pragma once

#include "clidirectorycommand.h"

#include "models/domain/directoryuser.h"

#include <QList>

namespace wsc {

class CliConnection;

/**
 * `wsctl users update|lock|unlock|reset-password|delete`: what an administrator does to users
 * already in the Workspace directory, named by name or id. A password the service makes is
 * printed only when asked for (--show-password), and deleting asks first or needs --yes.
 */
class UsersAdminCommand : public CliDirectoryCommand
{
public:
    enum class Action { Update, Lock, Unlock, ResetPassword, Delete };

    explicit UsersAdminCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    /** Opens @p connection, then findUsers(). */
    int openAndFindUsers(CliConnection &connection, const QStringList &names,
                         QList<DirectoryUser> *users, const QString &missingText, QTextStream &err);
    int update(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int changeStatus(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int resetPassword(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int remove(const QStringList &arguments, QTextStream &out, QTextStream &err);

    Action m_action;
};

} // namespace wsc
