#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace wsemu {

/** A validated AttachInstances request: one payload per desktop, and users to add first. */
struct AttachPlan
{
    QStringList desktopIds;
    QList<QJsonObject>
            payloads; // user_name, user_group, user_email, computer_name, attach_user_infos
    QList<QJsonObject>
            newUsers; // flat user names missing from the directory: {user_name, user_email}
};

} // namespace wsemu
