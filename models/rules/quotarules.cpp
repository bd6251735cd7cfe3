#include "quotarules.h"

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

} // namespace QuotaRules
