#include "ratelimiter.h"

#include <algorithm>

namespace wsemu {

RateLimiter::RateLimiter()
{
    m_timer.start();
}

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = std::max(0.0, requestsPerSecond);
    m_tokens = burst();
    m_lastNs = m_timer.nsecsElapsed();
}

double RateLimiter::burst() const
{
    // A rate below 1/s still lets one request through now and then.
    return std::max(1.0, m_rate);
}

void RateLimiter::refill()
{
    const qint64 nowNs = m_timer.nsecsElapsed();
    const double elapsed = static_cast<double>(nowNs - m_lastNs) / 1e9;
    m_lastNs = nowNs;
    m_tokens = std::min(burst(), m_tokens + elapsed * m_rate);
}

bool RateLimiter::tryAcquire()
{
    if (m_rate <= 0.0)
        return true;
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    return false;
}

} // namespace wsemu
