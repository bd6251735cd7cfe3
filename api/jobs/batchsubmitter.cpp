#include "batchsubmitter.h"

#include "batchoperation.h"
#include "chunkreconciler.h"
#include "jobpoller.h"

#include "api/apitr.h"
#include "api/http/workspaceclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace wsc {

namespace {

constexpr int kMaxReconcileTries = 8;

} // namespace

BatchSubmitter::BatchSubmitter(WorkspaceClient *client, const BatchPlan &plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_states(plan, this)
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &BatchSubmitter::pump);
    connect(&m_states, &ChunkStateMachine::chunkStateChanged, this,
            &BatchSubmitter::chunkStateChanged);
}

BatchSubmitter::~BatchSubmitter() = default;

void BatchSubmitter::setJobPoller(JobPoller *poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (m_poller)
        connect(m_poller, &JobPoller::jobFinished, this, &BatchSubmitter::onJobFinished);
}

int BatchSubmitter::confirmedCount() const
{
    int n = 0;
    for (const BatchChunk &c : plan().chunks)
        n += static_cast<int>(c.confirmedSourceIndexes.size());
    return n;
}

void BatchSubmitter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_finished = false;
    for (int i = 0; i < m_states.chunkCount(); ++i) {
        const ChunkState state = m_states.chunk(i).state;
        if (state == ChunkState::Sent) {
            // An earlier run stopped with this chunk on the wire: we cannot know what happened.
            m_states.transition(i, ChunkState::Unknown, {},
                                ApiError::network(ApiError::Kind::ConnectionReset,
                                                  QStringLiteral("interrupted while sent")));
            reconcile(i);
        } else if (state == ChunkState::Unknown) {
            reconcile(i);
        } else if (state == ChunkState::Accepted) {
            followIfAccepted(i);
        }
    }
    pump();
    checkFinished();
}

void BatchSubmitter::pause()
{
    m_paused = true;
}

void BatchSubmitter::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void BatchSubmitter::cancel()
{
    for (int i = 0; i < m_states.chunkCount(); ++i) {
        if (m_states.chunk(i).state == ChunkState::Planned && !m_busy.contains(i))
            m_states.transition(i, ChunkState::Cancelled);
    }
    checkFinished();
}

void BatchSubmitter::pump()
{
    if (m_paused || !m_client)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 nextWake = -1;
    for (int i = 0; i < m_states.chunkCount() && m_busy.size() < m_maxInFlight; ++i) {
        if (m_states.chunk(i).state != ChunkState::Planned || m_busy.contains(i))
            continue;
        const qint64 notBefore = m_notBefore.value(i, 0);
        if (notBefore > now) {
            nextWake = nextWake < 0 ? notBefore : qMin(nextWake, notBefore);
            continue;
        }
        const BatchChunk &c = m_states.chunk(i);
        if (!c.baselineTaken && c.sends == 0
            && ChunkReconciler::needsBaseline(plan().kind, c.body)) {
            takeBaselineThenSend(i);
        } else {
            send(i);
        }
    }
    if (nextWake >= 0)
        m_wakeUp.start(static_cast<int>(nextWake - now));
}

void BatchSubmitter::takeBaselineThenSend(int index)
{
    m_busy.insert(index);
    auto *reconciler = new ChunkReconciler(m_client, plan().kind, m_states.chunk(index), this);
    connect(reconciler, &ChunkReconciler::finished, this, [this, index, reconciler] {
        reconciler->deleteLater();
        m_busy.remove(index);
        if (reconciler->result().error.isError()) {
            // Could not count: try again shortly instead of sending blind.
            m_notBefore[index] = m_clock.elapsed() + 1000;
        } else {
            m_states.setBaseline(index, reconciler->baseline());
        }
        pump();
        checkFinished();
    });
    reconciler->takeBaseline();
}

void BatchSubmitter::send(int index)
{
    m_busy.insert(index);
    // The journal hears "sent" (with the body digest) before a byte leaves.
    m_states.noteSend(index);
    m_states.transition(index, ChunkState::Sent);
    if (m_states.chunk(index).sends > 1)
        ++m_resends;
    const QByteArray body = m_states.chunk(index).body;
    const BatchOperation &operation = BatchOperation::of(plan().kind);
    if (TypedCall<ActionResult> *call = operation.sendForResult(m_client, body, this)) {
        connect(call, &ApiCall::finished, this, [this, index, call] {
            call->deleteLater();
            onAnswer(index, call->error(), call->result());
        });
        return;
    }
    if (TypedCall<bool> *call = operation.sendWithoutJob(m_client, body, this)) {
        connect(call, &ApiCall::finished, this, [this, index, call] {
            call->deleteLater();
            onAnswer(index, call->error(), ActionResult()); // no job: answered means done
        });
        return;
    }
    TypedCall<QString> *call = operation.send(m_client, body, this);
    connect(call, &ApiCall::finished, this, [this, index, call] {
        call->deleteLater();
        ActionResult result;
        result.jobId = call->result();
        onAnswer(index, call->error(), result);
    });
}

void BatchSubmitter::onAnswer(int index, const ApiError &error, const ActionResult &result)
{
    {
        m_busy.remove(index);
        if (!error.isError()) {
            // Refused desktops first: the journal writes them with the accepting transition.
            if (!result.failures.isEmpty())
                emit desktopsRefused(index, result.failures);
            QString jobId = result.jobId;
            if (jobId.isEmpty() && !result.successJobIds.isEmpty())
                jobId = result.successJobIds.constFirst();
            m_states.transition(index, ChunkState::Accepted, jobId);
            if (jobId.isEmpty())
                m_states.transition(index, ChunkState::Done); // nothing to follow
            else
                followIfAccepted(index);
        } else if (error.isThrottled()) {
            // The gateway refused it (not applied) even after the client's retries: queue it
            // again a little later instead of failing the chunk.
            m_states.transition(index, ChunkState::Planned, {}, error);
            m_notBefore[index]
                    = m_clock.elapsed() + 2000 + QRandomGenerator::global()->bounded(2000);
        } else if (error.isOutcomeUnknown()) {
            m_states.transition(index, ChunkState::Unknown, {}, error);
            reconcileLater(index);
        } else {
            m_states.transition(index, ChunkState::Failed, {}, error);
        }
        pump();
        checkFinished();
    }
}

void BatchSubmitter::reconcileLater(int index)
{
    m_busy.insert(index);
    const int tries = m_reconcileTries.value(index, 0);
    const int delay = tries == 0 ? m_reconcileDelayMs : qMin(30000, 1000 << qMin(tries, 5));
    QTimer::singleShot(delay, this, [this, index] {
        m_busy.remove(index);
        reconcile(index);
    });
}

void BatchSubmitter::reconcile(int index)
{
    if (!m_client)
        return;
    m_busy.insert(index);
    ++m_reconciles;
    auto *reconciler = new ChunkReconciler(m_client, plan().kind, m_states.chunk(index), this);
    connect(reconciler, &ChunkReconciler::finished, this, [this, index, reconciler] {
        reconciler->deleteLater();
        m_busy.remove(index);
        const ChunkReconciler::Result &r = reconciler->result();
        const BatchChunk &c = m_states.chunk(index);
        if (r.error.isError()) {
            const int tries = ++m_reconcileTries[index];
            m_states.transition(index, ChunkState::Unknown, {}, r.error);
            if (tries < kMaxReconcileTries)
                reconcileLater(index);
        } else if (r.undecidable) {
            ApiError error = ApiError::network(ApiError::Kind::Config);
            error.detail = plan().kind == BatchKind::Create
                                   ? ApiTr::tr("This request names no desktops, so whether it "
                                               "was carried out cannot be checked automatically.")
                                   : ApiTr::tr("Whether this request was carried out cannot be "
                                               "checked automatically: look at the desktops "
                                               "before you send it again.");
            m_states.transition(index, ChunkState::Unknown, {}, error);
        } else if (!r.jobId.isEmpty()) {
            // The lost request's job is on the service: follow it as if it had been answered.
            // Its chunk's desktops outside the job were refused at once; the reasons were in the
            // lost answer, so each gets ours (a retry sends it again and hears the service's).
            m_reconcileTries.remove(index);
            QList<ActionResult::Failure> refused;
            const QJsonObject body = QJsonDocument::fromJson(c.body).object();
            const QJsonArray ids
                    = body.value(BatchOperation::of(plan().kind).desktopsKey()).toArray();
            for (int p : r.refused) {
                ActionResult::Failure f;
                const QJsonValue v = ids.at(p);
                f.desktopId = v.isObject()
                                      ? v.toObject().value(QStringLiteral("desktop_id")).toString()
                                      : v.toString();
                f.error = ApiError::network(ApiError::Kind::Config);
                f.error.errorMessage = ApiTr::tr(
                        "The service took the request but started nothing for this desktop: it "
                        "refused it at once, and the answer saying why was lost.");
                refused << f;
            }
            if (!refused.isEmpty())
                emit desktopsRefused(index, refused);
            m_states.transition(index, ChunkState::Accepted, r.jobId);
            followIfAccepted(index);
        } else {
            m_reconcileTries.remove(index);
            QList<int> present;
            for (int p : r.present)
                present << c.sourceIndexes.value(p, -1);
            if (r.missing.isEmpty()) {
                m_states.addConfirmed(index, present);
                m_states.transition(index, ChunkState::Done);
            } else {
                QList<int> missingSources;
                for (int p : r.missing)
                    missingSources << c.sourceIndexes.value(p, -1);
                const QByteArray body = r.present.isEmpty()
                                                ? c.body
                                                : ChunkReconciler::subsetBody(c.body, r.missing);
                if (c.baselineTaken && !r.present.isEmpty()) {
                    // Found nameless desktops now belong to the baseline, so that a later
                    // lookup does not count them again for the same user's missing ones.
                    QMap<QString, int> baseline = c.userBaseline;
                    const QJsonArray desktops = QJsonDocument::fromJson(c.body)
                                                        .object()
                                                        .value(QStringLiteral("desktops"))
                                                        .toArray();
                    for (int p : r.present) {
                        const QJsonObject d = desktops.at(p).toObject();
                        if (d.value(QStringLiteral("computer_name")).toString().trimmed().isEmpty())
                            baseline[d.value(QStringLiteral("user_name"))
                                             .toString()
                                             .trimmed()
                                             .toLower()]
                                    += 1;
                    }
                    m_states.setBaseline(index, baseline);
                }
                m_states.replan(index, body, missingSources, present, c.error);
            }
        }
        pump();
        checkFinished();
    });
    reconciler->reconcile();
}

void BatchSubmitter::followIfAccepted(int index)
{
    if (!m_poller || m_states.chunk(index).state != ChunkState::Accepted)
        return;
    // The latest job is the one of the current body (a resend replaces it): its desktops are
    // its sub-jobs. Earlier jobs of a resent chunk are followed without a count.
    const BatchChunk &c = m_states.chunk(index);
    for (const QString &jobId : c.jobIds) {
        const bool latest = jobId == c.jobIds.constLast();
        m_poller->follow(jobId, BatchOperation::of(plan().kind).jobType(),
                         latest ? int(c.sourceIndexes.size()) : 0);
    }
}

void BatchSubmitter::onJobFinished(const JobInfo &job)
{
    for (int i = 0; i < m_states.chunkCount(); ++i) {
        const BatchChunk &c = m_states.chunk(i);
        if (c.state == ChunkState::Accepted && c.jobIds.contains(job.id)) {
            // A resent chunk has several jobs; it is done when its latest one is.
            if (c.jobIds.constLast() != job.id)
                continue;
            emit jobFinished(i, job);
            m_states.transition(i, ChunkState::Done, job.id);
        }
    }
    checkFinished();
}

void BatchSubmitter::checkFinished()
{
    if (m_finished || !m_started)
        return;
    int settled = 0;
    bool open = !m_busy.isEmpty();
    for (const BatchChunk &c : plan().chunks) {
        if (ChunkStates::isSettled(c.state))
            ++settled;
        else if (c.state == ChunkState::Planned)
            open = true;
        else if (c.state == ChunkState::Sent)
            open = true;
        else if (c.state == ChunkState::Accepted && m_poller)
            open = true;
    }
    emit progress(settled, m_states.chunkCount());
    if (!open) {
        m_finished = true;
        emit finished();
    }
}

} // namespace wsc
