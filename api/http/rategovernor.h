#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

/**
 * Paces all requests of one client: at most maxConcurrent in flight, and a token bucket of
 * ratePerSecond. A 429 halves the rate (at most once per second) and empties the bucket; every
 * success adds back a little, up to the configured rate (AIMD, like TCP congestion control).
 */
class RateGovernor : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxConcurrent = 6;
        double ratePerSecond = 20;
        double burst = 5; ///< bucket size
        double minRatePerSecond = 0.5;
        double recoveryStep = 0.05; ///< fraction of ratePerSecond regained per success
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

    void noteThrottled();
    void noteSuccess();

    double currentRate() const { return m_rate; }
    int inFlight() const { return m_inFlight; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    int throttleCount() const { return m_throttles; }

signals:
    void rateChanged(double ratePerSecond);

private:
    void refill();
    void schedule();
    void dispatch();

    Settings m_settings;
    double m_rate = 0;
    double m_tokens = 0;
    int m_inFlight = 0;
    int m_throttles = 0;
    Ticket m_nextTicket = 1;
    QList<Ticket> m_queue;
    QHash<Ticket, std::function<void()>> m_pending;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    qint64 m_lastCutMs = -1000000;
    QTimer m_timer;
};
