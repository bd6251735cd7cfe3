#include "attachrequest.h"

#include "jsonfieldreader.h"
#include "jsonwrite.h"

namespace wsc {

QJsonObject AttachRequest::toJson() const
{
    QJsonObject o;
    JsonWrite::objects(o, QLatin1String("desktops"), desktops);
    JsonWrite::text(o, QLatin1String("image_type"), imageType);
    JsonWrite::text(o, QLatin1String("image_id"), imageId);
    JsonWrite::text(o, QLatin1String("desktop_name_policy_id"), desktopNamePolicyId);
    JsonWrite::text(o, QLatin1String("encrypt_type"), encryptType);
    JsonWrite::text(o, QLatin1String("kms_id"), kmsId);
    JsonWrite::text(o, QLatin1String("os_type"), osType);
    JsonWrite::text(o, QLatin1String("order_id"), orderId);
    JsonWrite::text(o, QLatin1String("enterprise_project_id"), enterpriseProjectId);
    return o;
}

AttachRequest AttachRequest::fromJson(const QJsonObject &object, Findings *problems)
{
    JsonFieldReader r(object, QString(), problems);
    AttachRequest a;
    a.desktops = r.objects<AttachDesktop>(QLatin1String("desktops"));
    a.imageType = r.string(QLatin1String("image_type"));
    a.imageId = r.string(QLatin1String("image_id"));
    a.desktopNamePolicyId = r.string(QLatin1String("desktop_name_policy_id"));
    a.encryptType = r.string(QLatin1String("encrypt_type"));
    a.kmsId = r.string(QLatin1String("kms_id"));
    a.osType = r.string(QLatin1String("os_type"));
    a.orderId = r.string(QLatin1String("order_id"));
    a.enterpriseProjectId = r.string(QLatin1String("enterprise_project_id"));
    r.reportUnknownFields();
    return a;
}

bool AttachRequest::operator==(const AttachRequest &o) const
{
    return desktops == o.desktops && imageType == o.imageType && imageId == o.imageId
           && desktopNamePolicyId == o.desktopNamePolicyId && encryptType == o.encryptType
           && kmsId == o.kmsId && osType == o.osType && orderId == o.orderId
           && enterpriseProjectId == o.enterpriseProjectId;
}

} // namespace wsc
