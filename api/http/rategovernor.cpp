#include "rategovernor.h"

#include <algorithm>
#include <cmath>

namespace wsc {

namespace {
// Successes are counted over this window to measure what the service accepts.
constexpr qint64 acceptWindowMs = 1000;
// A request that waited for a token this recently means the rate, not the demand, is the limit.
constexpr qint64 demandMemoryMs = 500;
// The shortest span a throughput is measured over: the first few successes come together.
constexpr qint64 shortestSpanMs = 100;
// While probing, the rate stays within this multiple of the throughput seen: a rate far above
// what is actually sent (the concurrency cap or the client's own work holds it back) would be
// learned as if the service had accepted it, and the first 429 would cut from nonsense.
constexpr double probeHeadroom = 2.0;
} // namespace

RateGovernor::RateGovernor(QObject *parent)
    : RateGovernor(Settings(), parent)
{}

RateGovernor::RateGovernor(const Settings &settings, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateGovernor::dispatch);
    setSettings(settings);
    m_tokens = m_settings.burst;
}

void RateGovernor::setClockForTesting(std::function<qint64()> clock)
{
    m_testClock = std::move(clock);
    m_lastRefillMs = now();
}

qint64 RateGovernor::now() const
{
    return m_testClock ? m_testClock() : m_clock.elapsed();
}

void RateGovernor::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrent = std::max(1, m_settings.maxConcurrent);
    m_settings.ceilingPerSecond = std::max(0.01, m_settings.ceilingPerSecond);
    m_settings.ratePerSecond
            = std::clamp(m_settings.ratePerSecond, 0.01, m_settings.ceilingPerSecond);
    m_settings.minRatePerSecond
            = std::clamp(m_settings.minRatePerSecond, 0.01, m_settings.ratePerSecond);
    m_settings.burst = std::max(1.0, m_settings.burst);
    m_settings.settleFraction = std::clamp(m_settings.settleFraction, 0.5, 1.0);
    m_limit = m_settings.knownLimit > 0
                      ? std::clamp(m_settings.knownLimit, m_settings.minRatePerSecond,
                                   m_settings.ceilingPerSecond)
                      : 0;
    m_rate = m_limit > 0 ? std::min(m_settings.ratePerSecond, settledRate())
                         : m_settings.ratePerSecond;
    m_rate = std::max(m_rate, m_settings.minRatePerSecond);
    m_settledSinceMs = -1;
    m_tokens = std::min(m_tokens, m_settings.burst);
    schedule();
}

double RateGovernor::settledRate() const
{
    return m_limit > 0 ? m_limit * m_settings.settleFraction : 0;
}

void RateGovernor::setRate(double rate)
{
    rate = std::clamp(rate, m_settings.minRatePerSecond, m_settings.ceilingPerSecond);
    if (rate == m_rate)
        return;
    m_rate = rate;
    emit rateChanged(m_rate);
}

RateGovernor::Ticket RateGovernor::acquire(std::function<void()> start)
{
    const Ticket ticket = m_nextTicket++;
    m_queue.append(ticket);
    m_pending.insert(ticket, std::move(start));
    schedule();
    return ticket;
}

bool RateGovernor::cancel(Ticket ticket)
{
    if (!m_pending.remove(ticket))
        return false;
    m_queue.removeOne(ticket);
    return true;
}

void RateGovernor::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    schedule();
}

void RateGovernor::noteThrottled(double statedLimit)
{
    ++m_throttles;
    refill();
    const qint64 at = now();
    // Requests already in flight when the limit hit report 429 too; cut once per second so a
    // burst of them counts as one sign of the limit.
    if (at - m_lastCutMs >= acceptWindowMs) {
        m_lastCutMs = at;
        while (!m_accepted.empty() && at - m_accepted.front() > acceptWindowMs)
            m_accepted.pop_front();
        // With its bucket empty the service accepts exactly its limit: what got through over
        // the last second measures it (the first measure may include the service's burst; the
        // next 429, if any, corrects it downwards).
        const double accepted = static_cast<double>(m_accepted.size());
        if (statedLimit > 0)
            m_limit = std::min(statedLimit, m_settings.ceilingPerSecond);
        else if (accepted >= 1.0)
            m_limit = std::min(accepted, m_settings.ceilingPerSecond);
        else if (m_limit <= 0)
            m_limit = std::max(m_settings.minRatePerSecond, m_rate / 2);
        else
            m_limit = std::max(m_settings.minRatePerSecond, m_limit / 2);
        setRate(m_settings.adaptive ? std::min(m_rate / 2, settledRate()) : m_rate / 2);
        m_settledSinceMs = -1;
    }
    m_tokens = std::min(m_tokens, 0.0);
    schedule();
}

bool RateGovernor::demandExceedsRate(qint64 at) const
{
    // Only a wait for a token counts: a queue held back by the concurrency cap says nothing
    // about the rate.
    return at - m_lastTokenWaitMs <= demandMemoryMs;
}

double RateGovernor::acceptedPerSecond(qint64 at) const
{
    if (m_accepted.empty())
        return 0;
    const qint64 span = std::max(shortestSpanMs, at - m_accepted.front());
    return static_cast<double>(m_accepted.size()) * 1000.0 / static_cast<double>(span);
}

void RateGovernor::noteSuccess()
{
    const qint64 at = now();
    m_accepted.push_back(at);
    while (!m_accepted.empty() && at - m_accepted.front() > acceptWindowMs)
        m_accepted.pop_front();

    if (!m_settings.adaptive) {
        // Recover towards the configured rate after a cut, never above it.
        if (m_rate < m_settings.ratePerSecond)
            setRate(std::min(m_settings.ratePerSecond,
                             m_rate + m_settings.recoveryStep * m_settings.ratePerSecond));
        return;
    }
    if (!demandExceedsRate(at))
        return; // the rate is not what holds the client back: nothing to learn
    if (m_limit <= 0) {
        // No limit seen yet: grow geometrically, like TCP's slow start, but not past what the
        // client really sends (TCP's congestion window validation, RFC 7661).
        const double cap
                = std::max(m_settings.ratePerSecond, probeHeadroom * acceptedPerSecond(at));
        if (m_rate < cap)
            setRate(std::min(cap, m_rate * (1.0 + m_settings.growth)));
        return;
    }
    const double settled = settledRate();
    if (m_rate < settled) {
        setRate(std::min(settled, m_rate + m_settings.recoveryStep * m_limit));
        m_settledSinceMs = m_rate >= settled ? at : -1;
        return;
    }
    if (m_settledSinceMs < 0)
        m_settledSinceMs = at;
    // Limits change (another client of the tenant stopped): after a long quiet spell at the
    // settled rate, assume a little more is allowed and see.
    if (at - m_settledSinceMs >= m_settings.reprobeMs) {
        m_limit = std::min(m_settings.ceilingPerSecond, m_limit * 1.1);
        m_settledSinceMs = at;
        setRate(settledRate());
    }
}

void RateGovernor::refill()
{
    const qint64 at = now();
    const double elapsedSeconds = static_cast<double>(at - m_lastRefillMs) / 1000.0;
    m_lastRefillMs = at;
    m_tokens = std::min(m_settings.burst, m_tokens + elapsedSeconds * m_rate);
}

void RateGovernor::schedule()
{
    if (m_queue.isEmpty() || m_inFlight >= m_settings.maxConcurrent) {
        m_timer.stop();
        return;
    }
    refill();
    int wait = 0;
    if (m_tokens < 1.0) {
        m_lastTokenWaitMs = now();
        wait = static_cast<int>(std::ceil((1.0 - m_tokens) / m_rate * 1000.0));
    }
    // Always through the event loop: acquire() never calls back synchronously, so callers can
    // finish setting themselves up first.
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(wait);
}

void RateGovernor::dispatch()
{
    refill();
    while (!m_queue.isEmpty() && m_inFlight < m_settings.maxConcurrent && m_tokens >= 1.0) {
        const Ticket ticket = m_queue.takeFirst();
        std::function<void()> start = m_pending.take(ticket);
        m_tokens -= 1.0;
        ++m_inFlight;
        if (start)
            start();
    }
    schedule();
}

} // namespace wsc
