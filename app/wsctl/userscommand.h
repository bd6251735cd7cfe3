#pragma once

#include "clicommand.h"

#include "models/domain/createuserrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

namespace wsc {

/**
 * `wsctl users list` (the Workspace directory's users) and `wsctl users create` (one user from
 * options, or one per line of a CSV), with the create-user rules checked before anything is
 * sent and passwords read from standard input only.
 */
class UsersCommand : public CliCommand
{
public:
    enum class Action { List, Create };

    explicit UsersCommand(Action action);

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /**
     * The rules of CreateDesktopUser that wsctl checks: the user name (desktop user rules),
     * e-mail, phone, a contact for self-activation, the password length for administrator
     * activation, the expiry format. Paths are body field names.
     */
    static Findings check(const CreateUserRequest &request, const ValidationContext &context);

private:
    int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int create(const QStringList &arguments, QTextStream &out, QTextStream &err);

    Action m_action;
};

} // namespace wsc
