#include "tag.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject Tag::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("key"), key);
    // An explicitly empty value is kept: a tag "env" with value "" differs from one without.
    JsonWrite::optional(o, QLatin1String("value"), value);
    return o;
}

Tag Tag::fromJson(const QJsonValue &value, const QString &path, Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    Tag t;
    t.key = r.string(QLatin1String("key"));
    t.value = r.optionalString(QLatin1String("value"));
    r.reportUnknownFields();
    return t;
}

} // namespace wsc
