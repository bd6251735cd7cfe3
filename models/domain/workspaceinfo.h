#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace wsc {

/** The tenant's Workspace service configuration (ListWorkspaces): directory, VPC, subnets. */
struct WorkspaceInfo
{
    QString id;
    QString status;     ///< SUBSCRIBED when usable
    QString domainType; ///< LITE_AS | LOCAL_AD (ad_domains.domain_type)
    QString domainName;
    QString vpcId;
    QString vpcName;
    QStringList subnetIds; ///< business subnets for desktop NICs
    QString accessMode;    ///< INTERNET | DEDICATED | BOTH
    QString desktopSecurityGroupId;
    QString desktopSecurityGroupName;
    QString infrastructureSecurityGroupId;
    QString enterpriseId;

    bool isSubscribed() const { return status == QLatin1String("SUBSCRIBED"); }

    static WorkspaceInfo fromJson(const QJsonValue &value);
};

} // namespace wsc
