#include "createuserchecks.h"

#include "models/rules/createrules.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreateUserDialog)
};

void add(Findings &out, const QString &path, const QString &code, const QString &message)
{
    Finding f;
    f.path = path;
    f.code = code;
    f.message = message;
    out << f;
}

} // namespace

namespace CreateUserChecks {

Findings check(const CreateUserRequest &r, const QString &passwordConfirmation,
               const ValidationContext &context, const QDateTime &now)
{
    Findings out;
    CreateRules::checkUserName(r.userName, QStringLiteral("user_name"), context, out);
    if (!r.userEmail.isEmpty())
        CreateRules::checkUserEmail(r.userEmail, QStringLiteral("user_email"), out);
    if (!r.userPhone.isEmpty())
        CreateRules::checkUserPhone(r.userPhone, QStringLiteral("user_phone"), out);
    const bool adminActivates = r.activeType == QLatin1String("ADMIN_ACTIVATE");
    // Self-activation mails or texts the sign-in link: without either the user never gets it.
    if (!adminActivates && r.userEmail.isEmpty() && r.userPhone.isEmpty())
        add(out, QStringLiteral("user_email"), QStringLiteral("contact.required"),
            Tr::tr("Enter an e-mail address or a phone number: the activation link is sent "
                   "there."));
    if (adminActivates) {
        if (r.password.size() < 8 || r.password.size() > 32)
            add(out, QStringLiteral("password"), QStringLiteral("password.length"),
                Tr::tr("The password must have 8 to 32 characters."));
        else if (r.password != passwordConfirmation)
            add(out, QStringLiteral("password_confirm"), QStringLiteral("password.mismatch"),
                Tr::tr("The two passwords differ."));
    }
    if (!r.accountExpires.isEmpty() && r.accountExpires != QLatin1String("0")) {
        const QDateTime expires = QDateTime::fromString(r.accountExpires, Qt::ISODate);
        if (!expires.isValid())
            add(out, QStringLiteral("account_expires"), QStringLiteral("account_expires.format"),
                Tr::tr("The expiry date cannot be read."));
        else if (expires <= now)
            add(out, QStringLiteral("account_expires"), QStringLiteral("account_expires.past"),
                Tr::tr("The account would already have expired: choose a later date."));
    }
    if (r.description.size() > 255)
        add(out, QStringLiteral("description"), QStringLiteral("description.length"),
            Tr::tr("The description may have at most 255 characters."));
    return out;
}

} // namespace CreateUserChecks
