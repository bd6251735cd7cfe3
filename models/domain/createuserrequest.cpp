#include "createuserrequest.h"

#include <QJsonArray>

namespace wsc {

QJsonObject CreateUserRequest::toJson() const
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("user_name", userName);
    put("user_email", userEmail);
    put("user_phone", userPhone);
    put("active_type", activeType);
    put("password", password);
    put("account_expires", accountExpires);
    if (enableChangePassword)
        o.insert(QStringLiteral("enable_change_password"), *enableChangePassword);
    if (nextLoginChangePassword)
        o.insert(QStringLiteral("next_login_change_password"), *nextLoginChangePassword);
    if (!groupIds.isEmpty())
        o.insert(QStringLiteral("group_ids"), QJsonArray::fromStringList(groupIds));
    put("description", description);
    put("alias_name", aliasName);
    put("enterprise_project_id", enterpriseProjectId);
    return o;
}

} // namespace wsc
