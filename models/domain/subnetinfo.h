#pragma once

#include <QJsonValue>
#include <QString>

namespace wsc {

/** A subnet that desktop NICs can use (Workspace ListSubnets, or the VPC service). */
struct SubnetInfo
{
    QString id;
    QString name;
    QString cidr;
    QString gatewayIp;
    QString vpcId;
    QString availabilityZone;
    QString status;
    QString neutronSubnetId;

    static SubnetInfo fromJson(const QJsonValue &value);
};

} // namespace wsc
