#include "sharedvpcparam.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

namespace wsc {

QJsonObject SharedVpcParam::toJson() const
{
    QJsonObject o;
    if (!address.isEmpty())
        o.insert(QLatin1String("address"), address);
    if (port)
        o.insert(QLatin1String("port"), *port);
    if (!availabilityZones.isEmpty())
        o.insert(QLatin1String("availability_zone"), QJsonArray::fromStringList(availabilityZones));
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
