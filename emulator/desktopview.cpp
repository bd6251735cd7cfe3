#include "desktopview.h"

#include "catalog.h"
#include "desktoprecord.h"
#include "emulatorclock.h"
#include "statestore.h"

#include <QJsonArray>

namespace wsemu {

namespace DesktopView {

namespace {

QJsonArray userInfos(const DesktopRecord &d, StateStore &state)
{
    if (!d.attachUserInfos.isEmpty() || d.userName.isEmpty())
        return d.attachUserInfos;
    const UserRecord *user = state.userByName(d.userName);
    return QJsonArray{QJsonObject{{QStringLiteral("user_id"), user ? user->id : QString()},
                                  {QStringLiteral("user_name"), d.userName},
                                  {QStringLiteral("user_group"), d.userGroup},
                                  {QStringLiteral("type"), QStringLiteral("USER")},
                                  {QStringLiteral("domain"), QString()}}};
}

QJsonObject volumeView(const QJsonObject &volume, const QString &device, qint64 createdMs,
                       const QString &desktopName)
{
    const QString id = volume.value(QStringLiteral("id")).toString();
    QJsonObject view{
            {QStringLiteral("id"), id},
            {QStringLiteral("volume_id"), id},
            {QStringLiteral("type"), volume.value(QStringLiteral("type"))},
            {QStringLiteral("size"), volume.value(QStringLiteral("size"))},
            {QStringLiteral("device"), device},
            {QStringLiteral("display_name"),
             QString(desktopName + QStringLiteral("-") + device.mid(5))},
            {QStringLiteral("create_time"), EmulatorClock::isoMs(createdMs)},
            {QStringLiteral("kms_id"), volume.value(QStringLiteral("kms_id")).toString()},
            {QStringLiteral("bill_resource_id"), QString()},
            {QStringLiteral("resource_spec_code"),
             QString(QStringLiteral("workspace.volume.")
                     + volume.value(QStringLiteral("type")).toString().toLower())},
    };
    if (volume.contains(QStringLiteral("iops")))
        view.insert(QStringLiteral("iops"), volume.value(QStringLiteral("iops")));
    if (volume.contains(QStringLiteral("throughput")))
        view.insert(QStringLiteral("throughput"), volume.value(QStringLiteral("throughput")));
    return view;
}

} // namespace

QJsonObject productView(const QString &productId, const Catalog &catalog)
{
    const QJsonObject product = catalog.product(productId);
    return QJsonObject{
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("flavor_id"), product.value(QStringLiteral("flavor_id"))},
            {QStringLiteral("type"), product.value(QStringLiteral("type"))},
            {QStringLiteral("cpu"), product.value(QStringLiteral("cpu"))},
            {QStringLiteral("memory"), product.value(QStringLiteral("memory"))},
            {QStringLiteral("descriptions"), product.value(QStringLiteral("descriptions"))},
            {QStringLiteral("charge_mode"),
             product.value(QStringLiteral("charge_mode")).toString()},
            {QStringLiteral("architecture"), product.value(QStringLiteral("architecture"))},
            {QStringLiteral("is_gpu"), product.value(QStringLiteral("is_gpu"))},
            {QStringLiteral("package_type"), product.value(QStringLiteral("package_type"))},
            {QStringLiteral("system_disk_type"), product.value(QStringLiteral("system_disk_type"))},
            {QStringLiteral("system_disk_size"), product.value(QStringLiteral("system_disk_size"))},
            {QStringLiteral("gpu_desc"), product.value(QStringLiteral("gpu_desc"))},
            {QStringLiteral("cpu_desc"), product.value(QStringLiteral("cpu_desc"))}};
}

QJsonObject flavorView(const QString &productId, const Catalog &catalog)
{
    return QJsonObject{
            {QStringLiteral("id"), catalog.product(productId).value(QStringLiteral("flavor_id"))},
            {QStringLiteral("links"), QJsonArray()}};
}

QJsonObject metadataView(const DesktopRecord &d, const Catalog &catalog)
{
    const QJsonObject image = catalog.image(d.imageId);
    const QString chargeMode
            = catalog.product(d.productId).value(QStringLiteral("charge_mode")).toString();
    // metadata.charging_mode is documented with the opposite meaning of charge_mode
    // (1 = yearly/monthly); the emulator follows the documentation literally.
    return QJsonObject{
            {QStringLiteral("metering.image_id"), d.imageId},
            {QStringLiteral("metering.imagetype"), d.imageType},
            {QStringLiteral("image_name"), image.value(QStringLiteral("name"))},
            {QStringLiteral("os_type"), image.value(QStringLiteral("os_type"))},
            {QStringLiteral("os_bit"), QStringLiteral("64")},
            {QStringLiteral("desktop_os_version"), image.value(QStringLiteral("os_version"))},
            {QStringLiteral("charging_mode"),
             chargeMode == QLatin1String("0") ? QStringLiteral("1") : QStringLiteral("0")}};
}

QJsonObject detail(const DesktopRecord &d, const Catalog &catalog, StateStore &state,
                   bool withSecurityGroups)
{
    const QJsonObject image = catalog.image(d.imageId);
    const QJsonObject subnet = catalog.subnet(d.subnetId);
    const QString vpcId = subnet.value(QStringLiteral("vpc_id")).toString();

    // addresses: the GO SDK's map shape (vpc id -> list); the OAS example shows a flat list.
    QJsonObject addresses;
    if (!d.ipAddress.isEmpty()) {
        addresses.insert(vpcId,
                         QJsonArray{QJsonObject{
                                 {QStringLiteral("addr"), d.ipAddress},
                                 {QStringLiteral("version"), QStringLiteral("4")},
                                 {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), d.macAddress},
                                 {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")}}});
    }
    QJsonArray dataVolumes;
    for (int i = 0; i < d.dataVolumes.size(); ++i) {
        const QString device = QStringLiteral("/dev/vd") + QChar(QLatin1Char('b').unicode() + i);
        dataVolumes.append(
                volumeView(d.dataVolumes.at(i).toObject(), device, d.createdMs, d.computerName));
    }
    QJsonObject view{
            {QStringLiteral("desktop_id"), d.id},
            {QStringLiteral("computer_name"), d.computerName},
            {QStringLiteral("os_host_name"), d.osHostName},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("ip_addresses"),
             d.ipAddress.isEmpty() ? QJsonArray() : QJsonArray{d.ipAddress}},
            {QStringLiteral("ipv4"), d.ipAddress},
            {QStringLiteral("ipv6"), QString()},
            {QStringLiteral("user_name"), d.userName},
            {QStringLiteral("user_group"), d.userGroup},
            {QStringLiteral("user_list"),
             d.userName.isEmpty() ? QJsonArray() : QJsonArray{d.userName}},
            {QStringLiteral("user_group_list"),
             d.userGroup.isEmpty() ? QJsonArray() : QJsonArray{d.userGroup}},
            {QStringLiteral("attach_user_infos"), userInfos(d, state)},
            {QStringLiteral("desktop_type"), d.desktopType},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("task_status"), d.taskStatus},
            {QStringLiteral("login_status"), d.loginStatus},
            {QStringLiteral("attach_state"), d.attachState},
            {QStringLiteral("process"),
             d.process < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.process)},
            {QStringLiteral("created"), EmulatorClock::isoMs(d.createdMs)},
            {QStringLiteral("product_id"), d.productId},
            {QStringLiteral("product"), productView(d.productId, catalog)},
            {QStringLiteral("flavor"), flavorView(d.productId, catalog)},
            {QStringLiteral("root_volume"),
             volumeView(d.rootVolume, QStringLiteral("/dev/vda"), d.createdMs, d.computerName)},
            {QStringLiteral("data_volumes"), dataVolumes},
            {QStringLiteral("metadata"), metadataView(d, catalog)},
            {QStringLiteral("availability_zone"), d.availabilityZone},
            {QStringLiteral("subnet_id"), d.subnetId},
            {QStringLiteral("enterprise_project_id"), d.enterpriseProjectId},
            {QStringLiteral("order_id"), QString()},
            {QStringLiteral("sid"), d.sid},
            {QStringLiteral("ou_name"), QString()},
            {QStringLiteral("os_version"), image.value(QStringLiteral("os_version"))},
            {QStringLiteral("site_type"), QStringLiteral("CENTER")},
            {QStringLiteral("site_name"), QString()},
            {QStringLiteral("tags"), d.tags},
            {QStringLiteral("in_maintenance_mode"), d.inMaintenanceMode},
            {QStringLiteral("is_support_internet"), false},
            {QStringLiteral("is_attaching_eip"), false},
            {QStringLiteral("is_freeze"), false},
            {QStringLiteral("internet_mode"), QString()},
            {QStringLiteral("bill_resource_id"), d.id},
            {QStringLiteral("root_resource_id"), QString()},
            {QStringLiteral("share_resource_sku"), QString()},
    };
    if (withSecurityGroups) {
        QJsonArray groups;
        for (const QString &id : d.securityGroupIds) {
            const QJsonObject group = catalog.securityGroup(id);
            groups.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), group.value(QStringLiteral("name"))}});
        }
        view.insert(QStringLiteral("security_groups"), groups);
    }
    return view;
}

QJsonObject simple(const DesktopRecord &d, const Catalog &catalog, const QString &domainId)
{
    QJsonArray infos = d.attachUserInfos;
    if (infos.isEmpty() && !d.userName.isEmpty()) {
        infos.append(QJsonObject{{QStringLiteral("user_name"), d.userName},
                                 {QStringLiteral("user_group"), d.userGroup},
                                 {QStringLiteral("type"), QStringLiteral("USER")}});
    }
    return QJsonObject{
            {QStringLiteral("desktop_id"), d.id},
            {QStringLiteral("domain_id"), domainId},
            {QStringLiteral("project_id"), catalog.projectId()},
            {QStringLiteral("sid"), d.sid},
            {QStringLiteral("pool_id"), QString()},
            {QStringLiteral("computer_name"), d.computerName},
            {QStringLiteral("os_host_name"), d.osHostName},
            {QStringLiteral("ou_name"), QString()},
            {QStringLiteral("user_name"), d.userName},
            {QStringLiteral("attach_user_infos"), infos},
            {QStringLiteral("user_group"), d.userGroup},
            {QStringLiteral("ip_address"), d.ipAddress},
            {QStringLiteral("subnet_id"), d.subnetId},
            {QStringLiteral("availability_zone"), d.availabilityZone},
            {QStringLiteral("enterprise_project_id"), d.enterpriseProjectId},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("task_status"), d.taskStatus},
            {QStringLiteral("connect_status"), d.loginStatus},
            {QStringLiteral("in_maintenance_mode"), d.inMaintenanceMode},
            {QStringLiteral("desktop_type"), d.desktopType},
            {QStringLiteral("desktop_detail_type"), d.desktopType},
            {QStringLiteral("created"), EmulatorClock::isoMs(d.createdMs)},
            {QStringLiteral("tags"), d.tags},
            {QStringLiteral("share_resource_sku"), QString()},
            {QStringLiteral("bill_resource_id"), d.id},
    };
}

} // namespace DesktopView

} // namespace wsemu
