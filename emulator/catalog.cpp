#include "catalog.h"

#include "seeddata.h"

namespace wsemu {

Catalog::Catalog(const QString &projectId, const QString &domainType)
    : m_projectId(projectId)
    , m_domainType(domainType)
    , m_workspace(SeedData::workspace(domainType))
    , m_products(SeedData::products())
    , m_images(SeedData::images())
    , m_zones(SeedData::availabilityZones())
    , m_subnets(SeedData::subnets())
    , m_securityGroups(SeedData::securityGroups(projectId))
    , m_vpcs(SeedData::vpcs(projectId))
    , m_volumeProducts(SeedData::volumeProducts())
{}

QJsonArray Catalog::volumeProducts(const QString &zone) const
{
    QJsonArray selected;
    for (const QJsonValue &v : m_volumeProducts) {
        QJsonObject product = v.toObject();
        const QJsonArray zones = product.take(QStringLiteral("_zones")).toArray();
        if (zone.isEmpty() || zones.isEmpty() || zones.contains(zone))
            selected.append(product);
    }
    return selected;
}

QStringList Catalog::volumeTypesIn(const QString &zone) const
{
    QStringList types;
    for (const QJsonValue &v : volumeProducts(zone))
        types.append(v.toObject().value(QStringLiteral("volume_type")).toString());
    return types;
}

QJsonObject Catalog::findBy(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (o.value(key).toString() == value)
            return o;
    }
    return {};
}

QJsonObject Catalog::product(const QString &id) const
{
    return findBy(m_products, QStringLiteral("product_id"), id);
}

QString Catalog::productOsType(const QString &id) const
{
    return SeedData::productOsType(id);
}

QJsonObject Catalog::image(const QString &id) const
{
    return findBy(m_images, QStringLiteral("id"), id);
}

QJsonObject Catalog::subnet(const QString &id) const
{
    return findBy(m_subnets, QStringLiteral("id"), id);
}

QJsonObject Catalog::securityGroup(const QString &id) const
{
    return findBy(m_securityGroups, QStringLiteral("id"), id);
}

QJsonObject Catalog::availabilityZone(const QString &name) const
{
    return findBy(m_zones, QStringLiteral("availability_zone"), name);
}

bool Catalog::isWorkspaceSubnet(const QString &id) const
{
    for (const QJsonValue &v : m_workspace.value(QStringLiteral("subnet_ids")).toArray()) {
        if (v.toObject().value(QStringLiteral("subnet_id")).toString() == id)
            return true;
    }
    return false;
}

bool Catalog::isSoldOutIn(const QString &productId, const QString &zone) const
{
    const QJsonObject z = availabilityZone(zone);
    const QJsonArray soldOut = z.value(QStringLiteral("sold_out"))
                                       .toObject()
                                       .value(QStringLiteral("products"))
                                       .toArray();
    return soldOut.contains(productId);
}

QString Catalog::vpcId() const
{
    return m_workspace.value(QStringLiteral("vpc_id")).toString();
}

QString Catalog::defaultSubnetId() const
{
    return m_workspace.value(QStringLiteral("subnet_ids"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("subnet_id"))
            .toString();
}

QString Catalog::defaultAvailabilityZone() const
{
    for (const QJsonValue &v : m_zones) {
        if (v.toObject().value(QStringLiteral("default_availability_zone")).toBool())
            return v.toObject().value(QStringLiteral("availability_zone")).toString();
    }
    return {};
}

QString Catalog::desktopSecurityGroupId() const
{
    return m_workspace.value(QStringLiteral("desktop_security_group"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
}

} // namespace wsemu
