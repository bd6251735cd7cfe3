#include "jobcenter.h"

#include "batchexport.h"
#include "batchlease.h"
#include "batchoperation.h"
#include "batchoutcome.h"
#include "batchsubmitter.h"
#include "desktopcleanup.h"
#include "desktopidbackfill.h"
#include "jobjournal.h"
#include "jobpoller.h"
#include "journalbatch.h"
#include "servicereachability.h"

#include "api/apitr.h"
#include "api/http/workspaceclient.h"
#include "models/rules/apilimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace wsc {

namespace {

constexpr int kFlushDelayMs = 400; ///< poller progress is written at most this often

/** English, for people who read the journal file; the UI makes its titles from the data. */
QString journalTitle(BatchKind kind, int desktops, bool retry)
{
    if (retry)
        return QStringLiteral("Retry %1 failed desktop(s)").arg(desktops);
    return QStringLiteral("%1 %2 desktop(s)").arg(BatchKinds::name(kind)).arg(desktops);
}

} // namespace

/** One batch as this JobCenter knows it; a submitter only while it runs here. */
struct JobCenter::Run
{
    JournalBatch record;
    BatchSummary summary;
    QList<BatchItem> items;
    QHash<int, int> row;              ///< source index -> position in items
    QHash<int, QList<int>> chunkRows; ///< chunk -> positions in items
    QPointer<BatchSubmitter> submitter;
    QPointer<DesktopCleanup> cleanup;
    bool owned = false; ///< this JobCenter holds the lease and runs it
    bool finishing = false;
    QSet<int> dirty; ///< desktops changed since the last journal write
    QList<QPair<int, JobInfo>> pendingJobs;
    QList<QPair<int, SubJobInfo>> pendingSubJobs;
    QHash<QString, int> jobChunk; ///< job id -> chunk
    QString action;               ///< power batches: the op_type of the first plan

    BatchItem *item(int sourceIndex)
    {
        const auto it = row.constFind(sourceIndex);
        return it == row.constEnd() ? nullptr : &items[*it];
    }
    void index()
    {
        std::sort(items.begin(), items.end(), [](const BatchItem &a, const BatchItem &b) {
            return a.sourceIndex < b.sourceIndex;
        });
        row.clear();
        chunkRows.clear();
        for (int i = 0; i < items.size(); ++i) {
            row.insert(items.at(i).sourceIndex, i);
            chunkRows[items.at(i).chunk].append(i);
        }
    }
    QList<BatchItem> take(const QList<int> &extra = {})
    {
        QSet<int> all = dirty;
        for (int s : extra)
            all.insert(s);
        dirty.clear();
        QList<BatchItem> out;
        for (int s : std::as_const(all)) {
            if (const BatchItem *i = item(s))
                out.append(*i);
        }
        return out;
    }
};

JobCenter::JobCenter(WorkspaceClient *client, JobJournal *journal, const QString &profile,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_profile(profile)
    , m_poller(new JobPoller(client, this))
    , m_reachability(new ServiceReachability(this))
    , m_lease(std::make_unique<BatchLease>(journal))
    , m_flushTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &JobCenter::flush);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobCenter::refresh);

    // What the poller and the submitters find about the service, for the panel and wsctl.
    connect(m_poller, &JobPoller::pollFailed, m_reachability, &ServiceReachability::noteFailure);
    connect(m_poller, &JobPoller::pollAnswered, m_reachability, &ServiceReachability::noteAnswered);
    connect(m_reachability, &ServiceReachability::changed, this,
            &JobCenter::serviceReachabilityChanged);
    connect(m_poller, &JobPoller::subJobUpdated, this, [this](const SubJobInfo &sub) {
        int chunk = -1;
        const RunPtr run = runForJob(sub.jobId, &chunk);
        if (run && run->owned && run->submitter)
            onSubJob(run, chunk, sub);
    });
    connect(m_poller, &JobPoller::jobUpdated, this, [this](const JobInfo &job) {
        int chunk = -1;
        const RunPtr run = runForJob(job.id, &chunk);
        if (!run)
            return;
        run->pendingJobs.append({chunk, job});
        scheduleFlush();
    });

    if (m_journal && m_journal->isOpen()) {
        m_dataVersion = m_journal->dataVersion();
        reloadFromJournal(false);
    }
    m_refreshTimer->start();
}

JobCenter::~JobCenter()
{
    flush();
    m_flushTimer->stop();
    m_refreshTimer->stop();
    // Children (the poller, submitters, clean-ups, calls in flight) are destroyed after this
    // body and may still emit while they go: nothing of theirs may reach this half-destroyed
    // object.
    for (const RunPtr &run : std::as_const(m_runs)) {
        if (run->submitter)
            run->submitter->disconnect(this);
        if (run->cleanup)
            run->cleanup->disconnect(this);
    }
    m_poller->disconnect(this);
    // Let another process (or the next start) resume at once instead of waiting for the lease.
    if (m_journal && m_journal->isOpen())
        m_lease->release();
}

void JobCenter::setPollIntervals(int initialMs, int maxMs)
{
    m_poller->setIntervals(initialMs, maxMs);
}

void JobCenter::setRefreshIntervalMs(int ms)
{
    m_refreshTimer->setInterval(qMax(50, ms));
}

void JobCenter::noteError(const QString &message)
{
    m_lastError = message;
    emit journalError(message);
}

JobCenter::RunPtr JobCenter::runFor(const QString &batchId) const
{
    return m_runs.value(batchId);
}

JobCenter::RunPtr JobCenter::runForJob(const QString &jobId, int *chunk) const
{
    for (const RunPtr &run : m_runs) {
        const auto it = run->jobChunk.constFind(jobId);
        if (it != run->jobChunk.constEnd()) {
            *chunk = *it;
            return run;
        }
    }
    return {};
}

bool JobCenter::isRunningHere(const QString &batchId) const
{
    const RunPtr run = runFor(batchId);
    return run && run->owned;
}

// --- starting -----------------------------------------------------------------------------

QString JobCenter::startCreate(const CreateDesktopRequest &request, const BatchSource &source)
{
    const int cap = m_client ? BatchOperation::of(BatchKind::Create).cap(m_client->config())
                             : ApiLimits::CreateCapDefault;
    const BatchPlan plan = BatchPlan::forCreate(request, cap);
    JournalBatch record;
    record.id = plan.id;
    record.kind = BatchKind::Create;
    record.title = journalTitle(record.kind, request.desktopCount(), false);
    record.origin = source.origin;
    record.lines = source.lines;
    record.cap = cap;
    return addBatch(record, plan);
}

QString JobCenter::startAttach(const AttachRequest &request, const BatchSource &source)
{
    const int cap = m_client ? BatchOperation::of(BatchKind::Attach).cap(m_client->config())
                             : ApiLimits::AttachCapDefault;
    const BatchPlan plan = BatchPlan::forAttach(request, cap);
    JournalBatch record;
    record.id = plan.id;
    record.kind = BatchKind::Attach;
    record.title = journalTitle(record.kind, static_cast<int>(request.desktops.size()), false);
    record.origin = source.origin;
    record.lines = source.lines;
    record.cap = cap;
    return addBatch(record, plan);
}

QString JobCenter::startDesktopAction(const DesktopActionRequest &request,
                                      const BatchSource &source)
{
    return startDesktops(BatchKind::Power, request.toJson(), source);
}

QString JobCenter::startDelete(const DeleteDesktopsRequest &request, const BatchSource &source)
{
    return startDesktops(BatchKind::Delete, request.toJson(), source);
}

QString JobCenter::startDetach(const BatchDetachRequest &request, const BatchSource &source)
{
    return startDesktops(BatchKind::Detach, request.toJson(), source);
}

QString JobCenter::startRebuild(const RebuildRequest &request, const BatchSource &source)
{
    return startDesktops(BatchKind::Rebuild, request.toJson(), source);
}

QString JobCenter::startResize(const ResizeRequest &request, const BatchSource &source)
{
    return startDesktops(BatchKind::Resize, request.toJson(), source);
}

QString JobCenter::startMaintenance(const QStringList &desktopIds, bool on,
                                    const BatchSource &source)
{
    const QJsonObject request{
            {QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
            {QStringLiteral("in_maintenance_mode"), on}};
    return startDesktops(BatchKind::Maintenance, request, source);
}

QString JobCenter::startTags(const DesktopTagsChange &change, bool add, const BatchSource &source)
{
    return startDesktops(add ? BatchKind::TagAdd : BatchKind::TagRemove, change.toJson(), source);
}

QString JobCenter::startDesktops(BatchKind kind, const QJsonObject &request,
                                 const BatchSource &source)
{
    const int cap = m_client ? BatchOperation::of(kind).cap(m_client->config()) : 100;
    const BatchPlan plan = BatchPlan::forDesktops(kind, request, cap);
    JournalBatch record;
    record.id = plan.id;
    record.kind = kind;
    record.title = journalTitle(kind, plan.sourceCount, false);
    record.origin = source.origin;
    record.lines = source.lines;
    record.cap = cap;
    return addBatch(record, plan, source.names);
}

QString JobCenter::addBatch(JournalBatch record, const BatchPlan &plan, const QStringList &names)
{
    if (!m_journal || !m_journal->isOpen()) {
        noteError(tr("The job journal is not open, so the batch was not started: nothing "
                     "would follow it after a restart."));
        return {};
    }
    const BatchSource source{record.origin, record.lines, names};
    record.profile = m_profile;
    record.sourceCount = plan.sourceCount;
    record.created = QDateTime::currentDateTimeUtc();
    record.owner = m_lease->token();
    record.ownerHost = QSysInfo::machineHostName();
    record.ownerPid = QCoreApplication::applicationPid();
    record.leaseUntil = record.created.addMSecs(BatchLease::leaseMs());
    const QList<BatchItem> items = BatchOutcome::itemsOf(plan, source);
    // Nothing is sent before the whole plan is on disk.
    if (!m_journal->addBatch(record, plan, items)) {
        noteError(m_journal->errorString());
        return {};
    }
    auto run = std::make_shared<Run>();
    run->record = record;
    run->items = items;
    run->index();
    run->owned = true;
    m_runs.insert(record.id, run);
    m_order.append(record.id);
    recount(*run);
    emit batchAdded(record.id);
    updateRunningCount();
    startRun(run, plan);
    return record.id;
}

void JobCenter::startRun(const RunPtr &run, const BatchPlan &plan)
{
    auto *submitter = new BatchSubmitter(m_client, plan, this);
    run->submitter = submitter;
    submitter->setJobPoller(m_poller);
    submitter->setMaxChunksInFlight(m_maxInFlight);
    submitter->setReconcileDelayMs(m_reconcileDelayMs);
    for (const BatchChunk &c : plan.chunks) {
        for (const QString &job : c.jobIds)
            run->jobChunk.insert(job, c.index);
    }
    const std::weak_ptr<Run> weak = run;
    connect(submitter, &BatchSubmitter::chunkStateChanged, this,
            [this, weak](const ChunkTransition &t) {
                if (const RunPtr r = weak.lock())
                    onTransition(r, t);
            });
    connect(submitter, &BatchSubmitter::desktopsRefused, this,
            [this, weak](int chunk, const QList<ActionResult::Failure> &failures) {
                const RunPtr r = weak.lock();
                if (!r)
                    return;
                // A refused desktop is in no job: its refusal is its own failed "sub-job", so
                // that its outcome reads like any other and the job's end does not overwrite it.
                for (const ActionResult::Failure &f : failures) {
                    SubJobInfo sub;
                    sub.id = QStringLiteral("refused:%1:%2:%3")
                                     .arg(r->record.id)
                                     .arg(chunk)
                                     .arg(f.desktopId);
                    sub.status = QStringLiteral("FAILED");
                    sub.process = 100;
                    sub.errorCode = f.error.errorCode;
                    sub.failReason = f.error.errorMessage;
                    sub.desktopId = f.desktopId;
                    sub.computerName = f.desktopName;
                    onSubJob(r, chunk, sub);
                }
            });
    connect(submitter, &BatchSubmitter::jobFinished, this,
            [this, weak](int chunk, const JobInfo &job) {
                if (const RunPtr r = weak.lock())
                    onChunkJobFinished(r, chunk, job);
            });
    connect(submitter, &BatchSubmitter::finished, this, [this, weak] {
        if (const RunPtr r = weak.lock())
            onSubmitterFinished(r);
    });
    run->summary.paused = run->record.paused;
    if (run->record.paused)
        submitter->pause();
    if (!run->record.cleanup.isEmpty())
        startCleanup(run);
    else
        submitter->start();
}

void JobCenter::startCleanup(const RunPtr &run)
{
    auto *cleanup
            = new DesktopCleanup(m_client, m_journal, run->record.id, run->record.cleanup, this);
    cleanup->setPollIntervalMs(m_cleanupPollMs);
    run->cleanup = cleanup;
    const std::weak_ptr<Run> weak = run;
    connect(cleanup, &DesktopCleanup::journalError, this, &JobCenter::noteError);
    connect(cleanup, &DesktopCleanup::progress, this, [this, weak, cleanup](int) {
        const RunPtr r = weak.lock();
        if (!r)
            return;
        r->record.cleanup = cleanup->remaining();
        recount(*r);
        emit batchChanged(r->record.id);
    });
    connect(cleanup, &DesktopCleanup::finished, this, [this, weak, cleanup] {
        cleanup->deleteLater();
        const RunPtr r = weak.lock();
        if (!r)
            return;
        r->record.cleanup.clear();
        r->cleanup = nullptr;
        recount(*r);
        emit batchChanged(r->record.id);
        if (r->submitter)
            r->submitter->start();
    });
    cleanup->start();
}

// --- following ----------------------------------------------------------------------------

void JobCenter::onTransition(const RunPtr &run, const ChunkTransition &t)
{
    if (t.error.isError())
        m_reachability->noteFailure(t.error);
    else if (t.to == ChunkState::Accepted || t.to == ChunkState::Done)
        m_reachability->noteAnswered();
    if (!run->submitter)
        return;
    const BatchChunk &chunk = run->submitter->plan().chunks.at(t.chunk);
    QList<int> changed;
    for (int s : chunk.confirmedSourceIndexes) {
        BatchItem *i = run->item(s);
        if (i && BatchOutcome::applyConfirmed(*i))
            changed << s;
    }
    for (int s : t.sourceIndexes) {
        if (BatchItem *i = run->item(s)) {
            BatchOutcome::applyTransition(*i, t);
            changed << s;
        }
    }
    if (t.to == ChunkState::Accepted && !t.jobId.isEmpty())
        run->jobChunk.insert(t.jobId, t.chunk);

    // The write-ahead step: committed (fsync'ed) before the submitter acts on the transition.
    const QList<BatchItem> items = run->take(changed);
    const auto jobs = std::exchange(run->pendingJobs, {});
    const auto subJobs = std::exchange(run->pendingSubJobs, {});
    if (!m_journal->recordTransition(run->record.id, t, chunk, items, jobs, subJobs)) {
        // Nothing more may be sent without a record of it: stop here and say why.
        run->submitter->pause();
        run->record.paused = true;
        noteError(m_journal->errorString());
    }
    recount(*run);
    for (int s : std::as_const(changed))
        emit itemChanged(run->record.id, s);
    emit batchChanged(run->record.id);
}

void JobCenter::onSubJob(const RunPtr &run, int chunk, const SubJobInfo &sub)
{
    const int at = BatchOutcome::takeSubJob(run->items, run->chunkRows.value(chunk), sub);
    const int sourceIndex = at >= 0 ? run->items.at(at).sourceIndex : -1;
    run->pendingSubJobs.append({sourceIndex, sub});
    if (at >= 0) {
        run->dirty.insert(sourceIndex);
        emit itemChanged(run->record.id, sourceIndex);
    }
    scheduleFlush();
}

void JobCenter::onChunkJobFinished(const RunPtr &run, int chunk, const JobInfo &job)
{
    run->pendingJobs.append({chunk, job});
    if (!run->submitter)
        return;
    // The finished job read whole has every sub-job: each gives its own desktop its end.
    QSet<int> reported;
    for (const SubJobInfo &sub : job.subJobs) {
        const int at = BatchOutcome::takeSubJob(run->items, run->chunkRows.value(chunk), sub);
        const int sourceIndex = at >= 0 ? run->items.at(at).sourceIndex : -1;
        run->pendingSubJobs.append({sourceIndex, sub});
        if (at >= 0) {
            reported.insert(sourceIndex);
            run->dirty.insert(sourceIndex);
        }
    }
    // Desktops of the job's request that it never reported (a job the service forgot) take the
    // job's end. Desktops a lookup confirmed earlier were not in that request.
    const BatchChunk &c = run->submitter->plan().chunks.at(chunk);
    for (int s : c.sourceIndexes) {
        BatchItem *i = run->item(s);
        if (i && !reported.contains(s) && BatchOutcome::applyUnreportedEnd(*i, job))
            run->dirty.insert(s);
    }
    scheduleFlush();
}

void JobCenter::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void JobCenter::flush()
{
    m_flushTimer->stop();
    for (const RunPtr &run : std::as_const(m_runs)) {
        if (!run->owned
            || (run->dirty.isEmpty() && run->pendingJobs.isEmpty()
                && run->pendingSubJobs.isEmpty()))
            continue;
        const QList<BatchItem> items = run->take();
        const auto jobs = std::exchange(run->pendingJobs, {});
        const auto subJobs = std::exchange(run->pendingSubJobs, {});
        // Losing these to a crash costs nothing: the next start polls the jobs again.
        if (!m_journal->recordProgress(run->record.id, items, jobs, subJobs))
            noteError(m_journal->errorString());
        recount(*run);
        emit batchChanged(run->record.id);
    }
}

void JobCenter::onSubmitterFinished(const RunPtr &run)
{
    if (run->finishing || run->summary.isFinished())
        return;
    run->finishing = true;
    flush();
    auto *backfill = new DesktopIdBackfill(m_client, run->items, this);
    if (run->record.kind != BatchKind::Create || !backfill->needed()) {
        delete backfill;
        finishRun(run);
        return;
    }
    const std::weak_ptr<Run> weak = run;
    connect(backfill, &DesktopIdBackfill::finished, this, [this, weak, backfill] {
        backfill->deleteLater();
        const RunPtr r = weak.lock();
        if (!r)
            return;
        for (int s : backfill->changed()) {
            const int at = r->row.value(s, -1);
            if (at >= 0)
                r->items[at] = backfill->items().at(at);
            r->dirty.insert(s);
        }
        finishRun(r);
    });
    backfill->start();
}

void JobCenter::finishRun(const RunPtr &run)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    flush();
    if (!m_journal->setFinished(run->record.id, now))
        noteError(m_journal->errorString());
    run->record.finished = now;
    run->finishing = false;
    if (run->submitter) {
        run->submitter->disconnect(this);
        run->submitter->deleteLater();
        run->submitter = nullptr;
    }
    recount(*run);
    emit batchChanged(run->record.id);
    emit batchFinished(run->record.id);
    updateRunningCount();
}

// --- resuming and other processes ---------------------------------------------------------

void JobCenter::resumeUnfinished()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    m_resuming = true;
    bool ok = false;
    const QList<JournalBatch> records = m_journal->batches(m_profile, &ok);
    if (!ok) {
        noteError(m_journal->errorString());
        return;
    }
    for (const JournalBatch &record : records) {
        if (!record.finished.isValid())
            adopt(record);
    }
    updateRunningCount();
}

bool JobCenter::adopt(const JournalBatch &record)
{
    RunPtr existing = runFor(record.id);
    if (existing && existing->owned)
        return true;
    bool taken = false;
    if (!m_lease->claim(record.id, &taken)) {
        noteError(m_journal->errorString());
        return false;
    }
    if (!taken)
        return false;
    JournalBatch fresh;
    BatchPlan plan;
    bool itemsOk = false;
    if (!m_journal->batch(record.id, &fresh) || !m_journal->loadPlan(record.id, &plan)) {
        noteError(m_journal->errorString());
        return false;
    }
    const QList<BatchItem> items = m_journal->items(record.id, &itemsOk);
    if (!itemsOk) {
        noteError(m_journal->errorString());
        return false;
    }
    const bool added = !existing;
    RunPtr run = existing ? existing : std::make_shared<Run>();
    run->record = fresh;
    run->items = items;
    run->index();
    run->owned = true;
    if (added) {
        m_runs.insert(record.id, run);
        m_order.append(record.id);
    }
    recount(*run);
    if (added)
        emit batchAdded(record.id);
    else
        emit batchChanged(record.id);
    if (fresh.request != BatchRequest::None)
        applyRequest(run, fresh.request);
    startRun(run, plan);
    return true;
}

void JobCenter::refresh()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    bool anyRunning = false;
    for (const RunPtr &run : std::as_const(m_runs))
        anyRunning = anyRunning || (run->owned && !run->record.finished.isValid());
    if (!m_lease->renewIfDue(anyRunning))
        noteError(m_journal->errorString());
    const qint64 version = m_journal->dataVersion();
    // A lease runs out with time, not with a commit: look for orphans now and then as well.
    bool orphans = false;
    if (m_resuming && m_lease->orphanCheckDue()) {
        for (const RunPtr &run : std::as_const(m_runs))
            orphans = orphans || (!run->owned && !run->record.finished.isValid());
    }
    if (version == m_dataVersion && !orphans)
        return;
    m_dataVersion = version;
    reloadFromJournal(true);
}

void JobCenter::reloadFromJournal(bool announce)
{
    bool ok = false;
    const QList<JournalBatch> records = m_journal->batches(m_profile, &ok);
    if (!ok) {
        noteError(m_journal->errorString());
        return;
    }
    QSet<QString> seen;
    for (const JournalBatch &record : records) {
        seen.insert(record.id);
        RunPtr run = runFor(record.id);
        if (run && run->owned) {
            if (record.request != BatchRequest::None)
                applyRequest(run, record.request);
            continue;
        }
        // Someone else's batch (or one nobody runs now): show it as the journal has it.
        if (m_resuming && !record.finished.isValid() && adopt(record))
            continue;
        bool itemsOk = false;
        const QList<BatchItem> items = m_journal->items(record.id, &itemsOk);
        if (!itemsOk)
            continue;
        const bool added = !run;
        const bool wasFinished = run && run->record.finished.isValid();
        if (added)
            run = std::make_shared<Run>();
        run->record = record;
        run->items = items;
        run->index();
        run->owned = false;
        if (added) {
            m_runs.insert(record.id, run);
            m_order.append(record.id);
        }
        recount(*run);
        if (!announce)
            continue;
        if (added)
            emit batchAdded(record.id);
        else
            emit batchChanged(record.id);
        if (!wasFinished && record.finished.isValid())
            emit batchFinished(record.id);
    }
    const QStringList known = m_order;
    for (const QString &id : known) {
        const RunPtr run = runFor(id);
        if (seen.contains(id) || (run && run->owned))
            continue;
        m_runs.remove(id);
        m_order.removeAll(id);
        if (announce)
            emit batchRemoved(id);
    }
    if (announce)
        updateRunningCount();
}

void JobCenter::applyRequest(const RunPtr &run, BatchRequest request)
{
    if (!m_journal->setRequest(run->record.id, BatchRequest::None))
        noteError(m_journal->errorString());
    run->record.request = BatchRequest::None;
    switch (request) {
    case BatchRequest::Pause:
        pause(run->record.id);
        break;
    case BatchRequest::Resume:
        resume(run->record.id);
        break;
    case BatchRequest::Cancel:
        cancel(run->record.id);
        break;
    case BatchRequest::None:
        break;
    }
}

void JobCenter::ask(const QString &batchId, BatchRequest request)
{
    if (!m_journal->setRequest(batchId, request))
        noteError(m_journal->errorString());
}

// --- a person decides ---------------------------------------------------------------------

void JobCenter::pause(const QString &batchId)
{
    const RunPtr run = runFor(batchId);
    if (!run || run->record.finished.isValid())
        return;
    if (!run->owned) {
        ask(batchId, BatchRequest::Pause);
        return;
    }
    if (run->submitter)
        run->submitter->pause();
    run->record.paused = true;
    if (!m_journal->setPaused(batchId, true))
        noteError(m_journal->errorString());
    recount(*run);
    emit batchChanged(batchId);
}

void JobCenter::resume(const QString &batchId)
{
    const RunPtr run = runFor(batchId);
    if (!run || run->record.finished.isValid())
        return;
    if (!run->owned) {
        ask(batchId, BatchRequest::Resume);
        return;
    }
    run->record.paused = false;
    if (!m_journal->setPaused(batchId, false))
        noteError(m_journal->errorString());
    if (run->submitter)
        run->submitter->resume();
    recount(*run);
    emit batchChanged(batchId);
}

void JobCenter::cancel(const QString &batchId)
{
    const RunPtr run = runFor(batchId);
    if (!run || run->record.finished.isValid())
        return;
    if (!run->owned) {
        ask(batchId, BatchRequest::Cancel);
        return;
    }
    // A paused batch with nothing in flight ends here: cancel() settles every chunk left.
    if (run->submitter)
        run->submitter->cancel();
    recount(*run);
    emit batchChanged(batchId);
}

int JobCenter::retriableCount(const QString &batchId) const
{
    const RunPtr run = runFor(batchId);
    if (!run || !run->record.finished.isValid())
        return 0;
    return static_cast<int>(
            std::count_if(run->items.cbegin(), run->items.cend(), RetryPlanner::isRetriable));
}

QString JobCenter::retryFailed(const QString &batchId)
{
    const RunPtr parent = runFor(batchId);
    if (!parent)
        return {};
    BatchPlan initial;
    if (!m_journal->initialPlan(batchId, &initial)) {
        noteError(m_journal->errorString());
        return {};
    }
    const BatchOperation &operation = BatchOperation::of(parent->record.kind);
    const int cap = m_client ? operation.cap(m_client->config()) : qMax(1, parent->record.cap);
    const RetryPlan retry = operation.retry(initial, parent->items, cap);
    if (retry.plan.chunks.isEmpty())
        return {};
    JournalBatch record;
    record.id = retry.plan.id;
    record.parentId = batchId;
    record.kind = parent->record.kind;
    record.title = journalTitle(record.kind, retry.desktops, true);
    record.origin = parent->record.origin;
    record.lines = parent->record.lines;
    record.cap = cap;
    record.cleanup = retry.cleanup;
    return addBatch(record, retry.plan);
}

void JobCenter::clearFinished()
{
    const QStringList ids = m_order;
    for (const QString &id : ids) {
        const RunPtr run = runFor(id);
        if (!run || !run->record.finished.isValid())
            continue;
        if (!m_journal->removeBatch(id)) {
            noteError(m_journal->errorString());
            continue;
        }
        m_runs.remove(id);
        m_order.removeAll(id);
        emit batchRemoved(id);
    }
}

// --- reading ------------------------------------------------------------------------------

void JobCenter::recount(Run &run) const
{
    BatchSummary &s = run.summary;
    s.id = run.record.id;
    s.kind = run.record.kind;
    s.profile = run.record.profile;
    s.started = run.record.created;
    s.finished = run.record.finished;
    s.paused = run.record.paused;
    s.parentId = run.record.parentId;
    s.origin = run.record.origin;
    if ((run.record.kind == BatchKind::Power || run.record.kind == BatchKind::Maintenance)
        && run.action.isEmpty() && m_journal) {
        // What a power or maintenance batch does is in its body; read once, for its title.
        BatchPlan plan;
        if (m_journal->initialPlan(run.record.id, &plan) && !plan.chunks.isEmpty()) {
            const QJsonObject body
                    = QJsonDocument::fromJson(plan.chunks.constFirst().body).object();
            run.action = run.record.kind == BatchKind::Power
                                 ? body.value(QStringLiteral("op_type")).toString()
                                 : QLatin1String(
                                         body.value(QStringLiteral("in_maintenance_mode")).toBool()
                                                 ? "on"
                                                 : "off");
        }
    }
    s.action = run.action;
    s.cleanup = run.record.finished.isValid() ? 0 : static_cast<int>(run.record.cleanup.size());
    s.external = !run.owned && !run.record.finished.isValid() && !run.record.owner.isEmpty();
    BatchOutcome::summarize(run.items, &s);
}

QList<BatchSummary> JobCenter::batches() const
{
    QList<BatchSummary> out;
    for (const QString &id : m_order)
        out.append(m_runs.value(id)->summary);
    return out;
}

BatchSummary JobCenter::batch(const QString &batchId) const
{
    const RunPtr run = runFor(batchId);
    return run ? run->summary : BatchSummary();
}

QList<BatchItem> JobCenter::items(const QString &batchId) const
{
    const RunPtr run = runFor(batchId);
    return run ? run->items : QList<BatchItem>();
}

BatchPlan JobCenter::initialPlan(const QString &batchId) const
{
    BatchPlan plan;
    if (m_journal && !m_journal->initialPlan(batchId, &plan))
        return {};
    return plan;
}

int JobCenter::runningCount() const
{
    int n = 0;
    for (const RunPtr &run : m_runs)
        n += run->record.finished.isValid() ? 0 : 1;
    return n;
}

void JobCenter::updateRunningCount()
{
    const int n = runningCount();
    if (n == m_lastRunningCount)
        return;
    m_lastRunningCount = n;
    emit runningCountChanged(n);
}

bool JobCenter::exportCsv(const QString &batchId, const QString &path, QString *error) const
{
    const RunPtr run = runFor(batchId);
    if (!run) {
        if (error)
            *error = tr("There is no batch %1.").arg(batchId);
        return false;
    }
    return BatchExport::write(run->items, path, error);
}

bool JobCenter::isServiceUnreachable() const
{
    return m_reachability->isUnreachable();
}

QDateTime JobCenter::unreachableSince() const
{
    return m_reachability->since();
}

ApiError JobCenter::lastServiceError() const
{
    return m_reachability->lastError();
}

QDateTime JobCenter::nextServiceTry() const
{
    const int ms = m_poller->msUntilNextCycle();
    return ms < 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(ms);
}

} // namespace wsc
