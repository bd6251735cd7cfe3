#pragma once

#include "csvfilefacts.h"
#include "csvissue.h"
#include "userimportrow.h"
#include "userimportrows.h"
#include "userimportvalidator.h"

#include "models/rules/validationcontext.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wsc {

/** A user CSV read and checked: its rows with their issues, and the file-level problems. */
struct UserImportResult : CsvFileFacts
{
    bool encodingDetected = true;
    bool delimiterDetected = true;
    int headerLine = 0;
    QStringList header;        ///< source header cells
    QStringList columnMapping; ///< canonical field per source column ("" = ignored)
    ValidationContext context;

    UserImportRows rows;  ///< compact: a million rows cost a few times the file, not ten
    CsvIssues fileIssues; ///< encoding, quoting, header problems: not tied to one row
    /**
     * The validator the rows were checked with, holding their duplicate index: the table model
     * adopts it instead of indexing 100 000 rows again on the GUI thread. Valid for `rows` as
     * they were checked (validator.indexes(rows) says whether it still fits).
     */
    UserImportValidator validator;

    int validCount() const;   ///< rows without an error
    int invalidCount() const; ///< rows with at least one error
    int warningCount() const; ///< warnings of rows and of the file
    bool hasFileErrors() const;
    /** Every issue, file-level first, then by row order. */
    CsvIssues allIssues() const;
};

} // namespace wsc

Q_DECLARE_METATYPE(wsc::UserImportResult)
