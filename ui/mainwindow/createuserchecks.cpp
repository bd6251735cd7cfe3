#include "createuserchecks.h"

#include "models/rules/createuserrules.h"

#include <QCoreApplication>

namespace wsc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreateUserDialog)
};

} // namespace

namespace CreateUserChecks {

Findings check(const CreateUserRequest &r, const QString &passwordConfirmation,
               const ValidationContext &context, const QDateTime &now)
{
    Findings out = CreateUserRules::check(r, context, now);
    // The service has no confirmation field: a mistyped password is the form's concern only.
    const bool adminActivates = r.activeType == QLatin1String("ADMIN_ACTIVATE");
    if (adminActivates && !findingsUnder(out, QStringLiteral("password")).isEmpty())
        return out;
    if (adminActivates && r.password != passwordConfirmation)
        out.append(Finding{QStringLiteral("password_confirm"), QStringLiteral("password.mismatch"),
                           Severity::Error, Tr::tr("The two passwords differ.")});
    return out;
}

} // namespace CreateUserChecks

} // namespace wsc
