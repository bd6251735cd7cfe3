#include "usergroup.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

UserGroup UserGroup::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    UserGroup g;
    g.id = JsonRead::string(o, QStringLiteral("id"));
    g.name = JsonRead::string(o, QStringLiteral("name"));
    g.description = JsonRead::string(o, QStringLiteral("description"));
    g.platformType = JsonRead::string(o, QStringLiteral("platform_type"));
    g.createTime = JsonRead::string(o, QStringLiteral("create_time"));
    g.domain = JsonRead::string(o, QStringLiteral("domain"));
    g.sid = JsonRead::string(o, QStringLiteral("sid"));
    g.userQuantity = static_cast<int>(JsonRead::integer(o, QStringLiteral("user_quantity")));
    g.totalDesktops = static_cast<int>(JsonRead::integer(o, QStringLiteral("total_desktops")));
    return g;
}

} // namespace wsc
