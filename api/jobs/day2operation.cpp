#include "day2operation.h"

#include "api/http/connectionconfig.h"

namespace wsc {

int Day2Operation::cap(const ConnectionConfig &config) const
{
    return qMax(1, config.actionCap);
}

} // namespace wsc
