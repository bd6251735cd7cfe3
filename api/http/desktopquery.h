#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** The filters of ListDesktopsDetail (workspace-api.md §1.7); empty fields are not sent. */
struct DesktopQuery
{
    QString status; ///< ACTIVE | SHUTOFF | ERROR | HIBERNATED
    QString userName;
    QStringList userNames; ///< <= 100; overrides userName
    QString computerName;
    QStringList computerNames; ///< <= 100
    QString desktopIp;
    QStringList desktopIds; ///< <= 100
    QString desktopType;    ///< DEDICATED | POOLED | SHARED
    QString tag;            ///< "k1=v1,k2=v2"
    QString poolId;
    std::optional<bool> userAttached;
    QString enterpriseProjectId;
    QString imageId;
    QString subnetId;
    QString availabilityZone;
    QString chargeMode;
    std::optional<bool> inMaintenanceMode;
    std::optional<bool> isShareDesktop;
    std::optional<bool> isSupportInternet;
    QString sortField; ///< created | computer_name
    QString sortType;  ///< ASC | DESC
    std::optional<int> offset;
    std::optional<int> limit; ///< <= 1000

    /** Query items in wire form; arrays as repeated keys. */
    QList<QPair<QString, QString>> toQuery() const;
};

} // namespace wsc
