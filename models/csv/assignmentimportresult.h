#pragma once

#include "assignmentimportrow.h"
#include "csvissue.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/** An assignment CSV as read: how it was decoded, its rows, and the problems of the file. */
struct AssignmentImportResult
{
    QString filePath;
    bool readable = false; ///< false: the file could not be opened (readError says why)
    QString readError;
    QString encoding;
    QChar delimiter;
    int headerLine = 0;
    QStringList header;        ///< source header cells
    QStringList columnMapping; ///< canonical field per source column ("" = ignored)
    QList<AssignmentImportRow> rows;
    CsvIssues fileIssues; ///< encoding, quoting and header problems

    /** File issues first, then the rows' issues in line order. */
    CsvIssues allIssues() const;
    bool hasErrors() const;
};

} // namespace wsc
