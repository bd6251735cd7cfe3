#pragma once

#include "batchitem.h"
#include "batchkind.h"
#include "batchplan.h"
#include "batchrequest.h"
#include "batchsource.h"
#include "batchsummary.h"

#include "api/http/apierror.h"
#include "models/domain/attachrequest.h"
#include "models/domain/batchdetachrequest.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/deletedesktopsrequest.h"
#include "models/domain/desktopactionrequest.h"
#include "models/domain/desktoptagschange.h"
#include "models/domain/jobinfo.h"
#include "models/domain/rebuildrequest.h"
#include "models/domain/resizerequest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace wsc {

class BatchLease;
class JobJournal;
class JobPoller;
class WorkspaceClient;
struct ChunkTransition;
struct JournalBatch;
class ServiceReachability;

/**
 * Starts, follows, resumes and retries the batches of one profile, durably: every plan and
 * state change goes to the JobJournal before it takes effect, so a crash or kill at any point
 * is resumed by the next start (GUI or wsctl) without losing or doubling a desktop. It wires the
 * engine's parts together: BatchSubmitter sends, JobPoller follows, BatchOutcome says what each
 * event means for a desktop, RetryPlanner plans retries, DesktopCleanup deletes what failed
 * creates left, BatchLease shares the batches between processes, and BatchOperation says what
 * each kind of batch sends.
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

    // Day-2 batches: chunked by the client's actionCap, journaled before anything is sent, one
    // row per desktop (source.names gives each row's computer name until the service reports it).
    /** Start, stop, reboot or hibernate desktops (BatchRunDesktops); returns the batch id. */
    QString startDesktopAction(const DesktopActionRequest &request, const BatchSource &source = {});
    /** Delete desktops (BatchDeleteDesktops). */
    QString startDelete(const DeleteDesktopsRequest &request, const BatchSource &source = {});
    /** Detach every user of the desktops (BatchDetachInstances). */
    QString startDetach(const BatchDetachRequest &request, const BatchSource &source = {});
    /** Rebuild the system disks with another image (BatchRebuildDesktopsSystemDisk). */
    QString startRebuild(const RebuildRequest &request, const BatchSource &source = {});
    /** Change the desktops' product (ResizeDesktop, stopping running desktops first). */
    QString startResize(const ResizeRequest &request, const BatchSource &source = {});
    /** Turns maintenance mode on or off for @p desktopIds as a batch of kind Maintenance. */
    QString startMaintenance(const QStringList &desktopIds, bool on,
                             const BatchSource &source = {});
    /** Adds (@p add) or removes the tags of @p change as a batch of kind TagAdd / TagRemove. */
    QString startTags(const DesktopTagsChange &change, bool add, const BatchSource &source = {});

    /** Resumes every unfinished batch of this profile found in the journal (reconciling first). */
    void resumeUnfinished();
    /**
     * A new batch of just the failed desktops of @p batchId, traced to the same source rows
     * (RetryPlanner): empty when nothing can be retried (see canRetry()).
     */
    QString retryFailed(const QString &batchId);
    /** Desktops of @p batchId that a retry would send again (failed, not refused or unknown). */
    int retriableCount(const QString &batchId) const;
    void pause(const QString &batchId);
    void resume(const QString &batchId);
    /** Cancels the chunks of the batch not sent yet. */
    void cancel(const QString &batchId);
    /** Forgets finished batches (the journal keeps nothing of them afterwards). */
    void clearFinished();

    QList<BatchSummary> batches() const;
    BatchSummary batch(const QString &batchId) const;
    QList<BatchItem> items(const QString &batchId) const;
    /** The batch's plan as first journaled (exact bodies), e.g. to open a refused request again. */
    BatchPlan initialPlan(const QString &batchId) const;
    /** Batches not finished yet (for the status bar and the window title). */
    int runningCount() const;
    /** Writes the results export (BatchExport) of @p batchId to @p path. */
    bool exportCsv(const QString &batchId, const QString &path, QString *error = nullptr) const;

    QString profile() const { return m_profile; }
    JobJournal *journal() const { return m_journal; }
    /** The last journal problem, translated; empty when none. */
    QString lastError() const { return m_lastError; }
    /** True when this JobCenter runs the batch (holds its lease); false when another does. */
    bool isRunningHere(const QString &batchId) const;
    /**
     * True while the service cannot be reached: the last request of the poller or a submitter
     * failed without an answer (nothing listening, DNS, reset, timeout) and none was answered
     * since.
     */
    bool isServiceUnreachable() const;
    /** When the current outage began (UTC); invalid while the service answers. */
    QDateTime unreachableSince() const;
    /** The last failure of the current outage. */
    ApiError lastServiceError() const;
    /** When the poller asks the service next (UTC); invalid when no poll is scheduled. */
    QDateTime nextServiceTry() const;

    /** Passed to each BatchSubmitter / the JobPoller (tests and wsctl tune them). */
    void setMaxChunksInFlight(int chunks) { m_maxInFlight = chunks; }
    void setReconcileDelayMs(int ms) { m_reconcileDelayMs = ms; }
    void setPollIntervals(int initialMs, int maxMs);
    /** How often the journal is checked for changes made by another process (default 1 s). */
    void setRefreshIntervalMs(int ms);
    /** How often a desktop being deleted before a retry is looked for (default 1 s). */
    void setCleanupPollMs(int ms) { m_cleanupPollMs = ms; }

signals:
    void batchAdded(const QString &batchId);
    /** Counts, progress or state of the batch changed. */
    void batchChanged(const QString &batchId);
    /** One desktop of the batch changed (sub-job progress, status, failure). */
    void itemChanged(const QString &batchId, int sourceIndex);
    /** Nothing more will happen in the batch without a person deciding. */
    void batchFinished(const QString &batchId);
    void batchRemoved(const QString &batchId);
    /** runningCount() changed. */
    void runningCountChanged(int count);
    /** The journal could not be written or read (translated message). */
    void journalError(const QString &message);
    /** The service became unreachable or reachable again, or failed once more. */
    void serviceReachabilityChanged();

private:
    struct Run;
    using RunPtr = std::shared_ptr<Run>;

    QString addBatch(JournalBatch record, const BatchPlan &plan, const QStringList &names = {});
    QString startDesktops(BatchKind kind, const QJsonObject &request, const BatchSource &source);
    void startRun(const RunPtr &run, const BatchPlan &plan);
    void startCleanup(const RunPtr &run);
    void onTransition(const RunPtr &run, const ChunkTransition &transition);
    void onSubJob(const RunPtr &run, int chunk, const SubJobInfo &subJob);
    void onChunkJobFinished(const RunPtr &run, int chunk, const JobInfo &job);
    void onSubmitterFinished(const RunPtr &run);
    void finishRun(const RunPtr &run);
    void flush();
    void scheduleFlush();
    bool adopt(const JournalBatch &record);
    void refresh();
    void reloadFromJournal(bool announce);
    void applyRequest(const RunPtr &run, BatchRequest request);
    void ask(const QString &batchId, BatchRequest request);
    void recount(Run &run) const;
    void noteError(const QString &message);
    void updateRunningCount();
    RunPtr runFor(const QString &batchId) const;
    RunPtr runForJob(const QString &jobId, int *chunk) const;

    WorkspaceClient *m_client = nullptr;
    JobJournal *m_journal = nullptr;
    QString m_profile;
    JobPoller *m_poller = nullptr;
    ServiceReachability *m_reachability = nullptr;
    std::unique_ptr<BatchLease> m_lease;
    QHash<QString, RunPtr> m_runs;
    QStringList m_order; ///< batch ids, oldest first
    QString m_lastError;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_dataVersion = -1;
    int m_maxInFlight = 4;
    int m_reconcileDelayMs = 2000;
    int m_cleanupPollMs = 1000;
    int m_lastRunningCount = -1;
    bool m_resuming = false; ///< resumeUnfinished() was called: adopt orphaned batches too
};

} // namespace wsc
