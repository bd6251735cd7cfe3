#include "cliissue.h"

namespace wsc {

CliIssue CliIssue::fromFinding(const Finding &finding, const QString &file)
{
    CliIssue i;
    i.file = file;
    i.path = finding.path;
    i.code = finding.code;
    i.severity = finding.severity;
    i.message = finding.message;
    return i;
}

CliIssue CliIssue::fromCsv(const CsvIssue &issue, const QString &file)
{
    CliIssue i;
    i.file = file;
    i.line = issue.line;
    i.column = issue.column;
    i.code = issue.code;
    i.severity = issue.severity;
    i.message = issue.message;
    return i;
}

} // namespace wsc
