#pragma once

#include "apilimits.h"

#include "models/domain/attachrequest.h"
#include "models/domain/createdesktoprequest.h"

#include <QList>

namespace wsc {

/** One CreateDesktop request of a batch, and which source desktops (CSV rows) it carries. */
struct CreateChunk
{
    CreateDesktopRequest request;
    QList<int> sourceIndexes; ///< indexes into the original desktops[] (or 0..size-1)
};

/** One AttachInstances request of a batch, and which source desktops it carries. */
struct AttachChunk
{
    AttachRequest request;
    QList<int> sourceIndexes;
};

/** Splits requests of any size into API-sized ones, keeping order and the source of each. */
namespace ChunkPlanner {

/**
 * At most @p cap desktops per request (cap <= 0 means the default cap). 0 desktops: no chunks.
 * Every chunk copies the top-level fields. A size-based request is split by size, never leaving a
 * chunk of size 1 when it can be avoided (51 -> 49 + 2), because with size 1 the service reads
 * desktop_name as the whole name rather than a prefix; see docs/RULES.md.
 */
QList<CreateChunk> planCreate(const CreateDesktopRequest &request,
                              int cap = ApiLimits::CreateCapDefault);
QList<AttachChunk> planAttach(const AttachRequest &request, int cap = ApiLimits::AttachCapDefault);
/**
 * The sizes a size-based request of @p total desktops is cut into, at most @p cap each, with no
 * chunk of 1 when that can be avoided (51 -> 49 + 2): see planCreate().
 */
QList<int> sizeChunks(int total, int cap = ApiLimits::CreateCapDefault);

} // namespace ChunkPlanner

} // namespace wsc
