#include "userscheckcommand.h"

#include "clicsvoptions.h"
#include "cliissue.h"
#include "cliplanprinter.h"
#include "clisignalwatcher.h"
#include "clitr.h"

#include "models/csv/userimport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace {

QString delimiterText(QChar delimiter)
{
    return delimiter.isNull() ? QString() : QString(delimiter);
}

QString delimiterWord(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return CliTr::tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return CliTr::tr("tab");
    return CliTr::tr("comma");
}

QString severityWord(const CsvIssue &issue)
{
    return issue.isError() ? CliTr::tr("error") : CliTr::tr("warning");
}

} // namespace

UsersCheckCommand::UsersCheckCommand()
    : CliNamedCommand(
            {QStringLiteral("users"), QStringLiteral("check")},
            QT_TRANSLATE_NOOP("Cli", "Check a user CSV file against the CreateDesktop rules"))
{}

QString UsersCheckCommand::help() const
{
    return CliTr::tr("Usage: wsctl users check FILE [options]\n"
                     "\n"
                     "Reads a user CSV file the way the console's import does (UTF-8 with or "
                     "without BOM,\n"
                     "UTF-16 with BOM, GB18030/GBK; comma, semicolon or tab; English or Chinese "
                     "headers)\n"
                     "and reports every problem by line and column.\n"
                     "\n"
                     "Columns: user_name, user_email, user_phone, user_group, computer_name,\n"
                     "desktop_name_prefix (also: username, email, phone, group, computer, prefix, "
                     "用户名,\n"
                     "邮箱, 手机号码, 用户组, 计算机名, 桌面名前缀, ...).\n"
                     "\n"
                     "Options:\n"
                     "  --domain-type LITE_AS|LOCAL_AD  Directory type of the Workspace (default "
                     "LITE_AS)\n"
                     "  --os Windows|Linux              Operating system of the image (default: "
                     "only the\n"
                     "                                  limits common to both)\n"
                     "  --encoding E                    Read the file as E (UTF-8, GB18030, "
                     "UTF-16LE, ...)\n"
                     "                                  instead of detecting it\n"
                     "  --delimiter D                   comma, semicolon or tab instead of "
                     "detecting it\n"
                     "  --max-size MB                   Refuse larger files (default 256; 0: no "
                     "limit)\n"
                     "\n"
                     "--format csv lists the problems, one per line (file, line, column, code,\n"
                     "severity, message). Reports show the first 1000 problems by line and count\n"
                     "the others by code. Ctrl-C stops the check (exit 130).\n"
                     "Exit 0 when no row is invalid, 1 when some rows (or the file) have errors,\n"
                     "2 for bad arguments or an unreadable, oversized or special file.\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int UsersCheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption domainOption(QStringLiteral("domain-type"), QString(),
                                          QStringLiteral("type"), QStringLiteral("LITE_AS"));
    const QCommandLineOption osOption(QStringLiteral("os"), QString(), QStringLiteral("os"));
    parser.addOptions({domainOption, osOption, CliCsvOptions::encodingOption(),
                       CliCsvOptions::delimiterOption(), CliCsvOptions::maxSizeOption()});
    // QCommandLineParser skips the first argument (the program name).
    if (!parser.parse(QStringList{QStringLiteral("wsctl")} + arguments))
        return usageError(err, parser.errorText());

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, CliTr::tr("a FILE to check is required."));
    if (files.size() > 1)
        return usageError(err, CliTr::tr("one FILE at a time (got %1).").arg(files.size()));

    UserImportRequest request;
    request.filePath = files.constFirst();
    if (!ValidationContext::parseDomainType(parser.value(domainOption),
                                            &request.context.domainType)) {
        return usageError(err, CliTr::tr("--domain-type must be LITE_AS or LOCAL_AD (got \"%1\").")
                                       .arg(parser.value(domainOption)));
    }
    if (parser.isSet(osOption)
        && !ValidationContext::parseOs(parser.value(osOption), &request.context.os)) {
        return usageError(err, CliTr::tr("--os must be Windows or Linux (got \"%1\").")
                                       .arg(parser.value(osOption)));
    }
    QString csvError;
    if (!CliCsvOptions::read(parser, &request.options, &csvError))
        return usageError(err, csvError);

    // Reading and checking run without the event loop: the progress callback is where Ctrl-C
    // is noticed (every block of the file, well within a second). Rows are checked as they are
    // read and dropped: a million-row file costs the duplicate index, not the rows.
    const UserCheckReport result
            = UserImport::check(request, CliPlanPrinter::IssueCap, [](qint64, qint64) {
                  return !CliSignalWatcher::interruptRequested();
              });
    if (!result.readable) {
        err << QStringLiteral("wsctl users check: ") << result.readError << '\n';
        return ExitUsage;
    }
    if (result.cancelled && CliSignalWatcher::interruptRequested()) {
        err << CliTr::tr("Interrupted: the check was stopped.") << '\n';
        return ExitInterrupted;
    }
    if (globals().format == CliGlobals::Format::Json) {
        out << QString::fromUtf8(toJson(result, request.filePath));
    } else if (globals().format == CliGlobals::Format::Csv) {
        // The problems as rows (the same columns as the other commands' CSV reports).
        CliIssues issues;
        for (const CsvIssue &issue : result.issues)
            issues.append(CliIssue::fromCsv(issue, request.filePath));
        if (!result.notShown.isEmpty())
            err << CliPlanPrinter::notShownLine(result.notShown) << '\n';
        CliPlanPrinter::printIssues(out, CliGlobals::Format::Csv, issues);
    } else {
        out << toText(result, request.filePath);
    }
    out.flush();
    if (result.invalid > 0 || result.fileErrors)
        // The report above is the requested output; the reason of the exit code goes to stderr.
        return fail(err, CliTr::tr("the file is not valid; the report says where and why."),
                    ExitFindings);
    return ExitOk;
}

QByteArray UsersCheckCommand::toJson(const UserCheckReport &result, const QString &file)
{
    QJsonArray issues;
    for (const CsvIssue &issue : result.issues) {
        QJsonObject o;
        o.insert(QStringLiteral("line"), issue.line > 0 ? QJsonValue(issue.line) : QJsonValue());
        o.insert(QStringLiteral("column"),
                 issue.column.isEmpty() ? QJsonValue() : QJsonValue(issue.column));
        o.insert(QStringLiteral("code"), issue.code);
        o.insert(QStringLiteral("severity"),
                 issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
        o.insert(QStringLiteral("message"), issue.message);
        issues.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("file"), file);
    root.insert(QStringLiteral("encoding"), result.encoding);
    root.insert(QStringLiteral("delimiter"), delimiterText(result.delimiter));
    root.insert(QStringLiteral("rows"), result.rows);
    root.insert(QStringLiteral("valid"), result.valid);
    root.insert(QStringLiteral("invalid"), result.invalid);
    root.insert(QStringLiteral("warnings"), result.warnings);
    root.insert(QStringLiteral("issues"), issues);
    if (!result.notShown.isEmpty())
        root.insert(QStringLiteral("not_shown"), CliPlanPrinter::notShownJson(result.notShown));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString UsersCheckCommand::toText(const UserCheckReport &result, const QString &file)
{
    QString text;
    QTextStream s(&text);
    const QString os = result.context.os == OsType::Unknown
                               ? CliTr::tr("any OS")
                               : ValidationContext::osName(result.context.os);
    s << CliTr::tr("%1: %2, %3-separated; checked for %4, %5")
                    .arg(file,
                         result.encoding + (result.hasBom ? QStringLiteral(" (BOM)") : QString()),
                         delimiterWord(result.delimiter),
                         ValidationContext::domainTypeName(result.context.domainType), os)
      << '\n';
    const CsvIssues &issues = result.issues;
    const QMap<QString, int> &notShown = result.notShown;
    if (!issues.isEmpty()) {
        s << '\n';
        for (const CsvIssue &issue : issues) {
            const QString where
                    = issue.line > 0 ? CliTr::tr("line %1").arg(issue.line) : CliTr::tr("file");
            s << "  " << where.leftJustified(11) << ' '
              << (issue.column.isEmpty() ? QStringLiteral("-") : issue.column).leftJustified(19)
              << ' ' << severityWord(issue).leftJustified(7) << ' ' << issue.message << '\n';
        }
        if (!notShown.isEmpty())
            s << "  " << CliPlanPrinter::notShownLine(notShown) << '\n';
        s << '\n';
    }
    //: Summary line: the counts come from the plural messages that follow.
    s << CliTr::tr("%1: %2, %3, %4.")
                    .arg(CliTr::tr("%n row(s)", nullptr, int(result.rows)),
                         CliTr::tr("%n valid", nullptr, int(result.valid)),
                         CliTr::tr("%n with errors", nullptr, int(result.invalid)),
                         CliTr::tr("%n warning(s)", nullptr, int(result.warnings)))
      << '\n';
    return text;
}

} // namespace wsc
