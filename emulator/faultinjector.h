#pragma once

#include "faultdecision.h"
#include "ratelimiter.h"
#include "seededrandom.h"

#include <QJsonObject>

namespace wsemu {

// Every faultable request draws the same four numbers from the request PRNG whatever the rates
// are, so a seed replays the same fault sequence for the same request sequence, and changing one
// rate does not shift the others. Sub-job failures come from a second stream so that they never
// disturb the request stream.
/** Decides which faults hit each request, deterministically for a seed. */
class FaultInjector
{
public:
    /** The configured fault rates (probabilities 0..1), throttle and latency. */
    struct Rates
    {
        double fail = 0.0;
        double reset = 0.0;
        double lost = 0.0;
        double subJobFail = 0.0;
        double rps = 0.0;
        int latencyMs = 0;
    };

    explicit FaultInjector(quint64 seed = 1);

    void reseed(quint64 seed);
    quint64 seed() const { return m_seed; }
    void setRates(const Rates &rates);
    const Rates &rates() const { return m_rates; }

    /** One decision per request that reaches the API (never for /_emulator routes). */
    FaultDecision decide(bool mutating);

    /** Whether the next sub-job fails, and how far into its run (0..1) it fails. */
    bool nextSubJobFails(double *failPoint, int *reasonIndex, int reasonCount);

    quint64 decisions() const { return m_decisions; }
    QJsonObject toJson() const;

private:
    quint64 m_seed = 1;
    Rates m_rates;
    SeededRandom m_requestRandom;
    SeededRandom m_subJobRandom;
    RateLimiter m_limiter;
    quint64 m_decisions = 0;
};

} // namespace wsemu
