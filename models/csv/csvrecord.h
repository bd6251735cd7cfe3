#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/** One record of a CSV file: its fields and the physical line where it starts. */
struct CsvRecord
{
    int line = 0; ///< 1-based physical line of the record's first character
    QStringList fields;
};

using CsvRecords = QList<CsvRecord>;

} // namespace wsc
