#include "desktopinfo.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

bool DesktopInfo::hasUser() const
{
    static const QStringList withUser{QStringLiteral("ATTACHED"), QStringLiteral("ATTACHING"),
                                      QStringLiteral("WAITING")};
    if (!attachState.isEmpty())
        return withUser.contains(attachState.toUpper());
    return !userName.isEmpty() || !attachedUsers.isEmpty();
}

DesktopInfo DesktopInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DesktopInfo d;
    d.desktopId = JsonRead::string(o, QStringLiteral("desktop_id"));
    if (d.desktopId.isEmpty())
        d.desktopId = JsonRead::string(o, QStringLiteral("id"));
    d.computerName = JsonRead::string(o, QStringLiteral("computer_name"));
    d.osHostName = JsonRead::string(o, QStringLiteral("os_host_name"));
    d.ipAddresses = JsonRead::stringList(o, QStringLiteral("ip_addresses"));
    if (d.ipAddresses.isEmpty()) {
        for (const QString &key : {QStringLiteral("ipv4"), QStringLiteral("ip_address")}) {
            const QString ip = JsonRead::string(o, key);
            if (!ip.isEmpty())
                d.ipAddresses.append(ip);
        }
    }
    d.userName = JsonRead::string(o, QStringLiteral("user_name"));
    d.userGroup = JsonRead::string(o, QStringLiteral("user_group"));
    const QJsonArray users = JsonRead::array(o, QStringLiteral("attach_user_infos"));
    for (const QJsonValue &user : users) {
        const QJsonObject u = user.toObject();
        d.attachedUsers.append({JsonRead::string(u, QStringLiteral("user_id")),
                                JsonRead::string(u, QStringLiteral("user_name")),
                                JsonRead::string(u, QStringLiteral("user_group")),
                                JsonRead::string(u, QStringLiteral("type"))});
    }
    d.desktopType = JsonRead::string(o, QStringLiteral("desktop_type"));
    d.status = JsonRead::string(o, QStringLiteral("status"));
    d.taskStatus = JsonRead::string(o, QStringLiteral("task_status"));
    d.loginStatus = JsonRead::string(o, QStringLiteral("login_status"));
    d.attachState = JsonRead::string(o, QStringLiteral("attach_state"));
    if (const auto process = JsonRead::optionalInteger(o, QStringLiteral("process")))
        d.process = static_cast<int>(*process);
    d.created = JsonRead::string(o, QStringLiteral("created"));
    const QJsonObject product = JsonRead::object(o, QStringLiteral("product"));
    d.productId = JsonRead::string(o, QStringLiteral("product_id"),
                                   JsonRead::string(product, QStringLiteral("product_id")));
    d.cpu = static_cast<int>(JsonRead::integer(product, QStringLiteral("cpu")));
    d.memoryMb = JsonRead::integer(product, QStringLiteral("memory"));
    const QJsonObject metadata = JsonRead::object(o, QStringLiteral("metadata"));
    d.imageId = JsonRead::string(metadata, QStringLiteral("metering.image_id"));
    d.osType = JsonRead::string(metadata, QStringLiteral("os_type"));
    d.availabilityZone = JsonRead::string(o, QStringLiteral("availability_zone"));
    d.subnetId = JsonRead::string(o, QStringLiteral("subnet_id"));
    const QJsonArray groups = JsonRead::array(o, QStringLiteral("security_groups"));
    for (const QJsonValue &group : groups) {
        const QString id = group.isObject()
                                   ? JsonRead::string(group.toObject(), QStringLiteral("id"))
                                   : JsonRead::toText(group);
        if (!id.isEmpty()) {
            d.securityGroupIds.append(id);
            d.securityGroupNames.append(
                    group.isObject() ? JsonRead::string(group.toObject(), QStringLiteral("name"))
                                     : QString());
        }
    }
    d.enterpriseProjectId = JsonRead::string(o, QStringLiteral("enterprise_project_id"));
    const QJsonArray tags = JsonRead::array(o, QStringLiteral("tags"));
    for (const QJsonValue &tag : tags) {
        const QJsonObject t = tag.toObject();
        const QString key = JsonRead::string(t, QStringLiteral("key"));
        if (!key.isEmpty())
            d.tags.insert(key, JsonRead::string(t, QStringLiteral("value")));
    }
    const QJsonObject addresses = JsonRead::object(o, QStringLiteral("addresses"));
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        for (const QJsonValue &a : it.value().toArray()) {
            const QJsonObject ao = a.toObject();
            d.addresses.append({it.key(), JsonRead::string(ao, QStringLiteral("addr")),
                                JsonRead::string(ao, QStringLiteral("OS-EXT-IPS-MAC:mac_addr")),
                                JsonRead::string(ao, QStringLiteral("OS-EXT-IPS:type"))});
        }
    }
    const QJsonObject root = JsonRead::object(o, QStringLiteral("root_volume"));
    if (!root.isEmpty())
        d.rootVolume = DesktopVolume::fromJson(root);
    for (const QJsonValue &v : JsonRead::array(o, QStringLiteral("data_volumes")))
        d.dataVolumes.append(DesktopVolume::fromJson(v));
    d.inMaintenanceMode = o.value(QStringLiteral("in_maintenance_mode")).toBool(false);
    d.architecture = JsonRead::string(product, QStringLiteral("architecture"));
    d.imageName = JsonRead::string(metadata, QStringLiteral("image_name"));
    d.supportsInternet = JsonRead::boolean(o, QStringLiteral("is_support_internet"));
    d.internetMode = JsonRead::string(o, QStringLiteral("internet_mode"));
    d.attachingEip = JsonRead::boolean(o, QStringLiteral("is_attaching_eip"));
    return d;
}

} // namespace wsc
