#include "desktopquery.h"

namespace wsc {

QList<QPair<QString, QString>> DesktopQuery::toQuery() const
{
    QList<QPair<QString, QString>> q;
    const auto put = [&q](const char *key, const QString &value) {
        if (!value.isEmpty())
            q.append({QLatin1String(key), value});
    };
    const auto putList = [&q](const char *key, const QStringList &values) {
        for (const QString &value : values)
            q.append({QLatin1String(key), value});
    };
    const auto putBool = [&q](const char *key, const std::optional<bool> &value) {
        if (value)
            q.append({QLatin1String(key),
                      *value ? QStringLiteral("true") : QStringLiteral("false")});
    };
    put("status", status);
    put("user_name", userName);
    putList("user_names", userNames);
    put("computer_name", computerName);
    putList("computer_names", computerNames);
    put("desktop_ip", desktopIp);
    putList("desktop_id", desktopIds);
    put("desktop_type", desktopType);
    put("tag", tag);
    put("pool_id", poolId);
    putBool("user_attached", userAttached);
    put("enterprise_project_id", enterpriseProjectId);
    put("image_id", imageId);
    put("subnet_id", subnetId);
    put("availability_zone", availabilityZone);
    put("charge_mode", chargeMode);
    putBool("in_maintenance_mode", inMaintenanceMode);
    putBool("is_share_desktop", isShareDesktop);
    putBool("is_support_internet", isSupportInternet);
    put("sort_field", sortField);
    put("sort_type", sortType);
    if (offset)
        q.append({QStringLiteral("offset"), QString::number(*offset)});
    if (limit)
        q.append({QStringLiteral("limit"), QString::number(*limit)});
    return q;
}

} // namespace wsc
