#include "attachuserinfo.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject AttachUserInfo::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("type"), type);
    JsonWrite::text(o, QLatin1String("user_id"), userId);
    JsonWrite::text(o, QLatin1String("user_name"), userName);
    JsonWrite::text(o, QLatin1String("user_group"), userGroup);
    JsonWrite::text(o, QLatin1String("domain"), domain);
    return o;
}

AttachUserInfo AttachUserInfo::fromJson(const QJsonValue &value, const QString &path,
                                        Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    AttachUserInfo u;
    u.type = r.string(QLatin1String("type"));
    u.userId = r.string(QLatin1String("user_id"));
    u.userName = r.string(QLatin1String("user_name"));
    u.userGroup = r.string(QLatin1String("user_group"));
    u.domain = r.string(QLatin1String("domain"));
    r.reportUnknownFields();
    return u;
}

bool AttachUserInfo::operator==(const AttachUserInfo &o) const
{
    return type == o.type && userId == o.userId && userName == o.userName
           && userGroup == o.userGroup && domain == o.domain;
}

} // namespace wsc
