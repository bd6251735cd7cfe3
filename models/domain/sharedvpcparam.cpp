#include "sharedvpcparam.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject SharedVpcParam::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("address"), address);
    JsonWrite::optional(o, QLatin1String("port"), port);
    JsonWrite::strings(o, QLatin1String("availability_zone"), availabilityZones);
    return o;
}

SharedVpcParam SharedVpcParam::fromJson(const QJsonValue &value, const QString &path,
                                        Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    SharedVpcParam p;
    p.address = r.string(QLatin1String("address"));
    p.port = r.integer(QLatin1String("port"));
    p.availabilityZones = r.stringList(QLatin1String("availability_zone"));
    r.reportUnknownFields();
    return p;
}

bool SharedVpcParam::operator==(const SharedVpcParam &o) const
{
    return address == o.address && port == o.port && availabilityZones == o.availabilityZones;
}

} // namespace wsc
