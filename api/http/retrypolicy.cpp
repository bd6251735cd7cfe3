#include "retrypolicy.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace wsc {

bool RetryPolicy::shouldRetryRead(const ApiError &error, int attempt) const
{
    return attempt < maxAttempts && error.isRetryableRead();
}

int RetryPolicy::delayMs(int attempt, const ApiError &error, double random01) const
{
    const double exponential
            = static_cast<double>(baseDelayMs) * std::pow(2.0, qMax(0, attempt - 1));
    const double capped = std::min(exponential, static_cast<double>(maxDelayMs));
    // Equal jitter: half fixed so the backoff still grows, half random so that many clients
    // (or many chunks of one batch) do not retry in lock-step.
    int delay = static_cast<int>(capped / 2 + random01 * capped / 2);
    if (error.isThrottled())
        delay = std::max(delay, throttleDelayMs + static_cast<int>(random01 * throttleDelayMs / 2));
    // The service's own word on when to come back wins over any guess.
    delay = std::max(delay, error.retryAfterMs);
    return std::max(0, delay);
}

} // namespace wsc
