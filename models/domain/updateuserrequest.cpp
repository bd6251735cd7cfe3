#include "updateuserrequest.h"

namespace wsc {

bool UpdateUserRequest::isEmpty() const
{
    return toJson().isEmpty();
}

QJsonObject UpdateUserRequest::toJson() const
{
    QJsonObject o;
    const auto putText = [&o](const char *key, const std::optional<QString> &value) {
        if (value)
            o.insert(QLatin1String(key), *value);
    };
    const auto putFlag = [&o](const char *key, const std::optional<bool> &value) {
        if (value)
            o.insert(QLatin1String(key), *value);
    };
    putText("description", description);
    putText("user_email", userEmail);
    putText("user_phone", userPhone);
    putText("active_type", activeType);
    putText("account_expires", accountExpires);
    putFlag("enable_change_password", enableChangePassword);
    putFlag("next_login_change_password", nextLoginChangePassword);
    putFlag("password_never_expired", passwordNeverExpired);
    putFlag("disabled", disabled);
    return o;
}

} // namespace wsc
