#include "assignmentmapping.h"

#include <algorithm>

bool AssignmentMapping::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const CsvIssue &i) { return i.isError(); });
}
