#include "eip.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject Eip::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("id"), id);
    JsonWrite::text(o, QLatin1String("type"), type);
    JsonWrite::text(o, QLatin1String("charge_mode"), chargeMode);
    JsonWrite::optional(o, QLatin1String("bandwidth_size"), bandwidthSize);
    return o;
}

Eip Eip::fromJson(const QJsonValue &value, const QString &path, Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    Eip e;
    e.id = r.string(QLatin1String("id"));
    e.type = r.string(QLatin1String("type"));
    e.chargeMode = r.string(QLatin1String("charge_mode"));
    e.bandwidthSize = r.integer(QLatin1String("bandwidth_size"));
    r.reportUnknownFields();
    return e;
}

bool Eip::operator==(const Eip &o) const
{
    return id == o.id && type == o.type && chargeMode == o.chargeMode
           && bandwidthSize == o.bandwidthSize;
}

} // namespace wsc
