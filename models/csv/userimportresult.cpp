#include "userimportresult.h"

namespace wsc {

int UserImportResult::validCount() const
{
    return int(rows.size()) - invalidCount();
}

int UserImportResult::invalidCount() const
{
    int count = 0;
    for (qsizetype r = 0; r < rows.size(); ++r)
        count += rows.hasErrors(r);
    return count;
}

int UserImportResult::warningCount() const
{
    int count = 0;
    for (qsizetype r = 0; r < rows.size(); ++r)
        count += rows.warningCount(r);
    for (const CsvIssue &issue : fileIssues)
        count += !issue.isError();
    return count;
}

bool UserImportResult::hasFileErrors() const
{
    for (const CsvIssue &issue : fileIssues) {
        if (issue.isError())
            return true;
    }
    return false;
}

CsvIssues UserImportResult::allIssues() const
{
    CsvIssues all = fileIssues;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.hasIssues(r))
            all.append(rows.issues(r));
    }
    return all;
}

} // namespace wsc
