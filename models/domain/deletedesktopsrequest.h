#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wsc {

/** BatchDeleteDesktops' body: the desktops to delete, and whether their users go too. */
struct DeleteDesktopsRequest
{
    QStringList desktopIds;
    bool deleteUsers = false;      ///< delete a user left without any desktop
    bool emailNotification = true; ///< mail the users that their desktop was deleted

    QJsonObject toJson() const;
};

} // namespace wsc
