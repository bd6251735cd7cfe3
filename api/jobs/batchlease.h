#pragma once

#include <QString>

namespace wsc {

class JobJournal;

/**
 * This process's lease on the batches it runs, kept in the journal: one token per JobCenter
 * (host, pid and a UUID), claimed per batch, renewed while any batch runs, released on a clean
 * exit so that another process (GUI or wsctl) may resume them at once. A lease not renewed for
 * leaseMs() is free: a killed process's batches are taken over after that, or sooner on the same
 * host, where the journal sees the process is gone.
 */
class BatchLease
{
public:
    explicit BatchLease(JobJournal *journal);

    QString token() const { return m_token; }
    static int leaseMs() { return 60000; }
    /** Takes @p batchId when it is free; @p taken says whether it is ours. False on a journal
     * error. */
    bool claim(const QString &batchId, bool *taken);
    /** Renews every lease of this token when the last renewal is older than the renew interval. */
    bool renewIfDue(bool anyRunning);
    /** Gives up every batch of this token. */
    bool release();
    /** Time to look for orphaned batches again (the same interval as renewals). */
    bool orphanCheckDue();

private:
    JobJournal *m_journal = nullptr;
    QString m_token;
    qint64 m_lastRenew = 0;
    qint64 m_lastOrphanCheck = 0;
};

} // namespace wsc
