#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wsc {

/** BatchDetachInstances' body: detach every user of each desktop (is_detach_all_users). */
struct BatchDetachRequest
{
    QStringList desktopIds;

    QJsonObject toJson() const;
};

} // namespace wsc
