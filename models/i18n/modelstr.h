#pragma once

#include <QCoreApplication>

namespace wsc {

/** Translation context for every message that the models layer produces. */
struct ModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(Models)
};

} // namespace wsc
