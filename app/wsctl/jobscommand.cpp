#include "jobscommand.h"

#include "clibatchfollower.h"
#include "clibatchreport.h"
#include "cliconnection.h"
#include "clitable.h"
#include "clitr.h"

#include "api/jobs/batchexport.h"
#include "api/jobs/batchsource.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/jobtreemodel.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

} // namespace

JobsCommand::JobsCommand(Action action)
    : m_action(action)
{}

QStringList JobsCommand::words() const
{
    static const char *const names[] = {"list", "show", "watch", "retry-failed", "export"};
    return {QStringLiteral("jobs"), QString::fromLatin1(names[static_cast<int>(m_action)])};
}

QString JobsCommand::summary() const
{
    switch (m_action) {
    case Action::List:
        return CliTr::tr("List the batches in the job journal (shared with the console)");
    case Action::Show:
        return CliTr::tr("Show a batch: every desktop, and why the failed ones failed");
    case Action::Watch:
        return CliTr::tr("Resume unfinished batches and follow them to the end");
    case Action::RetryFailed:
        return CliTr::tr("Start a new batch of just the failed desktops of a batch");
    case Action::Export:
        break;
    }
    return CliTr::tr("Write a batch's results as CSV (one line per desktop)");
}

QString JobsCommand::help() const
{
    QString text;
    switch (m_action) {
    case Action::List:
        text = CliTr::tr("Usage: wsctl jobs list\n"
                         "\n"
                         "Lists the batches of the profile in the job journal, oldest first: id,\n"
                         "what it does, its state (running, paused, finished, or running in\n"
                         "another window), and how many desktops succeeded, failed or wait.\n");
        break;
    case Action::Show:
        text = CliTr::tr("Usage: wsctl jobs show ID\n"
                         "\n"
                         "Shows one batch (ID or a unique start of it): its counts, every desktop\n"
                         "with its CSV line, desktop id, job and status, and for each failure the\n"
                         "cause, what to do, the service's message, code and request id.\n");
        break;
    case Action::Watch:
        text = CliTr::tr(
                "Usage: wsctl jobs watch [ID] [options]\n"
                "\n"
                "Resumes the unfinished batches of the profile (or only ID) that no\n"
                "other process runs, exactly where they stopped: requests whose answer\n"
                "was lost are looked up on the service before anything is sent again,\n"
                "so no desktop is made twice. Follows them, and batches that the console\n"
                "runs, until they end.\n"
                "\n"
                "Options:\n"
                "  --poll-interval S    Longest wait between two job polls (default 10)\n"
                "\n"
                "Exit: 0 all succeeded, 4 some desktops failed, 3 a request was refused.\n");
        break;
    case Action::RetryFailed:
        text = CliTr::tr(
                "Usage: wsctl jobs retry-failed ID [options]\n"
                "\n"
                "Starts a new batch of just the desktops of ID that failed, each with its\n"
                "original settings and CSV line. Desktops a failed create left in ERROR are\n"
                "deleted first, so their names can be used again.\n"
                "\n"
                "Options:\n"
                "  --wait               Follow the new jobs to the end\n"
                "  --poll-interval S    Longest wait between two job polls (default 10)\n");
        break;
    case Action::Export:
        text = CliTr::tr("Usage: wsctl jobs export ID --out FILE.csv\n"
                         "\n"
                         "Writes one line per desktop of the batch (UTF-8 with BOM, for Excel):\n"
                         "source_row, source_line, user_name, computer_name, desktop_id, job_id,\n"
                         "sub_job_id, status, error_code, message, request_id. The header is\n"
                         "always English. --out - writes to standard output without the BOM.\n");
        break;
    }
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

QString JobsCommand::resolveBatch(const JobCenter *center, const QString &text, QString *error)
{
    QStringList matches;
    for (const BatchSummary &s : center->batches()) {
        if (s.id == text)
            return s.id;
        if (!text.isEmpty() && s.id.startsWith(text, Qt::CaseInsensitive))
            matches << s.id;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    *error = matches.isEmpty()
                     ? CliTr::tr("there is no batch %1 in this profile's journal; \"wsctl jobs "
                                 "list\" shows them.")
                               .arg(text)
                     : CliTr::tr("%1 starts %n batch ids; give more of it.", nullptr,
                                 static_cast<int>(matches.size()))
                               .arg(text);
    return {};
}

int JobsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption waitOption(QStringLiteral("wait"));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"), QString(),
                                        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("file"));
    if (m_action == Action::RetryFailed)
        parser.addOption(waitOption);
    if (m_action == Action::RetryFailed || m_action == Action::Watch)
        parser.addOption(pollOption);
    if (m_action == Action::Export)
        parser.addOption(outOption);
    int code = ExitOk;
    if (!parse(parser, arguments, err, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const bool needsId = m_action == Action::Show || m_action == Action::RetryFailed
                         || m_action == Action::Export;
    const int maxIds = m_action == Action::List ? 0 : 1;
    if (needsId && positional.isEmpty())
        return usageError(err, CliTr::tr("give the batch ID (\"wsctl jobs list\" shows them)."));
    if (positional.size() > maxIds)
        return usageError(err, CliTr::tr("unexpected argument \"%1\".").arg(positional.last()));
    if (m_action == Action::Export && !parser.isSet(outOption))
        return usageError(err, CliTr::tr("--out FILE.csv is required."));
    int pollMs = 10000;
    if (m_action == Action::Watch || m_action == Action::RetryFailed) {
        bool ok = false;
        const double seconds = parser.value(pollOption).toDouble(&ok);
        if (!ok || seconds < 0.05)
            return usageError(err, CliTr::tr("--poll-interval needs a number of seconds (at "
                                             "least 0.05)."));
        pollMs = static_cast<int>(seconds * 1000);
    }

    // Reading the journal needs no credentials; running batches does.
    const bool runs = m_action == Action::Watch || m_action == Action::RetryFailed;
    CliConnection connection(globals());
    code = runs ? connection.open(err) : connection.openOffline(err);
    if (code != ExitOk)
        return code;
    code = connection.openJournal(err);
    if (code != ExitOk)
        return code;
    JobCenter *center = connection.jobCenter();
    center->setPollIntervals(qMin(1000, pollMs), pollMs);

    QString id;
    QString error;
    if (!positional.isEmpty()) {
        id = resolveBatch(center, positional.constFirst(), &error);
        if (id.isEmpty())
            return fail(err, error, ExitUsage);
    }

    switch (m_action) {
    case Action::List:
        return list(center, out);
    case Action::Show:
        return show(center, id, out);
    case Action::Export: {
        const QString path = parser.value(outOption);
        if (path == QLatin1String("-")) {
            out << BatchExport::text(center->items(id));
            return ExitOk;
        }
        if (!center->exportCsv(id, path, &error))
            return fail(err, error, ExitUsage);
        if (globals().format == CliGlobals::Format::Text)
            out << CliTr::tr("%n desktop(s) written to %1.", nullptr,
                             static_cast<int>(center->items(id).size()))
                            .arg(QFileInfo(path).absoluteFilePath())
                << '\n';
        return ExitOk;
    }
    case Action::RetryFailed: {
        if (!center->batch(id).isFinished())
            return fail(err,
                        CliTr::tr("batch %1 is not finished; retry its failed desktops once it "
                                  "is (\"wsctl jobs watch %1\").")
                                .arg(id),
                        ExitUsage);
        const QString retry = center->retryFailed(id);
        if (retry.isEmpty()) {
            if (!center->lastError().isEmpty())
                return fail(err, center->lastError(), ExitUsage);
            const BatchSummary s = center->batch(id);
            if (s.refused > 0)
                // A refusal is not a failure: sending the same request again would be refused
                // again. The report names the line to fix.
                return fail(err,
                            CliTr::tr("the service refused %n desktop(s) of batch %1, so nothing "
                                      "was done for them and there is nothing to retry: fix the "
                                      "input that \"wsctl jobs show %1\" names and run the "
                                      "command again.",
                                      nullptr, s.refused)
                                    .arg(id),
                            ExitApi);
            out << CliTr::tr("Batch %1 has no failed desktop to retry.").arg(id) << '\n';
            return ExitOk;
        }
        if (globals().format == CliGlobals::Format::Text)
            out << CliTr::tr("Batch %1: %2 (retries %3)")
                            .arg(retry, center->batch(retry).title(), id)
                << '\n';
        return CliBatchFollower::followAndReport(center, globals(), {retry},
                                                 parser.isSet(waitOption)
                                                         ? CliBatchFollower::Until::Finished
                                                         : CliBatchFollower::Until::Submitted,
                                                 out, err);
    }
    case Action::Watch:
        break;
    }

    // watch: adopt what nobody runs, then follow every unfinished batch (or the one asked).
    center->resumeUnfinished();
    QStringList ids;
    if (!id.isEmpty()) {
        ids << id;
    } else {
        for (const BatchSummary &s : center->batches()) {
            if (!s.isFinished() && !s.paused)
                ids << s.id;
        }
    }
    if (ids.isEmpty()) {
        if (globals().format == CliGlobals::Format::Json)
            out << QStringLiteral("{\n    \"batches\": [],\n    \"interrupted\": false\n}\n");
        else if (globals().format == CliGlobals::Format::Text)
            out << CliTr::tr("Nothing to watch: every batch of profile \"%1\" is finished or "
                             "paused.")
                            .arg(connection.profile().name)
                << '\n';
        return ExitOk;
    }
    if (globals().format == CliGlobals::Format::Text) {
        for (const QString &b : std::as_const(ids)) {
            const BatchSummary s = center->batch(b);
            out << CliTr::tr("Following batch %1: %2 (%3)")
                            .arg(b, s.title(), CliBatchReport::stateText(center, b))
                << '\n';
        }
        out.flush();
    }
    return CliBatchFollower::followAndReport(center, globals(), ids,
                                             CliBatchFollower::Until::Finished, out, err);
}

int JobsCommand::list(JobCenter *center, QTextStream &out)
{
    CliTable table;
    table.addColumn(QStringLiteral("id"), CliTr::tr("Batch"));
    table.addColumn(QStringLiteral("kind"), CliTr::tr("Kind"));
    table.addColumn(QStringLiteral("state"), CliTr::tr("State"));
    table.addColumn(QStringLiteral("started"), CliTr::tr("Started"));
    table.addColumn(QStringLiteral("desktops"), CliTr::tr("Desktops"));
    table.addColumn(QStringLiteral("succeeded"), CliTr::tr("Succeeded"));
    table.addColumn(QStringLiteral("failed"), CliTr::tr("Failed"));
    table.addColumn(QStringLiteral("refused"), CliTr::tr("Refused"));
    table.addColumn(QStringLiteral("waiting"), CliTr::tr("Waiting"));
    table.addColumn(QStringLiteral("progress"), CliTr::tr("Progress"));
    table.addColumn(QStringLiteral("title"), CliTr::tr("Title"));
    const bool text = globals().format == CliGlobals::Format::Text;
    for (const BatchSummary &s : center->batches()) {
        table.addRow({s.id, BatchKinds::name(s.kind),
                      text ? CliBatchReport::stateText(center, s.id)
                           : CliBatchReport::stateName(center, s.id),
                      text ? when(s.started) : s.started.toUTC().toString(Qt::ISODate), s.desktops,
                      s.succeeded, s.failed, s.refused, s.running + s.pending,
                      text ? QVariant(QStringLiteral("%1%").arg(s.progress)) : QVariant(s.progress),
                      s.title()});
    }
    table.write(out, globals().format, CliTr::tr("The journal has no batch of this profile."));
    return ExitOk;
}

int JobsCommand::show(JobCenter *center, const QString &id, QTextStream &out)
{
    const BatchSummary s = center->batch(id);
    if (globals().format == CliGlobals::Format::Csv) {
        out << BatchExport::text(center->items(id));
        return ExitOk;
    }
    const QList<BatchItem> items = center->items(id);
    if (globals().format == CliGlobals::Format::Json) {
        QJsonObject o = CliBatchReport::json(center, id);
        QJsonArray array;
        for (const BatchItem &i : items) {
            QJsonObject j;
            j.insert(QStringLiteral("source_row"), i.sourceIndex + 1);
            j.insert(QStringLiteral("source_line"),
                     i.sourceLine > 0 ? QJsonValue(i.sourceLine) : QJsonValue());
            j.insert(QStringLiteral("chunk"), i.chunk + 1);
            j.insert(QStringLiteral("chunk_state"), ChunkStates::name(i.chunkState));
            j.insert(QStringLiteral("user_name"), i.userName);
            j.insert(QStringLiteral("computer_name"), i.computerName);
            j.insert(QStringLiteral("desktop_id"), i.desktopId);
            j.insert(QStringLiteral("job_id"), i.jobId);
            j.insert(QStringLiteral("sub_job_id"), i.subJobId);
            j.insert(QStringLiteral("status"), i.statusName());
            j.insert(QStringLiteral("outcome"), BatchItem::outcomeName(i.outcome()));
            j.insert(QStringLiteral("error_code"), i.errorCode);
            j.insert(QStringLiteral("message"), i.messageText());
            j.insert(QStringLiteral("request_id"), i.requestId);
            array.append(j);
        }
        o.insert(QStringLiteral("items"), array);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << CliBatchReport::text(center, id, 0);
    if (!s.origin.isEmpty())
        out << "  " << CliTr::tr("from %1").arg(BatchSource::originText(s.origin)) << '\n';
    out << '\n';
    CliTable table;
    table.addColumn(QStringLiteral("source_row"), CliTr::tr("Row"));
    table.addColumn(QStringLiteral("source_line"), CliTr::tr("Line"));
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("computer_name"), CliTr::tr("Computer name"));
    table.addColumn(QStringLiteral("desktop_id"), CliTr::tr("Desktop id"));
    table.addColumn(QStringLiteral("status"), CliTr::tr("Status"));
    table.addColumn(QStringLiteral("error_code"), CliTr::tr("Error code"));
    const bool text = globals().format == CliGlobals::Format::Text;
    for (const BatchItem &i : items) {
        table.addRow({i.sourceIndex + 1, i.sourceLine > 0 ? QVariant(i.sourceLine) : QVariant(),
                      i.userName, i.computerName, i.desktopId,
                      text ? JobTreeModel::statusText(i) : i.statusName(), i.errorCode});
    }
    table.write(out, globals().format);
    return ExitOk;
}

} // namespace wsc
