#include "createuserrules.h"

#include "createrules.h"
#include "rulesupport.h"

#include "models/i18n/modelstr.h"

namespace wsc {

using RuleSupport::error;

namespace {

constexpr int kPasswordMin = 8;
constexpr int kPasswordMax = 32;
constexpr int kDescriptionMax = 255;

} // namespace

namespace CreateUserRules {

Findings check(const CreateUserRequest &r, const ValidationContext &context, const QDateTime &now)
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
        error(out, QStringLiteral("user_email"), QStringLiteral("contact.required"),
              ModelsTr::tr("Give an e-mail address or a phone number: the activation link is "
                           "sent there."));
    if (adminActivates && (r.password.size() < kPasswordMin || r.password.size() > kPasswordMax))
        error(out, QStringLiteral("password"), QStringLiteral("password.length"),
              ModelsTr::tr("The password must have %1 to %2 characters.")
                      .arg(kPasswordMin)
                      .arg(kPasswordMax));
    if (!r.accountExpires.isEmpty() && r.accountExpires != QLatin1String("0")) {
        const QDateTime expires = QDateTime::fromString(r.accountExpires, Qt::ISODate);
        if (!expires.isValid())
            error(out, QStringLiteral("account_expires"), QStringLiteral("account_expires.format"),
                  ModelsTr::tr("The expiry date cannot be read: write it as "
                               "2027-12-31T00:00:00Z."));
        else if (expires <= now)
            error(out, QStringLiteral("account_expires"), QStringLiteral("account_expires.past"),
                  ModelsTr::tr("The account would already have expired: choose a later date."));
    }
    if (r.description.size() > kDescriptionMax)
        error(out, QStringLiteral("description"), QStringLiteral("description.length"),
              ModelsTr::tr("The description may have at most %1 characters.").arg(kDescriptionMax));
    return out;
}

} // namespace CreateUserRules

} // namespace wsc
