#pragma once

#include "finding.h"

/**
 * The severity scale that the models' SeverityRole reports and SeverityStyleProxy draws:
 * 0 none, 1 warning, 2 error (the same numbers as ImportedUsersModel::CellSeverity).
 */
namespace FindingSeverity {

enum Level { None = 0, Warning = 1, Error = 2 };

/** The worst level among @p findings. */
int worst(const Findings &findings);
/** The messages of @p findings, one per line (tooltips, accessible descriptions). */
QString messages(const Findings &findings);
/** The codes of @p findings, in order (the models' IssueCodesRole). */
QStringList codes(const Findings &findings);

} // namespace FindingSeverity
