#pragma once

#include <QSharedData>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * The rarer fields of the model's Desktop item (CreateDesktop desktops[]), kept apart so that an
 * item that sets none of them (every row of a user CSV) does not carry their storage.
 */
struct DesktopItemExtras : QSharedData
{
    QString domain;
    QString osHostName;                     ///< the system's host name (R1.2: 1–15)
    QString copyVolumeDesktopId;            ///< with copyVolumeIds: whose data disks to copy
    QStringList copyVolumeIds;              ///< disks of that desktop (R1.2: ≤ 10)
    std::optional<bool> ifDeleteOldDesktop; ///< delete the old on-demand desktop afterwards

    bool isEmpty() const
    {
        return domain.isEmpty() && osHostName.isEmpty() && copyVolumeDesktopId.isEmpty()
               && copyVolumeIds.isEmpty() && !ifDeleteOldDesktop;
    }
    bool operator==(const DesktopItemExtras &o) const
    {
        return domain == o.domain && osHostName == o.osHostName
               && copyVolumeDesktopId == o.copyVolumeDesktopId && copyVolumeIds == o.copyVolumeIds
               && ifDeleteOldDesktop == o.ifDeleteOldDesktop;
    }
};

} // namespace wsc
