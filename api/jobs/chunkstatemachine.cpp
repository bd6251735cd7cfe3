#include "chunkstatemachine.h"

namespace wsc {

ChunkStateMachine::ChunkStateMachine(const BatchPlan &plan, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    qRegisterMetaType<ChunkTransition>();
}

bool ChunkStateMachine::transition(int index, ChunkState to, const QString &jobId,
                                   const ApiError &error)
{
    if (index < 0 || index >= m_plan.chunks.size())
        return false;
    BatchChunk &c = m_plan.chunks[index];
    if (!ChunkStates::canTransition(c.state, to))
        return false;
    ChunkTransition t;
    t.chunk = index;
    t.from = c.state;
    t.to = to;
    t.jobId = jobId;
    t.error = error;
    c.state = to;
    if (!jobId.isEmpty() && !c.jobIds.contains(jobId))
        c.jobIds.append(jobId);
    if (error.isError() || to == ChunkState::Accepted || to == ChunkState::Done)
        c.error = error;
    t.bodyDigest = c.bodyDigest();
    t.sourceIndexes = c.sourceIndexes;
    emit chunkStateChanged(t);
    return true;
}

bool ChunkStateMachine::replan(int index, const QByteArray &body, const QList<int> &sourceIndexes,
                               const QList<int> &confirmed, const ApiError &error)
{
    // Only a reconciled chunk is replanned; a throttled one goes back to Planned unchanged.
    if (index < 0 || index >= m_plan.chunks.size()
        || m_plan.chunks.at(index).state != ChunkState::Unknown)
        return false;
    BatchChunk &c = m_plan.chunks[index];
    c.body = body;
    c.sourceIndexes = sourceIndexes;
    addConfirmed(index, confirmed);
    return transition(index, ChunkState::Planned, {}, error);
}

void ChunkStateMachine::setBaseline(int index, const QMap<QString, int> &baseline)
{
    BatchChunk &c = m_plan.chunks[index];
    c.userBaseline = baseline;
    c.baselineTaken = true;
}

void ChunkStateMachine::addConfirmed(int index, const QList<int> &confirmed)
{
    BatchChunk &c = m_plan.chunks[index];
    for (int i : confirmed) {
        if (!c.confirmedSourceIndexes.contains(i))
            c.confirmedSourceIndexes.append(i);
    }
}

} // namespace wsc
