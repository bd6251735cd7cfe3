#pragma once

#include "batchplan.h"
#include "chunkstatemachine.h"
#include "chunktransition.h"

#include "api/http/actionresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wsc {

class ChunkReconciler;
class JobPoller;
class WorkspaceClient;
struct JobInfo;
struct SubJobInfo;

/**
 * Sends a batch of any size and kind (BatchOperation) chunk by chunk through a WorkspaceClient, and
 * never creates a desktop twice: a chunk whose outcome is unknown (timeout, reset, 5xx, lost
 * reply) is reconciled against the server and only its missing desktops are sent again.
 * Pause/resume/cancel act on chunks not yet sent. Every state change is emitted before the
 * action it announces, for a journal. Start it from a fresh plan or a saved one.
 */
class BatchSubmitter : public QObject
{
    Q_OBJECT
public:
    BatchSubmitter(WorkspaceClient *client, const BatchPlan &plan, QObject *parent = nullptr);
    ~BatchSubmitter() override;

    ChunkStateMachine *states() { return &m_states; }
    const BatchPlan &plan() const { return m_states.plan(); }

    /** Chunks in flight at once (default 4); the client's governor paces requests as well. */
    void setMaxChunksInFlight(int chunks) { m_maxInFlight = qMax(1, chunks); }
    /** Wait before looking up an unknown chunk, so a slow service can finish applying it. */
    void setReconcileDelayMs(int ms) { m_reconcileDelayMs = qMax(0, ms); }
    /** Follow accepted jobs with @p poller; chunks become Done when their jobs end. */
    void setJobPoller(JobPoller *poller);

    /** Sends Planned chunks; reconciles chunks left Sent/Unknown by an earlier run first. */
    void start();
    void pause();
    void resume();
    /** Cancels the chunks not sent yet; requests in flight and reconciliation finish. */
    void cancel();

    bool isPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }
    int resendCount() const { return m_resends; }
    int reconcileCount() const { return m_reconciles; }
    /** Desktops confirmed by reconciliation instead of by a job id. */
    int confirmedCount() const;

signals:
    void chunkStateChanged(const ChunkTransition &transition);
    /** Settled chunks (Done, Failed, Cancelled) of all. */
    void progress(int settled, int total);
    /**
     * A followed job ended; @p chunk is its chunk. Its sub-jobs say what became of each desktop
     * (BatchOutcome::takeSubJob traces them to the chunk's desktops).
     */
    void jobFinished(int chunk, const JobInfo &job);
    /**
     * The service accepted chunk @p chunk's request but refused these desktops at once
     * (failed_operation_list); emitted just before the chunk's Accepted transition.
     */
    void desktopsRefused(int chunk, const QList<ActionResult::Failure> &failures);
    /** Nothing is in flight and nothing more will be sent without a person deciding. */
    void finished();

private:
    void pump();
    void send(int index);
    void takeBaselineThenSend(int index);
    void onAnswer(int index, const ApiError &error, const ActionResult &result);
    void reconcileLater(int index);
    void reconcile(int index);
    void onJobFinished(const JobInfo &job);
    void followIfAccepted(int index);
    void checkFinished();

    QPointer<WorkspaceClient> m_client;
    ChunkStateMachine m_states;
    QPointer<JobPoller> m_poller;
    QSet<int> m_busy;                 ///< chunks with a request or lookup in flight
    QHash<int, qint64> m_notBefore;   ///< throttled chunks wait until this time (ms since start)
    QHash<int, int> m_reconcileTries; ///< failed lookups per chunk
    QElapsedTimer m_clock;
    QTimer m_wakeUp;
    int m_maxInFlight = 4;
    int m_reconcileDelayMs = 2000;
    int m_resends = 0;
    int m_reconciles = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_finished = false;
};

} // namespace wsc
