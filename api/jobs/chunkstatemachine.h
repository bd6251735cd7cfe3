#pragma once

#include "batchplan.h"
#include "chunktransition.h"

#include <QObject>

namespace wsc {

/**
 * The states of a batch's chunks, apart from any network I/O: every change is checked against
 * ChunkStates::canTransition() and emitted (chunkStateChanged) before anything acts on it, so
 * a journal can record "about to send" before the bytes leave.
 */
class ChunkStateMachine : public QObject
{
    Q_OBJECT
public:
    explicit ChunkStateMachine(const BatchPlan &plan, QObject *parent = nullptr);

    const BatchPlan &plan() const { return m_plan; }
    const BatchChunk &chunk(int index) const { return m_plan.chunks.at(index); }
    int chunkCount() const { return static_cast<int>(m_plan.chunks.size()); }
    int count(ChunkState state) const { return m_plan.count(state); }

    /**
     * Moves chunk @p index to @p to; false (and nothing emitted) when the rule forbids it.
     * A non-empty @p jobId is appended to the chunk's jobs; @p error replaces the last error.
     */
    bool transition(int index, ChunkState to, const QString &jobId = {},
                    const ApiError &error = {});
    /**
     * After reconciliation: the chunk keeps only the desktops still missing (@p body and their
     * @p sourceIndexes) and records @p confirmed as found; then it goes back to Planned.
     * Only from Unknown.
     */
    bool replan(int index, const QByteArray &body, const QList<int> &sourceIndexes,
                const QList<int> &confirmed, const ApiError &error);
    /** Counts a send (before the bytes go out). */
    void noteSend(int index) { ++m_plan.chunks[index].sends; }
    void setBaseline(int index, const QMap<QString, int> &baseline);
    void addConfirmed(int index, const QList<int> &confirmed);

signals:
    void chunkStateChanged(const ChunkTransition &transition);

private:
    BatchPlan m_plan;
};

} // namespace wsc
