#include "desktopsattachcommand.h"

#include "clibatchrun.h"
#include "cliconnection.h"
#include "clicsvoptions.h"
#include "cliplanprinter.h"
#include "clisignalwatcher.h"
#include "clitr.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/jobcenter.h"
#include "models/csv/assignmentimport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

namespace wsc {

DesktopsAttachCommand::DesktopsAttachCommand()
    : CliNamedCommand({QStringLiteral("desktops"), QStringLiteral("attach")},
                      QT_TRANSLATE_NOOP("Cli", "Assign existing desktops to users from a CSV"))
{}

QString DesktopsAttachCommand::help() const
{
    return CliTr::tr("Usage: wsctl desktops attach --assignments FILE.csv [options]\n"
                     "\n"
                     "Assigns existing desktops to users (AttachInstances). The CSV has one line "
                     "per\n"
                     "assignment, with English or Chinese headers:\n"
                     "  desktop_id or computer_name   finds the desktop (桌面ID / 计算机名)\n"
                     "  user_name                     the user, or a group on a SHARED desktop "
                     "(用户名)\n"
                     "  user_group                    administrators, users, sudo or default "
                     "(用户组)\n"
                     "  user_email                    optional (邮箱)\n"
                     "  new_computer_name             optional new computer name (新计算机名)\n"
                     "  is_clear_data                 optional: true/false, yes/no, 是/否\n"
                     "Every line is resolved against the tenant's desktops and checked (a desktop\n"
                     "already assigned, unknown, or named twice is reported on its line) before\n"
                     "anything is sent; then the batch is sent in journaled chunks.\n"
                     "\n"
                     "Options:\n"
                     "  --assignments FILE   The assignment CSV (required)\n"
                     "  --encoding E         Read the CSV as E instead of detecting it\n"
                     "  --delimiter D        comma, semicolon or tab instead of detecting it\n"
                     "  --max-size MB        Refuse larger files (default 256; 0: no limit)\n"
                     "  --dry-run            Check and print the chunk plan and the exact request\n"
                     "                       bodies; send nothing (the desktops are still read)\n"
                     "  --wait               Follow the jobs until every assignment ended\n"
                     "  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service's)\n"
                     "  --poll-interval S    Longest wait between two job polls (default 10)\n"
                     "\n"
                     "Example:\n"
                     "  wsctl desktops list --unassigned --format csv > free.csv\n"
                     "  wsctl desktops attach --assignments assign.csv --wait\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsAttachCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption fileOption(QStringLiteral("assignments"), QString(),
                                        QStringLiteral("file"));
    CliBatchRun run;
    parser.addOptions(run.options());
    parser.addOptions({fileOption, CliBatchRun::domainTypeOption(), CliCsvOptions::encodingOption(),
                       CliCsvOptions::delimiterOption(), CliCsvOptions::maxSizeOption()});
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    if (!parser.isSet(fileOption))
        return usageError(err, CliTr::tr("--assignments FILE is required."));
    ValidationContext context;
    QString error;
    if (!run.read(parser, &error) || !CliBatchRun::readDomainType(parser, &context, &error))
        return usageError(err, error);
    const bool domainGiven = parser.isSet(CliBatchRun::domainTypeOption());
    CsvReadOptions csvOptions;
    if (!CliCsvOptions::read(parser, &csvOptions, &error))
        return usageError(err, error);

    // 1. The file.
    const QString path = parser.value(fileOption);
    const AssignmentImportResult imported = AssignmentImport::readFile(path, csvOptions);
    if (!imported.readable)
        return fail(err, imported.readError, ExitUsage);
    CliIssues issues;
    for (const CsvIssue &i : imported.allIssues())
        issues.append(CliIssue::fromCsv(i, path));

    // 2. The tenant: its directory type and its desktops (to find them and check them).
    CliConnection connection(globals());
    code = connection.open(err);
    if (code != ExitOk)
        return code;
    context.createCap = connection.config().createCap;
    context.attachCap = connection.config().attachCap;
    WorkspaceClient *client = connection.client();
    if (!domainGiven) {
        auto *call = client->workspaceInfo(&connection);
        if (!waitOk(call, CliTr::tr("the workspace could not be read."), err, &code))
            return code;
        ValidationContext::parseDomainType(call->result().domainType, &context.domainType);
    }
    auto *desktopsCall = client->allDesktops(DesktopQuery(), &connection);
    if (!waitOk(desktopsCall, CliTr::tr("the desktops could not be listed."), err, &code))
        return code;

    // 3. Resolve, then check the requests exactly as they will be sent.
    const AssignmentMapping mapping
            = AssignmentImport::map(imported.rows, desktopsCall->result(), context);
    for (const CsvIssue &i : mapping.issues)
        issues.append(CliIssue::fromCsv(i, path));
    Findings problems;
    const BatchPlan plan = BatchPlan::forAttach(mapping.request, context, &problems, [] {
        return CliSignalWatcher::interruptRequested();
    });
    if (CliSignalWatcher::interruptRequested()) {
        err << CliTr::tr("Interrupted: the check was stopped; nothing was sent.") << '\n';
        return ExitInterrupted;
    }
    // One report per line, column and code: a set, since a garbage file has millions.
    const auto lineKey = [](const CliIssue &i) {
        return QStringLiteral("%1\x1f%2\x1f%3").arg(i.line).arg(i.column, i.code);
    };
    QSet<QString> reported;
    for (const CliIssue &i : std::as_const(issues))
        reported.insert(lineKey(i));
    for (const Finding &f : std::as_const(problems)) {
        CliIssue issue = CliIssue::fromFinding(f, path);
        if (f.row >= 0) {
            issue.line = mapping.lines.value(f.row);
            issue.column = AssignmentImport::columnForField(f.field);
        }
        const QString key = lineKey(issue);
        if (reported.contains(key))
            continue;
        reported.insert(key);
        issues.append(issue);
    }
    if (mapping.request.desktops.isEmpty() && issues.isEmpty()) {
        CliIssue none;
        none.file = path;
        none.code = QStringLiteral("csv.no_rows");
        none.message = CliTr::tr("The file assigns no desktop.");
        issues.append(none);
    }
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        || mapping.request.desktops.isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }

    BatchSource source;
    source.origin = QFileInfo(path).absoluteFilePath();
    source.lines = mapping.lines;
    // 4. Print the plan of a dry run, or send through the journal and follow.
    return sendPlan(
            run, connection, plan, source, ApiPaths::attachDesktops(), context.attachCap, issues,
            [&](JobCenter *center) { return center->startAttach(mapping.request, source); }, out,
            err);
}

} // namespace wsc
