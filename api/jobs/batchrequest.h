#pragma once

#include <QString>

namespace wsc {

/**
 * What a process that does not run a batch asks of the one that does, through the journal: the
 * journal holds at most one such request per batch until its runner applies it.
 */
enum class BatchRequest { None, Pause, Resume, Cancel };

/** Stable names of BatchRequest as the journal stores them ("" for None). */
namespace BatchRequests {

QString name(BatchRequest request);
/** Parses name(); an unknown name reads as None (nothing to do). */
BatchRequest fromName(const QString &name);

} // namespace BatchRequests

} // namespace wsc
