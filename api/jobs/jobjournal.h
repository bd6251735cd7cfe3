#pragma once

#include "batchitem.h"
#include "batchplan.h"
#include "batchrequest.h"
#include "chunktransition.h"
#include "journalbatch.h"

#include "models/domain/jobinfo.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace wsc {

/**
 * The durable record of every batch the console starts (SQLite through Qt SQL): the plan with
 * exact bodies, each chunk's state and transitions, each desktop's job, sub-job and failure.
 * Every write is one short IMMEDIATE transaction, committed with synchronous=FULL in WAL mode,
 * so a transition that returned true survives a SIGKILL or a power loss. The GUI and wsctl may
 * open the same file at once; a lease per batch says which process runs it.
 */
class JobJournal
{
public:
    /** Current schema version (PRAGMA user_version). */
    static constexpr int SchemaVersion = 1;

    /** A journal at @p path; empty = defaultPath(). Call open() before anything else. */
    explicit JobJournal(const QString &path = {});
    ~JobJournal();
    JobJournal(const JobJournal &) = delete;
    JobJournal &operator=(const JobJournal &) = delete;

    /** jobs.sqlite in the app data folder (QStandardPaths::AppDataLocation). */
    static QString defaultPath();

    /** How long a write waits for another process's transaction (default 5 s). */
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    /** Creates the folder and the schema; false with errorString() when unusable. */
    bool open();
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    /** The last problem, translated, naming the file and what to do. */
    QString errorString() const { return m_error; }

    // --- writes (each one transaction) --------------------------------------------------
    /** A new batch with its plan (chunks as planned) and its desktops. */
    bool addBatch(const JournalBatch &batch, const BatchPlan &plan, const QList<BatchItem> &items);
    /**
     * One chunk transition: the chunk as it is now (state, body, source indexes, confirmed
     * desktops, job ids, sends, baseline, last error), a line in the transition log, and the
     * desktops it changed. Committed before the caller returns: this is the write-ahead step.
     */
    bool recordTransition(const QString &batchId, const ChunkTransition &transition,
                          const BatchChunk &chunk, const QList<BatchItem> &items,
                          const QList<QPair<int, JobInfo>> &jobs = {},
                          const QList<QPair<int, SubJobInfo>> &subJobs = {});
    /** Desktops, jobs and sub-jobs as the poller reported them (batched, not per poll). */
    bool recordProgress(const QString &batchId, const QList<BatchItem> &items,
                        const QList<QPair<int, JobInfo>> &jobs,
                        const QList<QPair<int, SubJobInfo>> &subJobs);
    bool setPaused(const QString &batchId, bool paused);
    /** Marks the batch finished (or unfinished again with an invalid time). */
    bool setFinished(const QString &batchId, const QDateTime &finished);
    bool setCleanup(const QString &batchId, const QStringList &desktopIds);
    /** Asks the process that runs the batch to pause, resume or cancel it (None clears). */
    bool setRequest(const QString &batchId, BatchRequest request);
    /** Forgets the batch: chunks, transitions, desktops, jobs and sub-jobs too. */
    bool removeBatch(const QString &batchId);

    // --- the lease ----------------------------------------------------------------------
    /**
     * Takes the batch for the process identified by @p owner when nobody holds it, the holder
     * is a process of this host that no longer exists, or its lease ran out. @p taken says
     * whether it is ours now; false only when the journal failed.
     */
    bool claim(const QString &batchId, const QString &owner, int leaseMs, bool *taken);
    /** Extends every lease of @p owner. */
    bool renew(const QString &owner, int leaseMs);
    /** Gives up every batch of @p owner (on a clean exit), so another process may resume them. */
    bool release(const QString &owner);

    // --- reads --------------------------------------------------------------------------
    /** Batches of @p profile (every profile when empty), oldest first. */
    QList<JournalBatch> batches(const QString &profile = {}, bool *ok = nullptr);
    bool batch(const QString &batchId, JournalBatch *out);
    /** The plan as it stands now (chunk rows), to resume it. */
    bool loadPlan(const QString &batchId, BatchPlan *plan);
    /** The plan as it was first journaled (exact bodies of every desktop), for retries. */
    bool initialPlan(const QString &batchId, BatchPlan *plan);
    QList<BatchItem> items(const QString &batchId, bool *ok = nullptr);
    /** The transition log of one batch: (chunk, "from>to") in order, for tests and figures. */
    QList<QPair<int, QString>> transitions(const QString &batchId);
    QList<SubJobInfo> subJobs(const QString &batchId);
    QList<JobInfo> jobs(const QString &batchId);

    /** Changes when another connection committed (PRAGMA data_version); -1 on error. */
    qint64 dataVersion();
    /** Transactions committed through this object (figures: writes per chunk). */
    int commitCount() const { return m_commits; }
    /** Whether process @p pid exists on this host (for the lease). */
    static bool processExists(qint64 pid);

private:
    QSqlDatabase database() const;
    bool createSchema();
    bool write(const std::function<bool(QSqlDatabase &)> &work);
    bool exec(QSqlQuery &query);
    /** One column of one batch row; @p column is one of ours, never user input. */
    bool updateBatch(const QString &batchId, const char *column, const QVariant &value);
    bool execSql(QSqlDatabase &db, const QString &sql);
    enum Action { Open, Read, Write };
    bool fail(Action action, const QString &detail);
    bool saveItems(QSqlDatabase &db, const QString &batchId, const QList<BatchItem> &items);
    bool saveChunk(QSqlDatabase &db, const QString &batchId, const BatchChunk &chunk);
    bool saveProgress(QSqlDatabase &db, const QString &batchId, const QList<BatchItem> &items,
                      const QList<QPair<int, JobInfo>> &jobs,
                      const QList<QPair<int, SubJobInfo>> &subJobs);

    QString m_path;
    QString m_connection;
    QString m_error;
    int m_busyTimeoutMs = 5000;
    int m_commits = 0;
    bool m_open = false;
};

} // namespace wsc
