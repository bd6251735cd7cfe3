#include "csvreader.h"

#include "csvencoding.h"

#include "models/i18n/modelstr.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace wsc {

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

/** Records in @p table that the encoding @p name is not known. */
void addUnknownEncoding(CsvTable &table, const QString &name)
{
    table.issues.append({0, QString(), QStringLiteral("csv.unknown_encoding"), Severity::Error,
                         ModelsTr::tr("The encoding “%1” is not known.").arg(name)});
}

/**
 * The encoding that @p options name and the length of its BOM at the start of @p bytes; false,
 * with the issue in @p table, when the name is not known.
 */
bool namedEncoding(QByteArrayView bytes, const CsvReadOptions &options, CsvTable &table,
                   QString *encoding, int *bom)
{
    *encoding = CsvEncoding::normalize(options.encoding);
    table.encodingDetected = false;
    if (encoding->isEmpty()) {
        table.encoding = options.encoding;
        addUnknownEncoding(table, options.encoding);
        return false;
    }
    *bom = CsvEncoding::bomLength(bytes, *encoding);
    return true;
}

/** Decodes @p bytes into text and records how in @p table; a null string on a fatal problem. */
QString decodeInto(QByteArrayView bytes, const CsvReadOptions &options, CsvTable &table)
{
    QString encoding;
    int bom = 0;
    if (options.encoding.isEmpty()) {
        const CsvEncoding::Detection detection = CsvEncoding::detect(bytes);
        encoding = detection.encoding;
        bom = detection.bomLength;
    } else if (!namedEncoding(bytes, options, table, &encoding, &bom)) {
        return {};
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

/** The delimiter chosen in @p options, else the one @p text's first lines suggest. */
void chooseDelimiter(QStringView text, const CsvReadOptions &options, CsvTable &table)
{
    if (options.delimiter.isNull()) {
        table.delimiter = CsvParser::detectDelimiter(text);
    } else {
        table.delimiter = options.delimiter;
        table.delimiterDetected = false;
    }
}

/** A parser's sink: the first record becomes @p table's header, the others go to @p sink. */
CsvRecordSink headerThen(CsvTable &table, bool &headerSeen, const CsvRecordSink &sink)
{
    return [&table, &headerSeen, &sink](const CsvRecord &record) {
        if (headerSeen)
            return sink(record);
        headerSeen = true;
        table.headerLine = record.line;
        table.header = record.fields;
        return true;
    };
}

/** Parses @p text into @p table: the first record is the header, the others go to @p sink. */
void parseInto(QStringView text, const CsvReadOptions &options, CsvTable &table,
               const CsvRecordSink &sink, const CsvProgress &progress)
{
    chooseDelimiter(text, options, table);
    bool headerSeen = false;
    const CsvParseResult parsed = CsvParser::parse(text, table.delimiter,
                                                   headerThen(table, headerSeen, sink), progress);
    table.issues.append(parsed.issues);
    table.cancelled = parsed.cancelled;
    if (!headerSeen && !parsed.cancelled && parsed.issues.isEmpty()) {
        table.issues.append({0, QString(), QStringLiteral("csv.empty"), Severity::Error,
                             ModelsTr::tr("The file is empty: it needs a header line and "
                                          "at least one row.")});
    }
}

/** Bytes read at a time: big enough for speed, small next to any file worth streaming. */
constexpr qint64 BlockBytes = qint64(4) << 20;

/**
 * Refuses what must not be read at all: folders, devices and pipes (/dev/zero never ends, a FIFO
 * blocks until someone writes), and files over the limit, before a byte is read.
 */
bool checkReadable(const QString &path, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    QString message;
    if (info.isDir()) {
        message = ModelsTr::tr("%1 is a folder, not a file.").arg(path);
    } else if (info.exists() && !info.isFile()) {
        message = ModelsTr::tr("%1 is not a regular file (a device, a pipe or a socket); save "
                               "the data to a file and read that.")
                          .arg(path);
    } else if (maxBytes > 0 && info.size() > maxBytes) {
        message = ModelsTr::tr("%1 is %2 MB, more than the %3 MB a CSV file may have; split it.")
                          .arg(path)
                          .arg(double(info.size()) / (1 << 20), 0, 'f', 1)
                          .arg(maxBytes >> 20);
    }
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

/** The error for a file that passed the size check but turned out larger while read. */
QString grewTooLarge(const QString &path, qint64 maxBytes)
{
    return ModelsTr::tr("%1 is larger than the %2 MB a CSV file may have; split it.")
            .arg(path)
            .arg(maxBytes >> 20);
}

/** Length of @p bytes without an incomplete UTF-8 sequence at its end (what the next block ends).
 */
qsizetype utf8CompleteLength(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar c = uchar(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int needs = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return needs > back ? n - back : n;
    }
    return n;
}

/** Whether the whole of @p file is valid UTF-8, read block by block; rewinds it after. */
bool isValidUtf8(QFile &file, QByteArray &block)
{
    QByteArray carry;
    bool valid = true;
    while (valid) {
        block.resize(BlockBytes);
        const qint64 got = file.read(block.data(), block.size());
        if (got <= 0)
            break;
        block.resize(got);
        block.prepend(carry);
        const qsizetype complete = utf8CompleteLength(block);
        valid = QByteArrayView(block).first(complete).isValidUtf8();
        carry = block.sliced(complete);
    }
    file.seek(0);
    return valid && carry.isEmpty();
}

/** Parses decoded text as it arrives: the header first, then records to the caller's sink. */
struct StreamParser
{
    CsvTable &table;
    const CsvReadOptions &options;
    const CsvRecordSink &sink;
    CsvProgress progress;
    QString pending;       ///< decoded text not yet consumed (the start of an unfinished record)
    qsizetype retryAt = 0; ///< parse again once pending is this long (after an unfinished record)
    int line = 1;
    bool headerSeen = false;
    bool delimiterKnown = false;
    CsvParseResult result;

    /** Adds @p text; parses what is complete (everything when @p final). False when stopped. */
    bool feed(QStringView text, bool final, qint64 done, qint64 total)
    {
        if (!pending.isEmpty() || (!final && !delimiterKnown)) {
            pending.append(text);
            text = pending;
        }
        if (!final && text.size() < retryAt)
            return true;
        if (!delimiterKnown) {
            const bool lineEnded = text.contains(u'\n') || text.contains(u'\r');
            if (!lineEnded && !final)
                return true;
            delimiterKnown = true;
            chooseDelimiter(text, options, table);
        }
        const CsvRecordSink split = headerThen(table, headerSeen, sink);
        const CsvProgress tick = [this, done, total](qint64, qint64) {
            return !progress || progress(done, total);
        };
        const qsizetype consumed
                = CsvParser::parseBlock(text, table.delimiter, final, &line, split, &result, tick);
        if (result.cancelled)
            return false;
        // A record longer than a block (or an unclosed quote) is parsed again only when the
        // text has doubled: a 200 MB quoted field costs a few passes, not one per block.
        retryAt = consumed == 0 ? text.size() * 2 : 0;
        if (text.data() == pending.constData())
            pending.remove(0, consumed);
        else
            pending = text.sliced(consumed).toString();
        if (progress && !progress(done, total)) {
            result.cancelled = true;
            return false;
        }
        return true;
    }

    /** The physical line just after the text that waits in pending. */
    int lineAfterPending() const { return line - 1 + lineAt(pending, pending.size()); }
};

} // namespace

namespace {

/** The line (from @p fromLine) of the first U+FFFD of @p text: where the bad bytes were. */
int invalidLine(QStringView text, int fromLine)
{
    return fromLine - 1 + lineAt(text, text.indexOf(QChar::ReplacementCharacter));
}

CsvIssue invalidBytesIssue(int line, const QString &encoding)
{
    return {line, QString(), QStringLiteral("csv.invalid_bytes"), Severity::Warning,
            ModelsTr::tr("Line %1: some bytes are not valid %2 and were replaced; the "
                         "file may use another encoding.")
                    .arg(line)
                    .arg(encoding)};
}

/**
 * Reads @p file into @p table block by block, decoding and parsing as it reads, so neither the
 * bytes nor the text of a big file are ever held whole: UTF-8 (by far the most common) through
 * Qt's fast decoder with the cut character carried over, GB18030 and UTF-16 through a stateful
 * QStringDecoder that carries it itself.
 */
bool streamFile(QFile &file, const CsvReadOptions &options, CsvTable &table,
                const CsvRecordSink &sink, const CsvProgress &progress, QString *error)
{
    const qint64 total = std::max<qint64>(1, file.size());
    QByteArray block;
    block.resize(std::min(BlockBytes, total));
    qint64 got = file.read(block.data(), block.size());
    block.resize(std::max<qint64>(got, 0));

    QString encoding;
    int bom = 0;
    if (options.encoding.isEmpty()) {
        CsvEncoding::Detection detection = CsvEncoding::detect(block);
        // Without a BOM, the first block cannot tell UTF-8 from GB18030: the whole file can.
        if (detection.encoding == CsvEncoding::utf8() && detection.bomLength == 0
            && !file.atEnd()) {
            file.seek(0);
            if (!isValidUtf8(file, block))
                detection.encoding = CsvEncoding::gb18030();
            block.resize(std::min(BlockBytes, total));
            got = file.read(block.data(), block.size());
            block.resize(std::max<qint64>(got, 0));
        }
        encoding = detection.encoding;
        bom = detection.bomLength;
    } else if (!namedEncoding(block, options, table, &encoding, &bom)) {
        return true;
    }
    table.encoding = encoding;
    table.hasBom = bom > 0;
    block.remove(0, bom);

    StreamParser parser{table, options, sink, progress, {}, 0, 1, false, false, {}};
    int badLine = 0;
    const auto failed = [&] {
        if (file.error() == QFileDevice::NoError)
            return false;
        if (error)
            *error = ModelsTr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return true;
    };
    qint64 done = got;
    // The next block into `block`; false when it cannot be read or the file outgrew the limit.
    const auto readBlock = [&] {
        block.resize(BlockBytes);
        got = file.read(block.data(), block.size());
        if (failed())
            return false;
        block.resize(std::max<qint64>(got, 0));
        done += std::max<qint64>(got, 0);
        if (options.maxBytes > 0 && done > options.maxBytes) {
            // The file grew while it was read (or its size lied, as /proc files do).
            if (error)
                *error = grewTooLarge(file.fileName(), options.maxBytes);
            return false;
        }
        return true;
    };
    if (encoding == CsvEncoding::utf8()) {
        QByteArray carry;
        for (;;) {
            const bool final = file.atEnd() || got <= 0;
            block.prepend(carry);
            const qsizetype complete = final ? block.size() : utf8CompleteLength(block);
            const QByteArrayView piece = QByteArrayView(block).first(complete);
            const QString text = QString::fromUtf8(piece);
            if (badLine == 0 && !piece.isValidUtf8())
                badLine = invalidLine(text, parser.line + int(parser.pending.count(u'\n')));
            carry = block.sliced(complete);
            if (!parser.feed(text, final, done, total) || final)
                break;
            if (!readBlock())
                return false;
        }
    } else {
        // GB18030 and UTF-16 go through a stateful decoder, block by block: it keeps a
        // character that a block boundary cut and finishes it with the next block.
        QStringDecoder decoder(encoding.toLatin1().constData(),
                               QStringConverter::Flag::ConvertInitialBom);
        if (!decoder.isValid()) {
            addUnknownEncoding(table, encoding);
            return true;
        }
        for (;;) {
            const bool final = file.atEnd() || got <= 0;
            const QString text = decoder.decode(block);
            if (badLine == 0 && decoder.hasError() && text.contains(QChar::ReplacementCharacter))
                badLine = invalidLine(text, parser.line + int(parser.pending.count(u'\n')));
            if (!parser.feed(text, final, done, total) || final)
                break;
            if (!readBlock())
                return false;
        }
    }
    // The encoding warning comes first, as when the text was decoded before parsing.
    if (badLine > 0)
        table.issues.append(invalidBytesIssue(badLine, encoding));
    table.issues.append(parser.result.issues);
    table.cancelled = parser.result.cancelled;
    if (!parser.headerSeen && !parser.result.cancelled && parser.result.issues.isEmpty()) {
        table.issues.append({0, QString(), QStringLiteral("csv.empty"), Severity::Error,
                             ModelsTr::tr("The file is empty: it needs a header line and "
                                          "at least one row.")});
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
    if (!checkReadable(path, options.maxBytes, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ModelsTr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *table = CsvTable();
    return streamFile(file, options, *table, sink, progress, error);
}

bool readFile(const QString &path, const CsvReadOptions &options, CsvTable *table, QString *error,
              const CsvProgress &progress)
{
    return readFile(path, options, table, error, collectInto(*table), progress);
}

} // namespace CsvReader

} // namespace wsc
