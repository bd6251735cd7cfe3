#pragma once

#include "apierror.h"

namespace wsc {

/**
 * When and how long to wait before sending a request again: capped exponential backoff with
 * jitter and a budget of attempts. Throttling (429) waits at least throttleDelayMs.
 */
struct RetryPolicy
{
    int maxAttempts = 5;        ///< including the first one
    int baseDelayMs = 500;      ///< delay before the 2nd attempt, doubled each time
    int maxDelayMs = 20000;     ///< cap of a single delay
    int throttleDelayMs = 2000; ///< minimum wait after a 429 (APIG advises 2-5 s)

    /** True when a read failed with @p error at attempt @p attempt (1-based) may be retried. */
    bool shouldRetryRead(const ApiError &error, int attempt) const;
    /** The wait before attempt @p attempt + 1, with "equal jitter" from @p random01 in [0,1). */
    int delayMs(int attempt, const ApiError &error, double random01) const;
};

} // namespace wsc
