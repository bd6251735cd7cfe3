#pragma once

#include "csvparser.h"
#include "csvreadoptions.h"
#include "csvtable.h"

#include <QByteArrayView>
#include <QString>

namespace wsc {

/**
 * Reads a whole CSV file: detects (or takes) the encoding and the delimiter, decodes, parses,
 * and splits the header from the data records.
 */
namespace CsvReader {

/** Reads @p bytes; problems of the file go to the table's issues, nothing is thrown away silently.
 */
CsvTable read(QByteArrayView bytes, const CsvReadOptions &options = {},
              const CsvProgress &progress = {});

/**
 * Reads the file at @p path. Returns false, with a translated @p error, only when the file
 * cannot be read at all (missing, unreadable, a directory); a readable file always gives a table.
 */
bool readFile(const QString &path, const CsvReadOptions &options, CsvTable *table, QString *error,
              const CsvProgress &progress = {});

/**
 * Reads the file at @p path handing each data record to @p sink instead of keeping it; the
 * table gets everything else (encoding, delimiter, header, issues) and its header is set before
 * the first record arrives. The file's bytes are released before parsing starts.
 */
bool readFile(const QString &path, const CsvReadOptions &options, CsvTable *table, QString *error,
              const CsvRecordSink &sink, const CsvProgress &progress = {});

/** read() with a sink, as readFile() with a sink does: @p table is filled as parsing goes. */
void read(QByteArrayView bytes, const CsvReadOptions &options, CsvTable *table,
          const CsvRecordSink &sink, const CsvProgress &progress = {});

/** The physical line (1-based) of character @p index of @p text. */
int lineAt(QStringView text, qsizetype index);

} // namespace CsvReader

} // namespace wsc
