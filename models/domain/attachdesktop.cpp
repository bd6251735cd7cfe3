#include "attachdesktop.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject AttachDesktop::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("desktop_id"), desktopId);
    JsonWrite::text(o, QLatin1String("user_name"), userName);
    JsonWrite::text(o, QLatin1String("user_id"), userId);
    JsonWrite::text(o, QLatin1String("user_email"), userEmail);
    JsonWrite::text(o, QLatin1String("user_group"), userGroup);
    JsonWrite::text(o, QLatin1String("computer_name"), computerName);
    JsonWrite::optional(o, QLatin1String("is_clear_data"), isClearData);
    JsonWrite::objects(o, QLatin1String("attach_user_infos"), attachUserInfos);
    return o;
}

AttachDesktop AttachDesktop::fromJson(const QJsonValue &value, const QString &path,
                                      Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    AttachDesktop d;
    d.desktopId = r.string(QLatin1String("desktop_id"));
    d.userName = r.string(QLatin1String("user_name"));
    d.userId = r.string(QLatin1String("user_id"));
    d.userEmail = r.string(QLatin1String("user_email"));
    d.userGroup = r.string(QLatin1String("user_group"));
    d.computerName = r.string(QLatin1String("computer_name"));
    d.isClearData = r.boolean(QLatin1String("is_clear_data"));
    d.attachUserInfos = r.objects<AttachUserInfo>(QLatin1String("attach_user_infos"));
    r.reportUnknownFields();
    return d;
}

bool AttachDesktop::operator==(const AttachDesktop &o) const
{
    return desktopId == o.desktopId && userName == o.userName && userId == o.userId
           && userEmail == o.userEmail && userGroup == o.userGroup && computerName == o.computerName
           && isClearData == o.isClearData && attachUserInfos == o.attachUserInfos;
}

} // namespace wsc
