#pragma once

#include "clidirectorycommand.h"

namespace wsc {

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
    int update(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int changeStatus(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int resetPassword(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int remove(const QStringList &arguments, QTextStream &out, QTextStream &err);

    Action m_action;
};

} // namespace wsc
