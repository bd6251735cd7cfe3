#include "jobpoller.h"

#include "subjobquery.h"
#include "workspaceclient.h"

#include <QSet>

#include <functional>
#include <memory>

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

void JobPoller::follow(const QString &jobId, const QString &jobType)
{
    if (jobId.isEmpty() || m_jobs.contains(jobId))
        return;
    Followed f;
    f.info.id = jobId;
    f.info.jobType = jobType;
    f.type = jobType;
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

void JobPoller::listType(const QString &type, const QStringList &jobIds)
{
    // WAITING first, then RUNNING: a sub-job can only move forward, so one that moves between
    // the two requests is still seen in the second. Whatever is in neither list has ended.
    struct Cycle
    {
        QString type;
        QStringList jobIds;
        QSet<QString> active; ///< job ids with a waiting or running sub-job
    };
    auto cycle = std::make_shared<Cycle>();
    cycle->type = type;
    cycle->jobIds = jobIds;
    ++m_inCycle;
    const auto listRunning = [this, cycle] {
        listStatus(cycle->type, QStringLiteral("RUNNING"),
                   [this, cycle](bool ok, const QList<SubJobInfo> &running) {
                       if (!ok) {
                           callDone();
                           return;
                       }
                       for (const SubJobInfo &s : running)
                           cycle->active.insert(s.jobId);
                       settleType(cycle->type, cycle->jobIds, cycle->active);
                       callDone();
                   });
    };
    // Sub-jobs never go back to WAITING: once every followed job has been seen and none of
    // their sub-jobs waits, the RUNNING list alone tells which are still active.
    bool needWaiting = false;
    for (const QString &id : jobIds) {
        const auto f = m_jobs.constFind(id);
        if (f == m_jobs.constEnd())
            continue;
        needWaiting = needWaiting || f->subJobs.isEmpty();
        for (const SubJobInfo &sub : f->subJobs)
            needWaiting = needWaiting
                          || sub.status.compare(QLatin1String("WAITING"), Qt::CaseInsensitive) == 0;
    }
    if (!needWaiting) {
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
            emit pollFailed(call->error());
            done(false, {});
            return;
        }
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

void JobPoller::settleType(const QString &type, const QStringList &jobIds,
                           const QSet<QString> &active)
{
    QStringList ended;
    for (const QString &id : jobIds) {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue;
        if (active.contains(id)) {
            const QString status = JobInfo::statusFromSubJobs(it->subJobs.values());
            const int progress
                    = JobInfo::fromSubJobs(id, it->type, it->subJobs.values()).progress();
            if (status != it->info.status || progress != it->info.progress()) {
                it->info = JobInfo::fromSubJobs(id, it->type, it->subJobs.values());
                emit jobUpdated(it->info);
            }
        } else if (it->subJobs.isEmpty()) {
            // Never seen running: its sub-jobs are unknown, so read the job itself.
            readJob(id);
        } else {
            ended << id;
        }
    }
    if (ended.isEmpty())
        return;
    if (ended.size() < m_listThreshold) {
        for (const QString &id : qAsConst(ended))
            readJob(id);
        return;
    }
    // Many ended at once: one FAILED list tells which of their sub-jobs failed; the others
    // succeeded (they are neither waiting, running nor failed).
    ++m_inCycle;
    listStatus(type, QStringLiteral("FAILED"), [this, ended](bool ok, const QList<SubJobInfo> &) {
        if (!ok) {
            for (const QString &id : ended)
                readJob(id);
            callDone();
            return;
        }
        for (const QString &id : ended) {
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
    } else if (changed) {
        emit jobUpdated(merged);
    }
}
