#include "createsubmission.h"

#include "api/jobs/jobcenter.h"

#include <QTimer>

#include <algorithm>

namespace wsc {

CreateSubmission::CreateSubmission(JobCenter *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(jobs, &JobCenter::batchChanged, this, [this](const QString &id) {
        if (id == m_batchId)
            evaluate();
    });
    connect(jobs, &JobCenter::itemChanged, this, [this](const QString &id, int) {
        if (id == m_batchId)
            evaluate();
    });
    connect(jobs, &JobCenter::batchFinished, this, [this](const QString &id) {
        if (id == m_batchId)
            evaluate();
    });
}

bool CreateSubmission::start(const CreateDesktopRequest &request, const BatchSource &source)
{
    if (m_running || !m_jobs)
        return false;
    m_error = ApiError();
    m_firstChunk.clear();
    m_taken.clear();
    m_startError.clear();
    m_cancelRequested = false;
    m_batchId = m_jobs->startCreate(request, source);
    if (m_batchId.isEmpty()) {
        m_startError = m_jobs->lastError();
        return false;
    }
    m_running = true;
    // The first state may already be known (or change before the next signal).
    QTimer::singleShot(0, this, &CreateSubmission::evaluate);
    return true;
}

void CreateSubmission::evaluate()
{
    if (!m_running || !m_jobs)
        return;
    const QList<BatchItem> items = m_jobs->items(m_batchId);
    QList<const BatchItem *> first;
    for (const BatchItem &item : items) {
        if (item.chunk == 0)
            first.append(&item);
    }
    if (first.isEmpty())
        return;
    const ChunkState state = first.constFirst()->chunkState;
    switch (state) {
    case ChunkState::Planned:
    case ChunkState::Sent:
        return; // no answer yet
    case ChunkState::Accepted:
    case ChunkState::Done:
    case ChunkState::Unknown:
        // Unknown: the answer was lost; the batch reconciles it and never sends it twice.
        m_running = false;
        emit accepted(m_batchId);
        return;
    case ChunkState::Failed:
    case ChunkState::Cancelled:
        break;
    }

    if (m_firstChunk.isEmpty()) {
        std::sort(first.begin(), first.end(), [](const BatchItem *a, const BatchItem *b) {
            return a->sourceIndex < b->sourceIndex;
        });
        for (const BatchItem *item : std::as_const(first))
            m_firstChunk.append(item->sourceIndex);
        m_error = first.constFirst()->requestError();
    }
    if (!m_cancelRequested) {
        // The other chunks carry the same fields: stop those not sent yet.
        m_cancelRequested = true;
        m_jobs->cancel(m_batchId);
    }
    for (const BatchItem &item : items) {
        if (item.chunkState == ChunkState::Sent || item.chunkState == ChunkState::Planned)
            return; // in flight (or not cancelled yet): its answer decides what was taken
    }
    finish();
}

void CreateSubmission::finish()
{
    m_taken.clear();
    for (const BatchItem &item : m_jobs->items(m_batchId)) {
        if (item.chunkState == ChunkState::Accepted || item.chunkState == ChunkState::Done
            || item.chunkState == ChunkState::Unknown)
            m_taken.append(item.sourceIndex);
    }
    std::sort(m_taken.begin(), m_taken.end());
    m_running = false;
    emit rejected(m_batchId);
}

} // namespace wsc
