#pragma once

#include "models/csv/csvreadoptions.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace wsc {

/** The --encoding and --delimiter options of the commands that read a CSV file. */
namespace CliCsvOptions {

QCommandLineOption encodingOption();
QCommandLineOption delimiterOption();
/** --max-size MB: the largest input file read (CSV default 256, spec 16); 0 = no limit. */
QCommandLineOption maxSizeOption();
/** The largest spec (JSON) file read unless --max-size says otherwise. */
constexpr qint64 DefaultSpecMaxBytes = qint64(16) << 20;
/**
 * --max-size in bytes, or @p fallback when it is not given; false with a translated @p error
 * when it is not a number of megabytes.
 */
bool maxBytes(const QCommandLineParser &parser, qint64 fallback, qint64 *bytes, QString *error);
/** ",", "comma", ";", "semicolon", "\t", "tab", "\\t"; a null QChar when not one of them. */
QChar parseDelimiter(const QString &text);
/** Reads the three options into @p options; false with a translated @p error when one is bad. */
bool read(const QCommandLineParser &parser, CsvReadOptions *options, QString *error);

} // namespace CliCsvOptions

} // namespace wsc
