#include "desktoprecord.h"

namespace wsemu {

QJsonObject DesktopRecord::toJson() const
{
    return QJsonObject{
            {QStringLiteral("desktop_id"), id},
            {QStringLiteral("computer_name"), computerName},
            {QStringLiteral("os_host_name"), osHostName},
            {QStringLiteral("desktop_type"), desktopType},
            {QStringLiteral("status"), status},
            {QStringLiteral("task_status"), taskStatus},
            {QStringLiteral("attach_state"), attachState},
            {QStringLiteral("login_status"), loginStatus},
            {QStringLiteral("process"), process},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("image_id"), imageId},
            {QStringLiteral("image_type"), imageType},
            {QStringLiteral("availability_zone"), availabilityZone},
            {QStringLiteral("subnet_id"), subnetId},
            {QStringLiteral("ip_address"), ipAddress},
            {QStringLiteral("mac_address"), macAddress},
            {QStringLiteral("security_group_ids"), QJsonArray::fromStringList(securityGroupIds)},
            {QStringLiteral("root_volume"), rootVolume},
            {QStringLiteral("data_volumes"), dataVolumes},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("user_name"), userName},
            {QStringLiteral("user_group"), userGroup},
            {QStringLiteral("user_email"), userEmail},
            {QStringLiteral("attach_user_infos"), attachUserInfos},
            {QStringLiteral("enterprise_project_id"), enterpriseProjectId},
            {QStringLiteral("sid"), sid},
            {QStringLiteral("created_ms"), static_cast<double>(createdMs)},
            {QStringLiteral("current_job_id"), currentJobId},
            {QStringLiteral("in_maintenance_mode"), inMaintenanceMode},
            {QStringLiteral("power_before_job"), powerBeforeJob},
    };
}

DesktopRecord DesktopRecord::fromJson(const QJsonObject &o)
{
    DesktopRecord d;
    d.id = o.value(QStringLiteral("desktop_id")).toString();
    d.computerName = o.value(QStringLiteral("computer_name")).toString();
    d.osHostName = o.value(QStringLiteral("os_host_name")).toString();
    d.desktopType = o.value(QStringLiteral("desktop_type")).toString();
    d.status = o.value(QStringLiteral("status")).toString();
    d.taskStatus = o.value(QStringLiteral("task_status")).toString();
    d.attachState = o.value(QStringLiteral("attach_state")).toString();
    d.loginStatus = o.value(QStringLiteral("login_status")).toString();
    d.process = o.value(QStringLiteral("process")).toInt(-1);
    d.productId = o.value(QStringLiteral("product_id")).toString();
    d.imageId = o.value(QStringLiteral("image_id")).toString();
    d.imageType = o.value(QStringLiteral("image_type")).toString();
    d.availabilityZone = o.value(QStringLiteral("availability_zone")).toString();
    d.subnetId = o.value(QStringLiteral("subnet_id")).toString();
    d.ipAddress = o.value(QStringLiteral("ip_address")).toString();
    d.macAddress = o.value(QStringLiteral("mac_address")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("security_group_ids")).toArray())
        d.securityGroupIds.append(v.toString());
    d.rootVolume = o.value(QStringLiteral("root_volume")).toObject();
    d.dataVolumes = o.value(QStringLiteral("data_volumes")).toArray();
    d.tags = o.value(QStringLiteral("tags")).toArray();
    d.userName = o.value(QStringLiteral("user_name")).toString();
    d.userGroup = o.value(QStringLiteral("user_group")).toString();
    d.userEmail = o.value(QStringLiteral("user_email")).toString();
    d.attachUserInfos = o.value(QStringLiteral("attach_user_infos")).toArray();
    d.enterpriseProjectId = o.value(QStringLiteral("enterprise_project_id")).toString();
    d.sid = o.value(QStringLiteral("sid")).toString();
    d.createdMs = static_cast<qint64>(o.value(QStringLiteral("created_ms")).toDouble());
    d.currentJobId = o.value(QStringLiteral("current_job_id")).toString();
    d.inMaintenanceMode = o.value(QStringLiteral("in_maintenance_mode")).toBool();
    d.powerBeforeJob = o.value(QStringLiteral("power_before_job")).toString();
    return d;
}

} // namespace wsemu
