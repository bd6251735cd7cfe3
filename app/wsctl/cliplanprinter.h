#pragma once

#include "cliglobals.h"
#include "cliissue.h"

#include "api/jobs/batchplan.h"
#include "api/jobs/batchsource.h"

#include <QJsonArray>
#include <QString>

class QTextStream;

/**
 * How `desktops create` and `desktops attach` print what they checked and planned: the
 * problems of the input by file, line and column (or JSON path), and for --dry-run the chunk
 * plan with the exact body of every request, as text or JSON.
 */
namespace CliPlanPrinter {

/** Prints @p issues (errors and warnings); a summary line in text. */
void printIssues(QTextStream &out, CliGlobals::Format format, const CliIssues &issues);
/**
 * Reports input that is not valid (nothing was sent): in text the problems go to @p err, as
 * the reason of the non-zero exit; in JSON and CSV the report is the requested output and goes
 * to @p out, with a one-line summary on @p err (prefixed with @p command, e.g. "desktops create").
 */
void printInvalid(QTextStream &out, QTextStream &err, CliGlobals::Format format,
                  const CliIssues &issues, const QString &command);
/** The issues as JSON objects {file, line, column, path, code, severity, message}. */
QJsonArray issuesJson(const CliIssues &issues);
/**
 * The dry run: one block per request with its desktops, their CSV lines and the exact body
 * (the bytes that would be sent and journaled). @p path is the API path, @p cap the limit.
 * CSV is one line per request and leaves @p warnings out (print them on stderr).
 */
void printPlan(QTextStream &out, CliGlobals::Format format, const BatchPlan &plan,
               const BatchSource &source, const QString &path, int cap, const CliIssues &warnings);
/** "1-50, 53, 60-61" for a list of numbers. */
QString ranges(QList<int> numbers);

} // namespace CliPlanPrinter
