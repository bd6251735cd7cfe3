#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace wsc {

/** A user of the Workspace directory (ListUsers / ShowUser), not an IAM user. */
struct DirectoryUser
{
    QString id;
    QString userName;
    QString userEmail;
    QString userPhone;
    QString description;
    QString activeType;     ///< USER_ACTIVATE | ADMIN_ACTIVATE
    QString accountExpires; ///< "0" = never; the list sends a string, the detail ms since epoch
    bool locked = false;
    bool disabled = false;
    bool accountExpired = false; ///< account_expired (list) or user_expired (detail)
    bool enableChangePassword = true;
    bool nextLoginChangePassword = false;
    bool passwordNeverExpired = false;
    QString aliasName;
    QString domain;
    int totalDesktops = 0;
    QStringList groupNames;

    static DirectoryUser fromJson(const QJsonValue &value);
};

} // namespace wsc
