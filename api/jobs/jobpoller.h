#pragma once

#include "api/http/apierror.h"
#include "models/domain/jobinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wsc {

class WorkspaceClient;

/**
 * Follows many Workspace jobs with few requests: at most two per job type and cycle. A type
 * followed by several jobs is polled with the list workspace-sub-jobs?job_type=T&status=RUNNING,
 * which covers all its running sub-jobs at once, plus one more request: the WAITING list while
 * a sub-job may still wait, or the settling of the jobs found ended (in neither list): one
 * status=FAILED list for several, GET workspace-jobs/{id} for one. When both are needed they
 * take turns. A job that ended before it was ever seen costs one GET workspace-jobs/{id} of its
 * own (one per cycle while others run; all at once when none runs, as after a restart). A type with
 * fewer jobs is polled per job. The interval starts short and backs off to a cap; following stops
 * at terminal states.
 */
class JobPoller : public QObject
{
    Q_OBJECT
public:
    explicit JobPoller(WorkspaceClient *client, QObject *parent = nullptr);

    /**
     * Starts following @p jobId (of @p jobType, e.g. createDesktops); polling starts soon.
     * @p expectedSubJobs, when known (the desktops of the request), tells when every sub-job
     * has been seen; until then the job is settled by reading it whole.
     */
    void follow(const QString &jobId, const QString &jobType = {}, int expectedSubJobs = 0);
    void unfollow(const QString &jobId);
    void stop();

    /** First interval, cap, and growth factor per cycle (defaults 1 s, 30 s, 1.5). */
    void setIntervals(int initialMs, int maxMs, double factor = 1.5);
    /** Types with at least this many followed jobs are polled by listing (default 3). */
    void setListThreshold(int jobs) { m_listThreshold = qMax(1, jobs); }

    bool isFollowing(const QString &jobId) const { return m_jobs.contains(jobId); }
    int followedCount() const { return static_cast<int>(m_jobs.size()); }
    JobInfo job(const QString &jobId) const { return m_jobs.value(jobId).info; }

    /** Figures: poll cycles run, requests made (calls), list requests, per-job reads. */
    int cycles() const { return m_cycles; }
    int requestCount() const { return m_requests; }
    int listRequestCount() const { return m_listRequests; }
    int jobRequestCount() const { return m_jobRequests; }
    /** Milliseconds until the next cycle starts; -1 when none is scheduled (one runs, or idle). */
    int msUntilNextCycle() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

signals:
    /** The job's status or progress changed (status derived from its sub-jobs while listing). */
    void jobUpdated(const JobInfo &job);
    /** One sub-job changed: status, process, error_code, fail_reason, entities. */
    void subJobUpdated(const SubJobInfo &subJob);
    /** The job reached SUCCESS or FAILED (read with ShowJob: complete sub-jobs and reasons). */
    void jobFinished(const JobInfo &job);
    /** A poll request failed after its retries; polling goes on. */
    void pollFailed(const ApiError &error);
    /** A poll request was answered (a result, or an HTTP error): the service is reachable. */
    void pollAnswered();
    /** A cycle ended after @p requests requests. */
    void cycleFinished(int requests);
    /** No job is followed any more. */
    void idle();

private:
    struct Followed
    {
        JobInfo info;
        QString type;
        QHash<QString, SubJobInfo> subJobs;
        bool confirming = false;
        bool ended = false; ///< in no WAITING/RUNNING list: to be settled next cycle
        int expected = 0;   ///< sub-jobs the job has, 0 when not known
        /** Every sub-job seen (or, when the count is unknown, at least one). */
        bool complete() const
        {
            return expected > 0 ? subJobs.size() >= expected : !subJobs.isEmpty();
        }
    };

    void schedule();
    void runCycle();
    static bool mayWait(const Followed &job);
    void listType(const QString &type, const QStringList &jobIds);
    void listActive(const QString &type, const QStringList &all, const QStringList &jobIds,
                    bool withWaiting, bool settleAfter);
    void classify(const QStringList &jobIds, const QSet<QString> &active, bool sawWaiting);
    void settleEnded(const QString &type, const QStringList &jobIds, bool oneRequest);
    void settleNowEnded(const QString &type, const QStringList &jobIds, bool oneRequest);
    void listStatus(const QString &type, const QString &status,
                    std::function<void(bool, const QList<SubJobInfo> &)> done);
    void readJob(const QString &jobId);
    void mergeSubJob(const SubJobInfo &subJob);
    void applyJob(const JobInfo &job);
    void callDone();

    QPointer<WorkspaceClient> m_client;
    QHash<QString, Followed> m_jobs;
    QHash<QString, bool> m_settledLastCycle; ///< per type: the second request settled jobs
    QHash<QString, bool> m_unseenTurn;       ///< per type: a never-seen job is read next
    QTimer m_timer;
    int m_initialMs = 1000;
    int m_maxMs = 30000;
    double m_factor = 1.5;
    int m_intervalMs = 1000;
    int m_listThreshold = 3;
    int m_inCycle = 0; ///< calls of the current cycle still running
    int m_cycleRequests = 0;
    int m_cycles = 0;
    int m_requests = 0;
    int m_listRequests = 0;
    int m_jobRequests = 0;
};

} // namespace wsc
