#pragma once

// CONTRACT (written by the lead before implementation; the jobs-journal helper implements it
// and may extend it, keeping these names and meanings, because the wizard, the assignment
// dialog, the jobs panel, the main window and wsctl are all written against it).

#include "batchsource.h"
#include "chunkstate.h"

#include "models/attachrequest.h"
#include "models/createdesktoprequest.h"
#include "models/jobinfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class JobJournal;
class WorkspaceClient;

/** What a batch started by the console looks like now: the row of the jobs panel and wsctl. */
struct BatchSummary
{
    QString id;      ///< the batch id (BatchPlan::id)
    QString kind;    ///< "create" | "attach"
    QString profile; ///< profile name it was started on
    QString title;   ///< e.g. "Create 240 desktops"; translated when made
    QDateTime started;
    QDateTime finished; ///< invalid while running
    int desktops = 0;   ///< desktops in the batch
    int succeeded = 0;  ///< desktops whose sub-job ended SUCCESS (or confirmed on the server)
    int failed = 0;     ///< desktops whose sub-job ended FAILED, or whose chunk failed
    int running = 0;    ///< sent, not ended
    int pending = 0;    ///< not sent yet (planned, paused)
    int cancelled = 0;
    int progress = 0; ///< 0-100 over all desktops
    bool paused = false;
    bool isFinished() const { return finished.isValid(); }
};

/** One desktop of a batch and what became of it: a row of the results export. */
struct BatchItem
{
    int sourceIndex = 0;
    int sourceLine = 0; ///< CSV line, 0 when typed
    int chunk = 0;
    ChunkState chunkState = ChunkState::Planned;
    QString userName;
    QString computerName;
    QString desktopId;
    QString jobId;
    QString subJobId;
    QString status; ///< sub-job status (WAITING/RUNNING/SUCCESS/FAILED), or the chunk's state
    int process = 0;
    QString errorCode;
    QString message;   ///< fail_reason or the chunk's error message
    QString requestId; ///< X-Request-Id of the failing request, when there was one
};

/**
 * Starts, follows, resumes and retries the batches of one profile, durably: every plan and
 * state change goes to the JobJournal before it takes effect, so a crash or kill at any point
 * is resumed by the next start (GUI or wsctl) without losing or doubling a desktop.
 */
class JobCenter : public QObject
{
    Q_OBJECT
public:
    JobCenter(WorkspaceClient *client, JobJournal *journal, const QString &profile,
              QObject *parent = nullptr);
    ~JobCenter() override;

    /** Plans (chunks of the client's cap), journals and starts a create batch; returns its id. */
    QString startCreate(const CreateDesktopRequest &request, const BatchSource &source);
    /** The same for an attach batch. */
    QString startAttach(const AttachRequest &request, const BatchSource &source);

    /** Resumes every unfinished batch of this profile found in the journal (reconciling first). */
    void resumeUnfinished();
    /** A new batch of just the failed desktops of @p batchId, traced to the same source lines. */
    QString retryFailed(const QString &batchId);
    void pause(const QString &batchId);
    void resume(const QString &batchId);
    /** Cancels the chunks of the batch not sent yet. */
    void cancel(const QString &batchId);
    /** Forgets finished batches (the journal keeps nothing of them afterwards). */
    void clearFinished();

    QList<BatchSummary> batches() const;
    BatchSummary batch(const QString &batchId) const;
    QList<BatchItem> items(const QString &batchId) const;
    /** Batches not finished yet (for the status bar and the window title). */
    int runningCount() const;
    /** Writes the results export (UTF-8 with BOM): see BatchItem for the columns. */
    bool exportCsv(const QString &batchId, const QString &path, QString *error = nullptr) const;

signals:
    void batchAdded(const QString &batchId);
    /** Counts, progress or state of the batch changed. */
    void batchChanged(const QString &batchId);
    /** One desktop of the batch changed (sub-job progress, status, failure). */
    void itemChanged(const QString &batchId, int sourceIndex);
    /** Nothing more will happen in the batch without a person deciding. */
    void batchFinished(const QString &batchId);
    void batchRemoved(const QString &batchId);
};
