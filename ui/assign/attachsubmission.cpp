#include "attachsubmission.h"

#include "attachresultmapping.h"

#include "api/http/errorcatalog.h"
#include "api/jobs/jobcenter.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/rules/attachrules.h"

#include <QTimer>

namespace wsc {

AttachSubmission::AttachSubmission(JobCenter *jobs, AssignmentModel *model, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_model(model)
    , m_refreshTimer(new QTimer(this))
{
    // Items change in bursts (a whole chunk at once): one refresh per turn of the event loop.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AttachSubmission::refresh);
    if (!m_jobs)
        return;
    connect(m_jobs, &JobCenter::itemChanged, this, [this](const QString &batchId, int) {
        if (m_running && batchId == m_batchId)
            m_refreshTimer->start();
    });
    connect(m_jobs, &JobCenter::batchChanged, this, [this](const QString &batchId) {
        if (m_running && batchId == m_batchId)
            m_refreshTimer->start();
    });
    connect(m_jobs, &JobCenter::batchFinished, this, &AttachSubmission::onBatchFinished);
}

void AttachSubmission::setOptions(const AttachRequest &options)
{
    m_options.imageType = options.imageType.trimmed();
    m_options.imageId = options.imageId.trimmed();
    m_options.desktopNamePolicyId = options.desktopNamePolicyId.trimmed();
}

Findings AttachSubmission::optionFindings() const
{
    Findings out;
    for (const Finding &f : AttachRules::validate(m_options, m_model->context())) {
        if (!f.path.startsWith(QLatin1String("desktops")))
            out.append(f);
    }
    return out;
}

QStringList AttachSubmission::sendableIds() const
{
    return m_model->desktopIds(m_model->sendableRows());
}

AttachRequest AttachSubmission::request(const QStringList &desktopIds) const
{
    QList<int> rows;
    for (const QString &id : desktopIds) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    AttachRequest request = m_model->request(rows);
    request.imageType = m_options.imageType;
    request.imageId = m_options.imageId;
    request.desktopNamePolicyId = m_options.desktopNamePolicyId;
    return request;
}

BatchPlan AttachSubmission::plan(const QStringList &desktopIds, const ValidationContext &context,
                                 Findings *problems) const
{
    return BatchPlan::forAttach(request(desktopIds), context, problems);
}

bool AttachSubmission::start(const QStringList &desktopIds)
{
    m_startError.clear();
    if (m_running) {
        m_startError = tr("An assignment is already running.");
        return false;
    }
    if (!m_jobs) {
        m_startError = tr("No connection to send the assignment through.");
        return false;
    }
    // The rows reviewed, as they stand now (user ids may have been filled in meanwhile).
    QList<int> rows;
    for (const QString &id : desktopIds) {
        const int row = m_model->rowOf(id);
        if (row < 0 || m_model->row(row).isDone()
            || m_model->row(row).state == AssignmentRow::State::Sending
            || !m_model->row(row).isPaired())
            continue;
        if (m_model->rowHasErrors(row)) {
            m_startError = tr("Row %1 (%2) has errors; fix it first.")
                                   .arg(row + 1)
                                   .arg(m_model->row(row).desktop.computerName);
            return false;
        }
        rows.append(row);
    }
    if (rows.isEmpty()) {
        m_startError = tr("No paired desktop is left to assign.");
        return false;
    }
    const Findings options = optionFindings();
    if (hasErrors(options)) {
        m_startError = options.first().message;
        return false;
    }
    AttachRequest request = m_model->request(rows);
    request.imageType = m_options.imageType;
    request.imageId = m_options.imageId;
    request.desktopNamePolicyId = m_options.desktopNamePolicyId;
    BatchSource source;
    source.origin = m_origin.isEmpty() ? BatchSource::assignmentDialog() : m_origin;
    for (const int row : std::as_const(rows))
        source.lines.append(m_model->row(row).line);

    const QString id = m_jobs->startAttach(request, source);
    if (id.isEmpty()) {
        m_startError = tr("The assignment was not started: %1").arg(m_jobs->lastError());
        return false;
    }
    m_batchId = id;
    m_sentIds = m_model->desktopIds(rows);
    m_running = true;
    m_model->setSending(rows);
    emit started(id);
    emit progressChanged(0, tr("Sending %n desktop(s)…", nullptr, int(m_sentIds.size())));
    refresh();
    return true;
}

QString AttachSubmission::progressText(const BatchItem &item)
{
    switch (item.chunkState) {
    case ChunkState::Planned:
        return tr("Waiting to be sent");
    case ChunkState::Sent:
        return tr("Sent");
    case ChunkState::Accepted:
        if (item.subJobStatus == SubJobStatus::Waiting)
            return tr("Queued on the service");
        return item.process > 0 ? tr("Assigning… %1%").arg(item.process)
                                : tr("Accepted; following the job");
    case ChunkState::Unknown:
        return tr("No answer; checking whether it arrived");
    case ChunkState::Done:
    case ChunkState::Failed:
    case ChunkState::Cancelled:
        break;
    }
    return ChunkStates::displayName(item.chunkState);
}

void AttachSubmission::refresh()
{
    if (!m_jobs || m_batchId.isEmpty())
        return;
    using Kind = AttachResultMapping::RowResult::Kind;
    const QList<BatchItem> items = m_jobs->items(m_batchId);
    const QList<AttachResultMapping::RowResult> results
            = AttachResultMapping::map(items, m_sentIds);
    for (int i = 0; i < results.size(); ++i) {
        const AttachResultMapping::RowResult &r = results.at(i);
        const int row = m_model->rowOf(r.desktopId);
        if (row < 0)
            continue; // removed from the table meanwhile
        const bool sending = m_model->row(row).state == AssignmentRow::State::Sending;
        switch (r.kind) {
        case Kind::InProgress:
            if (sending)
                m_model->setProgress(row, progressText(items.at(i)));
            break;
        case Kind::Assigned:
            if (!m_model->row(row).isDone())
                m_model->setAssigned(row);
            break;
        case Kind::Cancelled:
            if (sending)
                m_model->setBlocked(row, tr("Cancelled before it was sent; nothing was applied."));
            break;
        case Kind::JobFailed:
            if (sending)
                m_model->setFailed(row, r.errorCode,
                                   tr("The service could not assign the desktop: %1 (%2)")
                                           .arg(r.message, r.errorCode));
            break;
        case Kind::Refused:
            if (sending)
                m_model->setFailed(row, r.errorCode, ErrorCatalog::describe(r.error));
            break;
        case Kind::NotApplied: {
            if (!sending)
                break;
            const int culprit = m_model->rowOf(r.culpritDesktopId);
            const QString name = culprit >= 0 ? m_model->row(culprit).desktop.computerName
                                              : r.culpritDesktopId;
            m_model->setBlocked(row, tr("Not assigned: the service refused the whole request "
                                        "because of desktop %1 (row %2), so nothing in it was "
                                        "applied. Fix or remove that row and submit again.")
                                             .arg(name)
                                             .arg(culprit + 1));
            break;
        }
        }
    }
    const BatchSummary summary = m_jobs->batch(m_batchId);
    emit progressChanged(summary.progress, tr("%1 of %2 assigned, %3 failed, %4 in progress.")
                                                   .arg(summary.succeeded)
                                                   .arg(summary.desktops)
                                                   .arg(summary.failed)
                                                   .arg(summary.running + summary.pending));
}

void AttachSubmission::onBatchFinished(const QString &batchId)
{
    if (!m_running || batchId != m_batchId)
        return;
    m_refreshTimer->stop();
    refresh();
    m_model->releaseSending(
            tr("The batch ended without news of this desktop; see the jobs panel."));
    m_running = false;
    int assigned = 0;
    for (const QString &id : std::as_const(m_sentIds)) {
        const int row = m_model->rowOf(id);
        assigned += row >= 0 && m_model->row(row).isDone() ? 1 : 0;
    }
    emit finished(batchId, assigned, int(m_sentIds.size()) - assigned);
}

} // namespace wsc
