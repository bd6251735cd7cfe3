#include "chunkplanner.h"

#include "apilimits.h"

#include <algorithm>

namespace wsc {

namespace {

int effectiveCap(int cap, int fallback)
{
    return cap <= 0 ? fallback : cap;
}

QList<int> indexRange(int first, int count)
{
    QList<int> indexes;
    indexes.reserve(count);
    for (int i = 0; i < count; ++i)
        indexes.append(first + i);
    return indexes;
}

} // namespace

namespace ChunkPlanner {

QList<CreateChunk> planCreate(const CreateDesktopRequest &request, int cap)
{
    cap = effectiveCap(cap, ApiLimits::CreateCapDefault);
    QList<CreateChunk> chunks;
    if (!request.desktops.isEmpty()) {
        const int total = request.desktops.size();
        chunks.reserve((total + cap - 1) / cap);
        for (int first = 0; first < total; first += cap) {
            const int count = std::min(cap, total - first);
            CreateChunk chunk;
            chunk.request = request; // top-level fields; desktops replaced below
            chunk.request.desktops = request.desktops.mid(first, count);
            // desktop_ips name one address per desktop, in order: each chunk takes its own.
            if (request.desktopIps.size() == total)
                chunk.request.desktopIps = request.desktopIps.mid(first, count);
            chunk.sourceIndexes = indexRange(first, count);
            chunks.append(chunk);
        }
        return chunks;
    }
    const int total = request.size.value_or(0);
    if (total <= 0)
        return chunks;
    const QList<int> sizes = sizeChunks(total, cap);
    chunks.reserve(sizes.size());
    int first = 0;
    for (const int count : sizes) {
        CreateChunk chunk;
        chunk.request = request;
        chunk.request.size = count;
        if (request.desktopIps.size() == total)
            chunk.request.desktopIps = request.desktopIps.mid(first, count);
        if (total > 1 && count == 1 && !request.desktopName.isEmpty()) {
            // Only a cap of 1 or 2 gets here. Keep the prefix meaning by numbering the
            // desktop as the batch would (prefix + 1-based index), cutting the prefix if the
            // number does not fit the 15-character name.
            const QString number = QString::number(first + 1);
            chunk.request.desktopName
                    = request.desktopName.left(ApiLimits::DesktopNameMax - number.size()) + number;
        }
        chunk.sourceIndexes = indexRange(first, count);
        chunks.append(chunk);
        first += count;
    }
    return chunks;
}

/**
 * Chunk sizes for a size-based request. With size > 1 the desktop_name is a prefix, but a
 * chunk of size 1 would make the service take it as the whole name. So when the remainder
 * would be 1, the previous chunk gives it one desktop (50 + 1 becomes 49 + 2).
 */
QList<int> sizeChunks(int total, int cap)
{
    cap = effectiveCap(cap, ApiLimits::CreateCapDefault);
    QList<int> sizes;
    for (int left = total; left > 0; left -= std::min(left, cap))
        sizes.append(std::min(left, cap));
    if (total > 1 && sizes.size() > 1 && sizes.last() == 1 && sizes.at(sizes.size() - 2) > 2) {
        --sizes[sizes.size() - 2];
        ++sizes.last();
    }
    return sizes;
}

QList<AttachChunk> planAttach(const AttachRequest &request, int cap)
{
    cap = effectiveCap(cap, ApiLimits::AttachCapDefault);
    QList<AttachChunk> chunks;
    const int total = request.desktops.size();
    chunks.reserve((total + cap - 1) / cap);
    for (int first = 0; first < total; first += cap) {
        const int count = std::min(cap, total - first);
        AttachChunk chunk;
        chunk.request = request;
        chunk.request.desktops = request.desktops.mid(first, count);
        chunk.sourceIndexes = indexRange(first, count);
        chunks.append(chunk);
    }
    return chunks;
}

} // namespace ChunkPlanner

} // namespace wsc
