#include "createdesktoprequest.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

#include <QJsonArray>

namespace wsc {

namespace {

// nics and security_groups are arrays of one-field objects on the wire: [{"subnet_id": ...}].
QJsonArray idObjects(const QStringList &ids, QLatin1String key)
{
    QJsonArray list;
    for (const QString &id : ids) {
        QJsonObject o;
        JsonWrite::text(o, key, id);
        list.append(o);
    }
    return list;
}

QStringList readIdObjects(JsonFieldReader &parent, QLatin1String listKey, QLatin1String idKey,
                          Findings *problems)
{
    const QJsonArray list = parent.array(listKey);
    const QString listPath = parent.pathOf(listKey);
    QStringList ids;
    ids.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        JsonFieldReader r(list.at(i), JsonFieldReader::indexed(listPath, i), problems);
        ids.append(r.string(idKey));
        r.reportUnknownFields();
    }
    return ids;
}

} // namespace

int CreateDesktopRequest::desktopCount() const
{
    if (!desktops.isEmpty())
        return desktops.size();
    return size.value_or(0);
}

QJsonObject CreateDesktopRequest::toJson() const
{
    QJsonObject o;
    JsonWrite::text(o, QLatin1String("desktop_type"), desktopType);
    JsonWrite::text(o, QLatin1String("availability_zone"), availabilityZone);
    JsonWrite::text(o, QLatin1String("product_id"), productId);
    JsonWrite::text(o, QLatin1String("image_type"), imageType);
    JsonWrite::text(o, QLatin1String("image_id"), imageId);
    const QJsonObject root = rootVolume.toJson();
    if (!root.isEmpty())
        o.insert(QLatin1String("root_volume"), root);
    JsonWrite::objects(o, QLatin1String("data_volumes"), dataVolumes);
    if (!nics.isEmpty())
        o.insert(QLatin1String("nics"), idObjects(nics, QLatin1String("subnet_id")));
    if (!securityGroups.isEmpty())
        o.insert(QLatin1String("security_groups"), idObjects(securityGroups, QLatin1String("id")));
    JsonWrite::objects(o, QLatin1String("desktops"), desktops);
    JsonWrite::text(o, QLatin1String("desktop_name"), desktopName);
    JsonWrite::optional(o, QLatin1String("size"), size);
    JsonWrite::optional(o, QLatin1String("email_notification"), emailNotification);
    JsonWrite::text(o, QLatin1String("enterprise_project_id"), enterpriseProjectId);
    JsonWrite::objects(o, QLatin1String("tags"), tags);
    if (eip)
        o.insert(QLatin1String("eip"), eip->toJson());
    JsonWrite::text(o, QLatin1String("buy_type"), buyType);
    JsonWrite::strings(o, QLatin1String("desktop_ips"), desktopIps);
    JsonWrite::text(o, QLatin1String("ou_name"), ouName);
    if (sharedVpc)
        o.insert(QLatin1String("apply_shared_vpc_dedicated_param"), sharedVpc->toJson());
    JsonWrite::text(o, QLatin1String("desktop_name_policy_id"), desktopNamePolicyId);
    JsonWrite::text(o, QLatin1String("hour_package_product_id"), hourPackageProductId);
    JsonWrite::text(o, QLatin1String("hour_package_offering_id"), hourPackageOfferingId);
    JsonWrite::optional(o, QLatin1String("if_mount_old_desktop_disk"), ifMountOldDesktopDisk);
    JsonWrite::text(o, QLatin1String("domain"), domain);
    return o;
}

CreateDesktopRequest CreateDesktopRequest::fromJson(const QJsonObject &object, Findings *problems)
{
    JsonFieldReader r(object, QString(), problems);
    CreateDesktopRequest c;
    c.desktopType = r.string(QLatin1String("desktop_type"));
    c.availabilityZone = r.string(QLatin1String("availability_zone"));
    c.productId = r.string(QLatin1String("product_id"));
    c.imageType = r.string(QLatin1String("image_type"));
    c.imageId = r.string(QLatin1String("image_id"));
    const QJsonValue root = r.value(QLatin1String("root_volume"));
    if (!root.isUndefined())
        c.rootVolume = Volume::fromJson(root, QStringLiteral("root_volume"), problems);

    c.dataVolumes = r.objects<Volume>(QLatin1String("data_volumes"));
    c.nics = readIdObjects(r, QLatin1String("nics"), QLatin1String("subnet_id"), problems);
    c.securityGroups
            = readIdObjects(r, QLatin1String("security_groups"), QLatin1String("id"), problems);

    c.desktops = r.objects<DesktopItem>(QLatin1String("desktops"));
    c.desktopName = r.string(QLatin1String("desktop_name"));
    c.size = r.integer(QLatin1String("size"));
    c.emailNotification = r.boolean(QLatin1String("email_notification"));
    c.enterpriseProjectId = r.string(QLatin1String("enterprise_project_id"));

    c.tags = r.objects<Tag>(QLatin1String("tags"));
    const QJsonValue eip = r.value(QLatin1String("eip"));
    if (!eip.isUndefined()) {
        const Eip read = Eip::fromJson(eip, QStringLiteral("eip"), problems);
        // A mistyped eip is already reported; keeping it unset avoids a second, misleading
        // "EIP type is required" from the rules.
        if (eip.isObject())
            c.eip = read;
    }
    c.buyType = r.string(QLatin1String("buy_type"));
    c.desktopIps = r.stringList(QLatin1String("desktop_ips"));
    c.ouName = r.string(QLatin1String("ou_name"));
    const QJsonValue sharedVpc = r.value(QLatin1String("apply_shared_vpc_dedicated_param"));
    if (!sharedVpc.isUndefined()) {
        const SharedVpcParam read = SharedVpcParam::fromJson(
                sharedVpc, QStringLiteral("apply_shared_vpc_dedicated_param"), problems);
        if (sharedVpc.isObject())
            c.sharedVpc = read;
    }
    c.desktopNamePolicyId = r.string(QLatin1String("desktop_name_policy_id"));
    c.hourPackageProductId = r.string(QLatin1String("hour_package_product_id"));
    c.hourPackageOfferingId = r.string(QLatin1String("hour_package_offering_id"));
    c.ifMountOldDesktopDisk = r.boolean(QLatin1String("if_mount_old_desktop_disk"));
    c.domain = r.string(QLatin1String("domain"));
    r.reportUnknownFields();
    return c;
}

bool CreateDesktopRequest::operator==(const CreateDesktopRequest &o) const
{
    return desktopType == o.desktopType && availabilityZone == o.availabilityZone
           && productId == o.productId && imageType == o.imageType && imageId == o.imageId
           && rootVolume == o.rootVolume && dataVolumes == o.dataVolumes && nics == o.nics
           && securityGroups == o.securityGroups && desktops == o.desktops
           && desktopName == o.desktopName && size == o.size
           && emailNotification == o.emailNotification
           && enterpriseProjectId == o.enterpriseProjectId && tags == o.tags && eip == o.eip
           && buyType == o.buyType && desktopIps == o.desktopIps && ouName == o.ouName
           && sharedVpc == o.sharedVpc && desktopNamePolicyId == o.desktopNamePolicyId
           && hourPackageProductId == o.hourPackageProductId
           && hourPackageOfferingId == o.hourPackageOfferingId
           && ifMountOldDesktopDisk == o.ifMountOldDesktopDisk && domain == o.domain;
}

} // namespace wsc
