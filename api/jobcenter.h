#pragma once

// CONTRACT (written by the lead before implementation; the jobs-journal helper implements it
// and may extend it, keeping these names and meanings, because the wizard, the assignment
// dialog, the jobs panel, the main window and wsctl are all written against it).

#include "apierror.h"
#include "batchplan.h"
#include "batchsource.h"
#include "chunkstate.h"

#include "models/attachrequest.h"
#include "models/createdesktoprequest.h"
#include "models/jobinfo.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class BatchSubmitter;
class JobJournal;
class JobPoller;
class WorkspaceClient;
struct ChunkTransition;
struct JournalBatch;
struct SubJobInfo;
class QTimer;

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
    // Extensions (jobs-journal helper):
    QString parentId;      ///< the batch this one retries, else empty
    QString origin;        ///< BatchSource::origin
    bool external = false; ///< run by another process (GUI or wsctl) that holds its lease
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
    // Extensions (jobs-journal helper): what is needed to explain a failed request again.
    int httpStatus = 0; ///< HTTP status of a failed request (0 for sub-job failures)
    QString errorKind;  ///< ApiError::kindName of a failed request, empty for sub-job failures

    /** How the desktop stands, from its chunk state and sub-job status. */
    enum class Outcome { Pending, Running, Succeeded, Failed, Cancelled };
    Outcome outcome() const;
    /** The failed request as an ApiError (for ErrorCatalog); no error for sub-job failures. */
    ApiError requestError() const;
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

    // --- extensions (jobs-journal helper) ---------------------------------------------------
    /** The export's header names: stable English snake_case, never translated (scripts). */
    static QStringList exportColumns();
    /** The export as text (header + one line per desktop, CRLF), without the BOM. */
    QString exportText(const QString &batchId) const;
    QString profile() const { return m_profile; }
    JobJournal *journal() const { return m_journal; }
    /** The last journal problem, translated; empty when none. */
    QString lastError() const { return m_lastError; }
    /** True when this JobCenter runs the batch (holds its lease); false when another does. */
    bool isRunningHere(const QString &batchId) const;
    /** Passed to each BatchSubmitter / the JobPoller (tests and wsctl tune them). */
    void setMaxChunksInFlight(int chunks) { m_maxInFlight = chunks; }
    void setReconcileDelayMs(int ms) { m_reconcileDelayMs = ms; }
    void setPollIntervals(int initialMs, int maxMs);
    /** How often the journal is checked for changes made by another process (default 1 s). */
    void setRefreshIntervalMs(int ms);

signals:
    void batchAdded(const QString &batchId);
    /** Counts, progress or state of the batch changed. */
    void batchChanged(const QString &batchId);
    /** One desktop of the batch changed (sub-job progress, status, failure). */
    void itemChanged(const QString &batchId, int sourceIndex);
    /** Nothing more will happen in the batch without a person deciding. */
    void batchFinished(const QString &batchId);
    void batchRemoved(const QString &batchId);
    /** Extension: runningCount() changed. */
    void runningCountChanged(int count);
    /** Extension: the journal could not be written or read (translated message). */
    void journalError(const QString &message);

private:
    struct Run;
    using RunPtr = std::shared_ptr<Run>;

    QString addBatch(JournalBatch record, const BatchPlan &plan);
    void startRun(const RunPtr &run, const BatchPlan &plan);
    void startSubmitter(const RunPtr &run);
    void cleanUpThenStart(const RunPtr &run);
    void onTransition(const RunPtr &run, const ChunkTransition &transition);
    void onSubJob(const RunPtr &run, int chunk, int sourceIndex, const SubJobInfo &subJob);
    void onChunkJobFinished(const RunPtr &run, int chunk, const JobInfo &job);
    void onSubmitterFinished(const RunPtr &run);
    void backfillThenFinish(const RunPtr &run);
    void finishRun(const RunPtr &run);
    void flush();
    void scheduleFlush();
    bool adopt(const JournalBatch &record);
    void refresh();
    void reloadFromJournal(bool announce);
    void applyRequest(const RunPtr &run, const QString &request);
    void recount(Run &run) const;
    void noteError(const QString &message);
    void updateRunningCount();
    RunPtr runFor(const QString &batchId) const;
    RunPtr runForJob(const QString &jobId, int *chunk) const;

    WorkspaceClient *m_client = nullptr;
    JobJournal *m_journal = nullptr;
    QString m_profile;
    JobPoller *m_poller = nullptr;
    QHash<QString, RunPtr> m_runs;
    QStringList m_order; ///< batch ids, oldest first
    QString m_token;     ///< this JobCenter's lease token
    QString m_lastError;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastRenew = 0;
    qint64 m_lastAdoptCheck = 0;
    int m_maxInFlight = 4;
    int m_reconcileDelayMs = 2000;
    int m_lastRunningCount = -1;
    bool m_resuming = false; ///< resumeUnfinished() was called: adopt orphaned batches too
};
