#include "desktopitem.h"

#include "jsonfieldreader.h"

namespace {

void insertText(QJsonObject &o, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QJsonObject DesktopItem::toJson() const
{
    QJsonObject o;
    insertText(o, QLatin1String("user_name"), userName);
    insertText(o, QLatin1String("user_email"), userEmail);
    insertText(o, QLatin1String("user_phone"), userPhone);
    insertText(o, QLatin1String("user_group"), userGroup);
    insertText(o, QLatin1String("computer_name"), computerName);
    insertText(o, QLatin1String("desktop_name_prefix"), desktopNamePrefix);
    return o;
}

DesktopItem DesktopItem::fromJson(const QJsonValue &value, const QString &path, Findings *problems)
{
    JsonFieldReader r(value, path, problems);
    DesktopItem d;
    d.userName = r.string(QLatin1String("user_name"));
    d.userEmail = r.string(QLatin1String("user_email"));
    d.userPhone = r.string(QLatin1String("user_phone"));
    d.userGroup = r.string(QLatin1String("user_group"));
    d.computerName = r.string(QLatin1String("computer_name"));
    d.desktopNamePrefix = r.string(QLatin1String("desktop_name_prefix"));
    r.reportUnknownFields();
    return d;
}

bool DesktopItem::operator==(const DesktopItem &o) const
{
    return userName == o.userName && userEmail == o.userEmail && userPhone == o.userPhone
           && userGroup == o.userGroup && computerName == o.computerName
           && desktopNamePrefix == o.desktopNamePrefix;
}
