#include "jobcenter.h"

#include "apitr.h"
#include "batchsubmitter.h"
#include "chunkreconciler.h"
#include "errorcatalog.h"
#include "jobjournal.h"
#include "jobpoller.h"
#include "journalbatch.h"
#include "workspaceclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QStringConverter>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

constexpr int kLeaseMs = 60000;      ///< a lease not renewed for a minute is free
constexpr int kRenewEveryMs = 5000;  ///< renewed this often while the batch runs
constexpr int kFlushDelayMs = 400;   ///< poller progress is written at most this often
constexpr int kCleanupPollMs = 1000; ///< how often a deleted desktop is looked for
constexpr int kCleanupTries = 180;

bool statusIs(const QString &status, const char *value)
{
    return status.compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}

/** True when the status came from the service (sub-job or job), not from the chunk state. */
bool serviceStatus(const BatchItem &item)
{
    return !item.subJobId.isEmpty() || statusIs(item.status, "SUCCESS")
           || statusIs(item.status, "FAILED");
}

QJsonArray desktopsOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("desktops")).toArray();
}

QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

ApiError::Kind kindFromName(const QString &name)
{
    for (int k = 0; k <= static_cast<int>(ApiError::Kind::Config); ++k) {
        if (ApiError::kindName(static_cast<ApiError::Kind>(k)) == name)
            return static_cast<ApiError::Kind>(k);
    }
    return ApiError::Kind::Network;
}

} // namespace

// --- BatchItem ----------------------------------------------------------------------------

BatchItem::Outcome BatchItem::outcome() const
{
    if (statusIs(status, "FAILED") || chunkState == ChunkState::Failed)
        return Outcome::Failed;
    if (statusIs(status, "SUCCESS") || chunkState == ChunkState::Done)
        return Outcome::Succeeded;
    if (chunkState == ChunkState::Cancelled)
        return Outcome::Cancelled;
    if (chunkState == ChunkState::Planned)
        return Outcome::Pending;
    return Outcome::Running;
}

ApiError BatchItem::requestError() const
{
    ApiError e;
    if (errorKind.isEmpty())
        return e;
    e.kind = kindFromName(errorKind);
    e.httpStatus = httpStatus;
    e.errorCode = errorCode;
    e.errorMessage = message;
    e.requestId = requestId;
    return e;
}

// --- JobCenter ----------------------------------------------------------------------------

/** One batch as this JobCenter knows it; a submitter only while it runs here. */
struct JobCenter::Run
{
    JournalBatch record;
    BatchSummary summary;
    QList<BatchItem> items;
    QHash<int, int> row; ///< source index -> position in items
    QPointer<BatchSubmitter> submitter;
    bool owned = false; ///< this JobCenter holds the lease and runs it
    bool finishing = false;
    QSet<int> dirty; ///< desktops changed since the last journal write
    QList<QPair<int, JobInfo>> pendingJobs;
    QList<QPair<int, SubJobInfo>> pendingSubJobs;
    QHash<QString, int> jobChunk; ///< job id -> chunk

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
        for (int i = 0; i < items.size(); ++i)
            row.insert(items.at(i).sourceIndex, i);
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
    , m_token(QSysInfo::machineHostName() + QLatin1Char(':')
              + QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':')
              + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_flushTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &JobCenter::flush);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobCenter::refresh);

    connect(m_poller, &JobPoller::subJobUpdated, this, [this](const SubJobInfo &sub) {
        int chunk = -1;
        const RunPtr run = runForJob(sub.jobId, &chunk);
        if (!run || !run->submitter)
            return;
        onSubJob(run, chunk, run->submitter->sourceIndexFor(chunk, sub), sub);
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
    // Children (the poller, submitters, calls in flight) are destroyed after this body and
    // may still emit while they go: nothing of theirs may reach this half-destroyed object.
    for (const RunPtr &run : std::as_const(m_runs)) {
        if (run->submitter)
            run->submitter->disconnect(this);
    }
    m_poller->disconnect(this);
    // Let another process (or the next start) resume at once instead of waiting for the lease.
    if (m_journal && m_journal->isOpen())
        m_journal->release(m_token);
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

namespace {

/** The desktops of a fresh plan, one item per source index, traced to the source lines. */
QList<BatchItem> itemsOf(const BatchPlan &plan, const BatchSource &source)
{
    QList<BatchItem> items;
    for (const BatchChunk &c : plan.chunks) {
        const QJsonArray desktops = desktopsOf(c.body);
        for (int p = 0; p < c.sourceIndexes.size(); ++p) {
            const QJsonObject d = desktops.at(p).toObject();
            BatchItem i;
            i.sourceIndex = c.sourceIndexes.at(p);
            i.sourceLine = source.lineOf(i.sourceIndex);
            i.chunk = c.index;
            i.chunkState = ChunkState::Planned;
            i.userName = d.value(QStringLiteral("user_name")).toString();
            i.computerName = d.value(QStringLiteral("computer_name")).toString();
            i.desktopId = d.value(QStringLiteral("desktop_id")).toString();
            i.status = ChunkStates::name(ChunkState::Planned);
            items.append(i);
        }
    }
    return items;
}

} // namespace

QString JobCenter::startCreate(const CreateDesktopRequest &request, const BatchSource &source)
{
    const int cap = m_client ? m_client->config().createCap : 50;
    const BatchPlan plan = BatchPlan::forCreate(request, cap);
    JournalBatch record;
    record.id = plan.id;
    record.kind = QStringLiteral("create");
    record.title = tr("Create %n desktop(s)", nullptr, request.desktopCount());
    record.origin = source.origin;
    record.lines = source.lines;
    record.cap = cap;
    return addBatch(record, plan);
}

QString JobCenter::startAttach(const AttachRequest &request, const BatchSource &source)
{
    const int cap = m_client ? m_client->config().attachCap : 50;
    const BatchPlan plan = BatchPlan::forAttach(request, cap);
    JournalBatch record;
    record.id = plan.id;
    record.kind = QStringLiteral("attach");
    record.title = tr("Assign %n desktop(s)", nullptr, static_cast<int>(request.desktops.size()));
    record.origin = source.origin;
    record.lines = source.lines;
    record.cap = cap;
    return addBatch(record, plan);
}

QString JobCenter::addBatch(JournalBatch record, const BatchPlan &plan)
{
    if (!m_journal || !m_journal->isOpen()) {
        noteError(tr("The job journal is not open, so the batch was not started: nothing "
                     "would follow it after a restart."));
        return {};
    }
    BatchSource source{record.origin, record.lines};
    record.profile = m_profile;
    record.sourceCount = plan.sourceCount;
    record.created = QDateTime::currentDateTimeUtc();
    record.owner = m_token;
    record.ownerHost = QSysInfo::machineHostName();
    record.ownerPid = QCoreApplication::applicationPid();
    record.leaseUntil = record.created.addMSecs(kLeaseMs);
    QList<BatchItem> items = itemsOf(plan, source);
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
    connect(submitter, &BatchSubmitter::desktopFinished, this,
            [this, weak](int sourceIndex, const SubJobInfo &sub) {
                const RunPtr r = weak.lock();
                if (r)
                    onSubJob(r, r->jobChunk.value(sub.jobId, -1), sourceIndex, sub);
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
        cleanUpThenStart(run);
    else
        startSubmitter(run);
}

void JobCenter::startSubmitter(const RunPtr &run)
{
    if (run->submitter)
        run->submitter->start();
}

void JobCenter::cleanUpThenStart(const RunPtr &run)
{
    // A retry of desktops that the service left in ERROR: their names and addresses stay taken
    // until they are deleted, and a lookup by name would find them. Delete, wait until they
    // are gone, then send. Deleting twice is harmless (404 or 409 "deleting"), so a crash here
    // simply starts the cleanup again.
    struct Cleanup
    {
        QStringList left;
        QHash<QString, int> tries;
    };
    auto state = std::make_shared<Cleanup>();
    state->left = run->record.cleanup;
    const std::weak_ptr<Run> weak = run;
    auto done = std::make_shared<std::function<void(const QString &)>>();
    auto lookFor = std::make_shared<std::function<void(const QString &)>>();
    *done = [this, weak, state](const QString &desktopId) {
        state->left.removeAll(desktopId);
        const RunPtr r = weak.lock();
        if (!r || !state->left.isEmpty())
            return;
        r->record.cleanup.clear();
        if (!m_journal->setCleanup(r->record.id, {}))
            noteError(m_journal->errorString());
        startSubmitter(r);
    };
    // lookFor polls again through itself. It holds itself weakly: a strong self-reference is a
    // cycle that kept the function, the cleanup state and the run's memory alive for good
    // (LeakSanitizer found it). The calls and timers pending hold the strong references.
    const std::weak_ptr<std::function<void(const QString &)>> weakLookFor = lookFor;
    *lookFor = [this, state, done, weakLookFor](const QString &desktopId) {
        const auto self = weakLookFor.lock(); // never null: whoever calls it holds it
        if (!self)
            return;
        TypedCall<DesktopInfo> *call = m_client->desktop(desktopId, this);
        connect(call, &ApiCall::finished, this, [call, state, done, self, desktopId, this] {
            call->deleteLater();
            const int tries = ++state->tries[desktopId];
            if (call->error().httpStatus == 404 || tries >= kCleanupTries) {
                (*done)(desktopId);
                return;
            }
            QTimer::singleShot(kCleanupPollMs, this, [self, desktopId] { (*self)(desktopId); });
        });
    };
    for (const QString &id : std::as_const(run->record.cleanup)) {
        TypedCall<QString> *call = m_client->deleteDesktop(id, false, this);
        connect(call, &ApiCall::finished, this, [call, done, lookFor, id] {
            call->deleteLater();
            if (call->error().httpStatus == 404)
                (*done)(id);
            else
                (*lookFor)(id); // deleting now (204), already deleting (409), or look again
        });
    }
}

// --- following ----------------------------------------------------------------------------

void JobCenter::onTransition(const RunPtr &run, const ChunkTransition &t)
{
    if (!run->submitter)
        return;
    const BatchChunk &chunk = run->submitter->plan().chunks.at(t.chunk);
    QList<int> changed;
    for (int s : chunk.confirmedSourceIndexes) {
        BatchItem *i = run->item(s);
        if (i && i->chunkState != ChunkState::Done && !serviceStatus(*i)) {
            i->chunkState = ChunkState::Done;
            i->status = ChunkStates::name(ChunkState::Done);
            i->process = 100;
            i->errorKind.clear();
            i->httpStatus = 0;
            changed << s;
        }
    }
    for (int s : t.sourceIndexes) {
        BatchItem *i = run->item(s);
        if (!i)
            continue;
        i->chunk = t.chunk;
        i->chunkState = t.to;
        if (t.to == ChunkState::Accepted && !t.jobId.isEmpty())
            i->jobId = t.jobId;
        if ((t.to == ChunkState::Failed || t.to == ChunkState::Unknown) && t.error.isError()) {
            i->errorKind = ApiError::kindName(t.error.kind);
            i->httpStatus = t.error.httpStatus;
            i->errorCode = t.error.errorCode;
            i->message = t.error.errorMessage.isEmpty() ? t.error.detail : t.error.errorMessage;
            i->requestId = t.error.requestId;
        } else if (t.to == ChunkState::Accepted || t.to == ChunkState::Done) {
            if (!i->errorKind.isEmpty()) {
                i->errorKind.clear();
                i->httpStatus = 0;
                i->errorCode.clear();
                i->message.clear();
                i->requestId.clear();
            }
        }
        if (!serviceStatus(*i))
            i->status = ChunkStates::name(t.to);
        if (t.to == ChunkState::Done && !serviceStatus(*i))
            i->process = 100;
        changed << s;
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
        run->summary.paused = true;
        noteError(m_journal->errorString());
    }
    recount(*run);
    for (int s : std::as_const(changed))
        emit itemChanged(run->record.id, s);
    emit batchChanged(run->record.id);
}

void JobCenter::onSubJob(const RunPtr &run, int chunk, int sourceIndex, const SubJobInfo &sub)
{
    Q_UNUSED(chunk);
    run->pendingSubJobs.append({sourceIndex, sub});
    BatchItem *i = run->item(sourceIndex);
    if (i) {
        i->subJobId = sub.id;
        if (!sub.jobId.isEmpty())
            i->jobId = sub.jobId;
        i->status = sub.status.toUpper();
        if (sub.isTerminal())
            i->process = 100;
        else if (sub.process)
            i->process = qBound(0, *sub.process, 100);
        i->errorCode = sub.errorCode;
        i->message = sub.failReason.isEmpty() ? sub.message : sub.failReason;
        i->errorKind.clear();
        i->httpStatus = 0;
        i->requestId.clear();
        if (!sub.desktopId.isEmpty())
            i->desktopId = sub.desktopId;
        if (i->computerName.isEmpty() && !sub.computerName.isEmpty())
            i->computerName = sub.computerName;
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
    // Desktops the finished job did not report (a job the service forgot: 404) take its end.
    const BatchChunk &c = run->submitter->plan().chunks.at(chunk);
    const bool ok = statusIs(job.status, "SUCCESS");
    QSet<int> reported;
    for (const SubJobInfo &sub : job.subJobs)
        reported.insert(run->submitter->sourceIndexFor(chunk, sub));
    for (int s : c.sourceIndexes) {
        BatchItem *i = run->item(s);
        if (!i || reported.contains(s) || statusIs(i->status, "SUCCESS")
            || statusIs(i->status, "FAILED"))
            continue;
        i->jobId = job.id;
        i->status = ok ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED");
        i->process = 100;
        if (!ok) {
            i->errorCode = job.errorCode;
            i->message = job.failReason.isEmpty()
                                 ? QStringLiteral("The job ended without reporting this desktop.")
                                 : job.failReason;
        }
        run->dirty.insert(s);
    }
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
    backfillThenFinish(run);
}

void JobCenter::backfillThenFinish(const RunPtr &run)
{
    // Desktops confirmed by a lookup (after a lost reply) have no job and so no desktop id
    // yet: find them by computer name (else by user) so that the results name every desktop.
    QStringList names;
    QStringList users;
    for (const BatchItem &i : std::as_const(run->items)) {
        if (run->record.kind != QLatin1String("create") || !i.desktopId.isEmpty()
            || i.outcome() != BatchItem::Outcome::Succeeded)
            continue;
        if (!i.computerName.isEmpty())
            names << i.computerName;
        else if (!i.userName.isEmpty())
            users << i.userName;
    }
    if ((names.isEmpty() && users.isEmpty()) || !m_client) {
        finishRun(run);
        return;
    }
    struct Lookup
    {
        int left = 0;
        QList<DesktopInfo> found;
    };
    auto lookup = std::make_shared<Lookup>();
    const std::weak_ptr<Run> weak = run;
    auto collect = [this, weak, lookup] {
        if (--lookup->left > 0)
            return;
        const RunPtr r = weak.lock();
        if (!r)
            return;
        QHash<QString, DesktopInfo> byName;
        QHash<QString, QList<DesktopInfo>> byUser;
        QSet<QString> known;
        for (const BatchItem &i : std::as_const(r->items))
            known.insert(i.desktopId);
        for (const DesktopInfo &d : std::as_const(lookup->found)) {
            byName.insert(d.computerName.toLower(), d);
            if (!known.contains(d.desktopId))
                byUser[d.userName.toLower()].append(d);
        }
        for (BatchItem &i : r->items) {
            if (!i.desktopId.isEmpty() || i.outcome() != BatchItem::Outcome::Succeeded)
                continue;
            DesktopInfo d;
            if (!i.computerName.isEmpty()) {
                d = byName.value(i.computerName.toLower());
            } else {
                QList<DesktopInfo> &mine = byUser[i.userName.toLower()];
                if (mine.size() == 1)
                    d = mine.takeFirst(); // only when it cannot be another of the user's
            }
            if (d.desktopId.isEmpty())
                continue;
            i.desktopId = d.desktopId;
            if (i.computerName.isEmpty())
                i.computerName = d.computerName;
            if (statusIs(d.status, "ERROR")) {
                i.status = QStringLiteral("FAILED");
                i.message = QStringLiteral("The desktop is in the ERROR state on the service.");
            }
            r->dirty.insert(i.sourceIndex);
        }
        finishRun(r);
    };
    auto ask = [this, lookup, collect](const DesktopQuery &query) {
        ++lookup->left;
        TypedCall<QList<DesktopInfo>> *call = m_client->allDesktops(query, this);
        connect(call, &ApiCall::finished, this, [call, lookup, collect] {
            call->deleteLater();
            if (call->isOk())
                lookup->found.append(call->result());
            collect();
        });
    };
    ++lookup->left; // held until every request is out, so that none finishes the lookup early
    for (int k = 0; k < names.size(); k += 100) {
        DesktopQuery q;
        q.computerNames = names.mid(k, 100);
        ask(q);
    }
    users.removeDuplicates();
    for (int k = 0; k < users.size(); k += 100) {
        DesktopQuery q;
        q.userNames = users.mid(k, 100);
        ask(q);
    }
    collect();
}

void JobCenter::finishRun(const RunPtr &run)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    flush();
    if (!m_journal->setFinished(run->record.id, now)) {
        noteError(m_journal->errorString());
    }
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
        if (record.finished.isValid())
            continue;
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
    if (!m_journal->claim(record.id, m_token, kLeaseMs, &taken)) {
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
    QList<BatchItem> items = m_journal->items(record.id, &itemsOk);
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
    if (!fresh.request.isEmpty())
        applyRequest(run, fresh.request);
    startRun(run, plan);
    return true;
}

void JobCenter::refresh()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastRenew >= kRenewEveryMs) {
        m_lastRenew = now;
        bool any = false;
        for (const RunPtr &run : std::as_const(m_runs))
            any = any || (run->owned && !run->record.finished.isValid());
        if (any && !m_journal->renew(m_token, kLeaseMs))
            noteError(m_journal->errorString());
    }
    const qint64 version = m_journal->dataVersion();
    // A lease runs out with time, not with a commit: look for orphans now and then as well.
    bool orphans = false;
    if (m_resuming && now - m_lastAdoptCheck >= kRenewEveryMs) {
        m_lastAdoptCheck = now;
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
            if (!record.request.isEmpty())
                applyRequest(run, record.request);
            continue;
        }
        // Someone else's batch (or one nobody runs now): show it as the journal has it.
        if (m_resuming && !record.finished.isValid() && adopt(record))
            continue;
        bool itemsOk = false;
        QList<BatchItem> items = m_journal->items(record.id, &itemsOk);
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

void JobCenter::applyRequest(const RunPtr &run, const QString &request)
{
    if (!m_journal->setRequest(run->record.id, {}))
        noteError(m_journal->errorString());
    run->record.request.clear();
    if (request == QLatin1String("pause"))
        pause(run->record.id);
    else if (request == QLatin1String("resume"))
        resume(run->record.id);
    else if (request == QLatin1String("cancel"))
        cancel(run->record.id);
}

// --- a person decides ---------------------------------------------------------------------

void JobCenter::pause(const QString &batchId)
{
    const RunPtr run = runFor(batchId);
    if (!run || run->record.finished.isValid())
        return;
    if (!run->owned) {
        if (!m_journal->setRequest(batchId, QStringLiteral("pause")))
            noteError(m_journal->errorString());
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
        if (!m_journal->setRequest(batchId, QStringLiteral("resume")))
            noteError(m_journal->errorString());
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
        if (!m_journal->setRequest(batchId, QStringLiteral("cancel")))
            noteError(m_journal->errorString());
        return;
    }
    if (run->submitter) {
        // A paused batch with nothing in flight ends here: cancel() settles every chunk left.
        run->submitter->cancel();
    }
    recount(*run);
    emit batchChanged(batchId);
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
    // Where each desktop was in the first plan: its exact JSON (and fixed IP), and the rest of
    // its request, so that a retry sends the same desktop with the same settings.
    struct Origin
    {
        QByteArray common;
        QJsonValue desktop;
        QJsonValue ip;
    };
    QHash<int, Origin> origins;
    for (const BatchChunk &c : std::as_const(initial.chunks)) {
        QJsonObject body = QJsonDocument::fromJson(c.body).object();
        const QJsonArray desktops = body.take(QStringLiteral("desktops")).toArray();
        const QJsonArray ips = body.take(QStringLiteral("desktop_ips")).toArray();
        const QByteArray common = QJsonDocument(body).toJson(QJsonDocument::Compact);
        for (int p = 0; p < c.sourceIndexes.size(); ++p)
            origins.insert(c.sourceIndexes.at(p),
                           {common, desktops.at(p),
                            ips.size() == desktops.size() ? ips.at(p) : QJsonValue()});
    }

    QList<int> failed;
    QStringList cleanup;
    for (const BatchItem &i : std::as_const(parent->items)) {
        // A chunk still unknown is not "failed": sending it again could make it twice.
        if (i.outcome() != BatchItem::Outcome::Failed || i.chunkState == ChunkState::Unknown
            || !origins.contains(i.sourceIndex))
            continue;
        failed << i.sourceIndex;
        if (parent->record.kind == QLatin1String("create") && !i.desktopId.isEmpty())
            cleanup << i.desktopId;
    }
    if (failed.isEmpty())
        return {};

    // Same settings travel together; each group is cut by the cap again.
    const int cap = qMax(1, parent->record.kind == QLatin1String("attach")
                                    ? (m_client ? m_client->config().attachCap : 50)
                                    : (m_client ? m_client->config().createCap : 50));
    QList<QByteArray> groups;
    QHash<QByteArray, QList<int>> members;
    for (int s : std::as_const(failed)) {
        const QByteArray &common = origins[s].common;
        if (!members.contains(common))
            groups << common;
        members[common] << s;
    }
    BatchPlan plan;
    plan.kind = initial.kind;
    plan.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plan.sourceCount = initial.sourceCount;
    for (const QByteArray &common : std::as_const(groups)) {
        const QList<int> &sources = members[common];
        for (int k = 0; k < sources.size(); k += cap) {
            QJsonObject body = QJsonDocument::fromJson(common).object();
            QJsonArray desktops;
            QJsonArray ips;
            BatchChunk c;
            c.index = static_cast<int>(plan.chunks.size());
            for (int s : sources.mid(k, cap)) {
                desktops.append(origins[s].desktop);
                if (!origins[s].ip.isUndefined() && !origins[s].ip.isNull())
                    ips.append(origins[s].ip);
                // The retry keeps the original source index: results point at the same line.
                c.sourceIndexes << s;
            }
            body.insert(QStringLiteral("desktops"), desktops);
            if (!ips.isEmpty() && ips.size() == desktops.size())
                body.insert(QStringLiteral("desktop_ips"), ips);
            c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            plan.chunks << c;
        }
    }

    JournalBatch record;
    record.id = plan.id;
    record.parentId = batchId;
    record.kind = parent->record.kind;
    record.title = tr("Retry %n failed desktop(s)", nullptr, static_cast<int>(failed.size()));
    record.origin = parent->record.origin;
    record.lines = parent->record.lines;
    record.cap = cap;
    record.cleanup = cleanup;
    return addBatch(record, plan);
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
    s.title = run.record.title;
    s.started = run.record.created;
    s.finished = run.record.finished;
    s.paused = run.record.paused;
    s.parentId = run.record.parentId;
    s.origin = run.record.origin;
    s.external = !run.owned && !run.record.finished.isValid() && !run.record.owner.isEmpty();
    s.desktops = static_cast<int>(run.items.size());
    s.succeeded = s.failed = s.running = s.pending = s.cancelled = 0;
    qint64 progress = 0;
    for (const BatchItem &i : std::as_const(run.items)) {
        BatchItem::Outcome o = i.outcome();
        // A finished batch has nothing running: what is left undecided needs a person.
        if (s.isFinished()
            && (o == BatchItem::Outcome::Running || o == BatchItem::Outcome::Pending))
            o = BatchItem::Outcome::Failed;
        switch (o) {
        case BatchItem::Outcome::Succeeded:
            ++s.succeeded;
            progress += 100;
            break;
        case BatchItem::Outcome::Failed:
            ++s.failed;
            progress += 100;
            break;
        case BatchItem::Outcome::Cancelled:
            ++s.cancelled;
            progress += 100;
            break;
        case BatchItem::Outcome::Pending:
            ++s.pending;
            break;
        case BatchItem::Outcome::Running:
            ++s.running;
            progress += qBound(0, i.process, 99);
            break;
        }
    }
    s.progress = s.desktops > 0 ? static_cast<int>(progress / s.desktops) : 100;
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

QStringList JobCenter::exportColumns()
{
    return {QStringLiteral("source_row"), QStringLiteral("source_line"),
            QStringLiteral("user_name"),  QStringLiteral("computer_name"),
            QStringLiteral("desktop_id"), QStringLiteral("job_id"),
            QStringLiteral("sub_job_id"), QStringLiteral("status"),
            QStringLiteral("error_code"), QStringLiteral("message"),
            QStringLiteral("request_id")};
}

QString JobCenter::exportText(const QString &batchId) const
{
    const RunPtr run = runFor(batchId);
    if (!run)
        return {};
    QString out = exportColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const BatchItem &i : std::as_const(run->items)) {
        const QStringList fields{QString::number(i.sourceIndex + 1),
                                 i.sourceLine > 0 ? QString::number(i.sourceLine) : QString(),
                                 i.userName,
                                 i.computerName,
                                 i.desktopId,
                                 i.jobId,
                                 i.subJobId,
                                 i.status,
                                 i.errorCode,
                                 i.message,
                                 i.requestId};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool JobCenter::exportCsv(const QString &batchId, const QString &path, QString *error) const
{
    if (!runFor(batchId)) {
        if (error)
            *error = tr("There is no batch %1.").arg(batchId);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The BOM makes Excel read the file as UTF-8 (Chinese names stay readable).
    file.write("\xEF\xBB\xBF");
    file.write(exportText(batchId).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
