#include "quotarules.h"

#include "models/i18n/modelstr.h"

namespace wsc {

namespace QuotaRules {

QString instanceType(const Product *product)
{
    // ShowQuotas counts GPU desktops apart from the others (general_instances: 普通桌面).
    return product && product->isGpu ? QStringLiteral("gpu_instances")
                                     : QStringLiteral("general_instances");
}

QMap<QString, qint64> desktopDemand(const CreateDesktopRequest &request, int desktops,
                                    const Product *product)
{
    QMap<QString, qint64> demand;
    if (desktops <= 0)
        return demand;
    demand.insert(instanceType(product), desktops);
    if (product) {
        demand.insert(QStringLiteral("cores"), qint64(product->cpu) * desktops);
        demand.insert(QStringLiteral("Memory"), product->memoryMb * desktops);
    }
    qint64 gigabytes = request.rootVolume.size;
    for (const Volume &v : request.dataVolumes)
        gigabytes += v.size;
    demand.insert(QStringLiteral("volumes"), qint64(1 + request.dataVolumes.size()) * desktops);
    demand.insert(QStringLiteral("volume_gigabytes"), gigabytes * desktops);
    return demand;
}

const Quota *find(const QList<Quota> &quotas, const QString &type)
{
    for (const Quota &q : quotas) {
        if (q.type == type)
            return &q;
    }
    return nullptr;
}

QList<QuotaShortfall> shortfalls(const QList<Quota> &quotas, const QMap<QString, qint64> &demand)
{
    QList<QuotaShortfall> out;
    for (auto it = demand.cbegin(); it != demand.cend(); ++it) {
        const Quota *q = find(quotas, it.key());
        if (!q || q->quota < 0 || it.value() <= 0)
            continue;
        if (q->used + it.value() <= q->quota)
            continue;
        QuotaShortfall s;
        s.type = q->type;
        s.quota = q->quota;
        s.used = q->used;
        s.requested = it.value();
        s.unit = q->unit;
        out.append(s);
    }
    return out;
}

qint64 desktopsLeft(const QList<Quota> &quotas, const Product *product)
{
    const Quota *q = find(quotas, instanceType(product));
    return q ? q->remaining() : -1;
}

QString typeName(const QString &type)
{
    // ShowQuotas' types, spelled as the service does (Memory and Cores with a capital).
    if (type == QLatin1String("general_instances"))
        return ModelsTr::tr("Desktops");
    if (type == QLatin1String("gpu_instances"))
        return ModelsTr::tr("GPU desktops");
    if (type == QLatin1String("cores") || type == QLatin1String("Cores"))
        return ModelsTr::tr("vCPUs");
    if (type == QLatin1String("Memory"))
        return ModelsTr::tr("Memory");
    if (type == QLatin1String("volumes"))
        return ModelsTr::tr("Disks");
    if (type == QLatin1String("volume_gigabytes"))
        return ModelsTr::tr("Disk capacity");
    if (type == QLatin1String("deh"))
        return ModelsTr::tr("Dedicated hosts");
    if (type == QLatin1String("users"))
        return ModelsTr::tr("Users");
    if (type == QLatin1String("policy_groups"))
        return ModelsTr::tr("Policy groups");
    return type;
}

} // namespace QuotaRules

} // namespace wsc
