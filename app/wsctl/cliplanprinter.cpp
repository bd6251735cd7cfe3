#include "cliplanprinter.h"

#include "clitable.h"
#include "clitr.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace wsc {

namespace CliPlanPrinter {

namespace {

/**
 * The errors and warnings among @p issues and those left out of them (@p leftOut: warnings and
 * errors by code, of which @p leftOutErrors are errors).
 */
void count(const CliIssues &issues, const QMap<QString, int> &leftOut, int leftOutErrors,
           int *errors, int *warnings)
{
    int leftOutTotal = 0;
    for (const int n : leftOut)
        leftOutTotal += n;
    *errors = static_cast<int>(std::count_if(issues.cbegin(), issues.cend(),
                                             [](const CliIssue &i) { return i.isError(); }))
              + leftOutErrors;
    *warnings = static_cast<int>(issues.size()) + leftOutTotal - *errors;
}

/** The line that ends a report of invalid input. */
QString nothingSentLine(int errors, int warnings)
{
    return CliTr::tr("%n error(s), %1: nothing was sent.", nullptr, errors)
            .arg(CliTr::tr("%n warning(s)", nullptr, warnings));
}

/** The rows (from 1) of @p chunk's desktops in the source, and their file lines where known. */
void sourcePlaces(const BatchChunk &chunk, const BatchSource &source, QList<int> *rows,
                  QList<int> *lines)
{
    for (int s : chunk.sourceIndexes) {
        *rows << s + 1;
        if (source.lineOf(s) > 0)
            *lines << source.lineOf(s);
    }
}

QString where(const CliIssue &i)
{
    QString text = i.file;
    if (i.line > 0) {
        text += QLatin1Char(' ') + CliTr::tr("line %1").arg(i.line);
        if (!i.column.isEmpty())
            //: where a CSV problem is: "<file> line 3" and the column's name
            text = CliTr::tr("%1, %2").arg(text, i.column);
    } else if (!i.path.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + i.path;
    }
    return text.isEmpty() ? CliTr::tr("request") : text;
}

} // namespace

QString ranges(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (int k = 0; k < numbers.size();) {
        int end = k;
        while (end + 1 < numbers.size() && numbers.at(end + 1) == numbers.at(end) + 1)
            ++end;
        parts << (end == k ? QString::number(numbers.at(k))
                           : QStringLiteral("%1-%2").arg(numbers.at(k)).arg(numbers.at(end)));
        k = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

CliIssues capped(CliIssues issues, QMap<QString, int> *notShown)
{
    if (issues.size() > IssueCap) {
        // The first by line; issues of the file as a whole (line 0) stay in front, in order.
        std::stable_sort(issues.begin(), issues.end(),
                         [](const CliIssue &a, const CliIssue &b) { return a.line < b.line; });
        if (notShown) {
            for (qsizetype k = IssueCap; k < issues.size(); ++k)
                ++(*notShown)[issues.at(k).code];
        }
        issues.resize(IssueCap);
    }
    return issues;
}

QString notShownLine(const QMap<QString, int> &notShown)
{
    int total = 0;
    QStringList parts;
    for (auto it = notShown.cbegin(); it != notShown.cend(); ++it) {
        total += it.value();
        //: an issue code and how many issues have it
        parts << CliTr::tr("%1 %2").arg(it.key()).arg(it.value());
    }
    if (total == 0)
        return {};
    return CliTr::tr("%n more issue(s) not shown: %1.", nullptr, total)
            .arg(parts.join(QStringLiteral(", ")));
}

QJsonValue notShownJson(const QMap<QString, int> &notShown)
{
    if (notShown.isEmpty())
        return QJsonValue();
    int total = 0;
    QJsonObject byCode;
    for (auto it = notShown.cbegin(); it != notShown.cend(); ++it) {
        total += it.value();
        byCode.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("by_code"), byCode}};
}

QJsonArray issuesJson(const CliIssues &issues)
{
    QJsonArray array;
    for (const CliIssue &i : issues) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), i.file.isEmpty() ? QJsonValue() : i.file);
        o.insert(QStringLiteral("line"), i.line > 0 ? QJsonValue(i.line) : QJsonValue());
        o.insert(QStringLiteral("column"), i.column.isEmpty() ? QJsonValue() : i.column);
        o.insert(QStringLiteral("path"), i.path.isEmpty() ? QJsonValue() : i.path);
        o.insert(QStringLiteral("code"), i.code);
        o.insert(QStringLiteral("severity"),
                 i.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        o.insert(QStringLiteral("message"), i.message);
        array.append(o);
    }
    return array;
}

void printIssues(QTextStream &out, CliGlobals::Format format, const CliIssues &all,
                 const QMap<QString, int> &leftOut, int leftOutErrors)
{
    int errors = 0;
    int warnings = 0;
    count(all, leftOut, leftOutErrors, &errors, &warnings);
    QMap<QString, int> notShown = leftOut;
    const CliIssues issues = capped(all, &notShown);
    if (format == CliGlobals::Format::Json) {
        QJsonObject o;
        o.insert(QStringLiteral("valid"), errors == 0);
        o.insert(QStringLiteral("errors"), errors);
        o.insert(QStringLiteral("warnings"), warnings);
        o.insert(QStringLiteral("issues"), issuesJson(issues));
        if (!notShown.isEmpty())
            o.insert(QStringLiteral("not_shown"), notShownJson(notShown));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (format == CliGlobals::Format::Csv) {
        out << QStringLiteral("file,line,column,path,code,severity,message\r\n");
        for (const CliIssue &i : issues) {
            QStringList f{
                    i.file,   i.line > 0 ? QString::number(i.line) : QString(),
                    i.column, i.path,
                    i.code,   i.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                    i.message};
            for (QString &v : f) {
                if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
                    || v.contains(QLatin1Char('\n')))
                    v = QLatin1Char('"')
                        + QString(v).replace(QLatin1String("\""), QLatin1String("\"\""))
                        + QLatin1Char('"');
            }
            out << f.join(QLatin1Char(',')) << "\r\n";
        }
        out.flush();
        return;
    }
    for (const CliIssue &i : issues) {
        // One string, so that the punctuation follows the language (full-width in Chinese).
        //: a problem of the input: where, "error" or "warning", the message, the stable code
        out << "  "
            << CliTr::tr("%1: %2: %3 [%4]")
                        .arg(where(i), i.isError() ? CliTr::tr("error") : CliTr::tr("warning"),
                             i.message, i.code)
            << '\n';
    }
    if (!notShown.isEmpty())
        out << "  " << notShownLine(notShown) << '\n';
    if (errors > 0)
        out << nothingSentLine(errors, warnings) << '\n';
    out.flush();
}

void printInvalid(QTextStream &out, QTextStream &err, CliGlobals::Format format,
                  const CliIssues &issues, const QString &command,
                  const QMap<QString, int> &leftOut, int leftOutErrors)
{
    if (format == CliGlobals::Format::Text) {
        printIssues(err, format, issues, leftOut, leftOutErrors);
        return;
    }
    printIssues(out, format, issues, leftOut, leftOutErrors);
    int errors = 0;
    int warnings = 0;
    count(issues, leftOut, leftOutErrors, &errors, &warnings);
    err << QStringLiteral("wsctl %1: ").arg(command) << nothingSentLine(errors, warnings) << '\n';
    err.flush();
}

void printPlan(QTextStream &out, CliGlobals::Format format, const BatchPlan &plan,
               const BatchSource &source, const QString &path, int cap, const CliIssues &warnings)
{
    const int requests = static_cast<int>(plan.chunks.size());
    if (format == CliGlobals::Format::Json) {
        QJsonObject o;
        o.insert(QStringLiteral("dry_run"), true);
        o.insert(QStringLiteral("kind"), BatchKinds::name(plan.kind));
        o.insert(QStringLiteral("method"), QStringLiteral("POST"));
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("desktops"), plan.sourceCount);
        o.insert(QStringLiteral("cap"), cap);
        o.insert(QStringLiteral("requests"), requests);
        QJsonArray chunks;
        for (const BatchChunk &c : plan.chunks) {
            QJsonObject j;
            j.insert(QStringLiteral("index"), c.index + 1);
            j.insert(QStringLiteral("desktops"), static_cast<int>(c.sourceIndexes.size()));
            QJsonArray rows;
            QJsonArray lines;
            for (int s : c.sourceIndexes) {
                rows.append(s + 1);
                lines.append(source.lineOf(s) > 0 ? QJsonValue(source.lineOf(s)) : QJsonValue());
            }
            j.insert(QStringLiteral("source_rows"), rows);
            j.insert(QStringLiteral("source_lines"), lines);
            j.insert(QStringLiteral("bytes"), static_cast<int>(c.body.size()));
            j.insert(QStringLiteral("sha256"), QString::fromLatin1(c.bodyDigest()));
            // The exact bytes, as a string: re-serialising an object could reorder or reformat.
            j.insert(QStringLiteral("body"), QString::fromUtf8(c.body));
            chunks.append(j);
        }
        o.insert(QStringLiteral("chunks"), chunks);
        o.insert(QStringLiteral("warnings"), issuesJson(warnings));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (format == CliGlobals::Format::Csv) {
        // One line per request, so that a script (or a spreadsheet) can check the plan and keep
        // the exact bodies. The caller prints the warnings on stderr: CSV stays CSV.
        CliTable table;
        table.addColumn(QStringLiteral("index"), QString());
        table.addColumn(QStringLiteral("method"), QString());
        table.addColumn(QStringLiteral("path"), QString());
        table.addColumn(QStringLiteral("desktops"), QString());
        table.addColumn(QStringLiteral("source_rows"), QString());
        table.addColumn(QStringLiteral("source_lines"), QString());
        table.addColumn(QStringLiteral("bytes"), QString());
        table.addColumn(QStringLiteral("sha256"), QString());
        table.addColumn(QStringLiteral("body"), QString());
        for (const BatchChunk &c : plan.chunks) {
            QList<int> rows;
            QList<int> lines;
            sourcePlaces(c, source, &rows, &lines);
            table.addRow({c.index + 1, QStringLiteral("POST"), path,
                          static_cast<int>(c.sourceIndexes.size()), ranges(rows), ranges(lines),
                          static_cast<int>(c.body.size()), QString::fromLatin1(c.bodyDigest()),
                          QString::fromUtf8(c.body)});
        }
        table.write(out, CliGlobals::Format::Csv);
        return;
    }
    if (!warnings.isEmpty())
        printIssues(out, CliGlobals::Format::Text, warnings);
    out << CliTr::tr("Dry run: nothing is sent.") << '\n'
        << CliTr::tr("%n desktop(s) in %1, at most %2 per request: POST %3", nullptr,
                     plan.sourceCount)
                    .arg(CliTr::tr("%n request(s)", nullptr, requests))
                    .arg(cap)
                    .arg(path)
        << '\n';
    for (const BatchChunk &c : plan.chunks) {
        QList<int> rows;
        QList<int> lines;
        sourcePlaces(c, source, &rows, &lines);
        out << '\n'
            << CliTr::tr("Request %1 of %2: %n desktop(s), rows %3", nullptr,
                         static_cast<int>(c.sourceIndexes.size()))
                        .arg(c.index + 1)
                        .arg(requests)
                        .arg(ranges(rows));
        if (!lines.isEmpty())
            out << CliTr::tr(" (CSV lines %1)").arg(ranges(lines));
        out << CliTr::tr(", %1 bytes, sha256 %2")
                        .arg(c.body.size())
                        .arg(QString::fromLatin1(c.bodyDigest()))
            << '\n'
            << QString::fromUtf8(c.body) << '\n';
    }
    out.flush();
}

} // namespace CliPlanPrinter

} // namespace wsc
