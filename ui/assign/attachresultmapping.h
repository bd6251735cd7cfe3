#pragma once

#include "api/http/apierror.h"
#include "api/jobs/jobcenter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * What became of each desktop of an attach batch, worked out from its BatchItems alone, so the
 * assignment wizard, wsctl and tests agree on it: assigned, failed by its job, refused because
 * of it, or not applied because another desktop of the same request was refused.
 */
namespace AttachResultMapping {

/** The outcome of one desktop of the batch, as its row should show it. */
struct RowResult
{
    enum class Kind {
        InProgress, ///< waiting, sent or being assigned
        Assigned,   ///< the service attached it
        JobFailed,  ///< the request was accepted; the desktop's job failed (errorCode, message)
        Refused,    ///< its request was refused because of this desktop, or of no one (error)
        NotApplied, ///< its request was refused because of another desktop (culprit*)
        Cancelled,  ///< never sent, nothing applied
    };

    QString desktopId;
    int sourceIndex = -1;
    Kind kind = Kind::InProgress;
    QString errorCode;
    QString message;             ///< fail_reason of the job, or the service's error text
    ApiError error;              ///< the refused request's error (Refused, NotApplied)
    QString culpritDesktopId;    ///< NotApplied: the desktop the service named
    int culpritSourceIndex = -1; ///< NotApplied: its source index
};

/**
 * One RowResult per item, in the order of @p items. @p sentDesktopIds[s] is the desktop of
 * source index s as it was sent (the row key; the table may have changed since). A refused
 * request's desktops are the items that carry the same refused request (same request id, or
 * the same error when the service gave none), in source order: that is the order of the
 * body's desktops[], which AttachErrorLocator counts in.
 */
QList<RowResult> map(const QList<BatchItem> &items, const QStringList &sentDesktopIds);

} // namespace AttachResultMapping

} // namespace wsc
