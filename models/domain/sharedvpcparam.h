#pragma once

#include "models/rules/finding.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * CreateDesktop's apply_shared_vpc_dedicated_param (model ApplySharedVpcDedicatedParam): the
 * shared-VPC line the service is opened through. Carried so that a spec using it is sent as
 * written.
 */
struct SharedVpcParam
{
    QString address;
    std::optional<int> port;
    QStringList availabilityZones; ///< the model's availability_zone list

    QJsonObject toJson() const;
    static SharedVpcParam fromJson(const QJsonValue &value, const QString &path,
                                   Findings *problems);
    bool operator==(const SharedVpcParam &o) const;
    bool operator!=(const SharedVpcParam &o) const { return !(*this == o); }
};

} // namespace wsc
