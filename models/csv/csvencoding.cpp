#include "csvencoding.h"

#include <QStringDecoder>

namespace wsc {

namespace CsvEncoding {

QString utf8()
{
    return QStringLiteral("UTF-8");
}

QString utf16le()
{
    return QStringLiteral("UTF-16LE");
}

QString utf16be()
{
    return QStringLiteral("UTF-16BE");
}

QString gb18030()
{
    return QStringLiteral("GB18030");
}

QStringList choices()
{
    return {utf8(),
            gb18030(),
            utf16le(),
            utf16be(),
            QStringLiteral("Big5"),
            QStringLiteral("ISO-8859-1"),
            QStringLiteral("windows-1252")};
}

namespace {

bool startsWith(QByteArrayView bytes, const char *prefix, int length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.data());
}

/**
 * Excel's "Unicode text" always has a BOM, but some tools drop it. ASCII-heavy UTF-16 has a NUL
 * in every other byte, which no UTF-8 or GB18030 text file has.
 */
QString guessBomlessUtf16(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs)
        return utf16le();
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs)
        return utf16be();
    return {};
}

} // namespace

Detection detect(QByteArrayView bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return {utf8(), 3};
    if (startsWith(bytes, "\xFF\xFE", 2))
        return {utf16le(), 2};
    if (startsWith(bytes, "\xFE\xFF", 2))
        return {utf16be(), 2};
    // GB18030's own encoding of U+FEFF; without this the BOM stayed in the first header cell.
    if (startsWith(bytes, "\x84\x31\x95\x33", 4))
        return {gb18030(), 4};
    const QString utf16 = guessBomlessUtf16(bytes);
    if (!utf16.isEmpty())
        return {utf16, 0};
    if (bytes.isValidUtf8())
        return {utf8(), 0};
    return {gb18030(), 0};
}

int bomLength(QByteArrayView bytes, const QString &encoding)
{
    if (encoding == utf8())
        return startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    if (encoding == utf16le())
        return startsWith(bytes, "\xFF\xFE", 2) ? 2 : 0;
    if (encoding == utf16be())
        return startsWith(bytes, "\xFE\xFF", 2) ? 2 : 0;
    if (encoding == gb18030())
        return startsWith(bytes, "\x84\x31\x95\x33", 4) ? 4 : 0;
    return 0;
}

QString normalize(const QString &name)
{
    QString key = name.trimmed().toUpper();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("UTF8") || key == QLatin1String("UTF8BOM"))
        return utf8();
    if (key == QLatin1String("UTF16LE") || key == QLatin1String("UTF16")
        || key == QLatin1String("UNICODE") || key == QLatin1String("UCS2"))
        return utf16le();
    if (key == QLatin1String("UTF16BE"))
        return utf16be();
    // GB2312 and GBK are subsets of GB18030: decoding them as GB18030 loses nothing.
    if (key == QLatin1String("GB18030") || key == QLatin1String("GBK")
        || key == QLatin1String("GB2312") || key == QLatin1String("CP936")
        || key == QLatin1String("WINDOWS936") || key == QLatin1String("ANSI"))
        return gb18030();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringDecoder probe(trimmed.toLatin1().constData());
    return probe.isValid() ? trimmed : QString();
}

QString decode(QByteArrayView bytes, const QString &encoding, qsizetype *firstInvalid)
{
    if (firstInvalid)
        *firstInvalid = -1;
    QString text;
    bool hadError = false;
    if (encoding == utf8()) {
        // The fast path: the whole file is checked once and converted by Qt's SIMD decoder.
        hadError = !bytes.isValidUtf8();
        text = QString::fromUtf8(bytes);
    } else {
        QStringDecoder decoder(encoding.toLatin1().constData(),
                               QStringConverter::Flag::Stateless
                                       | QStringConverter::Flag::ConvertInitialBom);
        if (!decoder.isValid())
            return {};
        text = decoder.decode(bytes);
        hadError = decoder.hasError();
    }
    if (text.isNull())
        text = QLatin1String(""); // an empty file is still a decoded (empty) text
    if (hadError && firstInvalid)
        *firstInvalid = text.indexOf(QChar::ReplacementCharacter);
    return text;
}

} // namespace CsvEncoding

} // namespace wsc
