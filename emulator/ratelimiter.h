#pragma once

#include <QElapsedTimer>

namespace wsemu {

/** A token bucket: `rate` requests per second with a burst of one second's worth. */
class RateLimiter
{
public:
    RateLimiter();

    /** 0 (or less) turns throttling off. */
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    /** Takes a token; false when the bucket is empty (the caller answers 429). */
    bool tryAcquire();

private:
    void refill();
    double burst() const;

    double m_rate = 0.0;
    double m_tokens = 0.0;
    qint64 m_lastNs = 0;
    QElapsedTimer m_timer;
};

} // namespace wsemu
