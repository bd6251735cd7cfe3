#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsc {

/** The body of UpdateUserInfo (PUT /v2/{project_id}/users/{user_id}): only the fields to change. */
struct UpdateUserRequest
{
    std::optional<QString> description;
    std::optional<QString> userEmail;
    std::optional<QString> userPhone;
    std::optional<QString> activeType;     ///< USER_ACTIVATE | ADMIN_ACTIVATE
    std::optional<QString> accountExpires; ///< "0" or yyyy-MM-ddTHH:mm:ssZ
    std::optional<bool> enableChangePassword;
    std::optional<bool> nextLoginChangePassword;
    std::optional<bool> passwordNeverExpired;
    std::optional<bool> disabled;

    /** True when no field is set (nothing to send). */
    bool isEmpty() const;
    /** The API body; unset fields are omitted, a set empty string is sent (it clears the field). */
    QJsonObject toJson() const;
};

} // namespace wsc
