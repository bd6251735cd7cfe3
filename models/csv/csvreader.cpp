#include "csvreader.h"

#include "csvencoding.h"

#include "models/i18n/modelstr.h"

#include <QFile>
#include <QFileInfo>

namespace CsvReader {

int lineAt(QStringView text, qsizetype index)
{
    int line = 1;
    const qsizetype stop = std::min(index, text.size());
    for (qsizetype i = 0; i < stop; ++i) {
        const char16_t u = text[i].unicode();
        if (u == u'\n' || (u == u'\r' && (i + 1 >= text.size() || text[i + 1].unicode() != u'\n')))
            ++line;
    }
    return line;
}

namespace {

/** Decodes @p bytes into text and records how in @p table; a null string on a fatal problem. */
QString decodeInto(QByteArrayView bytes, const CsvReadOptions &options, CsvTable &table)
{
    QString encoding;
    int bom = 0;
    if (options.encoding.isEmpty()) {
        const CsvEncoding::Detection detection = CsvEncoding::detect(bytes);
        encoding = detection.encoding;
        bom = detection.bomLength;
    } else {
        encoding = CsvEncoding::normalize(options.encoding);
        table.encodingDetected = false;
        if (encoding.isEmpty()) {
            table.encoding = options.encoding;
            table.issues.append(
                    {0, QString(), QStringLiteral("csv.unknown_encoding"), Severity::Error,
                     ModelsTr::tr("The encoding “%1” is not known.").arg(options.encoding)});
            return {};
        }
        bom = CsvEncoding::bomLength(bytes, encoding);
    }
    table.encoding = encoding;
    table.hasBom = bom > 0;

    qsizetype firstInvalid = -1;
    QString text = CsvEncoding::decode(bytes.sliced(bom), encoding, &firstInvalid);
    if (firstInvalid >= 0) {
        const int line = lineAt(text, firstInvalid);
        table.issues.append(
                {line, QString(), QStringLiteral("csv.invalid_bytes"), Severity::Warning,
                 ModelsTr::tr("Line %1: some bytes are not valid %2 and were replaced; the "
                              "file may use another encoding.")
                         .arg(line)
                         .arg(encoding)});
    }
    return text;
}

/** Parses @p text into @p table: the first record is the header, the others go to @p sink. */
void parseInto(QStringView text, const CsvReadOptions &options, CsvTable &table,
               const CsvRecordSink &sink, const CsvProgress &progress)
{
    if (options.delimiter.isNull()) {
        table.delimiter = CsvParser::detectDelimiter(text);
    } else {
        table.delimiter = options.delimiter;
        table.delimiterDetected = false;
    }
    bool headerSeen = false;
    const CsvParseResult parsed = CsvParser::parse(
            text, table.delimiter,
            [&](const CsvRecord &record) {
                if (headerSeen)
                    return sink(record);
                headerSeen = true;
                table.headerLine = record.line;
                table.header = record.fields;
                return true;
            },
            progress);
    table.issues.append(parsed.issues);
    table.cancelled = parsed.cancelled;
    if (!headerSeen && !parsed.cancelled && parsed.issues.isEmpty()) {
        table.issues.append({0, QString(), QStringLiteral("csv.empty"), Severity::Error,
                             ModelsTr::tr("The file is empty: it needs a header line and "
                                          "at least one row.")});
    }
}

bool openAndRead(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = ModelsTr::tr("%1 is a folder, not a file.").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ModelsTr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = ModelsTr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

CsvRecordSink collectInto(CsvTable &table)
{
    return [&table](const CsvRecord &record) {
        table.records.append(record);
        return true;
    };
}

} // namespace

void read(QByteArrayView bytes, const CsvReadOptions &options, CsvTable *table,
          const CsvRecordSink &sink, const CsvProgress &progress)
{
    *table = CsvTable();
    const QString text = decodeInto(bytes, options, *table);
    if (!text.isNull())
        parseInto(text, options, *table, sink, progress);
}

CsvTable read(QByteArrayView bytes, const CsvReadOptions &options, const CsvProgress &progress)
{
    CsvTable table;
    const QString text = decodeInto(bytes, options, table);
    if (!text.isNull())
        parseInto(text, options, table, collectInto(table), progress);
    return table;
}

bool readFile(const QString &path, const CsvReadOptions &options, CsvTable *table, QString *error,
              const CsvRecordSink &sink, const CsvProgress &progress)
{
    QByteArray bytes;
    if (!openAndRead(path, &bytes, error))
        return false;
    *table = CsvTable();
    const QString text = decodeInto(bytes, options, *table);
    bytes = QByteArray(); // the text holds the content now; a big file need not be held twice
    if (!text.isNull())
        parseInto(text, options, *table, sink, progress);
    return true;
}

bool readFile(const QString &path, const CsvReadOptions &options, CsvTable *table, QString *error,
              const CsvProgress &progress)
{
    return readFile(path, options, table, error, collectInto(*table), progress);
}

} // namespace CsvReader
