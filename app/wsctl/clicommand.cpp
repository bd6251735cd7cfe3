#include "clicommand.h"

#include "clibatchrun.h"
#include "cliconfirm.h"
#include "cliconnection.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/apicall.h"
#include "api/http/apierror.h"
#include "api/http/errorcatalog.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace wsc {

int CliCommand::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("wsctl %1: ").arg(name()) << message << '\n'
        << CliTr::tr("Run \"wsctl %1 --help\" for the options.").arg(name()) << '\n';
    err.flush();
    return ExitUsage;
}

int CliCommand::fail(QTextStream &err, const QString &message, int code) const
{
    err << QStringLiteral("wsctl %1: ").arg(name()) << message << '\n';
    err.flush();
    return code;
}

void CliCommand::writeList(QTextStream &out, const CliTable &table, const QString &emptyText,
                           const QString &countText) const
{
    table.write(out, globals().format, emptyText);
    if (globals().format == CliGlobals::Format::Text && table.rowCount() > 0)
        out << countText << '\n';
}

bool CliCommand::parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err,
                       int *code) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser skips the first argument (the program name).
    if (!parser.parse(QStringList{QStringLiteral("wsctl")} + arguments)) {
        *code = usageError(err, parser.errorText());
        return false;
    }
    return true;
}

bool CliCommand::parseOptionsOnly(QCommandLineParser &parser, const QStringList &arguments,
                                  QTextStream &err, int *code) const
{
    if (!parse(parser, arguments, err, code))
        return false;
    if (!parser.positionalArguments().isEmpty()) {
        *code = usageError(err, CliTr::tr("unexpected argument \"%1\".")
                                        .arg(parser.positionalArguments().constFirst()));
        return false;
    }
    return true;
}

bool CliCommand::parseOptionsAndOpen(QCommandLineParser &parser, const QStringList &arguments,
                                     CliConnection &connection, QTextStream &err, int *code) const
{
    if (!parseOptionsOnly(parser, arguments, err, code))
        return false;
    *code = connection.open(err);
    return *code == ExitOk;
}

bool CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments, int least,
                                int most, const QString &usage, QTextStream &err, int *code) const
{
    if (!parse(parser, arguments, err, code))
        return false;
    const qsizetype count = parser.positionalArguments().size();
    if (count < least || (most != Unlimited && count > most)) {
        *code = usageError(err, usage);
        return false;
    }
    return true;
}

QString CliCommand::globalOptionsHelp()
{
    return CliTr::tr("Global options (anywhere on the line):\n"
                     "  --profile NAME        Connection profile (default: the active one)\n"
                     "  --endpoint URL        Workspace endpoint instead of the profile's\n"
                     "  --iam-endpoint URL    IAM endpoint instead of the profile's\n"
                     "  --region NAME         Region instead of the profile's\n"
                     "  --project-id ID       Project instead of the profile's (or discovered)\n"
                     "  --format text|json|csv  Output format (default text)\n"
                     "  --lang en|zh_CN       Language of the messages (default: from LANG)\n"
                     "  --journal PATH        Job journal (default: the console's, shared)\n"
                     "Credentials also come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK,\n"
                     "HUAWEICLOUD_SDK_SECURITY_TOKEN and HUAWEICLOUD_SDK_PROJECT_ID.\n"
                     "\n"
                     "Exit codes: 0 done, 1 invalid input (nothing sent), 2 bad usage or an\n"
                     "unreadable file, 3 API or network error, 4 jobs ended with failures,\n"
                     "130 interrupted (the journal stays consistent; resume with\n"
                     "\"wsctl jobs watch\").\n")
           + CliTr::tr("\n"
                       "Secrets and waits (global options too):\n"
                       "  --sk-stdin            Read the secret key from standard input\n"
                       "  --password-stdin      Read the IAM password from standard input\n"
                       "  --unreachable-timeout SECONDS  Give up a wait (exit 3) after the\n"
                       "                        service was unreachable this long (default\n"
                       "                        600, 0 = never)\n"
                       "The IAM password also comes from WSCTL_IAM_PASSWORD.\n");
}

int CliCommand::apiFailure(QTextStream &err, const QString &what, const ApiError &error) const
{
    if (error.kind == ApiError::Kind::Cancelled)
        return ExitInterrupted;
    err << QStringLiteral("wsctl %1: ").arg(name()) << what << '\n';
    for (const QString &line : ErrorCatalog::describe(error).split(QLatin1Char('\n')))
        err << "  " << line << '\n';
    // The technical detail (Qt's network error text) says which address failed and how.
    if (error.kind != ApiError::Kind::Http)
        err << "  (" << error.summary() << ")\n";
    err.flush();
    return ExitApi;
}

bool CliCommand::waitOk(ApiCall *call, const QString &what, QTextStream &err, int *code) const
{
    if (!CliWait::call(call)) {
        *code = ExitInterrupted;
        return false;
    }
    if (!call->isOk()) {
        *code = apiFailure(err, what, call->error());
        return false;
    }
    return true;
}

int CliCommand::resolveDesktops(CliDesktopSelection &selection, CliConnection &connection,
                                QTextStream &err) const
{
    const int code = connection.open(err);
    if (code != ExitOk)
        return code;
    return listAndResolve(selection, connection, err);
}

int CliCommand::resolveArguments(CliDesktopSelection &selection, const QStringList &arguments,
                                 CliConnection &connection, QTextStream &err) const
{
    const int code = connection.open(err);
    if (code != ExitOk)
        return code;
    QString error;
    if (!selection.readArguments(arguments, &error))
        return usageError(err, error);
    return listAndResolve(selection, connection, err);
}

int CliCommand::listAndResolve(CliDesktopSelection &selection, CliConnection &connection,
                               QTextStream &err) const
{
    ApiError error;
    if (!selection.resolve(connection.client(), &connection, &error))
        return apiFailure(err, CliTr::tr("the desktops could not be listed."), error);
    return ExitOk;
}

int CliCommand::resolveValidDesktops(CliDesktopSelection &selection, CliConnection &connection,
                                     QTextStream &out, QTextStream &err) const
{
    const int code = resolveDesktops(selection, connection, err);
    if (code != ExitOk)
        return code;
    if (selection.hasErrors() || selection.desktops().isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, selection.issues(), name());
        return ExitFindings;
    }
    return ExitOk;
}

int CliCommand::confirmSend(QTextStream &err, const QString &what, int count, bool yes) const
{
    switch (CliConfirm::ask(err, what, count, yes)) {
    case CliConfirm::Answer::Confirmed:
        break;
    case CliConfirm::Answer::Declined:
        err << CliTr::tr("Stopped: nothing was sent.") << '\n';
        return ExitInterrupted;
    case CliConfirm::Answer::NeedsYes:
        return usageError(err, CliTr::tr("%1 Standard input is not a terminal, so nobody "
                                         "can confirm: pass --yes.")
                                       .arg(what));
    }
    return ExitOk;
}

int CliCommand::startAndFollow(CliConnection &connection,
                               const std::function<QString(JobCenter *)> &start, int requests,
                               CliBatchFollower::Until until, QTextStream &out,
                               QTextStream &err) const
{
    const int code = connection.openJournal(err);
    if (code != ExitOk)
        return code;
    JobCenter *center = connection.jobCenter();
    const QString id = start(center);
    if (id.isEmpty())
        return fail(err, center->lastError(), ExitUsage);
    return CliBatchFollower::announceAndFollow(center, globals(), id, requests,
                                               connection.journal()->path(), until, out, err);
}

int CliCommand::printOrFollow(bool dryRun, const QList<CliRequestPrinter::Request> &requests,
                              CliConnection &connection,
                              const std::function<QString(JobCenter *)> &start, QTextStream &out,
                              QTextStream &err) const
{
    if (dryRun) {
        CliRequestPrinter::print(out, globals().format, requests);
        return ExitOk;
    }
    return startAndFollow(connection, start, int(requests.size()),
                          CliBatchFollower::Until::Finished, out, err);
}

int CliCommand::sendPlan(const CliBatchRun &run, CliConnection &connection, const BatchPlan &plan,
                         const BatchSource &source, const QString &path, int cap,
                         const CliIssues &issues, const std::function<QString(JobCenter *)> &start,
                         QTextStream &out, QTextStream &err) const
{
    if (run.dryRun()) {
        CliBatchRun::printDryRun(out, err, globals().format, plan, source, path, cap, issues);
        return ExitOk;
    }
    if (!issues.isEmpty() && globals().format == CliGlobals::Format::Text)
        CliPlanPrinter::printIssues(err, CliGlobals::Format::Text, issues);
    return startAndFollow(
            connection,
            [&](JobCenter *center) {
                run.pace(center);
                return start(center);
            },
            static_cast<int>(plan.chunks.size()), run.until(), out, err);
}

} // namespace wsc
