#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace wsc {

/** One desktop of ListDesktopsConnectStatus: who is attached and whether someone is connected. */
struct DesktopConnectStatus
{
    QString desktopId;
    QString desktopName;
    QString connectStatus; ///< UNREGISTER | REGISTERED | CONNECTED | DISCONNECTED
    QStringList attachedUserNames;

    /** True when a user uses the desktop right now. */
    bool isConnected() const { return connectStatus == QLatin1String("CONNECTED"); }

    static DesktopConnectStatus fromJson(const QJsonValue &value);
};

} // namespace wsc
