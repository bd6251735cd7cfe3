#pragma once

#include "csvissue.h"
#include "csvrecord.h"

#include <QChar>
#include <QString>
#include <QStringList>

namespace wsc {

/** A CSV file as read: how it was decoded, its header, its data records and what went wrong. */
struct CsvTable
{
    QString encoding;             ///< the encoding used, e.g. "UTF-8" or "GB18030"
    bool hasBom = false;          ///< the file started with a byte order mark
    bool encodingDetected = true; ///< false when the caller forced the encoding
    QChar delimiter;
    bool delimiterDetected = true; ///< false when the caller forced the delimiter
    int headerLine = 0;            ///< physical line of the header; 0 when the file has no record
    QStringList header;            ///< header fields, as written (trimmed)
    CsvRecords records;            ///< data records after the header, blank lines skipped
    CsvIssues issues; ///< problems of the file itself (encoding, quotes), not of cell values
    bool cancelled = false;
};

} // namespace wsc
