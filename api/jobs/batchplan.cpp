#include "batchplan.h"

#include "batchoperation.h"

#include "models/rules/attachrules.h"
#include "models/rules/chunkplanner.h"
#include "models/rules/createrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QUuid>

namespace wsc {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** What makes two findings the same (Finding::operator==), as one hashable string. */
QString findingKey(const Finding &f)
{
    return f.path + QChar(u'\x1f') + f.code + QChar(f.isError() ? u'E' : u'W');
}

/**
 * Rewrites "desktops[k]..." of a chunk to "desktops[source]..." and keeps each finding once.
 * @p seen holds the keys of the findings in @p out: a garbage file yields one finding per cell,
 * and comparing each new one with the whole list made validation quadratic.
 */
void addChunkFindings(const Findings &found, const QList<int> &sourceIndexes, Findings *out,
                      QSet<QString> *seen)
{
    for (Finding f : found) {
        const int source = f.row >= 0 ? sourceIndexes.value(f.row, -1) : -1;
        if (source >= 0)
            f.moveToDesktop(source);
        const QString key = findingKey(f);
        if (seen->contains(key))
            continue;
        seen->insert(key);
        out->append(std::move(f));
    }
}

/** Whether @p stop asks to stop; checked between chunks (a chunk takes well under a second). */
bool stopping(const std::function<bool()> &stop)
{
    return stop && stop();
}

/**
 * Adds to @p problems (when given) what each chunk's request breaks as a single request
 * (@p validate), on the source's desktops; false when @p stop asked to stop.
 */
template<typename Chunk, typename Validate>
bool checkChunks(const QList<Chunk> &chunks, Validate validate, Findings *problems,
                 const std::function<bool()> &stop)
{
    QSet<QString> seen;
    if (problems) {
        for (const Finding &f : std::as_const(*problems))
            seen.insert(findingKey(f));
    }
    for (const Chunk &chunk : chunks) {
        if (stopping(stop))
            return false;
        if (problems)
            addChunkFindings(validate(chunk.request), chunk.sourceIndexes, problems, &seen);
    }
    return !stopping(stop);
}

/** A new plan of @p kind whose requests are @p chunks of a source of @p sourceCount desktops. */
template<typename Chunk>
BatchPlan planOf(BatchKind kind, int sourceCount, const QList<Chunk> &chunks)
{
    BatchPlan plan;
    plan.kind = kind;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.sourceCount = sourceCount;
    for (const Chunk &chunk : chunks) {
        BatchChunk c;
        c.index = static_cast<int>(plan.chunks.size());
        c.body = compact(chunk.request.toJson());
        c.sourceIndexes = chunk.sourceIndexes;
        plan.chunks.append(c);
    }
    return plan;
}

} // namespace

BatchPlan BatchPlan::forDesktops(BatchKind kind, const QJsonObject &request, int cap)
{
    BatchPlan plan;
    plan.kind = kind;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = BatchOperation::of(kind).desktopsKey();
    const QJsonArray all = request.value(key).toArray();
    plan.sourceCount = static_cast<int>(all.size());
    const int size = qMax(1, cap);
    for (int start = 0; start < all.size(); start += size) {
        BatchChunk chunk;
        chunk.index = static_cast<int>(plan.chunks.size());
        QJsonArray part;
        for (int i = start; i < all.size() && i < start + size; ++i) {
            part.append(all.at(i));
            chunk.sourceIndexes.append(i);
        }
        QJsonObject body = request;
        body.insert(key, part);
        chunk.body = compact(body);
        plan.chunks.append(chunk);
    }
    return plan;
}

BatchPlan BatchPlan::forCreate(const CreateDesktopRequest &request,
                               const ValidationContext &context, Findings *problems,
                               const std::function<bool()> &stop)
{
    const auto validate = [&context](const CreateDesktopRequest &chunk) {
        return CreateRules::validateSingleRequest(chunk, context);
    };
    if (!checkChunks(ChunkPlanner::planCreate(request, context.createCap), validate, problems,
                     stop))
        return {};
    return forCreate(request, context.createCap);
}

BatchPlan BatchPlan::forAttach(const AttachRequest &request, const ValidationContext &context,
                               Findings *problems, const std::function<bool()> &stop)
{
    const auto validate = [&context](const AttachRequest &chunk) {
        return AttachRules::validateSingleRequest(chunk, context);
    };
    if (!checkChunks(ChunkPlanner::planAttach(request, context.attachCap), validate, problems,
                     stop))
        return {};
    return forAttach(request, context.attachCap);
}

BatchPlan BatchPlan::forCreate(const CreateDesktopRequest &request, int cap)
{
    return planOf(BatchKind::Create, request.desktopCount(),
                  ChunkPlanner::planCreate(request, cap));
}

BatchPlan BatchPlan::forAttach(const AttachRequest &request, int cap)
{
    return planOf(BatchKind::Attach, static_cast<int>(request.desktops.size()),
                  ChunkPlanner::planAttach(request, cap));
}

int BatchPlan::count(ChunkState state) const
{
    int n = 0;
    for (const BatchChunk &c : chunks)
        n += c.state == state ? 1 : 0;
    return n;
}

QJsonObject BatchPlan::wholeRequest() const
{
    if (chunks.isEmpty())
        return {};
    QJsonObject whole = QJsonDocument::fromJson(chunks.constFirst().body).object();
    const bool named = whole.contains(QStringLiteral("desktops"));
    QMap<int, QJsonValue> desktops;
    QMap<int, QJsonValue> ips;
    int size = 0;
    for (const BatchChunk &c : chunks) {
        const QJsonObject body = QJsonDocument::fromJson(c.body).object();
        const QJsonArray d = body.value(QStringLiteral("desktops")).toArray();
        const QJsonArray ip = body.value(QStringLiteral("desktop_ips")).toArray();
        size += body.value(QStringLiteral("size")).toInt();
        for (int p = 0; p < c.sourceIndexes.size() && p < d.size(); ++p) {
            desktops.insert(c.sourceIndexes.at(p), d.at(p));
            if (ip.size() == d.size())
                ips.insert(c.sourceIndexes.at(p), ip.at(p));
        }
    }
    if (named) {
        QJsonArray all;
        for (const QJsonValue &v : std::as_const(desktops))
            all.append(v);
        whole.insert(QStringLiteral("desktops"), all);
        if (ips.size() == desktops.size() && !ips.isEmpty()) {
            QJsonArray allIps;
            for (const QJsonValue &v : std::as_const(ips))
                allIps.append(v);
            whole.insert(QStringLiteral("desktop_ips"), allIps);
        }
    } else if (whole.contains(QStringLiteral("size"))) {
        whole.insert(QStringLiteral("size"), size);
    }
    return whole;
}

QJsonObject BatchPlan::toJson() const
{
    QJsonArray array;
    for (const BatchChunk &c : chunks)
        array.append(c.toJson());
    return {{QStringLiteral("kind"), BatchKinds::name(kind)},
            {QStringLiteral("id"), id},
            {QStringLiteral("source_count"), sourceCount},
            {QStringLiteral("chunks"), array}};
}

BatchPlan BatchPlan::fromJson(const QJsonObject &o)
{
    BatchPlan plan;
    if (!BatchKinds::fromName(o.value(QStringLiteral("kind")).toString(), &plan.kind))
        plan.kind = BatchKind::Create;
    plan.id = o.value(QStringLiteral("id")).toString();
    plan.sourceCount = o.value(QStringLiteral("source_count")).toInt();
    const QJsonArray array = o.value(QStringLiteral("chunks")).toArray();
    for (const QJsonValue &c : array)
        plan.chunks.append(BatchChunk::fromJson(c.toObject()));
    return plan;
}

} // namespace wsc
