#pragma once

#include "csvissue.h"

#include "models/domain/desktopitem.h"

namespace wsc {

/** One desktop asked for by a user CSV: the line it came from and what is wrong with it. */
struct UserImportRow
{
    int line = 0; ///< physical source line; 0 for a row added by hand
    DesktopItem item;
    CsvIssues readIssues;      ///< how the line was written (e.g. too many fields)
    CsvIssues ruleIssues;      ///< CreateDesktop rules on this row's cells
    CsvIssues duplicateIssues; ///< uniqueness across the file

    /** Every issue of the row, reading problems first. */
    CsvIssues issues() const { return readIssues + ruleIssues + duplicateIssues; }
    bool hasErrors() const;
    int warningCount() const;
};

} // namespace wsc
