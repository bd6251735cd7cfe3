#pragma once

#include "desktopvolume.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** A desktop as ListDesktopsDetail, ListDesktops or ShowDesktopDetail return it. */
struct DesktopInfo
{
    /** A user or group attached to a (shared) desktop. */
    struct AttachedUser
    {
        QString userId;
        QString userName;
        QString userGroup;
        QString type; ///< USER | GROUP
    };
    /** One address of one NIC (the `addresses` map: network id to its addresses). */
    struct Address
    {
        QString networkId;
        QString address;
        QString macAddress;
        QString type; ///< fixed | floating (an EIP)
    };

    QString desktopId;
    QString computerName;
    QString osHostName;
    QStringList ipAddresses;
    QString userName;
    QString userGroup;
    QList<AttachedUser> attachedUsers;
    QString desktopType; ///< DEDICATED | SHARED | POOLED
    QString status;      ///< ACTIVE | SHUTOFF | ERROR | HIBERNATED | "" (being built or removed)
    QString taskStatus;  ///< "" when idle
    QString loginStatus;
    QString attachState; ///< ATTACHED | UNATTACH | ATTACHING | ...
    std::optional<int> process;
    QString created;
    QString productId;
    int cpu = 0;
    qint64 memoryMb = 0;
    QString imageId; ///< from metadata "metering.image_id"
    QString osType;  ///< from metadata "os_type"
    QString availabilityZone;
    QString subnetId;
    QStringList securityGroupIds;
    QStringList securityGroupNames; ///< parallel to securityGroupIds ("" when not named)
    QString enterpriseProjectId;
    QMap<QString, QString> tags;
    QList<Address> addresses;
    DesktopVolume rootVolume;
    QList<DesktopVolume> dataVolumes;
    bool inMaintenanceMode = false;
    QString architecture;          ///< from product "architecture" (x86 | arm)
    QString imageName;             ///< from metadata "image_name"
    bool supportsInternet = false; ///< is_support_internet
    QString internetMode;          ///< NAT | EIP | BOTH, empty when none
    bool attachingEip = false;     ///< is_attaching_eip: an EIP is being bound

    /** True when a user is attached or being attached (not UNATTACH/DEATTACHED/failed states). */
    bool hasUser() const;
    /** True when no task runs on the desktop (task_status empty). */
    bool isIdle() const { return taskStatus.isEmpty(); }
    /** True when the service reports the desktop broken (status ERROR): it cannot be assigned. */
    bool isInError() const
    {
        return status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) == 0;
    }

    static DesktopInfo fromJson(const QJsonValue &value);
};

} // namespace wsc
