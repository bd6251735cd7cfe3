#pragma once

#include "batchkind.h"

#include <QDateTime>
#include <QString>

namespace wsc {

/** What a batch started by the console looks like now: the row of the jobs panel and wsctl. */
struct BatchSummary
{
    QString id; ///< the batch id (BatchPlan::id)
    BatchKind kind = BatchKind::Create;
    QString profile; ///< profile name it was started on
    QDateTime started;
    QDateTime finished; ///< invalid while running
    int desktops = 0;   ///< desktops in the batch
    int succeeded = 0;  ///< desktops whose sub-job ended SUCCESS (or found on the server)
    int failed = 0;     ///< desktops the service tried and failed, or left undecided at the end
    int refused = 0;    ///< desktops whose request the service refused: nothing was done
    int running = 0;    ///< sent, not ended
    int pending = 0;    ///< not sent yet (planned, paused)
    int cancelled = 0;
    int cleanup = 0;  ///< broken desktops of the retried batch still to delete before sending
    int progress = 0; ///< 0-100 over the desktops the service was asked to act on
    bool paused = false;
    QString parentId; ///< the batch this one retries, else empty
    QString origin;   ///< BatchSource::origin
    QString action;   ///< power batches: the op_type they send (os-start, os-stop, reboot, ...)
    bool external = false; ///< run by another process (GUI or wsctl) that holds its lease

    bool isFinished() const { return finished.isValid(); }
    /** "Create 240 desktops", "Retry 3 failed desktops"... in the current language. */
    QString title() const;
    /** Finished with every desktop refused: the service did nothing at all. */
    bool isRefused() const { return isFinished() && desktops > 0 && refused == desktops; }
};

} // namespace wsc
