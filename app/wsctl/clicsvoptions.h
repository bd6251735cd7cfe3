#pragma once

#include "models/csv/csvreadoptions.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

/** The --encoding and --delimiter options of the commands that read a CSV file. */
namespace CliCsvOptions {

QCommandLineOption encodingOption();
QCommandLineOption delimiterOption();
/** ",", "comma", ";", "semicolon", "\t", "tab", "\\t"; a null QChar when not one of them. */
QChar parseDelimiter(const QString &text);
/** Reads both options into @p options; false with a translated @p error when one is bad. */
bool read(const QCommandLineParser &parser, CsvReadOptions *options, QString *error);

} // namespace CliCsvOptions
