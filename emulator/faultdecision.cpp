#include "faultdecision.h"

namespace wsemu {

QString FaultDecision::name() const
{
    switch (kind) {
    case Kind::Throttle:
        return QStringLiteral("throttle");
    case Kind::Reset:
        return QStringLiteral("reset");
    case Kind::ServerError:
        return QStringLiteral("error500");
    case Kind::Unavailable:
        return QStringLiteral("error503");
    case Kind::None:
        break;
    }
    return loseResponse ? QStringLiteral("lost") : QStringLiteral("none");
}

} // namespace wsemu
