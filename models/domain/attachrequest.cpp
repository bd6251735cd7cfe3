#include "attachrequest.h"

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

QJsonObject AttachRequest::toJson() const
{
    QJsonObject o;
    if (!desktops.isEmpty()) {
        QJsonArray list;
        for (const AttachDesktop &d : desktops)
            list.append(d.toJson());
        o.insert(QLatin1String("desktops"), list);
    }
    insertText(o, QLatin1String("image_type"), imageType);
    insertText(o, QLatin1String("image_id"), imageId);
    insertText(o, QLatin1String("desktop_name_policy_id"), desktopNamePolicyId);
    insertText(o, QLatin1String("encrypt_type"), encryptType);
    insertText(o, QLatin1String("kms_id"), kmsId);
    insertText(o, QLatin1String("os_type"), osType);
    insertText(o, QLatin1String("order_id"), orderId);
    insertText(o, QLatin1String("enterprise_project_id"), enterpriseProjectId);
    return o;
}

AttachRequest AttachRequest::fromJson(const QJsonObject &object, Findings *problems)
{
    JsonFieldReader r(object, QString(), problems);
    AttachRequest a;
    const QJsonArray list = r.array(QLatin1String("desktops"));
    a.desktops.reserve(list.size());
    const QString listPath = QStringLiteral("desktops");
    for (int i = 0; i < list.size(); ++i)
        a.desktops.append(AttachDesktop::fromJson(list.at(i), JsonFieldReader::indexed(listPath, i),
                                                  problems));
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
