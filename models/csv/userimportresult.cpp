#include "userimportresult.h"

int UserImportResult::validCount() const
{
    return int(rows.size()) - invalidCount();
}

int UserImportResult::invalidCount() const
{
    int count = 0;
    for (const UserImportRow &row : rows)
        count += row.hasErrors();
    return count;
}

int UserImportResult::warningCount() const
{
    int count = 0;
    for (const UserImportRow &row : rows)
        count += row.warningCount();
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
    for (const UserImportRow &row : rows)
        all.append(row.issues());
    return all;
}
