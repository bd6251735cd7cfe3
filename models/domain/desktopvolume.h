#pragma once

#include <QJsonValue>
#include <QString>

namespace wsc {

/** A system or data disk as a desktop's details report it (with its id, for expand/remove). */
struct DesktopVolume
{
    QString id;
    QString type; ///< SAS | SSD | GPSSD | GPSSD2
    int size = 0; ///< GB
    QString device;

    static DesktopVolume fromJson(const QJsonValue &value);
};

} // namespace wsc
