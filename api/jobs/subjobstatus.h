#pragma once

#include <QString>

namespace wsc {

/** A sub-job's status as the service reports it; None until the service has reported one. */
enum class SubJobStatus { None, Waiting, Running, Success, Failed };

/** The service's spellings of SubJobStatus (WAITING, RUNNING, SUCCESS, FAILED). */
namespace SubJobStatuses {

/** The service's upper-case name; empty for None. */
QString name(SubJobStatus status);
/**
 * Reads the service's status, case-insensitively; other failure spellings Huawei services use
 * (FAIL, ERROR, ABNORMAL) read as Failed. Anything else, including a chunk-state name that journals
 * of earlier versions kept in the same column, reads as None.
 */
SubJobStatus fromName(const QString &name);
bool isTerminal(SubJobStatus status);

} // namespace SubJobStatuses

} // namespace wsc
