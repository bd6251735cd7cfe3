#pragma once

#include "cliglobals.h"
#include "cliprogress.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QEventLoop;
class QTextStream;

namespace wsc {

struct ApiError;
class JobCenter;
struct BatchSummary;

/**
 * Runs the event loop while JobCenter sends and follows batches, until every request is
 * answered (Submitted) or every job ended (Finished), showing progress. On Ctrl-C or SIGTERM it
 * stops sending new chunks, lets the requests in flight settle (their outcome is journaled, or
 * stays "sent" for the next run to reconcile), leaves the batches resumable and returns 130.
 */
class CliBatchFollower : public QObject
{
    Q_OBJECT
public:
    enum class Until {
        Submitted, ///< every chunk was answered (accepted, refused) or settled
        Finished   ///< every batch finished (or was paused by someone)
    };

    CliBatchFollower(JobCenter *center, QTextStream &progressOut, bool terminal,
                     QObject *parent = nullptr);

    /** Hides the progress line (quiet output formats still get the final report). */
    void setShowProgress(bool show) { m_showProgress = show; }
    /** How long requests in flight may take to settle after an interrupt. */
    void setSettleTimeoutMs(int ms) { m_settleTimeoutMs = ms; }
    /** Where the service's unreachability is reported (besides the progress line). */
    void setErrorStream(QTextStream *err) { m_err = err; }
    /** Give up (ExitApi) after the service was unreachable this long; 0 = never. */
    void setUnreachableTimeoutSec(int seconds) { m_unreachableTimeoutSec = seconds; }
    /** True when follow() gave up because the service could not be reached. */
    bool gaveUpUnreachable() const { return m_gaveUpUnreachable; }

    /** Follows @p batchIds; ExitOk when they got there, ExitInterrupted after a signal. */
    int follow(const QStringList &batchIds, Until until);

    /** Whether @p batchId got to @p until (a paused batch counts as there: it waits for people). */
    static bool reached(const JobCenter *center, const QString &batchId, Until until);
    /**
     * The exit code of batches that got to @p until: 3 when a request was refused or could
     * not be sent, else 4 when (Finished) desktops failed, else 0.
     */
    static int outcomeCode(const JobCenter *center, const QStringList &batchIds, Until until);
    /**
     * Follows @p batchIds until @p until with progress (on @p out in text output, on @p err
     * otherwise, so that JSON and CSV stay clean), then reports each batch in the output format
     * (text summary and failures, JSON objects, or the results CSV). Returns the exit code.
     */
    static int followAndReport(JobCenter *center, const CliGlobals &globals,
                               const QStringList &batchIds, Until until, QTextStream &out,
                               QTextStream &err);
    /**
     * Says in text output that batch @p batchId of @p requests requests is journaled in
     * @p journalPath, then followAndReport() until @p until.
     */
    static int announceAndFollow(JobCenter *center, const CliGlobals &globals,
                                 const QString &batchId, int requests, const QString &journalPath,
                                 Until until, QTextStream &out, QTextStream &err);
    /** The cause of a failure to reach the service, and its technical summary. */
    static QString unreachableText(const ApiError &error);
    /** The counts over @p batchIds for the progress line. */
    static CliProgress::Counts counts(const JobCenter *center, const QStringList &batchIds,
                                      Until until);

private:
    void check();
    void onInterrupt(int count);
    bool inFlight() const;
    void releasePaused();
    /** Reports the service's reachability; true when the wait must give up. */
    bool checkReachability(CliProgress::Counts *counts);

    JobCenter *m_center;
    CliProgress m_progress;
    QStringList m_ids;
    Until m_until = Until::Finished;
    bool m_showProgress = true;
    int m_settleTimeoutMs = 35000;
    bool m_stopping = false;
    QSet<QString> m_pausedHere; ///< batches this follower paused on an interrupt
    std::optional<int> m_result;
    QTextStream *m_err = nullptr;
    int m_unreachableTimeoutSec = 600;
    bool m_gaveUpUnreachable = false;
    QDateTime m_reportedSince; ///< the outage last reported on m_err
    qint64 m_lastReportMs = 0;
    QElapsedTimer m_clock;
    QEventLoop *m_loop = nullptr;
};

} // namespace wsc
