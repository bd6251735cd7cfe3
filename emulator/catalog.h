#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsemu {

/** The read-only resources of the tenant (products, images, AZs, network) with lookups. */
class Catalog
{
public:
    Catalog(const QString &projectId, const QString &domainType);

    QString projectId() const { return m_projectId; }
    QString domainType() const { return m_domainType; }
    QJsonObject workspace() const { return m_workspace; }
    const QJsonArray &products() const { return m_products; }
    const QJsonArray &images() const { return m_images; }
    const QJsonArray &availabilityZones() const { return m_zones; }
    const QJsonArray &subnets() const { return m_subnets; }
    const QJsonArray &securityGroups() const { return m_securityGroups; }
    const QJsonArray &vpcs() const { return m_vpcs; }

    QJsonObject product(const QString &id) const;
    /** "Windows" or "Linux". */
    QString productOsType(const QString &id) const;
    QJsonObject image(const QString &id) const;
    QJsonObject subnet(const QString &id) const;
    QJsonObject securityGroup(const QString &id) const;
    QJsonObject availabilityZone(const QString &name) const;
    bool isWorkspaceSubnet(const QString &id) const;
    bool isSoldOutIn(const QString &productId, const QString &zone) const;
    /** The disk products sold in @p zone (every zone's when empty), as the API lists them. */
    QJsonArray volumeProducts(const QString &zone = {}) const;
    /** The disk types sold in @p zone (every zone's when empty). */
    QStringList volumeTypesIn(const QString &zone) const;

    QString vpcId() const;
    QString defaultSubnetId() const;
    QString defaultAvailabilityZone() const;
    QString desktopSecurityGroupId() const;

private:
    static QJsonObject findBy(const QJsonArray &array, const QString &key, const QString &value);

    QString m_projectId;
    QString m_domainType;
    QJsonObject m_workspace;
    QJsonArray m_products;
    QJsonArray m_images;
    QJsonArray m_zones;
    QJsonArray m_subnets;
    QJsonArray m_securityGroups;
    QJsonArray m_vpcs;
    QJsonArray m_volumeProducts;
};

} // namespace wsemu
