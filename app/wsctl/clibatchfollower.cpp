#include "clibatchfollower.h"

#include "clibatchreport.h"
#include "clicommand.h"
#include "clisignalwatcher.h"
#include "clitr.h"

#include "api/http/errorcatalog.h"
#include "api/jobs/batchexport.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/jobtreemodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace wsc {

namespace {

constexpr int kTickMs = 250;
constexpr qint64 kUnreachableReportMs = 30000;

bool isUnanswered(ChunkState state)
{
    return state == ChunkState::Planned || state == ChunkState::Sent
           || state == ChunkState::Unknown;
}

} // namespace

CliBatchFollower::CliBatchFollower(JobCenter *center, QTextStream &progressOut, bool terminal,
                                   QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_progress(progressOut, terminal)
{}

bool CliBatchFollower::reached(const JobCenter *center, const QString &batchId, Until until)
{
    const BatchSummary s = center->batch(batchId);
    if (s.id.isEmpty() || s.isFinished() || s.paused)
        return true;
    if (until == Until::Finished)
        return false;
    const QList<BatchItem> items = center->items(batchId);
    return std::none_of(items.cbegin(), items.cend(),
                        [](const BatchItem &i) { return isUnanswered(i.chunkState); });
}

CliProgress::Counts CliBatchFollower::counts(const JobCenter *center, const QStringList &batchIds,
                                             Until until)
{
    CliProgress::Counts c;
    qint64 weighted = 0;
    for (const QString &id : batchIds) {
        const BatchSummary s = center->batch(id);
        if (until == Until::Finished) {
            c.total += s.desktops;
            c.succeeded += s.succeeded;
            c.failed += s.failed;
            c.running += s.running;
            c.pending += s.pending;
            c.cancelled += s.cancelled;
            weighted += qint64(s.progress) * s.desktops;
            continue;
        }
        for (const BatchItem &i : center->items(id)) {
            ++c.total;
            switch (i.chunkState) {
            case ChunkState::Planned:
                ++c.pending;
                break;
            case ChunkState::Sent:
            case ChunkState::Unknown:
                ++c.running;
                break;
            case ChunkState::Failed:
                ++c.failed;
                weighted += 100;
                break;
            case ChunkState::Cancelled:
                ++c.cancelled;
                weighted += 100;
                break;
            case ChunkState::Accepted:
            case ChunkState::Done:
                ++c.succeeded;
                weighted += 100;
                break;
            }
        }
    }
    c.percent = c.total > 0 ? static_cast<int>(weighted / c.total) : 100;
    if (until == Until::Submitted)
        c.label = CliTr::tr("Sending");
    else if (batchIds.size() == 1)
        // In the language of this run, not of the run that started the batch.
        c.label = JobTreeModel::title(center->batch(batchIds.constFirst()));
    else
        c.label = CliTr::tr("%n batch(es)", nullptr, static_cast<int>(batchIds.size()));
    return c;
}

int CliBatchFollower::outcomeCode(const JobCenter *center, const QStringList &batchIds, Until until)
{
    bool requestFailed = false;
    bool desktopFailed = false;
    for (const QString &id : batchIds) {
        const bool finished = center->batch(id).isFinished();
        for (const BatchItem &i : center->items(id)) {
            const BatchItem::Outcome o = i.outcome();
            // A finished batch counts what was left undecided as failed (JobCenter::recount).
            const bool failed = o == BatchItem::Outcome::Failed || o == BatchItem::Outcome::Refused
                                || (finished
                                    && (o == BatchItem::Outcome::Running
                                        || o == BatchItem::Outcome::Pending));
            if (!failed)
                continue;
            if (i.chunkState == ChunkState::Failed || !i.errorKind.isEmpty())
                requestFailed = true;
            else
                desktopFailed = true;
        }
    }
    if (requestFailed)
        return CliCommand::ExitApi;
    if (until == Until::Finished && desktopFailed)
        return CliCommand::ExitJobFailures;
    return CliCommand::ExitOk;
}

bool CliBatchFollower::inFlight() const
{
    for (const QString &id : m_pausedHere) {
        const QList<BatchItem> items = m_center->items(id);
        if (std::any_of(items.cbegin(), items.cend(),
                        [](const BatchItem &i) { return i.chunkState == ChunkState::Sent; }))
            return true;
    }
    return false;
}

void CliBatchFollower::releasePaused()
{
    // The pause only stopped this process from sending: the batch is not paused for people,
    // so the next run (wsctl jobs watch, or the console) carries on with it at once.
    JobJournal *journal = m_center->journal();
    for (const QString &id : std::as_const(m_pausedHere)) {
        if (journal && journal->isOpen())
            journal->setPaused(id, false);
    }
    m_pausedHere.clear();
}

void CliBatchFollower::check()
{
    if (!m_loop || m_result)
        return;
    if (m_stopping) {
        if (!inFlight()) {
            releasePaused();
            m_result = CliCommand::ExitInterrupted;
            m_loop->quit();
        }
        return;
    }
    CliProgress::Counts c = counts(m_center, m_ids, m_until);
    if (checkReachability(&c)) {
        if (m_showProgress)
            m_progress.finish(c);
        m_gaveUpUnreachable = true;
        m_result = CliCommand::ExitApi;
        m_loop->quit();
        return;
    }
    const bool done = std::all_of(m_ids.cbegin(), m_ids.cend(), [this](const QString &id) {
        return reached(m_center, id, m_until);
    });
    if (done) {
        if (m_showProgress)
            m_progress.finish(c);
        m_result = CliCommand::ExitOk;
        m_loop->quit();
        return;
    }
    if (m_showProgress)
        m_progress.update(c);
}

QString CliBatchFollower::unreachableText(const ApiError &error)
{
    const QString cause = ErrorCatalog::explain(error).cause;
    return cause.isEmpty() ? error.summary() : CliTr::tr("%1 (%2)").arg(cause, error.summary());
}

bool CliBatchFollower::checkReachability(CliProgress::Counts *counts)
{
    const qint64 now = m_clock.elapsed();
    if (!m_center->isServiceUnreachable()) {
        if (m_reportedSince.isValid() && m_err) {
            *m_err << CliTr::tr(
                    "wsctl: the service answers again (it could not be reached for "
                    "%n second(s)).",
                    nullptr,
                    static_cast<int>(m_reportedSince.secsTo(QDateTime::currentDateTimeUtc())))
                   << '\n';
            m_err->flush();
        }
        m_reportedSince = QDateTime();
        return false;
    }
    const QDateTime since = m_center->unreachableSince();
    const qint64 down = since.secsTo(QDateTime::currentDateTimeUtc());
    const QString at = since.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    //: on the progress line while no request is answered
    counts->note = CliTr::tr("service unreachable since %1").arg(at);
    const bool giveUp = m_unreachableTimeoutSec > 0 && down >= m_unreachableTimeoutSec;
    // A line when the outage starts, then one every 30 seconds: a log shows it is still waiting.
    if (m_err && !giveUp
        && (since != m_reportedSince || now - m_lastReportMs >= kUnreachableReportMs)) {
        const QDateTime next = m_center->nextServiceTry();
        const qint64 inSec = next.isValid()
                                     ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next))
                                     : 0;
        *m_err << CliTr::tr("wsctl: the service cannot be reached since %1 (%n second(s)): %2",
                            nullptr, static_cast<int>(down))
                          .arg(at, unreachableText(m_center->lastServiceError()))
               << '\n'
               << "  "
               // A poll being retried has no next cycle yet: it is the try.
               << (next.isValid() ? CliTr::tr("Next try in %n second(s).", nullptr,
                                              static_cast<int>(inSec))
                                  : CliTr::tr("Retrying now."))
               << ' '
               << (m_unreachableTimeoutSec > 0
                           ? CliTr::tr("Waiting up to %1 s in all (--unreachable-timeout).")
                                     .arg(m_unreachableTimeoutSec)
                           : CliTr::tr("Waiting without a limit (--unreachable-timeout 0)."))
               << '\n';
        m_err->flush();
        m_reportedSince = since;
        m_lastReportMs = now;
    }
    return giveUp;
}

void CliBatchFollower::onInterrupt(int count)
{
    if (!m_loop || m_result)
        return;
    if (count > 1 || m_stopping) {
        // A second Ctrl-C: leave now. Whatever is on the wire is journaled as "sent" and is
        // reconciled (looked up, never blindly resent) by the next run.
        releasePaused();
        m_result = CliCommand::ExitInterrupted;
        m_loop->quit();
        return;
    }
    m_stopping = true;
    for (const QString &id : std::as_const(m_ids)) {
        const BatchSummary s = m_center->batch(id);
        if (!m_center->isRunningHere(id) || s.isFinished() || s.paused)
            continue;
        // Noted first: pause() emits batchChanged, which runs check() at once.
        m_pausedHere.insert(id);
        m_center->pause(id);
    }
    m_progress.message(
            CliTr::tr("Interrupted: no new request is sent; waiting for the requests in flight "
                      "(Ctrl-C again to leave now). Resume with \"wsctl jobs watch\"."));
    QTimer::singleShot(m_settleTimeoutMs, this, [this] {
        if (!m_loop || m_result)
            return;
        releasePaused();
        m_result = CliCommand::ExitInterrupted;
        m_loop->quit();
    });
    check();
}

int CliBatchFollower::follow(const QStringList &batchIds, Until until)
{
    m_ids = batchIds;
    m_until = until;
    m_result.reset();
    m_stopping = false;
    m_gaveUpUnreachable = false;
    m_clock.start();
    QEventLoop loop;
    m_loop = &loop;
    QList<QMetaObject::Connection> connections;
    connections << connect(m_center, &JobCenter::batchChanged, this, &CliBatchFollower::check)
                << connect(m_center, &JobCenter::itemChanged, this, &CliBatchFollower::check)
                << connect(m_center, &JobCenter::batchFinished, this, &CliBatchFollower::check)
                << connect(m_center, &JobCenter::batchRemoved, this, &CliBatchFollower::check);
    QTimer tick;
    tick.setInterval(kTickMs);
    connect(&tick, &QTimer::timeout, this, &CliBatchFollower::check);
    tick.start();
    if (CliSignalWatcher *watcher = CliSignalWatcher::instance()) {
        connections << connect(watcher, &CliSignalWatcher::interrupted, this,
                               [this](int, int count) { onInterrupt(count); });
        if (watcher->isInterrupted())
            QTimer::singleShot(0, this, [this] { onInterrupt(1); });
    }
    QTimer::singleShot(0, this, &CliBatchFollower::check);
    loop.exec();
    for (const QMetaObject::Connection &c : std::as_const(connections))
        disconnect(c);
    m_loop = nullptr;
    return m_result.value_or(CliCommand::ExitOk);
}

int CliBatchFollower::announceAndFollow(JobCenter *center, const CliGlobals &globals,
                                        const QString &batchId, int requests,
                                        const QString &journalPath, Until until, QTextStream &out,
                                        QTextStream &err)
{
    if (globals.format == CliGlobals::Format::Text) {
        out << CliTr::tr("Batch %1: %2 (%3), journaled in %4")
                        .arg(batchId, center->batch(batchId).title(),
                             CliTr::tr("%n request(s)", nullptr, requests), journalPath)
            << '\n';
        out.flush();
    }
    return followAndReport(center, globals, {batchId}, until, out, err);
}

int CliBatchFollower::followAndReport(JobCenter *center, const CliGlobals &globals,
                                      const QStringList &batchIds, Until until, QTextStream &out,
                                      QTextStream &err)
{
    const bool text = globals.format == CliGlobals::Format::Text;
    QTextStream &progressOut = text ? out : err;
    CliBatchFollower follower(center, progressOut,
                              CliProgress::isTerminal(text ? STDOUT_FILENO : STDERR_FILENO));
    follower.setErrorStream(&err);
    follower.setUnreachableTimeoutSec(globals.unreachableTimeoutSec);
    const int followed = follower.follow(batchIds, until);
    const CliBatchReport::Ending ending
            = followed == CliCommand::ExitInterrupted ? CliBatchReport::Ending::Interrupted
              : until == Until::Submitted             ? CliBatchReport::Ending::Submitted
                                                      : CliBatchReport::Ending::None;

    switch (globals.format) {
    case CliGlobals::Format::Json: {
        QJsonArray batches;
        for (const QString &id : batchIds)
            batches.append(CliBatchReport::json(center, id, ending));
        QJsonObject o;
        o.insert(QStringLiteral("batches"), batches);
        o.insert(QStringLiteral("interrupted"), followed == CliCommand::ExitInterrupted);
        o.insert(QStringLiteral("unreachable"), follower.gaveUpUnreachable());
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        break;
    }
    case CliGlobals::Format::Csv:
        for (int k = 0; k < batchIds.size(); ++k) {
            QString csv = BatchExport::text(center->items(batchIds.at(k)));
            if (k > 0)
                csv = csv.section(QStringLiteral("\r\n"), 1); // one header for all
            out << csv;
        }
        break;
    case CliGlobals::Format::Text:
        for (const QString &id : batchIds) {
            out << CliBatchReport::text(center, id, 20, ending);
            if (!center->batch(id).isFinished() && followed != CliCommand::ExitInterrupted
                && !follower.gaveUpUnreachable())
                out << "  "
                    << CliTr::tr("The jobs go on on the service: \"wsctl jobs watch %1\" "
                                 "follows them.")
                                .arg(id)
                    << '\n';
        }
        break;
    }
    out.flush();
    if (followed == CliCommand::ExitInterrupted) {
        err << CliTr::tr("wsctl: interrupted; the journal is consistent. \"wsctl jobs watch\" "
                         "resumes and follows the batch to the end.")
            << '\n';
        err.flush();
        return CliCommand::ExitInterrupted;
    }
    if (follower.gaveUpUnreachable()) {
        const QDateTime since = center->unreachableSince();
        err << CliTr::tr("wsctl: gave up waiting: the service could not be reached for %n "
                         "second(s), since %1 (--unreachable-timeout %2). Last error: %3",
                         nullptr, static_cast<int>(since.secsTo(QDateTime::currentDateTimeUtc())))
                        .arg(since.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        .arg(globals.unreachableTimeoutSec)
                        .arg(unreachableText(center->lastServiceError()))
            << '\n'
            << "  "
            << CliTr::tr("The journal is consistent and the jobs go on on the service: \"%1\" "
                         "resumes and follows the batch once the service answers.")
                        .arg(batchIds.size() == 1
                                     ? QStringLiteral("wsctl jobs watch ") + batchIds.constFirst()
                                     : QStringLiteral("wsctl jobs watch"))
            << '\n';
        err.flush();
        return CliCommand::ExitApi;
    }
    const int code = outcomeCode(center, batchIds, until);
    if (code != CliCommand::ExitOk) {
        // Scripts that keep only stderr still learn what happened and what to do next.
        int failed = 0;
        int refused = 0;
        for (const QString &id : batchIds) {
            failed += center->batch(id).failed;
            refused += center->batch(id).refused;
        }
        if (failed > 0)
            err << CliTr::tr("wsctl: %n desktop(s) failed; \"wsctl jobs show %1\" explains each, "
                             "\"wsctl jobs retry-failed %1\" retries them.",
                             nullptr, failed)
                            .arg(batchIds.constFirst())
                << '\n';
        if (refused > 0)
            err << CliTr::tr("wsctl: the service refused %n desktop(s), so nothing was done for "
                             "them; \"wsctl jobs show %1\" names the input to fix.",
                             nullptr, refused)
                            .arg(batchIds.constFirst())
                << '\n';
        err.flush();
    }
    return code;
}

} // namespace wsc
