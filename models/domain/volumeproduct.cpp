#include "volumeproduct.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

VolumeProduct VolumeProduct::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    VolumeProduct p;
    p.resourceSpecCode = JsonRead::string(o, QStringLiteral("resource_spec_code"));
    p.volumeType = JsonRead::string(o, QStringLiteral("volume_type"));
    p.status = JsonRead::string(o, QStringLiteral("status"));
    for (const QJsonValue &n : JsonRead::array(o, QStringLiteral("name"))) {
        const QJsonObject name = n.toObject();
        const QString language = JsonRead::string(name, QStringLiteral("language"));
        if (!language.isEmpty())
            p.names.insert(language, JsonRead::string(name, QStringLiteral("value")));
    }
    // The reference lists iops and throughput as objects for the types provisioned by them;
    // their presence is what matters here, not their inner fields.
    p.takesIops = o.value(QLatin1String("iops")).isObject();
    p.takesThroughput = o.value(QLatin1String("throughput")).isObject();
    return p;
}

QList<VolumeProduct> VolumeProduct::listFromJson(const QJsonValue &body)
{
    QList<VolumeProduct> list;
    for (const QJsonValue &v : JsonRead::array(body.toObject(), QStringLiteral("volumes"))) {
        const VolumeProduct p = fromJson(v);
        if (!p.volumeType.isEmpty())
            list.append(p);
    }
    return list;
}

} // namespace wsc
