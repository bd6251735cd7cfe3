#pragma once

#include "apierror.h"

#include <QObject>

#include <functional>

namespace wsc {

/** Answers a wait that is already over (a fresh token, a known project) as late as any other. */
namespace AnswerLater {

/**
 * Calls @p done with no error once control is back in @p receiver's event loop, unless
 * @p context is gone by then: asynchronous like every other answer, so callers never re-enter
 * themselves.
 */
void ok(QObject *receiver, QObject *context, std::function<void(const ApiError &)> done);

} // namespace AnswerLater

} // namespace wsc
