#pragma once

#include "csvissue.h"
#include "csvrecord.h"

#include <QChar>
#include <QStringView>

#include <functional>

namespace wsc {

/** Called now and then during long work with (done, total); returning false cancels it. */
using CsvProgress = std::function<bool(qint64 done, qint64 total)>;

/**
 * Receives each record as soon as it is parsed (the record object is reused: copy what you
 * keep). Returning false stops the parse, as a cancel does.
 */
using CsvRecordSink = std::function<bool(const CsvRecord &record)>;

/** What CsvParser::parse() produced. */
struct CsvParseResult
{
    CsvRecords records; ///< every non-blank record, the header included
    CsvIssues issues;
    bool cancelled = false;
};

/**
 * An RFC 4180 reader that forgives what real exports do: CRLF, LF or CR-only line ends, quoted
 * fields with "" escapes and line breaks, blank lines, spaces around unquoted fields.
 */
namespace CsvParser {

/** The delimiters a CSV file may use, in order of preference on a tie. */
QString delimiters();

/**
 * Picks the delimiter of the first non-blank line: the most frequent of comma, semicolon and
 * tab outside quotes (comma on a tie or when there is none).
 */
QChar detectDelimiter(QStringView text);

/**
 * Splits @p text into records. Line numbers are physical lines (a quoted line break counts).
 * An unterminated quote is an error at the line where it opened; the records before it are kept.
 * Records whose fields are all empty (blank lines, Excel's ",,,,") are skipped.
 */
CsvParseResult parse(QStringView text, QChar delimiter, const CsvProgress &progress = {});

/**
 * The same, handing each record to @p sink instead of collecting them: a million-row file is
 * then never held twice (as records and as what the caller makes of them). The result's
 * records stay empty.
 */
CsvParseResult parse(QStringView text, QChar delimiter, const CsvRecordSink &sink,
                     const CsvProgress &progress = {});

/**
 * The incremental form, for a file read block by block: parses the records of @p text starting
 * at physical line @p *line, hands them to @p sink, adds issues to @p result and returns how many
 * characters it consumed; @p *line is then the line of the first unconsumed character. Unless
 * @p final, a record that runs into the end of @p text is left unconsumed: call again with the
 * next block appended to the rest. @p progress gets (@p base + position, @p total).
 */
qsizetype parseBlock(QStringView text, QChar delimiter, bool final, int *line,
                     const CsvRecordSink &sink, CsvParseResult *result,
                     const CsvProgress &progress = {}, qint64 base = 0, qint64 total = 0);

} // namespace CsvParser

} // namespace wsc
