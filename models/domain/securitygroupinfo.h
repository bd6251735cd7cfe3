#pragma once

#include <QJsonValue>
#include <QString>

namespace wsc {

/** A security group that desktops can join (Workspace ListSecurityGroups). */
struct SecurityGroupInfo
{
    QString id;
    QString name;
    QString description;
    QString vpcId;

    static SecurityGroupInfo fromJson(const QJsonValue &value);
};

} // namespace wsc
