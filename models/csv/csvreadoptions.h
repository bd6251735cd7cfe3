#pragma once

#include <QChar>
#include <QString>

#include <QtGlobal>

namespace wsc {

/** How to read a CSV file; empty values mean "detect from the file". */
struct CsvReadOptions
{
    /** The largest CSV file read by default: some 3.5 million rows of users. */
    static constexpr qint64 DefaultMaxBytes = qint64(256) << 20;

    QString encoding; ///< e.g. "UTF-8", "GB18030", "UTF-16LE"; empty = detect
    QChar delimiter;  ///< ',', ';' or '\t'; null = detect from the header line
    /** Larger files are refused before a byte is read; 0 = no limit. */
    qint64 maxBytes = DefaultMaxBytes;
};

} // namespace wsc
