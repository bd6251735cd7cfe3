#pragma once

#include <QJsonObject>
#include <QString>

namespace wsc {

class JobCenter;

/**
 * What wsctl prints about a batch when it ends or is shown: its counts and times, and each
 * failed desktop with its CSV line, the service's reason and what to do (JobFailures), as
 * text for people or as JSON with stable keys for scripts.
 */
namespace CliBatchReport {

/** Why this process stops following a batch that is not finished. */
enum class Ending {
    None,        ///< it is shown, not followed
    Submitted,   ///< every request was accepted; the jobs go on on the service
    Interrupted, ///< Ctrl-C or SIGTERM
};

/**
 * Summary lines and up to @p maxFailures failed desktops (0 = all). @p ending: why this
 * process stops following it (the state then says how to go on).
 */
QString text(const JobCenter *center, const QString &batchId, int maxFailures = 20,
             Ending ending = Ending::None);
/** {id, kind, title, profile, origin, parent_id, started, finished, state, desktops,
 *  succeeded, failed, running, pending, cancelled, progress, failures: [...]} */
QJsonObject json(const JobCenter *center, const QString &batchId, Ending ending = Ending::None);
/**
 * "running" (here), "paused", "finished", "elsewhere" (another process holds it) or "stopped"
 * (nobody runs it: the next jobs watch or console start resumes it). The JSON report says
 * "submitted" or "interrupted" instead when this process stops following it for that reason.
 */
QString stateName(const JobCenter *center, const QString &batchId);
/** The state for people, translated. */
QString stateText(const JobCenter *center, const QString &batchId);

} // namespace CliBatchReport

} // namespace wsc
