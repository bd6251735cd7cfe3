#include "desktopvolume.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

DesktopVolume DesktopVolume::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DesktopVolume v;
    v.id = JsonRead::string(o, QStringLiteral("id"));
    if (v.id.isEmpty())
        v.id = JsonRead::string(o, QStringLiteral("volume_id"));
    v.type = JsonRead::string(o, QStringLiteral("type"));
    v.size = static_cast<int>(JsonRead::integer(o, QStringLiteral("size")));
    v.device = JsonRead::string(o, QStringLiteral("device"));
    return v;
}

} // namespace wsc
