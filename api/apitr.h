#pragma once

#include <QCoreApplication>

namespace wsc {

/** Translation context for every message that the api layer produces outside QObjects. */
struct ApiTr
{
    Q_DECLARE_TR_FUNCTIONS(Api)
};

} // namespace wsc
