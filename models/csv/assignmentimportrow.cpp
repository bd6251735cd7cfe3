#include "assignmentimportrow.h"

#include <algorithm>

namespace wsc {

bool AssignmentImportRow::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const CsvIssue &i) { return i.isError(); });
}

} // namespace wsc
