#pragma once

#include "batchitem.h"
#include "batchplan.h"

#include <QList>
#include <QStringList>

namespace wsc {

/** What a retry sends: a plan of just the failed desktops, and the broken ones to delete first. */
struct RetryPlan
{
    BatchPlan plan;      ///< empty (no chunks) when nothing can be retried
    QStringList cleanup; ///< desktops left in ERROR by failed sub-jobs, deleted before sending
    int desktops = 0;    ///< desktops the plan sends
};

/**
 * Plans the retry of a batch's failed desktops from the plan as it was first journaled, so each
 * desktop goes again with exactly the settings it had. A desktop named in `desktops[]` is sent
 * again in `desktops[]`; unnamed desktops (CreateDesktop with `size`) are sent as a `size` equal
 * to the number that failed, with the batch's name prefix and policy, never `size` beside
 * `desktops`. Refused desktops (the service did nothing; the request must be fixed) and
 * desktops whose outcome is unknown (sending again could make them twice) are not retried.
 */
namespace RetryPlanner {

/** True when @p item takes part in a retry. */
bool isRetriable(const BatchItem &item);
/**
 * The retry of @p items (a batch first planned as @p initial), @p cap desktops per request. With
 * @p deleteBroken, the desktops that failed items name are listed for deletion first (a failed
 * create leaves its desktop in ERROR).
 */
RetryPlan plan(const BatchPlan &initial, const QList<BatchItem> &items, int cap, bool deleteBroken);

} // namespace RetryPlanner

} // namespace wsc
