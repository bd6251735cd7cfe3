#include "subnetinfo.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

SubnetInfo SubnetInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    SubnetInfo s;
    s.id = JsonRead::string(o, QStringLiteral("id"));
    s.name = JsonRead::string(o, QStringLiteral("name"));
    s.cidr = JsonRead::string(o, QStringLiteral("cidr"));
    s.gatewayIp = JsonRead::string(o, QStringLiteral("gateway_ip"));
    s.vpcId = JsonRead::string(o, QStringLiteral("vpc_id"));
    s.availabilityZone = JsonRead::string(o, QStringLiteral("availability_zone"));
    s.status = JsonRead::string(o, QStringLiteral("status"));
    s.neutronSubnetId = JsonRead::string(o, QStringLiteral("neutron_subnet_id"));
    return s;
}

} // namespace wsc
