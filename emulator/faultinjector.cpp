#include "faultinjector.h"

namespace wsemu {

namespace {
// Keeps the sub-job stream apart from the request stream for the same seed.
constexpr quint64 SubJobStreamSalt = 0xA5A5F00DCAFEBEEFULL;
} // namespace

FaultInjector::FaultInjector(quint64 seed)
{
    reseed(seed);
}

void FaultInjector::reseed(quint64 seed)
{
    m_seed = seed;
    m_requestRandom.reseed(seed);
    m_subJobRandom.reseed(seed ^ SubJobStreamSalt);
    m_decisions = 0;
}

void FaultInjector::setRates(const Rates &rates)
{
    const bool rpsChanged = rates.rps != m_rates.rps;
    m_rates = rates;
    if (rpsChanged)
        m_limiter.setRate(rates.rps);
}

FaultDecision FaultInjector::decide(bool mutating)
{
    ++m_decisions;
    const double resetDraw = m_requestRandom.nextDouble();
    const double failDraw = m_requestRandom.nextDouble();
    const double kindDraw = m_requestRandom.nextDouble();
    const double lostDraw = m_requestRandom.nextDouble();

    FaultDecision decision;
    decision.latencyMs = m_rates.latencyMs;
    // The gateway throttles before anything reaches the service.
    if (!m_limiter.tryAcquire()) {
        decision.kind = FaultDecision::Kind::Throttle;
        return decision;
    }
    if (resetDraw < m_rates.reset) {
        decision.kind = FaultDecision::Kind::Reset;
        return decision;
    }
    if (failDraw < m_rates.fail) {
        decision.kind = kindDraw < 0.5 ? FaultDecision::Kind::ServerError
                                       : FaultDecision::Kind::Unavailable;
        return decision;
    }
    decision.loseResponse = mutating && lostDraw < m_rates.lost;
    return decision;
}

bool FaultInjector::nextSubJobFails(double *failPoint, int *reasonIndex, int reasonCount)
{
    const double failDraw = m_subJobRandom.nextDouble();
    const double pointDraw = m_subJobRandom.nextDouble();
    const int reason = m_subJobRandom.bounded(reasonCount);
    if (failPoint)
        *failPoint = 0.3 + 0.7 * pointDraw;
    if (reasonIndex)
        *reasonIndex = reason;
    return failDraw < m_rates.subJobFail;
}

QJsonObject FaultInjector::toJson() const
{
    return QJsonObject{
            {QStringLiteral("seed"), QString::number(m_seed)},
            {QStringLiteral("fail_rate"), m_rates.fail},
            {QStringLiteral("reset_rate"), m_rates.reset},
            {QStringLiteral("lost_rate"), m_rates.lost},
            {QStringLiteral("subjob_fail_rate"), m_rates.subJobFail},
            {QStringLiteral("rps"), m_rates.rps},
            {QStringLiteral("latency_ms"), m_rates.latencyMs},
            {QStringLiteral("decisions"), static_cast<double>(m_decisions)},
    };
}

} // namespace wsemu
