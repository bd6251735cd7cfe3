#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wsc {

/** An availability zone where desktops can be placed (ListAvailabilityZones). */
struct AvailabilityZone
{
    QString code; ///< availability_zone, e.g. "cn-north-4a"
    QString displayName;
    QMap<QString, QString> i18n; ///< language -> name
    QStringList productIds;      ///< products allowed here; empty = all
    QStringList soldOutProducts;
    bool visible = true;
    bool isDefault = false;

    /** The name for @p language, falling back to display_name, then the code. */
    QString name(const QString &language) const;

    static AvailabilityZone fromJson(const QJsonValue &value);
};

} // namespace wsc
