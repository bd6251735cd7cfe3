#include "assignmentimportresult.h"

#include <algorithm>

namespace wsc {

CsvIssues AssignmentImportResult::allIssues() const
{
    CsvIssues all = fileIssues;
    for (const AssignmentImportRow &row : rows)
        all += row.issues;
    return all;
}

bool AssignmentImportResult::hasErrors() const
{
    const CsvIssues all = allIssues();
    return std::any_of(all.cbegin(), all.cend(), [](const CsvIssue &i) { return i.isError(); });
}

} // namespace wsc
