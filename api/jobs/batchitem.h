#pragma once

#include "chunkstate.h"
#include "subjobstatus.h"

#include "api/http/apierror.h"

#include <QString>

namespace wsc {

/**
 * One desktop of a batch and what became of it. Two accounts are kept apart: the client's (the
 * state of the chunk that carries the desktop, and the error of a request the service refused
 * or whose answer was lost) and the service's (the desktop's own sub-job: its id, status,
 * progress, desktop and fail_reason). The outcome reads the service's account first.
 */
struct BatchItem
{
    /** How the desktop stands. Refused: the service refused its request; nothing was done. */
    enum class Outcome { Pending, Running, Succeeded, Failed, Refused, Cancelled };
    /**
     * What the console itself found when the service gave no reason. Kept in `message` as a
     * marker (the journal stores data), and worded in the reader's language by messageText().
     */
    enum class Note { None, JobEndedUnreported, DesktopInError };

    int sourceIndex = 0;
    int sourceLine = 0; ///< CSV line, 0 when typed
    int chunk = 0;
    ChunkState chunkState = ChunkState::Planned;
    QString userName;
    QString computerName;
    QString desktopId;
    QString jobId;

    // The service's account: this desktop's sub-job.
    QString subJobId;
    SubJobStatus subJobStatus = SubJobStatus::None;
    int process = 0;

    // Why it failed: the sub-job's error_code and fail_reason, or the failed request's error.
    QString errorCode;
    QString message;
    QString requestId;  ///< X-Request-Id of the failing request, when there was one
    int httpStatus = 0; ///< HTTP status of a failed request (0 for sub-job failures)
    QString errorKind;  ///< ApiError::kindName of a failed request, empty for sub-job failures

    Outcome outcome() const;
    /** The note that `message` holds, or None when it holds the service's own words. */
    Note note() const;
    /** Sets `message` to the marker of @p note. */
    void setNote(Note note);
    /** The message in the current language: a note worded, else the service's text as sent. */
    QString messageText() const;
    /** The failed request as an ApiError (for ErrorCatalog); no error for sub-job failures. */
    ApiError requestError() const;
    /** The service's sub-job status when it reported one, else the chunk's state name. */
    QString statusName() const;

    /** Stable lower-case names of Outcome for exports and wsctl's JSON ("succeeded", ...). */
    static QString outcomeName(Outcome outcome);
    /** True when @p error is the service refusing a request it did not carry out (4xx). */
    static bool isRefusal(const ApiError &error);
};

} // namespace wsc
