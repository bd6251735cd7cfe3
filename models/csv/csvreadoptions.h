#pragma once

#include <QChar>
#include <QString>

/** How to read a CSV file; empty values mean "detect from the file". */
struct CsvReadOptions
{
    QString encoding; ///< e.g. "UTF-8", "GB18030", "UTF-16LE"; empty = detect
    QChar delimiter;  ///< ',', ';' or '\t'; null = detect from the header line
};
