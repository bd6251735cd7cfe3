#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsemu {

/** A validated CreateDesktop request: what DesktopService materialises into desktops. */
struct CreatePlan
{
    /** One desktop of the request (with or without a user). */
    struct Item
    {
        QString userName;
        QString userEmail;
        QString userPhone;
        QString userGroup;
        QString computerName; // empty: generated
        QString osHostName;
        QString namePrefix; // desktop_name_prefix, or desktop_name when size > 1
    };

    QString desktopType;
    QString productId;
    QString imageType;
    QString imageId;
    QString availabilityZone;
    QString subnetId;
    QStringList securityGroupIds;
    QJsonObject rootVolume;
    QJsonArray dataVolumes;
    QJsonArray tags;
    QString enterpriseProjectId = QStringLiteral("0");
    bool withUsers = true;
    QList<Item> items;
};

} // namespace wsemu
