#include "volume.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject Volume::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("type"), type);
    // 0 is "not chosen" (the struct's default); the API has no zero-sized disk.
    if (size != 0)
        o.insert(QLatin1String("size"), size);
    JsonWrite::optional(o, QLatin1String("iops"), iops);
    JsonWrite::optional(o, QLatin1String("throughput"), throughput);
    JsonWrite::text(o, QLatin1String("kms_id"), kmsId);
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
