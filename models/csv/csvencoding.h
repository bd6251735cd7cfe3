#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * The text encodings of CSV files from Excel and HR systems: UTF-8 with or without a byte order
 * mark, UTF-16 with a BOM ("Unicode text"), and GB18030/GBK, which Excel writes on Chinese Windows.
 */
namespace CsvEncoding {

/** What detect() found: the encoding name and how many bytes of BOM to skip. */
struct Detection
{
    QString encoding;
    int bomLength = 0;
};

/** Canonical names: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030". */
QString utf8();
QString utf16le();
QString utf16be();
QString gb18030();

/** The encodings a user can pick from, detected ones first. */
QStringList choices();

/**
 * Looks at the bytes: a BOM decides; otherwise valid UTF-8 is UTF-8, a file with NUL bytes in
 * every other position is UTF-16 without BOM, and anything else is GB18030 (a superset of GBK
 * and GB2312, what Chinese Windows calls "ANSI").
 */
Detection detect(QByteArrayView bytes);

/** Length of the BOM of @p encoding at the start of @p bytes, or 0. */
int bomLength(QByteArrayView bytes, const QString &encoding);

/**
 * Maps a user spelling ("utf8", "GBK", "gb2312", "UTF-16", "cp936") to the name that
 * QStringDecoder knows; empty when no decoder exists for it.
 */
QString normalize(const QString &name);

/**
 * Decodes @p bytes (without BOM) as @p encoding. Bytes that are invalid in that encoding become
 * U+FFFD; @p firstInvalid (if given) receives the index in the result of the first one, or -1.
 * Returns a null string when @p encoding is unknown.
 */
QString decode(QByteArrayView bytes, const QString &encoding, qsizetype *firstInvalid = nullptr);

} // namespace CsvEncoding

} // namespace wsc
