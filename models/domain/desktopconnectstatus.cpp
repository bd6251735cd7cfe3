#include "desktopconnectstatus.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

DesktopConnectStatus DesktopConnectStatus::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DesktopConnectStatus s;
    s.desktopId = JsonRead::string(o, QStringLiteral("desktop_id"));
    s.desktopName = JsonRead::string(o, QStringLiteral("desktop_name"));
    s.connectStatus = JsonRead::string(o, QStringLiteral("connect_status"));
    for (const QJsonValue &u : JsonRead::array(o, QStringLiteral("attach_users"))) {
        const QString name = JsonRead::string(u.toObject(), QStringLiteral("name"));
        if (!name.isEmpty())
            s.attachedUserNames.append(name);
    }
    return s;
}

} // namespace wsc
