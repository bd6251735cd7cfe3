#pragma once

#include "cliglobals.h"
#include "cliissue.h"

#include "api/jobs/batchplan.h"
#include "api/jobs/batchsource.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QString>

class QTextStream;

namespace wsc {

/**
 * How `desktops create` and `desktops attach` print what they checked and planned: the
 * problems of the input by file, line and column (or JSON path), and for --dry-run the chunk
 * plan with the exact body of every request, as text or JSON.
 */
namespace CliPlanPrinter {

/**
 * How many issues a report shows: a garbage file has millions, and printing them all only buries
 * the first ones (and took gigabytes). The rest are counted by code.
 */
constexpr int IssueCap = 1000;
/**
 * @p issues as they are when there are at most IssueCap; otherwise the first IssueCap by line
 * (issues without a line first), and @p notShown (if given) counts the others by code.
 */
CliIssues capped(CliIssues issues, QMap<QString, int> *notShown);
/** "12 more issues not shown: user_name.pattern 9, csv.too_many_fields 3." (text reports). */
QString notShownLine(const QMap<QString, int> &notShown);
/** {"total": n, "by_code": {code: n}} for JSON reports; null when nothing was left out. */
QJsonValue notShownJson(const QMap<QString, int> &notShown);

/**
 * Prints @p issues (errors and warnings, the first IssueCap); a summary line in text.
 * @p leftOut counts, by code, issues a streaming check already left out (@p leftOutErrors of
 * them errors): they are added to the counts and the "not shown" line.
 */
void printIssues(QTextStream &out, CliGlobals::Format format, const CliIssues &issues,
                 const QMap<QString, int> &leftOut = {}, int leftOutErrors = 0);
/**
 * Reports input that is not valid (nothing was sent): in text the problems go to @p err, as
 * the reason of the non-zero exit; in JSON and CSV the report is the requested output and goes
 * to @p out, with a one-line summary on @p err (prefixed with @p command, e.g. "desktops create").
 */
void printInvalid(QTextStream &out, QTextStream &err, CliGlobals::Format format,
                  const CliIssues &issues, const QString &command,
                  const QMap<QString, int> &leftOut = {}, int leftOutErrors = 0);
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

} // namespace wsc
