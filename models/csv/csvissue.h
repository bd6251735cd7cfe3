#pragma once

#include "models/rules/finding.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace wsc {

/** One problem found in a CSV file, placed by physical line and column for the person fixing it. */
struct CsvIssue
{
    int line = 0;   ///< physical line where the record starts (header = 1); 0 = not from the file
    QString column; ///< canonical field name (e.g. "user_name"); empty = the whole line or file
    QString code;   ///< stable id, e.g. "csv.unterminated_quote" or a rule code "user_name.pattern"
    Severity severity = Severity::Error;
    QString message; ///< translated text for people

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const CsvIssue &o) const
    {
        return line == o.line && column == o.column && code == o.code && severity == o.severity;
    }
};

using CsvIssues = QList<CsvIssue>;

} // namespace wsc

Q_DECLARE_METATYPE(wsc::CsvIssue)
