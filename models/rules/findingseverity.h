#pragma once

#include "finding.h"

namespace wsc {

/** What the models' roles report about findings: the worst Severity, messages and codes. */
namespace FindingSeverity {

/** The worst Severity among @p findings (None when empty), as the int a SeverityRole holds. */
int worst(const Findings &findings);
/** The messages of @p findings, one per line (tooltips, accessible descriptions). */
QString messages(const Findings &findings);
/** The codes of @p findings, in order (the models' IssueCodesRole). */
QStringList codes(const Findings &findings);

} // namespace FindingSeverity

} // namespace wsc
