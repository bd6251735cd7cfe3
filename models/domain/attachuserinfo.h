#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>

namespace wsc {

/** One user or user group of a shared desktop (AttachInstances attach_user_infos[]). */
struct AttachUserInfo
{
    QString type;     ///< USER | GROUP; empty = USER (the API default)
    QString userId;   ///< user id, or group id for GROUP
    QString userName; ///< user name, or group name for GROUP
    QString userGroup;
    QString domain; ///< the user's domain (model AttachInstancesUserInfo)

    QJsonObject toJson() const;
    static AttachUserInfo fromJson(const QJsonValue &value, const QString &path,
                                   Findings *problems);
    bool operator==(const AttachUserInfo &o) const;
    bool operator!=(const AttachUserInfo &o) const { return !(*this == o); }
};

} // namespace wsc
