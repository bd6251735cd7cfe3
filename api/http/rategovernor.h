#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace wsc {

/**
 * Paces all requests of one client (sends, polls and list reads alike): at most maxConcurrent
 * in flight, and a token bucket whose rate adapts to the tenant's API limit. While the client
 * has more to send than the rate lets through and no 429 arrives, the rate grows; a 429 marks
 * the limit (the rate the service actually accepted over the last second) and the rate settles
 * just below it, probing upwards again only after a long quiet spell. While probing the rate
 * stays within twice what the service is seen to accept, so it means something when the 429
 * comes. The rate never exceeds the hard ceiling.
 */
class RateGovernor : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxConcurrent = 6;
        double ratePerSecond = 20;      ///< the starting rate
        double ceilingPerSecond = 1000; ///< never faster than this, whatever is learned
        double burst = 5;               ///< bucket size
        double minRatePerSecond = 0.5;
        bool adaptive = true; ///< raise the rate while no 429 arrives (else: only cut and recover)
        double growth = 0.15; ///< fraction of the rate gained per success while probing
        double recoveryStep = 0.05;   ///< fraction of the limit regained per success below it
        double settleFraction = 0.95; ///< where the rate settles below a learned limit
        int reprobeMs = 20000;        ///< a quiet spell this long at the settled rate probes higher
        /**
         * The limit an earlier session learned (0: none): the rate starts settled below it and
         * probes higher only after a quiet spell, as if this session had learned it.
         */
        double knownLimit = 0;
    };

    using Ticket = quint64;

    explicit RateGovernor(QObject *parent = nullptr);
    explicit RateGovernor(const Settings &settings, QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    /**
     * Queues @p start; it runs from the event loop once a slot and a token are free. The caller
     * must call release() when its request is over. Returns a ticket for cancel().
     */
    Ticket acquire(std::function<void()> start);
    /** Drops a queued ticket; false if it already started (then call release() as usual). */
    bool cancel(Ticket ticket);
    /** A started request ended. */
    void release();

    /**
     * The service answered 429: cut to just below its limit — @p statedLimit when the answer
     * stated it (requests per second), else what it accepted over the last second.
     */
    void noteThrottled(double statedLimit = 0);
    /** The service accepted a request: count it, and probe higher while demand exceeds the rate. */
    void noteSuccess();

    double currentRate() const { return m_rate; }
    /** The service's limit as learned from its 429s (or known at start), else 0. */
    double learnedLimit() const { return m_limit; }
    /** The pace the rate settles at below the learned limit, 0 while no limit is known. */
    double settledRate() const;
    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    int throttleCount() const { return m_throttles; }

    /** Replaces the clock (milliseconds since an arbitrary start) so tests can step time. */
    void setClockForTesting(std::function<qint64()> clock);

signals:
    void rateChanged(double ratePerSecond);

private:
    qint64 now() const;
    void setRate(double rate);
    bool demandExceedsRate(qint64 at) const;
    double acceptedPerSecond(qint64 at) const;
    void refill();
    void schedule();
    void dispatch();

    Settings m_settings;
    double m_rate = 0;
    double m_limit = 0;
    double m_tokens = 0;
    int m_inFlight = 0;
    int m_throttles = 0;
    Ticket m_nextTicket = 1;
    QList<Ticket> m_queue;
    QHash<Ticket, std::function<void()>> m_pending;
    std::deque<qint64> m_accepted; ///< times of the successes of the last second
    QElapsedTimer m_clock;
    std::function<qint64()> m_testClock;
    qint64 m_lastRefillMs = 0;
    qint64 m_lastCutMs = -1000000;
    qint64 m_lastTokenWaitMs = -1000000; ///< the last time a queued request waited for a token
    qint64 m_settledSinceMs = -1;
    QTimer m_timer;
};

} // namespace wsc
