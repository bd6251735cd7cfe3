#pragma once

#include <QString>

namespace wsemu {

/** The faults chosen for one request, in arrival order. */
struct FaultDecision
{
    enum class Kind { None, Throttle, Reset, ServerError, Unavailable };

    Kind kind = Kind::None;
    bool loseResponse = false; // apply the request, then drop the connection instead of answering
    int latencyMs = 0;

    /** "none", "throttle", "reset", "error500", "error503" (+ "lost" when loseResponse). */
    QString name() const;
};

} // namespace wsemu
