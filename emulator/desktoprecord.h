#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsemu {

/** One desktop as the emulator stores it; DesktopView renders the API shapes from it. */
struct DesktopRecord
{
    QString id;
    QString computerName;
    QString osHostName;
    QString desktopType = QStringLiteral("DEDICATED");
    QString status;     // BUILD while created, ACTIVE, SHUTOFF, HIBERNATED, ERROR, "" while deleted
    QString taskStatus; // "" when idle
    QString attachState = QStringLiteral("UNATTACH");
    QString loginStatus = QStringLiteral("UNREGISTER");
    int process = -1; // -1 = null
    QString productId;
    QString imageId;
    QString imageType;
    QString availabilityZone;
    QString subnetId;
    QString ipAddress;
    QString macAddress;
    QStringList securityGroupIds;
    QJsonObject rootVolume;
    QJsonArray dataVolumes;
    QJsonArray tags;
    QString userName;
    QString userGroup;
    QString userEmail;
    QJsonArray attachUserInfos;
    QString enterpriseProjectId = QStringLiteral("0");
    QString sid;
    qint64 createdMs = 0;
    QString currentJobId;
    bool inMaintenanceMode = false;
    QString powerBeforeJob; ///< status before a resize stopped it, restored after

    bool isAttached() const { return !userName.isEmpty() || !attachUserInfos.isEmpty(); }
    bool isBusy() const { return !taskStatus.isEmpty() || !currentJobId.isEmpty(); }

    QJsonObject toJson() const;
    static DesktopRecord fromJson(const QJsonObject &object);
};

} // namespace wsemu
