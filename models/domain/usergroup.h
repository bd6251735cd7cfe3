#pragma once

#include <QJsonValue>
#include <QString>

namespace wsc {

/** A user group of the Workspace directory (ListUserGroups' UserGroupInfo). */
struct UserGroup
{
    QString id;
    QString name;
    QString description;
    QString platformType; ///< LOCAL | AD | UOS
    QString createTime;   ///< UTC, yyyy-MM-ddTHH:mm:ss.SSSZ
    QString domain;
    QString sid;
    int userQuantity = 0;  ///< members
    int totalDesktops = 0; ///< desktops assigned to the group

    static UserGroup fromJson(const QJsonValue &value);
};

} // namespace wsc
