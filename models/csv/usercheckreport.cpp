#include "usercheckreport.h"

#include "userimportresult.h"

namespace wsc {

UserCheckReport UserCheckReport::fromResult(const UserImportResult &result, int cap)
{
    UserCheckReport report;
    static_cast<CsvFileFacts &>(report) = result;
    report.context = result.context;
    report.rows = result.rows.size();
    report.invalid = result.invalidCount();
    report.valid = report.rows - report.invalid;
    report.warnings = result.warningCount();
    report.fileErrors = result.hasFileErrors();
    // Never copies all of a garbage file's millions of issues.
    const auto take = [&](const CsvIssues &issues) {
        for (const CsvIssue &issue : issues) {
            if (report.issues.size() < cap) {
                report.issues.append(issue);
            } else {
                ++report.notShown[issue.code];
                report.notShownErrors += issue.isError();
            }
        }
    };
    take(result.fileIssues);
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        take(result.rows.readIssues(r));
        take(result.rows.ruleIssues(r));
        take(result.rows.duplicateIssues(r));
    }
    return report;
}

} // namespace wsc
