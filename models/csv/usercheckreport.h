#pragma once

#include "csvfilefacts.h"
#include "csvissue.h"

#include "models/rules/validationcontext.h"

#include <QMap>
#include <QString>

namespace wsc {

struct UserImportResult;

/**
 * What a check of a user CSV found, as reports show it: the file's facts, the counts, the first
 * issues (file-level first, then by line) and how many others there were, by code. The streaming
 * check (UserImport::check) fills it without ever holding the rows; fromResult() makes the same
 * report from a full import, which is how the tests compare the two.
 */
struct UserCheckReport : CsvFileFacts
{
    ValidationContext context;

    qint64 rows = 0;
    qint64 valid = 0;    ///< rows without an error
    qint64 invalid = 0;  ///< rows with at least one error
    qint64 warnings = 0; ///< warnings of rows and of the file
    bool fileErrors = false;

    CsvIssues issues;            ///< the first ones, at most the cap asked for
    QMap<QString, int> notShown; ///< the others, by code
    qint64 notShownErrors = 0;   ///< how many of the others are errors

    /** The report of a full import, with at most @p cap issues. */
    static UserCheckReport fromResult(const UserImportResult &result, int cap);
};

} // namespace wsc
