#include "assignmentimportrow.h"

#include <algorithm>

bool AssignmentImportRow::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const CsvIssue &i) { return i.isError(); });
}
