#pragma once

#include "models/csv/csvissue.h"
#include "models/rules/finding.h"

#include <QList>
#include <QString>

namespace wsc {

/**
 * One problem of wsctl's input, placed where the administrator fixes it: a file and either a
 * CSV line and column, or a JSON path of the spec. Findings of the rules and CSV issues both
 * become one of these, so they print the same way.
 */
struct CliIssue
{
    QString file;   ///< the spec, the CSV, or empty for the request as a whole
    int line = 0;   ///< CSV line (1-based), 0 when not from a CSV line
    QString column; ///< CSV column (canonical field name), or empty
    QString path;   ///< JSON path in the request ("desktops[3].user_name"), or empty
    QString code;   ///< stable rule id
    Severity severity = Severity::Error;
    QString message; ///< translated

    bool isError() const { return severity == Severity::Error; }

    static CliIssue fromFinding(const Finding &finding, const QString &file);
    static CliIssue fromCsv(const CsvIssue &issue, const QString &file);
};

using CliIssues = QList<CliIssue>;

} // namespace wsc
