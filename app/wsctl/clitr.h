#pragma once

#include <QCoreApplication>

/** Translation context for wsctl's own messages (commands are not QObjects). */
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
