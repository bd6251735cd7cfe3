#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsemu {

/** One Workspace directory user. The password itself is never kept, only whether one was set. */
struct UserRecord
{
    QString id;
    QString sid;
    QString userName;
    QString userEmail;
    QString userPhone;
    QString description;
    QString aliasName;
    QString activeType = QStringLiteral("USER_ACTIVATE");
    QString accountExpires = QStringLiteral("0"); // "0" = never, else ISO 8601 UTC
    bool enableChangePassword = true;
    bool nextLoginChangePassword = true;
    bool passwordNeverExpired = false;
    bool locked = false;
    bool disabled = false;
    bool hasPassword = false;
    QStringList groupNames;
    QString enterpriseProjectId = QStringLiteral("0");
    qint64 createdMs = 0;

    /** account_expires as ms since epoch (0 = never), the ShowUser form. */
    qint64 accountExpiresMs() const;

    QJsonObject toJson() const;
    static UserRecord fromJson(const QJsonObject &object);
};

} // namespace wsemu
