#pragma once

#include <QJsonObject>
#include <QStringList>

/** BatchDetachInstances' body: detach every user of each desktop (is_detach_all_users). */
struct BatchDetachRequest
{
    QStringList desktopIds;

    QJsonObject toJson() const;
};
