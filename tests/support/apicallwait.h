#pragma once

// Header-only so that wsc_testsupport need not link the api layer: include it from a test that
// links wsc_api, as "support/apicallwait.h".

#include "api/http/apicall.h"

#include <QSignalSpy>

namespace wsc {

/** Waits for @p call; true when it finished (ok or not) within @p timeoutMs. */
inline bool waitFor(ApiCall *call, int timeoutMs = 30000)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(timeoutMs);
}

} // namespace wsc
