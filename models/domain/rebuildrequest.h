#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** BatchRebuildDesktopsSystemDisk's body: a new image for the system disks of some desktops. */
struct RebuildRequest
{
    QStringList desktopIds;
    QString imageType; ///< gold | private | market
    QString imageId;
    QString osType;               ///< optional
    std::optional<int> delayTime; ///< minutes the users get to save their work
    QString message;              ///< shown to the users before the rebuild

    QJsonObject toJson() const;
};

} // namespace wsc
