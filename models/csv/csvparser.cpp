#include "csvparser.h"

#include "models/i18n/modelstr.h"

namespace wsc {

namespace CsvParser {

QString delimiters()
{
    return QStringLiteral(",;\t");
}

QChar detectDelimiter(QStringView text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool inQuotes = false;
    bool seenContent = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (inQuotes) {
            if (u == u'"')
                inQuotes = false; // a "" escape re-enters the quotes on the next character
            continue;
        }
        if (u == u'"') {
            inQuotes = true;
            seenContent = true;
        } else if (u == u'\r' || u == u'\n') {
            if (seenContent)
                break; // end of the header line; blank lines before it do not count
        } else if (u == u',') {
            ++comma;
        } else if (u == u';') {
            ++semicolon;
        } else if (u == u'\t') {
            ++tab;
        } else if (!c.isSpace()) {
            seenContent = true;
        }
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

namespace {

bool isFieldSpace(char16_t u, char16_t delimiter)
{
    return (u == u' ' || u == u'\t' || u == 0x3000 || u == 0xA0) && u != delimiter;
}

/** Consumes one line end at @p p (CRLF, LF or CR); returns true if there was one. */
bool consumeLineEnd(const QChar *&p, const QChar *end)
{
    if (p >= end)
        return false;
    if (p->unicode() == u'\r') {
        ++p;
        if (p < end && p->unicode() == u'\n')
            ++p;
        return true;
    }
    if (p->unicode() == u'\n') {
        ++p;
        return true;
    }
    return false;
}

} // namespace

CsvParseResult parse(QStringView text, QChar delimiter, const CsvProgress &progress)
{
    CsvRecords records;
    // Reserving from a guess of ~60 characters per record saves most of the re-allocations.
    records.reserve(qsizetype(text.size() / 60 + 1));
    CsvParseResult result = parse(
            text, delimiter,
            [&records](const CsvRecord &record) {
                records.append(record);
                return true;
            },
            progress);
    result.records = std::move(records);
    return result;
}

CsvParseResult parse(QStringView text, QChar delimiter, const CsvRecordSink &sink,
                     const CsvProgress &progress)
{
    CsvParseResult result;
    int line = 1;
    parseBlock(text, delimiter, true, &line, sink, &result, progress, 0, text.size());
    if (progress && !result.cancelled)
        progress(text.size(), text.size());
    return result;
}

qsizetype parseBlock(QStringView text, QChar delimiterChar, bool final, int *lineInOut,
                     const CsvRecordSink &sink, CsvParseResult *result, const CsvProgress &progress,
                     qint64 base, qint64 total)
{
    const char16_t delimiter = delimiterChar.unicode();
    const QChar *const begin = text.data();
    const QChar *const end = begin + text.size();
    const QChar *p = begin;
    int line = *lineInOut;
    int sinceProgress = 0;
    QString quoted;
    // One record object for the whole block: clear() keeps the list's capacity, so a record costs
    // no allocation beyond its field strings.
    CsvRecord record;
    // A record that runs into the end of a block that is not the last is parsed again with the
    // next block appended: only what it consumed counts.
    const QChar *recordStart = p;
    int recordLine = line;
    const auto incomplete = [&] {
        *lineInOut = recordLine;
        return recordStart - begin;
    };

    while (p < end) {
        if (progress && ++sinceProgress >= 4096) {
            sinceProgress = 0;
            if (!progress(base + (p - begin), total)) {
                result->cancelled = true;
                *lineInOut = line;
                return p - begin;
            }
        }
        recordStart = p;
        recordLine = line;
        record.line = line;
        record.fields.clear();
        bool anyContent = false;
        bool strayReported = false;
        qsizetype issuesBefore = result->issues.size();
        for (;;) {
            // One field.
            const QChar *fieldStart = p;
            const QChar *q = p;
            while (q < end && isFieldSpace(q->unicode(), delimiter))
                ++q;
            if (q < end && q->unicode() == u'"') {
                const int quoteLine = line;
                p = q + 1;
                quoted.clear();
                const QChar *chunk = p;
                bool closed = false;
                while (p < end) {
                    const char16_t u = p->unicode();
                    if (u == u'"') {
                        quoted.append(chunk, p - chunk);
                        if (p + 1 < end && p[1].unicode() == u'"') {
                            quoted.append(QLatin1Char('"'));
                            p += 2;
                            chunk = p;
                            continue;
                        }
                        if (p + 1 >= end && !final)
                            break; // "" may be split between two blocks
                        ++p;
                        closed = true;
                        break;
                    }
                    if (u == u'\n') {
                        ++line;
                    } else if (u == u'\r') {
                        if (p + 1 >= end || p[1].unicode() != u'\n')
                            ++line;
                    }
                    ++p;
                }
                if (!closed) {
                    if (!final) {
                        result->issues.resize(issuesBefore);
                        return incomplete();
                    }
                    result->issues.append(
                            {quoteLine, QString(), QStringLiteral("csv.unterminated_quote"),
                             Severity::Error,
                             ModelsTr::tr("Line %1: a quoted field opens here and is never closed; "
                                          "this line and the rest of the file were not read.")
                                     .arg(quoteLine)});
                    *lineInOut = line;
                    return text.size();
                }
                // Excel reads "ab"cd as abcd; so do we, but say so: the quoting is probably wrong.
                const QChar *after = p;
                while (p < end && p->unicode() != delimiter && p->unicode() != u'\r'
                       && p->unicode() != u'\n')
                    ++p;
                const QStringView stray = QStringView(after, p).trimmed();
                if (!stray.isEmpty()) {
                    quoted.append(stray);
                    if (!strayReported) {
                        strayReported = true;
                        result->issues.append(
                                {record.line, QString(), QStringLiteral("csv.text_after_quote"),
                                 Severity::Warning,
                                 ModelsTr::tr("Line %1: text follows a closing quote; it was "
                                              "added to the field.")
                                         .arg(record.line)});
                    }
                }
                anyContent = anyContent || !quoted.isEmpty();
                record.fields.append(quoted);
            } else {
                p = fieldStart;
                while (p < end) {
                    const char16_t u = p->unicode();
                    if (u == delimiter || u == u'\r' || u == u'\n')
                        break;
                    ++p;
                }
                const QStringView value = QStringView(fieldStart, p).trimmed();
                anyContent = anyContent || !value.isEmpty();
                record.fields.append(value.toString());
            }
            if (p < end && p->unicode() == delimiter) {
                ++p;
                continue;
            }
            // A record is complete at its line end, and a CR must see what follows (CRLF).
            if (!final && (p >= end || (p->unicode() == u'\r' && p + 1 >= end))) {
                result->issues.resize(issuesBefore);
                return incomplete();
            }
            if (consumeLineEnd(p, end))
                ++line;
            break;
        }
        if (anyContent && !sink(record)) {
            result->cancelled = true;
            *lineInOut = line;
            return p - begin;
        }
    }
    *lineInOut = line;
    return text.size();
}

} // namespace CsvParser

} // namespace wsc
