#include "tag.h"

#include "jsonfieldreader.h"

namespace wsc {

QJsonObject Tag::toJson() const
{
    QJsonObject o;
    if (!key.isEmpty())
        o.insert(QLatin1String("key"), key);
    // An explicitly empty value is kept: a tag "env" with value "" differs from one without.
    if (value)
        o.insert(QLatin1String("value"), *value);
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
