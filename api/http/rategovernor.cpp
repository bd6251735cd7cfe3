#include "rategovernor.h"

#include <algorithm>
#include <cmath>

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

void RateGovernor::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrent = std::max(1, m_settings.maxConcurrent);
    m_settings.ratePerSecond = std::max(0.01, m_settings.ratePerSecond);
    m_settings.minRatePerSecond
            = std::clamp(m_settings.minRatePerSecond, 0.01, m_settings.ratePerSecond);
    m_settings.burst = std::max(1.0, m_settings.burst);
    m_rate = m_settings.ratePerSecond;
    m_tokens = std::min(m_tokens, m_settings.burst);
    schedule();
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

void RateGovernor::noteThrottled()
{
    ++m_throttles;
    refill();
    const qint64 now = m_clock.elapsed();
    // Requests already in flight when the limit hit will report 429 too; cut once per second
    // so a burst of them does not collapse the rate to the minimum.
    if (now - m_lastCutMs >= 1000) {
        m_lastCutMs = now;
        m_rate = std::max(m_settings.minRatePerSecond, m_rate / 2);
        emit rateChanged(m_rate);
    }
    m_tokens = std::min(m_tokens, 0.0);
    schedule();
}

void RateGovernor::noteSuccess()
{
    if (m_rate >= m_settings.ratePerSecond)
        return;
    m_rate = std::min(m_settings.ratePerSecond,
                      m_rate + m_settings.recoveryStep * m_settings.ratePerSecond);
    emit rateChanged(m_rate);
}

void RateGovernor::refill()
{
    const qint64 now = m_clock.elapsed();
    const double elapsedSeconds = static_cast<double>(now - m_lastRefillMs) / 1000.0;
    m_lastRefillMs = now;
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
    if (m_tokens < 1.0)
        wait = static_cast<int>(std::ceil((1.0 - m_tokens) / m_rate * 1000.0));
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
