#include "workspaceinfo.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

WorkspaceInfo WorkspaceInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    WorkspaceInfo w;
    w.id = JsonRead::string(o, QStringLiteral("id"));
    w.status = JsonRead::string(o, QStringLiteral("status"));
    // ad_domains is one object in the SDK model; tolerate a list and take the first entry.
    QJsonObject ad = JsonRead::object(o, QStringLiteral("ad_domains"));
    if (ad.isEmpty())
        ad = JsonRead::array(o, QStringLiteral("ad_domains")).at(0).toObject();
    w.domainType = JsonRead::string(ad, QStringLiteral("domain_type"));
    w.domainName = JsonRead::string(ad, QStringLiteral("domain_name"));
    w.vpcId = JsonRead::string(o, QStringLiteral("vpc_id"));
    w.vpcName = JsonRead::string(o, QStringLiteral("vpc_name"));
    const QJsonArray subnets = JsonRead::array(o, QStringLiteral("subnet_ids"));
    for (const QJsonValue &subnet : subnets) {
        const QString id = subnet.isObject() ? JsonRead::string(subnet.toObject(),
                                                                QStringLiteral("subnet_id"))
                                             : JsonRead::toText(subnet);
        if (!id.isEmpty())
            w.subnetIds.append(id);
    }
    w.accessMode = JsonRead::string(o, QStringLiteral("access_mode"));
    const QJsonObject desktopGroup = JsonRead::object(o, QStringLiteral("desktop_security_group"));
    w.desktopSecurityGroupId = JsonRead::string(desktopGroup, QStringLiteral("id"));
    w.desktopSecurityGroupName = JsonRead::string(desktopGroup, QStringLiteral("name"));
    w.infrastructureSecurityGroupId
            = JsonRead::string(JsonRead::object(o, QStringLiteral("infrastructure_security_group")),
                               QStringLiteral("id"));
    w.enterpriseId = JsonRead::string(o, QStringLiteral("enterprise_id"));
    return w;
}

} // namespace wsc
