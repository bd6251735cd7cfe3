#pragma once

class QEventLoop;

namespace wsc {

class ApiCall;

/**
 * Event-loop waits for wsctl's commands, which are written top to bottom: each wait ends early,
 * returning false, when SIGINT or SIGTERM arrives (CliSignalWatcher).
 */
namespace CliWait {

/** Runs @p loop until it is quit (true) or an interrupt arrives (false, or at once if one has). */
bool run(QEventLoop &loop);
/** Runs the event loop until @p call finished; on an interrupt aborts it and returns false. */
bool call(ApiCall *call);

} // namespace CliWait

} // namespace wsc
