#include "catalogservice.h"

#include "catalog.h"
#include "emulatoroptions.h"
#include "listquery.h"
#include "statestore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wsemu {

CatalogService::CatalogService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse CatalogService::workspaces(const ApiRequest &) const
{
    return ApiResponse::json(200, m_context.catalog->workspace());
}

ApiResponse CatalogService::products(const ApiRequest &request) const
{
    const Catalog &catalog = *m_context.catalog;
    ApiResponse error;
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 100, 100, 5000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("os_type"),
                          {QStringLiteral("Windows"), QStringLiteral("Linux")}, Qt::CaseSensitive,
                          &error)
        || !ListQuery::oneOf(request, QStringLiteral("architecture"),
                             {QStringLiteral("arm"), QStringLiteral("x86")}, Qt::CaseSensitive,
                             &error)
        || !ListQuery::oneOf(request, QStringLiteral("charge_mode"),
                             {QStringLiteral("0"), QStringLiteral("1")}, Qt::CaseSensitive, &error))
        return error;

    const QString osType = request.queryValue(QStringLiteral("os_type"));
    const QString arch = request.queryValue(QStringLiteral("architecture"));
    const QString zone = request.queryValue(QStringLiteral("availability_zone"));
    const QString chargeMode = request.queryValue(QStringLiteral("charge_mode"));
    const QString packageType = request.queryValue(QStringLiteral("package_type"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString resizeFrom = request.queryValue(QStringLiteral("product_id"));
    const QJsonObject from = catalog.product(resizeFrom);

    QJsonArray selected;
    for (const QJsonValue &v : catalog.products()) {
        QJsonObject p = v.toObject();
        const QString id = p.value(QStringLiteral("product_id")).toString();
        if (!osType.isEmpty() && catalog.productOsType(id) != osType)
            continue;
        if (!arch.isEmpty() && p.value(QStringLiteral("architecture")).toString() != arch)
            continue;
        if (!chargeMode.isEmpty()
            && p.value(QStringLiteral("charge_mode")).toString() != chargeMode)
            continue;
        if (!packageType.isEmpty()
            && p.value(QStringLiteral("package_type")).toString() != packageType)
            continue;
        if (request.hasQuery(QStringLiteral("product_id"))) {
            // product_id lists what that product can be resized to: same OS and architecture.
            if (from.isEmpty() || id == resizeFrom
                || catalog.productOsType(id) != catalog.productOsType(resizeFrom)
                || p.value(QStringLiteral("architecture"))
                           != from.value(QStringLiteral("architecture")))
                continue;
        }
        if (!zone.isEmpty()) {
            if (catalog.availabilityZone(zone).isEmpty())
                continue;
            if (catalog.isSoldOutIn(id, zone))
                p.insert(QStringLiteral("status"), QStringLiteral("sellout"));
        }
        if (!status.isEmpty() && p.value(QStringLiteral("status")).toString() != status)
            continue;
        selected.append(p);
    }
    QJsonObject body{{QStringLiteral("products"), ListQuery::page(selected, offset, limit)},
                     {QStringLiteral("total_count"), selected.size()}};
    // The three optional top-level fields echo the request's filters (§1.5).
    if (!osType.isEmpty())
        body.insert(QStringLiteral("os_type"), osType);
    if (!arch.isEmpty())
        body.insert(QStringLiteral("architecture"), arch);
    if (!zone.isEmpty())
        body.insert(QStringLiteral("availability_zone"), zone);
    return ApiResponse::json(200, body);
}

ApiResponse CatalogService::images(const ApiRequest &request) const
{
    ApiResponse error;
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 100, 100, 5000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("image_type"),
                          {QStringLiteral("gold"), QStringLiteral("private")}, Qt::CaseSensitive,
                          &error)
        || !ListQuery::oneOf(request, QStringLiteral("architecture"),
                             {QStringLiteral("arm"), QStringLiteral("x86")}, Qt::CaseSensitive,
                             &error)
        || !ListQuery::oneOf(request, QStringLiteral("sort_field"),
                             {QStringLiteral("name"), QStringLiteral("created_at")},
                             Qt::CaseSensitive, &error)
        || !ListQuery::oneOf(request, QStringLiteral("sort_type"),
                             {QStringLiteral("asc"), QStringLiteral("desc")}, Qt::CaseInsensitive,
                             &error))
        return error;

    QList<QJsonObject> selected;
    for (const QJsonValue &v : m_context.catalog->images()) {
        const QJsonObject image = v.toObject();
        auto mismatch = [&](const QString &param, const QString &field) {
            return request.hasQuery(param)
                   && image.value(field).toString().compare(request.queryValue(param),
                                                            Qt::CaseInsensitive)
                              != 0;
        };
        if (mismatch(QStringLiteral("os_type"), QStringLiteral("os_type"))
            || mismatch(QStringLiteral("image_type"), QStringLiteral("image_type"))
            || mismatch(QStringLiteral("architecture"), QStringLiteral("architecture"))
            || mismatch(QStringLiteral("platform"), QStringLiteral("platform"))
            || mismatch(QStringLiteral("image_id"), QStringLiteral("id")))
            continue;
        selected.append(image);
    }
    const QString sortField = request.hasQuery(QStringLiteral("sort_field"))
                                      ? request.queryValue(QStringLiteral("sort_field"))
                                      : QStringLiteral("name");
    const bool descending = request.queryValue(QStringLiteral("sort_type"))
                                    .compare(QLatin1String("desc"), Qt::CaseInsensitive)
                            == 0;
    std::stable_sort(selected.begin(), selected.end(),
                     [&](const QJsonObject &a, const QJsonObject &b) {
                         const QString x = a.value(sortField).toString();
                         const QString y = b.value(sortField).toString();
                         return descending ? y < x : x < y;
                     });
    QJsonArray array;
    for (const QJsonObject &image : selected)
        array.append(image);
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("images"), ListQuery::page(array, offset, limit)},
                             {QStringLiteral("total_count"), array.size()}});
}

ApiResponse CatalogService::availabilityZones(const ApiRequest &) const
{
    const QJsonArray zones = m_context.catalog->availabilityZones();
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("availability_zones"), zones},
                                              {QStringLiteral("total_count"), zones.size()}});
}

ApiResponse CatalogService::volumeProducts(const ApiRequest &request) const
{
    const QString zone = request.queryValue(QStringLiteral("availability_zone"));
    const QStringList types = request.queryValue(QStringLiteral("volume_type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray selected;
    for (const QJsonValue &v : m_context.catalog->volumeProducts(zone)) {
        if (types.isEmpty()
            || types.contains(v.toObject().value(QStringLiteral("volume_type")).toString()))
            selected.append(v);
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("volumes"), selected}});
}

ApiResponse CatalogService::subnets(const ApiRequest &request) const
{
    const QString vpcId = request.queryValue(QStringLiteral("vpc_id"));
    const QString zone = request.queryValue(QStringLiteral("availability_zone_id"));
    QJsonArray selected;
    for (const QJsonValue &v : m_context.catalog->subnets()) {
        const QJsonObject subnet = v.toObject();
        if (!vpcId.isEmpty() && subnet.value(QStringLiteral("vpc_id")).toString() != vpcId)
            continue;
        // Regional subnets (no AZ) serve every zone.
        const QString subnetZone = subnet.value(QStringLiteral("availability_zone")).toString();
        if (!zone.isEmpty() && !subnetZone.isEmpty() && subnetZone != zone)
            continue;
        selected.append(subnet);
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("subnets"), selected},
                                              {QStringLiteral("subnet_size"), selected.size()}});
}

ApiResponse CatalogService::securityGroups(const ApiRequest &) const
{
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("security_groups"),
                                               m_context.catalog->securityGroups()}});
}

ApiResponse CatalogService::vpcs(const ApiRequest &) const
{
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("vpcs"), m_context.catalog->vpcs()}});
}

} // namespace wsemu
