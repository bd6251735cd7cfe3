#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** The body of CreateDesktopUser (POST /v2/{project_id}/users): one directory user. */
struct CreateUserRequest
{
    QString userName;
    QString userEmail;
    QString userPhone;
    QString activeType;     ///< USER_ACTIVATE (default) | ADMIN_ACTIVATE
    QString password;       ///< only for ADMIN_ACTIVATE; never logged
    QString accountExpires; ///< "0" or yyyy-MM-ddTHH:mm:ssZ
    std::optional<bool> enableChangePassword;
    std::optional<bool> nextLoginChangePassword;
    QStringList groupIds;
    QString description;
    QString aliasName;
    QString enterpriseProjectId;

    /** The API body; empty strings and unset options are omitted. */
    QJsonObject toJson() const;
};

} // namespace wsc
