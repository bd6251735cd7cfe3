#include "retryplanner.h"

#include "models/rules/chunkplanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace wsc {

namespace {

constexpr int kDesktopNameMax = 15;

const QString kDesktops = QStringLiteral("desktops");
const QString kDesktopIds = QStringLiteral("desktop_ids"); ///< day-2 requests' list of ids
const QString kDesktopIps = QStringLiteral("desktop_ips");
const QString kSize = QStringLiteral("size");
const QString kDesktopName = QStringLiteral("desktop_name");

/** Where one desktop was in the first plan: the rest of its request and its own entry. */
struct Origin
{
    QByteArray common;  ///< the request without desktops[]/desktop_ips/size
    bool named = false; ///< in desktops[] (or desktop_ids[]); else one of a `size`
    QString listKey;    ///< "desktops" or "desktop_ids"
    QJsonValue desktop; ///< its desktops[] entry
    QJsonValue ip;      ///< its desktop_ips entry, when the request fixed addresses
    int requestSize
            = 0; ///< unnamed: the `size` of the whole first request (its name is a prefix when > 1)
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QHash<int, Origin> originsOf(const BatchPlan &initial)
{
    QHash<int, Origin> origins;
    for (const BatchChunk &c : initial.chunks) {
        QJsonObject body = QJsonDocument::fromJson(c.body).object();
        const QString listKey = body.contains(kDesktopIds) ? kDesktopIds : kDesktops;
        const bool named = body.contains(listKey);
        const QJsonArray desktops = body.take(listKey).toArray();
        const QJsonArray ips = body.take(kDesktopIps).toArray();
        body.remove(kSize);
        const QByteArray common = compact(body);
        for (int p = 0; p < c.sourceIndexes.size(); ++p) {
            Origin o;
            o.common = common;
            o.named = named;
            o.listKey = listKey;
            if (named) {
                o.desktop = desktops.at(p);
                if (ips.size() == desktops.size())
                    o.ip = ips.at(p);
            } else {
                o.requestSize = initial.sourceCount;
            }
            origins.insert(c.sourceIndexes.at(p), o);
        }
    }
    return origins;
}

} // namespace

namespace RetryPlanner {

bool isRetriable(const BatchItem &item)
{
    return item.outcome() == BatchItem::Outcome::Failed && item.chunkState != ChunkState::Unknown;
}

RetryPlan plan(const BatchPlan &initial, const QList<BatchItem> &items, int cap, bool deleteBroken)
{
    cap = qMax(1, cap);
    RetryPlan out;
    const QHash<int, Origin> origins = originsOf(initial);
    QHash<int, const BatchItem *> failed;
    QList<int> order;
    for (const BatchItem &i : items) {
        if (!isRetriable(i) || !origins.contains(i.sourceIndex))
            continue;
        failed.insert(i.sourceIndex, &i);
        order << i.sourceIndex;
        // A failed create leaves its desktop in ERROR, keeping its name and address taken.
        if (deleteBroken && !i.desktopId.isEmpty())
            out.cleanup << i.desktopId;
    }
    if (order.isEmpty())
        return out;

    // Same settings travel together; each group is cut by the cap again.
    QList<QByteArray> groups;
    QHash<QByteArray, QList<int>> members;
    for (int s : std::as_const(order)) {
        const Origin &o = origins[s];
        const QByteArray tag = o.named ? o.listKey.toLatin1() : QByteArrayLiteral("size");
        const QByteArray key = tag + ':' + o.common;
        if (!members.contains(key))
            groups << key;
        members[key] << s;
    }

    out.plan.kind = initial.kind;
    out.plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.plan.sourceCount = initial.sourceCount;
    const auto addChunk = [&out](const QJsonObject &body, const QList<int> &sources) {
        BatchChunk c;
        c.index = static_cast<int>(out.plan.chunks.size());
        c.body = compact(body);
        // The retry keeps the original source indexes: results point at the same rows.
        c.sourceIndexes = sources;
        out.plan.chunks << c;
        out.desktops += static_cast<int>(sources.size());
    };
    for (const QByteArray &key : std::as_const(groups)) {
        const QList<int> &sources = members[key];
        const Origin &first = origins[sources.constFirst()];
        if (!first.named) {
            // Unnamed desktops: as many as failed, under the same prefix and name policy.
            int at = 0;
            for (const int count :
                 ChunkPlanner::sizeChunks(static_cast<int>(sources.size()), cap)) {
                QJsonObject body = QJsonDocument::fromJson(first.common).object();
                body.insert(kSize, count);
                const QString prefix = body.value(kDesktopName).toString();
                if (count == 1 && first.requestSize > 1 && !prefix.isEmpty()) {
                    // With size 1 the service takes desktop_name as the whole name, not a prefix:
                    // reuse the failed desktop's own name (its broken desktop is deleted first),
                    // else number it as the first request would have.
                    const BatchItem *item = failed.value(sources.at(at));
                    QString name = item ? item->computerName : QString();
                    if (name.isEmpty()) {
                        const QString number = QString::number(sources.at(at) + 1);
                        name = prefix.left(kDesktopNameMax - number.size()) + number;
                    }
                    body.insert(kDesktopName, name);
                }
                addChunk(body, sources.mid(at, count));
                at += count;
            }
            continue;
        }
        for (int k = 0; k < sources.size(); k += cap) {
            QJsonObject body = QJsonDocument::fromJson(first.common).object();
            QJsonArray desktops;
            QJsonArray ips;
            const QList<int> part = sources.mid(k, cap);
            for (int s : part) {
                desktops.append(origins[s].desktop);
                if (!origins[s].ip.isUndefined() && !origins[s].ip.isNull())
                    ips.append(origins[s].ip);
            }
            body.insert(first.listKey, desktops);
            if (!ips.isEmpty() && ips.size() == desktops.size())
                body.insert(kDesktopIps, ips);
            addChunk(body, part);
        }
    }
    return out;
}

} // namespace RetryPlanner

} // namespace wsc
