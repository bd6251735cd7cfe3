#include "attachdesktop.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

namespace wsc {

namespace {

void insertText(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QJsonObject AttachDesktop::toJson() const
{
    QJsonObject o;
    insertText(o, QLatin1String("desktop_id"), desktopId);
    insertText(o, QLatin1String("user_name"), userName);
    insertText(o, QLatin1String("user_id"), userId);
    insertText(o, QLatin1String("user_email"), userEmail);
    insertText(o, QLatin1String("user_group"), userGroup);
    insertText(o, QLatin1String("computer_name"), computerName);
    if (isClearData)
        o.insert(QLatin1String("is_clear_data"), *isClearData);
    if (!attachUserInfos.isEmpty()) {
        QJsonArray infos;
        for (const AttachUserInfo &info : attachUserInfos)
            infos.append(info.toJson());
        o.insert(QLatin1String("attach_user_infos"), infos);
    }
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
    const QJsonArray infos = r.array(QLatin1String("attach_user_infos"));
    const QString infosPath = r.pathOf(QLatin1String("attach_user_infos"));
    d.attachUserInfos.reserve(infos.size());
    for (int i = 0; i < infos.size(); ++i) {
        d.attachUserInfos.append(AttachUserInfo::fromJson(
                infos.at(i), JsonFieldReader::indexed(infosPath, i), problems));
    }
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
