#include "securitygroupinfo.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

SecurityGroupInfo SecurityGroupInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    SecurityGroupInfo g;
    g.id = JsonRead::string(o, QStringLiteral("id"));
    g.name = JsonRead::string(o, QStringLiteral("name"));
    g.description = JsonRead::string(o, QStringLiteral("description"));
    g.vpcId = JsonRead::string(o, QStringLiteral("vpc_id"));
    return g;
}

} // namespace wsc
