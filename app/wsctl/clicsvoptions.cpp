#include "clicsvoptions.h"

#include "clitr.h"

#include "models/csv/csvencoding.h"

#include <QCommandLineParser>

namespace wsc {

namespace CliCsvOptions {

QCommandLineOption encodingOption()
{
    return QCommandLineOption(QStringLiteral("encoding"), QString(), QStringLiteral("encoding"));
}

QCommandLineOption delimiterOption()
{
    return QCommandLineOption(QStringLiteral("delimiter"), QString(), QStringLiteral("delimiter"));
}

QCommandLineOption maxSizeOption()
{
    return QCommandLineOption(QStringLiteral("max-size"), QString(), QStringLiteral("MB"));
}

bool maxBytes(const QCommandLineParser &parser, qint64 fallback, qint64 *bytes, QString *error)
{
    *bytes = fallback;
    if (!parser.isSet(QStringLiteral("max-size")))
        return true;
    bool ok = false;
    const qint64 mb = parser.value(QStringLiteral("max-size")).toLongLong(&ok);
    if (!ok || mb < 0 || mb > (qint64(1) << 30)) {
        *error = CliTr::tr("--max-size needs a number of megabytes (0 for no limit; got \"%1\").")
                         .arg(parser.value(QStringLiteral("max-size")));
        return false;
    }
    *bytes = mb << 20;
    return true;
}

QChar parseDelimiter(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (text == QLatin1String(",") || t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (text == QLatin1String(";") || t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (text == QLatin1String("\t") || t == QLatin1String("tab") || t == QLatin1String("\\t"))
        return QLatin1Char('\t');
    return {};
}

bool read(const QCommandLineParser &parser, CsvReadOptions *options, QString *error)
{
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString given = parser.value(QStringLiteral("encoding"));
        options->encoding = CsvEncoding::normalize(given);
        if (options->encoding.isEmpty()) {
            *error = CliTr::tr("unknown encoding \"%1\" (try UTF-8, GB18030, UTF-16LE or "
                               "UTF-16BE).")
                             .arg(given);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString given = parser.value(QStringLiteral("delimiter"));
        options->delimiter = parseDelimiter(given);
        if (options->delimiter.isNull()) {
            *error = CliTr::tr("--delimiter must be comma, semicolon or tab (got \"%1\").")
                             .arg(given);
            return false;
        }
    }
    return maxBytes(parser, CsvReadOptions::DefaultMaxBytes, &options->maxBytes, error);
}

} // namespace CliCsvOptions

} // namespace wsc
