#pragma once

#include "apiresponse.h"

namespace wsemu {

/** What the front end does with a handled request: answer it, or drop the connection. */
struct ApiOutcome
{
    enum class Action { Respond, Reset };

    Action action = Action::Respond;
    ApiResponse response;
    int delayMs = 0; // injected latency before the answer (or the reset)
};

} // namespace wsemu
