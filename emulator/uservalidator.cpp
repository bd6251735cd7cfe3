#include "uservalidator.h"

#include "apierrors.h"
#include "fieldreader.h"
#include "namerules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace wsemu {

ValidationError UserValidator::validate(const QJsonObject &body, UserRecord *user) const
{
    FieldReader r(body);
    user->userName = r.string(QStringLiteral("user_name"), FieldReader::Required, 1, 32);
    if (r.ok()) {
        const QString problem = NameRules::directoryUserName(user->userName);
        if (!problem.isEmpty())
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("user_name '%1' %2").arg(user->userName, problem));
    }
    user->userEmail = r.string(QStringLiteral("user_email"), FieldReader::Optional, 0, 64);
    if (r.ok() && !user->userEmail.isEmpty()) {
        const QString problem = NameRules::email(user->userEmail);
        if (!problem.isEmpty())
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("user_email '%1' %2").arg(user->userEmail, problem));
    }
    user->userPhone = r.string(QStringLiteral("user_phone"), FieldReader::Optional, 0, 20);
    if (r.ok() && !user->userPhone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
        if (!phone.match(user->userPhone).hasMatch())
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("user_phone '%1' is not a phone number").arg(user->userPhone));
    }
    user->activeType = r.oneOf(QStringLiteral("active_type"), FieldReader::Optional,
                               {QStringLiteral("USER_ACTIVATE"), QStringLiteral("ADMIN_ACTIVATE")},
                               QStringLiteral("USER_ACTIVATE"));
    const QString password = r.string(QStringLiteral("password"), FieldReader::Optional, 8, 32);
    user->hasPassword = !password.isEmpty();
    if (!r.ok())
        return r.error();
    if (user->activeType == QLatin1String("ADMIN_ACTIVATE") && password.isEmpty()) {
        r.fail(ApiErrors::MissingField,
               QStringLiteral("password is required when active_type is ADMIN_ACTIVATE"));
        return r.error();
    }
    // The activation mail or SMS needs somewhere to go (TF: email or phone is required).
    if (user->activeType == QLatin1String("USER_ACTIVATE") && user->userEmail.isEmpty()
        && user->userPhone.isEmpty()) {
        r.fail(ApiErrors::MissingField,
               QStringLiteral(
                       "user_email or user_phone is required when active_type is USER_ACTIVATE"));
        return r.error();
    }
    const QString expires
            = r.string(QStringLiteral("account_expires"), FieldReader::Optional, 1, 32);
    if (r.ok() && !expires.isEmpty() && expires != QLatin1String("0")) {
        static const QRegularExpression format(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"));
        if (!format.match(expires).hasMatch()
            || !QDateTime::fromString(expires, Qt::ISODateWithMs).isValid()) {
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral(
                           "account_expires must be \"0\" or yyyy-MM-ddTHH:mm:ssZ (got '%1')")
                           .arg(expires));
        }
    }
    user->accountExpires = expires.isEmpty() ? QStringLiteral("0") : expires;
    user->enableChangePassword = r.boolean(QStringLiteral("enable_change_password"), true);
    user->nextLoginChangePassword = r.boolean(QStringLiteral("next_login_change_password"), true);
    const QJsonArray groups = r.array(QStringLiteral("group_ids"), FieldReader::Optional, 1, 5);
    for (const QJsonValue &v : groups) {
        if (!v.isString())
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("group_ids must be an array of strings"));
    }
    user->description = r.string(QStringLiteral("description"), FieldReader::Optional, 0, 255);
    user->aliasName = r.string(QStringLiteral("alias_name"), FieldReader::Optional, 0, 55);
    const QString project
            = r.string(QStringLiteral("enterprise_project_id"), FieldReader::Optional, 1, 36);
    if (!project.isEmpty())
        user->enterpriseProjectId = project;
    return r.error();
}

} // namespace wsemu
