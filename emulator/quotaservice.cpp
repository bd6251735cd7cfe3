#include "quotaservice.h"

#include "apierrors.h"
#include "catalog.h"
#include "createplan.h"
#include "emulatoroptions.h"
#include "statestore.h"

#include <QJsonObject>

namespace wsemu {

namespace {

/** The quota and the volumes a desktop of this product and these disks takes. */
struct Demand
{
    bool gpu = false;
    qint64 cores = 0;
    qint64 memoryMb = 0;
    qint64 volumes = 0;
    qint64 gigabytes = 0;
};

Demand demandOf(const Catalog &catalog, const QString &productId, const QJsonObject &rootVolume,
                const QJsonArray &dataVolumes)
{
    const QJsonObject product = catalog.product(productId);
    Demand d;
    d.gpu = product.value(QStringLiteral("is_gpu")).toBool();
    d.cores = product.value(QStringLiteral("cpu")).toString().toLongLong();
    d.memoryMb = product.value(QStringLiteral("memory")).toString().toLongLong();
    d.volumes = 1 + dataVolumes.size();
    d.gigabytes = rootVolume.value(QStringLiteral("size")).toInt();
    for (const QJsonValue &v : dataVolumes)
        d.gigabytes += v.toObject().value(QStringLiteral("size")).toInt();
    return d;
}

} // namespace

QuotaService::QuotaService(const ServiceContext &context)
    : m_context(context)
{}

QList<QPair<QString, QuotaService::Usage>> QuotaService::usage() const
{
    const Catalog &catalog = *m_context.catalog;
    Demand used;
    qint64 instances = 0;
    qint64 gpus = 0;
    for (const DesktopRecord &d : m_context.state->desktops()) {
        const Demand one = demandOf(catalog, d.productId, d.rootVolume, d.dataVolumes);
        // ShowQuotas counts GPU desktops apart (general_instances: 普通桌面, gpu_instances).
        if (one.gpu)
            ++gpus;
        else
            ++instances;
        used.cores += one.cores;
        used.memoryMb += one.memoryMb;
        used.volumes += one.volumes;
        used.gigabytes += one.gigabytes;
    }
    const qint64 quota = m_context.options->desktopQuota;
    return {
            {QStringLiteral("general_instances"), {quota, instances, QString()}},
            {QStringLiteral("cores"), {quota * 16, used.cores, QString()}},
            {QStringLiteral("Memory"), {quota * 65536, used.memoryMb, QStringLiteral("MB")}},
            {QStringLiteral("gpu_instances"), {10, gpus, QString()}},
            {QStringLiteral("volumes"), {quota * 11, used.volumes, QString()}},
            {QStringLiteral("volume_gigabytes"),
             {quota * 2048, used.gigabytes, QStringLiteral("GB")}},
            {QStringLiteral("users"), {5000, qint64(m_context.state->users().size()), QString()}},
    };
}

QJsonArray QuotaService::resources() const
{
    QJsonArray out;
    for (const auto &entry : usage()) {
        out.append(QJsonObject{{QStringLiteral("type"), entry.first},
                               {QStringLiteral("quota"), entry.second.quota},
                               {QStringLiteral("used"), entry.second.used},
                               {QStringLiteral("unit"), entry.second.unit}});
    }
    return out;
}

ApiResponse QuotaService::show(const ApiRequest &) const
{
    return ApiResponse::json(200,
                             QJsonObject{{QStringLiteral("quotas"),
                                          QJsonObject{{QStringLiteral("resources"), resources()}}},
                                         {QStringLiteral("site_quotas"), QJsonArray()}});
}

ApiResponse QuotaService::detail(const ApiRequest &request) const
{
    // One central site: a site or zone filter that names something else has no quotas.
    const QString azCode = request.queryValue(QStringLiteral("az_code"));
    if (!azCode.isEmpty() && m_context.catalog->availabilityZone(azCode).isEmpty()) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::ResourceNotFound),
                QStringLiteral("az_code '%1' is not an availability zone of this project")
                        .arg(azCode));
    }
    const QString siteId = request.queryValue(QStringLiteral("site_id"));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("resources"), resources()},
                                              {QStringLiteral("site_id"), siteId}});
}

ApiResponse QuotaService::checkCreate(const CreatePlan &plan) const
{
    const Demand one
            = demandOf(*m_context.catalog, plan.productId, plan.rootVolume, plan.dataVolumes);
    const qint64 n = plan.items.size();
    const QMap<QString, qint64> asked{
            {one.gpu ? QStringLiteral("gpu_instances") : QStringLiteral("general_instances"), n},
            {QStringLiteral("cores"), one.cores * n},
            {QStringLiteral("Memory"), one.memoryMb * n},
            {QStringLiteral("volumes"), one.volumes * n},
            {QStringLiteral("volume_gigabytes"), one.gigabytes * n},
    };
    for (const auto &entry : usage()) {
        const qint64 requested = asked.value(entry.first, 0);
        const Usage &u = entry.second;
        if (requested <= 0 || u.used + requested <= u.quota)
            continue;
        const QString unit = u.unit.isEmpty() ? QString() : QLatin1Char(' ') + u.unit;
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::QuotaExceeded),
                QStringLiteral("Quota exceeded: %1 quota is %2%5, %3%5 used, %4%5 requested.")
                        .arg(entry.first)
                        .arg(u.quota)
                        .arg(u.used)
                        .arg(requested)
                        .arg(unit));
    }
    ApiResponse fits;
    fits.status = 0;
    return fits;
}

} // namespace wsemu
