#include "desktopitem.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

const DesktopItemExtras &DesktopItem::more() const
{
    static const DesktopItemExtras none;
    return extras ? *extras : none;
}

DesktopItemExtras &DesktopItem::setMore()
{
    if (!extras)
        extras = new DesktopItemExtras;
    return *extras;
}

QJsonObject DesktopItem::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("user_name"), userName);
    JsonWrite::text(o, QLatin1String("user_email"), userEmail);
    JsonWrite::text(o, QLatin1String("user_phone"), userPhone);
    JsonWrite::text(o, QLatin1String("user_group"), userGroup);
    JsonWrite::text(o, QLatin1String("computer_name"), computerName);
    JsonWrite::text(o, QLatin1String("desktop_name_prefix"), desktopNamePrefix);
    if (extras) {
        JsonWrite::text(o, QLatin1String("domain"), extras->domain);
        JsonWrite::text(o, QLatin1String("os_host_name"), extras->osHostName);
        JsonWrite::text(o, QLatin1String("copy_volume_desktop_id"), extras->copyVolumeDesktopId);
        JsonWrite::strings(o, QLatin1String("copy_volume_ids"), extras->copyVolumeIds);
        JsonWrite::optional(o, QLatin1String("if_delete_old_desktop"), extras->ifDeleteOldDesktop);
    }
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
    DesktopItemExtras more;
    more.domain = r.string(QLatin1String("domain"));
    more.osHostName = r.string(QLatin1String("os_host_name"));
    more.copyVolumeDesktopId = r.string(QLatin1String("copy_volume_desktop_id"));
    more.copyVolumeIds = r.stringList(QLatin1String("copy_volume_ids"));
    more.ifDeleteOldDesktop = r.boolean(QLatin1String("if_delete_old_desktop"));
    if (!more.isEmpty())
        d.extras = new DesktopItemExtras(more);
    r.reportUnknownFields();
    return d;
}

bool DesktopItem::operator==(const DesktopItem &o) const
{
    return userName == o.userName && userEmail == o.userEmail && userPhone == o.userPhone
           && userGroup == o.userGroup && computerName == o.computerName
           && desktopNamePrefix == o.desktopNamePrefix && more() == o.more();
}

} // namespace wsc
