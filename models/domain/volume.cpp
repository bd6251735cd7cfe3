#include "volume.h"

#include "jsonfieldreader.h"

namespace wsc {

QJsonObject Volume::toJson() const
{
    QJsonObject o;
    if (!type.isEmpty())
        o.insert(QLatin1String("type"), type);
    // 0 is "not chosen" (the struct's default); the API has no zero-sized disk.
    if (size != 0)
        o.insert(QLatin1String("size"), size);
    if (iops)
        o.insert(QLatin1String("iops"), *iops);
    if (throughput)
        o.insert(QLatin1String("throughput"), *throughput);
    if (!kmsId.isEmpty())
        o.insert(QLatin1String("kms_id"), kmsId);
    return o;
}

Volume Volume::fromJson(const QJsonValue &value, const QString &path, Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    Volume v;
    v.type = r.string(QLatin1String("type"));
    v.size = r.integer(QLatin1String("size")).value_or(0);
    v.iops = r.integer(QLatin1String("iops"));
    v.throughput = r.integer(QLatin1String("throughput"));
    v.kmsId = r.string(QLatin1String("kms_id"));
    r.reportUnknownFields();
    return v;
}

bool Volume::operator==(const Volume &o) const
{
    return type == o.type && size == o.size && iops == o.iops && throughput == o.throughput
           && kmsId == o.kmsId;
}

} // namespace wsc
