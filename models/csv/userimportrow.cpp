#include "userimportrow.h"

namespace wsc {

bool UserImportRow::hasErrors() const
{
    for (const CsvIssues *list : {&readIssues, &ruleIssues, &duplicateIssues}) {
        for (const CsvIssue &issue : *list) {
            if (issue.isError())
                return true;
        }
    }
    return false;
}

int UserImportRow::warningCount() const
{
    int count = 0;
    for (const CsvIssues *list : {&readIssues, &ruleIssues, &duplicateIssues}) {
        for (const CsvIssue &issue : *list)
            count += !issue.isError();
    }
    return count;
}

} // namespace wsc
