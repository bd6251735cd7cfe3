#pragma once

#include <QCoreApplication>

namespace wsc {

/** Translation context for wsctl's own messages (commands are not QObjects). */
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace wsc
