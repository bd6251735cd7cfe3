#include "jobpoller.h"

#include "api/http/subjobquery.h"
#include "api/http/workspaceclient.h"

#include <QSet>

#include <functional>
#include <memory>

namespace wsc {

JobPoller::JobPoller(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<JobInfo>();
    qRegisterMetaType<SubJobInfo>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::runCycle);
}

void JobPoller::setIntervals(int initialMs, int maxMs, double factor)
{
    m_initialMs = qMax(10, initialMs);
    m_maxMs = qMax(m_initialMs, maxMs);
    m_factor = qMax(1.0, factor);
    m_intervalMs = m_initialMs;
}

void JobPoller::follow(const QString &jobId, const QString &jobType, int expectedSubJobs)
{
    if (jobId.isEmpty() || m_jobs.contains(jobId))
        return;
    Followed f;
    f.info.id = jobId;
    f.info.jobType = jobType;
    f.type = jobType;
    f.expected = qMax(0, expectedSubJobs);
    m_jobs.insert(jobId, f);
    // New work: look soon again, even if the interval had backed off.
    m_intervalMs = m_initialMs;
    schedule();
}

void JobPoller::unfollow(const QString &jobId)
{
    m_jobs.remove(jobId);
    if (m_jobs.isEmpty())
        m_timer.stop();
}

void JobPoller::stop()
{
    m_jobs.clear();
    m_settledLastCycle.clear();
    m_unseenTurn.clear();
    m_timer.stop();
}

void JobPoller::schedule()
{
    if (m_jobs.isEmpty() || m_inCycle > 0)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_intervalMs)
        m_timer.start(m_intervalMs);
}

void JobPoller::runCycle()
{
    if (!m_client || m_jobs.isEmpty())
        return;
    ++m_cycles;
    m_cycleRequests = 0;
    QHash<QString, QStringList> byType;
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        byType[it->type].append(it.key());
    m_inCycle = 1; // held until every call of the cycle is issued
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        if (!it.key().isEmpty() && it->size() >= m_listThreshold)
            listType(it.key(), it.value());
        else
            for (const QString &id : it.value())
                readJob(id);
    }
    callDone();
}

void JobPoller::callDone()
{
    if (--m_inCycle > 0)
        return;
    m_inCycle = 0;
    emit cycleFinished(m_cycleRequests);
    m_intervalMs = qMin(m_maxMs, static_cast<int>(m_intervalMs * m_factor));
    if (m_jobs.isEmpty())
        emit idle();
    else
        schedule();
}

bool JobPoller::mayWait(const Followed &job)
{
    if (!job.complete())
        return true; // a sub-job never seen may not have started
    for (const SubJobInfo &sub : job.subJobs) {
        if (sub.status.compare(QLatin1String("WAITING"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void JobPoller::listType(const QString &type, const QStringList &jobIds)
{
    // At most two requests per type and cycle: the RUNNING list, plus one of
    // - the WAITING list, while a sub-job may still wait (sent before RUNNING);
    // - one request that settles every job found ended, sent after RUNNING so that the jobs it
    //   shows ended are settled in the same request as those that ended before.
    // When a sub-job may wait and jobs wait to be settled, the two take turns: neither is
    // put off for more than a cycle.
    QStringList active;
    bool anyEnded = false;
    bool needWaiting = false;
    for (const QString &id : jobIds) {
        const auto f = m_jobs.constFind(id);
        if (f == m_jobs.constEnd())
            continue;
        if (f->ended) {
            anyEnded = true;
        } else {
            active << id;
            needWaiting = needWaiting || mayWait(*f);
        }
    }
    const bool settleFirst
            = anyEnded && (active.isEmpty() || (needWaiting && !m_settledLastCycle.value(type)));
    m_settledLastCycle.insert(type, settleFirst);
    if (settleFirst)
        settleNowEnded(type, jobIds, !active.isEmpty());
    if (!active.isEmpty())
        listActive(type, jobIds, active, needWaiting && !settleFirst, !needWaiting);
}

void JobPoller::listActive(const QString &type, const QStringList &all, const QStringList &jobIds,
                           bool withWaiting, bool settleAfter)
{
    // WAITING first, then RUNNING: a sub-job only moves forward, so one that moves between the
    // two requests is still seen in the second. A job in neither list has ended, except that
    // without the WAITING list a job that may still wait is simply not known this cycle.
    struct Cycle
    {
        QString type;
        QStringList all;      ///< every followed job of the type
        QStringList jobIds;   ///< those not known to have ended
        QSet<QString> active; ///< job ids with a waiting or running sub-job
        bool sawWaiting = false;
        bool settleAfter = false; ///< the second request is free: settle what has ended
    };
    auto cycle = std::make_shared<Cycle>();
    cycle->type = type;
    cycle->all = all;
    cycle->jobIds = jobIds;
    cycle->sawWaiting = withWaiting;
    cycle->settleAfter = settleAfter;
    ++m_inCycle;
    const auto listRunning = [this, cycle] {
        listStatus(cycle->type, QStringLiteral("RUNNING"),
                   [this, cycle](bool ok, const QList<SubJobInfo> &running) {
                       if (ok) {
                           for (const SubJobInfo &s : running)
                               cycle->active.insert(s.jobId);
                           classify(cycle->jobIds, cycle->active, cycle->sawWaiting);
                           if (cycle->settleAfter)
                               settleNowEnded(cycle->type, cycle->all, true);
                       }
                       callDone();
                   });
    };
    if (!withWaiting) {
        listRunning();
        return;
    }
    listStatus(type, QStringLiteral("WAITING"),
               [this, cycle, listRunning](bool ok, const QList<SubJobInfo> &waiting) {
                   if (!ok) {
                       callDone();
                       return;
                   }
                   for (const SubJobInfo &s : waiting)
                       cycle->active.insert(s.jobId);
                   listRunning();
               });
}

void JobPoller::listStatus(const QString &type, const QString &status,
                           std::function<void(bool, const QList<SubJobInfo> &)> done)
{
    SubJobQuery query;
    query.jobType = type;
    query.status = status;
    ++m_requests;
    ++m_listRequests;
    ++m_cycleRequests;
    TypedCall<QList<SubJobInfo>> *call = m_client->allSubJobs(query, this);
    connect(call, &ApiCall::finished, this, [this, call, done] {
        call->deleteLater();
        // Each further page or retry is a further request.
        const int extra = qMax(0, call->attempts() - 1);
        m_requests += extra;
        m_listRequests += extra;
        m_cycleRequests += extra;
        if (!call->isOk()) {
            if (call->error().kind == ApiError::Kind::Http)
                emit pollAnswered();
            emit pollFailed(call->error());
            done(false, {});
            return;
        }
        emit pollAnswered();
        QList<SubJobInfo> followed;
        for (const SubJobInfo &s : call->result()) {
            if (m_jobs.contains(s.jobId)) {
                mergeSubJob(s);
                followed.append(s);
            }
        }
        done(true, followed);
    });
}

void JobPoller::classify(const QStringList &jobIds, const QSet<QString> &active, bool sawWaiting)
{
    for (const QString &id : jobIds) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        if (active.contains(id)) {
            const JobInfo derived = JobInfo::fromSubJobs(id, it->type, it->subJobs.values());
            if (derived.status != it->info.status || derived.progress() != it->info.progress()) {
                it->info = derived;
                emit jobUpdated(it->info);
            }
        } else if (sawWaiting || !mayWait(*it)) {
            // Ended; settled by this cycle's second request when it is free, else by the next
            // cycle's. A job never seen has no known sub-jobs, so it is read whole then.
            it->ended = true;
        }
    }
}

void JobPoller::settleNowEnded(const QString &type, const QStringList &jobIds, bool oneRequest)
{
    QStringList ended;
    for (const QString &id : jobIds) {
        const auto f = m_jobs.constFind(id);
        if (f != m_jobs.constEnd() && f->ended)
            ended << id;
    }
    if (!ended.isEmpty())
        settleEnded(type, ended, oneRequest);
}

void JobPoller::settleEnded(const QString &type, const QStringList &jobIds, bool oneRequest)
{
    QStringList seen;
    // Ended before all their sub-jobs were seen (fast sub-jobs can start and end between two
    // cycles): only ShowJob knows those, and a FAILED list would not name the ones that succeeded.
    QStringList unseen;
    for (const QString &id : jobIds)
        (m_jobs.value(id).complete() ? seen : unseen) << id;
    // Within a budget of one request, the jobs seen (one request settles them all) and a job
    // never seen take turns; the others stay ended for a later cycle.
    if (oneRequest && !seen.isEmpty() && !unseen.isEmpty()) {
        const bool unseenTurn = m_unseenTurn.value(type);
        m_unseenTurn.insert(type, !unseenTurn);
        if (unseenTurn)
            seen.clear();
        else
            unseen.clear();
    }
    if (oneRequest)
        unseen = unseen.mid(0, 1);
    for (const QString &id : qAsConst(unseen))
        readJob(id);
    if (seen.isEmpty())
        return;
    if (seen.size() == 1) {
        readJob(seen.constFirst()); // as cheap as a list, and complete
        return;
    }
    // Several ended: one FAILED list tells which of their sub-jobs failed; the others
    // succeeded (they are neither waiting, running nor failed).
    ++m_inCycle;
    listStatus(type, QStringLiteral("FAILED"), [this, seen](bool ok, const QList<SubJobInfo> &) {
        if (!ok) {
            callDone(); // still ended: settled in a later cycle
            return;
        }
        for (const QString &id : seen) {
            auto it = m_jobs.find(id);
            if (it == m_jobs.end())
                continue;
            QList<SubJobInfo> subs = it->subJobs.values();
            for (SubJobInfo &sub : subs) {
                if (!sub.isTerminal()) {
                    sub.status = QStringLiteral("SUCCESS");
                    sub.process = 100;
                    mergeSubJob(sub);
                }
            }
            applyJob(JobInfo::fromSubJobs(id, it->type, it->subJobs.values()));
        }
        callDone();
    });
}

void JobPoller::readJob(const QString &jobId)
{
    ++m_inCycle;
    ++m_requests;
    ++m_jobRequests;
    ++m_cycleRequests;
    TypedCall<JobInfo> *call = m_client->job(jobId, this);
    connect(call, &ApiCall::finished, this, [this, call, jobId] {
        call->deleteLater();
        const int extra = qMax(0, call->attempts() - 1);
        m_requests += extra;
        m_cycleRequests += extra;
        if (call->isOk() || call->error().kind == ApiError::Kind::Http)
            emit pollAnswered();
        if (call->isOk()) {
            applyJob(call->result());
        } else if (call->error().httpStatus == 404) {
            // The service does not know the job (any more): stop following it.
            JobInfo gone = m_jobs.value(jobId).info;
            gone.status = QStringLiteral("FAILED");
            gone.errorCode = call->error().errorCode;
            gone.failReason = call->error().errorMessage;
            m_jobs.remove(jobId);
            emit jobFinished(gone);
        } else {
            emit pollFailed(call->error());
        }
        callDone();
    });
}

void JobPoller::mergeSubJob(const SubJobInfo &subJob)
{
    auto it = m_jobs.find(subJob.jobId);
    if (it == m_jobs.end())
        return;
    const SubJobInfo old = it->subJobs.value(subJob.id);
    it->subJobs.insert(subJob.id, subJob);
    if (old.status != subJob.status || old.process != subJob.process
        || old.errorCode != subJob.errorCode || old.desktopId != subJob.desktopId)
        emit subJobUpdated(subJob);
}

void JobPoller::applyJob(const JobInfo &job)
{
    auto it = m_jobs.find(job.id);
    if (it == m_jobs.end())
        return;
    for (const SubJobInfo &s : job.subJobs) {
        SubJobInfo sub = s;
        if (sub.jobId.isEmpty())
            sub.jobId = job.id;
        mergeSubJob(sub);
    }
    JobInfo merged = job;
    if (merged.jobType.isEmpty())
        merged.jobType = it->type;
    if (it->type.isEmpty())
        it->type = merged.jobType;
    // ShowJob's status has no documented enum; trust the sub-jobs when they say more.
    if (merged.status.isEmpty())
        merged.status = JobInfo::statusFromSubJobs(merged.subJobs);
    const bool changed
            = merged.status != it->info.status || merged.progress() != it->info.progress();
    it->info = merged;
    if (merged.isTerminal()) {
        m_jobs.erase(it);
        emit jobUpdated(merged);
        emit jobFinished(merged);
    } else {
        it->ended = false; // ShowJob says it goes on: listing will tell when it ends
        if (changed)
            emit jobUpdated(merged);
    }
}

} // namespace wsc
