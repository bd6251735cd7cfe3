#include "desktopsdiskscommand.h"

#include "cliconnection.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clirequestprinter.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "models/rules/createrules.h"
#include "models/rules/day2rules.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace wsc {

namespace {

/** Each action's word and summary. */
const CliActionName<DesktopsDisksCommand::Action> kActions[] = {
        {DesktopsDisksCommand::Action::Add, "add",
         QT_TRANSLATE_NOOP("Cli", "Add data disks to a desktop")},
        {DesktopsDisksCommand::Action::Expand, "expand",
         QT_TRANSLATE_NOOP("Cli", "Make a desktop's disk larger")},
        {DesktopsDisksCommand::Action::Remove, "remove",
         QT_TRANSLATE_NOOP("Cli", "Remove data disks from a desktop")},
        {DesktopsDisksCommand::Action::List, "list",
         QT_TRANSLATE_NOOP("Cli", "List a desktop's disks")},
};

} // namespace

DesktopsDisksCommand::DesktopsDisksCommand(Action action)
    : CliActionCommand("desktops disks", kActions, action)
    , m_action(action)
{}

QString DesktopsDisksCommand::help() const
{
    QString usage;
    switch (m_action) {
    case Action::Add:
        usage = CliTr::tr("Usage: wsctl desktops disks add DESKTOP --size GB [options]\n"
                          "\n"
                          "Adds data disks (10 to 32760 GB, in steps of 10; at most 10 per "
                          "desktop).\n"
                          "\n"
                          "Options:\n"
                          "  --size GB            The size of each new disk (required)\n"
                          "  --type T             SAS, SSD, GPSSD or GPSSD2 (default SAS)\n"
                          "  --count N            How many disks (default 1)\n");
        break;
    case Action::Expand:
        usage = CliTr::tr("Usage: wsctl desktops disks expand DESKTOP --volume-id ID --size GB "
                          "[options]\n"
                          "\n"
                          "Makes a disk larger; a disk never shrinks. \"wsctl desktops disks "
                          "list DESKTOP\"\nshows the disks' ids and sizes.\n"
                          "\n"
                          "Options:\n"
                          "  --volume-id ID       The disk (required)\n"
                          "  --size GB            Its new size, more than today (required)\n");
        break;
    case Action::List:
        return CliTr::tr("Usage: wsctl desktops disks list DESKTOP\n"
                         "\n"
                         "Lists the desktop's system disk and data disks: id, type, size, "
                         "device.\n")
               + QLatin1Char('\n') + globalOptionsHelp();
    case Action::Remove:
        usage = CliTr::tr("Usage: wsctl desktops disks remove DESKTOP --volume-id ID... "
                          "[options]\n"
                          "\n"
                          "Removes data disks and everything on them (never the system disk).\n"
                          "\n"
                          "Options:\n"
                          "  --volume-id ID       A data disk (required, repeatable)\n"
                          "  --yes                Do not ask for confirmation (needed in "
                          "scripts)\n");
        break;
    }
    return usage
           + CliTr::tr("  --dry-run            Check and print the exact request; send nothing\n"
                       "  --wait               Follow the job until it ends\n"
                       "  --poll-interval S    Longest wait between two job polls (default 10)\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsDisksCommand::waitForJob(WorkspaceClient *client, QObject *context,
                                     const QString &jobId, int pollMs, QTextStream &out,
                                     QTextStream &err) const
{
    int delay = qMin(500, pollMs);
    int code = ExitOk;
    for (;;) {
        auto *call = client->job(jobId, context);
        if (!waitOk(call, CliTr::tr("the job could not be read."), err, &code))
            return code;
        const JobInfo job = call->result();
        if (job.isTerminal()) {
            const bool ok = job.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0;
            if (!ok) {
                err << CliTr::tr("The job %1 failed: %2 %3")
                                .arg(jobId, job.errorCode, job.failReason)
                    << '\n';
                return ExitJobFailures;
            }
            if (globals().format == CliGlobals::Format::Text)
                out << CliTr::tr("Job %1 succeeded.").arg(jobId) << '\n';
            return ExitOk;
        }
        QEventLoop loop;
        QTimer::singleShot(delay, &loop, &QEventLoop::quit);
        if (!CliWait::run(loop))
            return ExitInterrupted;
        delay = qMin(pollMs, delay * 2);
    }
}

int DesktopsDisksCommand::list(const DesktopInfo &desktop, QTextStream &out) const
{
    CliTable table;
    table.addColumn(QStringLiteral("volume_id"), CliTr::tr("Disk id"));
    table.addColumn(QStringLiteral("role"), CliTr::tr("Role"));
    table.addColumn(QStringLiteral("type"), CliTr::tr("Type"));
    table.addColumn(QStringLiteral("size_gb"), CliTr::tr("Size (GB)"));
    table.addColumn(QStringLiteral("device"), CliTr::tr("Device"));
    // The role column stays English in every output: scripts read it.
    table.addRow({desktop.rootVolume.id, QStringLiteral("system"), desktop.rootVolume.type,
                  desktop.rootVolume.size, desktop.rootVolume.device});
    for (const DesktopVolume &v : desktop.dataVolumes)
        table.addRow({v.id, QStringLiteral("data"), v.type, v.size, v.device});
    table.write(out, globals().format, QString());
    return ExitOk;
}

int DesktopsDisksCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption waitOption(QStringLiteral("wait"));
    const QCommandLineOption pollOption(QStringLiteral("poll-interval"), QString(),
                                        QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("gb"));
    const QCommandLineOption typeOption(QStringLiteral("type"), QString(), QStringLiteral("type"),
                                        QStringLiteral("SAS"));
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("n"),
                                         QStringLiteral("1"));
    const QCommandLineOption volumeOption(QStringLiteral("volume-id"), QString(),
                                          QStringLiteral("id"));
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    if (m_action != Action::List)
        parser.addOptions({dryRunOption, waitOption, pollOption});
    if (m_action == Action::Add)
        parser.addOptions({sizeOption, typeOption, countOption});
    if (m_action == Action::Expand)
        parser.addOptions({sizeOption, volumeOption});
    if (m_action == Action::Remove)
        parser.addOptions({volumeOption, yesOption});
    int code = ExitOk;
    if (!parseArguments(parser, arguments, 1, 1,
                        CliTr::tr("name one desktop (its id or computer name)."), err, &code))
        return code;
    const bool listing = m_action == Action::List;
    const bool dryRun = !listing && parser.isSet(dryRunOption);
    const bool wait = !listing && parser.isSet(waitOption);
    if (dryRun && wait)
        return usageError(err, CliTr::tr("--dry-run sends nothing, so there is nothing to --wait "
                                         "for."));
    bool ok = listing;
    const double pollSeconds = listing ? 1 : parser.value(pollOption).toDouble(&ok);
    if (!ok || pollSeconds < 0.05)
        return usageError(err, CliTr::tr("--poll-interval needs a number of seconds (at least "
                                         "0.05)."));
    int size = 0;
    if (m_action == Action::Add || m_action == Action::Expand) {
        size = parser.value(sizeOption).toInt(&ok);
        if (!ok)
            return usageError(err, CliTr::tr("--size GB is required (a whole number)."));
    }
    int count = 1;
    if (m_action == Action::Add) {
        count = parser.value(countOption).toInt(&ok);
        if (!ok || count < 1 || count > Day2Rules::MaxDataDisks)
            return usageError(err, CliTr::tr("--count must be between 1 and 10."));
    }
    const bool byVolume = m_action == Action::Expand || m_action == Action::Remove;
    const QStringList volumeIds = byVolume ? parser.values(volumeOption) : QStringList();
    if (byVolume && volumeIds.isEmpty())
        return usageError(err, CliTr::tr("--volume-id ID is required."));
    if (m_action == Action::Expand && volumeIds.size() > 1)
        return usageError(err, CliTr::tr("expand one disk at a time."));

    CliConnection connection(globals());
    CliDesktopSelection selection;
    code = resolveArguments(selection, parser.positionalArguments(), connection, err);
    if (code != ExitOk)
        return code;
    WorkspaceClient *client = connection.client();
    CliIssues issues = selection.issues();
    DesktopInfo desktop;
    if (!selection.desktops().isEmpty()) {
        // The list has no disks: the desktop's own details have them.
        auto *call = client->desktop(selection.desktopIds().constFirst(), &connection);
        if (!waitOk(call, CliTr::tr("the desktop could not be read."), err, &code))
            return code;
        desktop = call->result();
    }
    if (listing) {
        if (desktop.desktopId.isEmpty()) {
            CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
            return ExitFindings;
        }
        return list(desktop, out);
    }
    const auto add = [&issues](const QString &code, const QString &message) {
        CliIssue i;
        i.code = code;
        i.message = message;
        issues.append(i);
    };
    Findings found;
    QList<Volume> volumes;
    if (!desktop.desktopId.isEmpty()) {
        const QString busy = Day2Rules::busyReason(desktop);
        if (!busy.isEmpty())
            add(QStringLiteral("desktop.busy"),
                CliTr::tr("%1: %2; wait until it ends.").arg(desktop.computerName, busy));
        if (m_action == Action::Add) {
            Volume v;
            v.type = parser.value(typeOption).toUpper();
            v.size = size;
            CreateRules::checkDataVolume(v, QStringLiteral("volumes"), ValidationContext(), found);
            for (int i = 0; i < count; ++i)
                volumes.append(v);
            if (desktop.dataVolumes.size() + count > Day2Rules::MaxDataDisks)
                add(QStringLiteral("volumes.count"),
                    CliTr::tr("%1 has %2 data disks; a desktop has at most 10.")
                            .arg(desktop.computerName)
                            .arg(desktop.dataVolumes.size()));
        } else {
            for (const QString &id : volumeIds) {
                const DesktopVolume *disk = nullptr;
                for (const DesktopVolume &v : std::as_const(desktop.dataVolumes))
                    disk = v.id == id ? &v : disk;
                const bool isRoot = desktop.rootVolume.id == id;
                if (m_action == Action::Expand && isRoot)
                    disk = &desktop.rootVolume;
                if (!disk) {
                    add(QStringLiteral("volume.unknown"),
                        isRoot ? CliTr::tr("%1 is the system disk of %2: it cannot be removed.")
                                         .arg(id, desktop.computerName)
                               : CliTr::tr("%1 has no data disk %2.")
                                         .arg(desktop.computerName, id));
                    continue;
                }
                if (m_action == Action::Expand)
                    Day2Rules::checkExpand(disk->size, size, QStringLiteral("new_size"), found);
            }
        }
    }
    for (const Finding &f : std::as_const(found))
        issues.append(CliIssue::fromFinding(f, QString()));
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        || desktop.desktopId.isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }

    CliRequestPrinter::Request request{"POST", {}, {}};
    QJsonObject body;
    if (m_action == Action::Add) {
        QJsonArray list;
        for (const Volume &v : std::as_const(volumes))
            list.append(v.toJson());
        body.insert(QStringLiteral("volumes"), list);
        request.path = ApiPaths::desktopVolumes(desktop.desktopId);
    } else if (m_action == Action::Expand) {
        body.insert(QStringLiteral("new_size"), size);
        request.path = ApiPaths::expandDesktopVolume(desktop.desktopId, volumeIds.constFirst());
    } else {
        body.insert(QStringLiteral("volume_ids"), QJsonArray::fromStringList(volumeIds));
        request.path = ApiPaths::deleteDesktopVolumes(desktop.desktopId);
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (dryRun) {
        CliRequestPrinter::print(out, globals().format, {request});
        return ExitOk;
    }
    if (m_action == Action::Remove) {
        const QString what = CliTr::tr("Remove %n data disk(s) of %1 and everything on them.",
                                       nullptr, static_cast<int>(volumeIds.size()))
                                     .arg(desktop.computerName);
        code = confirmSend(err, what, 1, parser.isSet(yesOption));
        if (code != ExitOk)
            return code;
    }
    TypedCall<QString> *call
            = m_action == Action::Add
                      ? client->addDesktopVolumes(desktop.desktopId, volumes, &connection)
              : m_action == Action::Expand
                      ? client->expandDesktopVolume(desktop.desktopId, volumeIds.constFirst(), size,
                                                    &connection)
                      : client->deleteDesktopVolumes(desktop.desktopId, volumeIds, &connection);
    if (!waitOk(call, CliTr::tr("the disks could not be changed."), err, &code))
        return code;
    if (globals().format == CliGlobals::Format::Text)
        out << CliTr::tr("Job %1 started.").arg(call->result()) << '\n';
    if (!wait)
        return ExitOk;
    return waitForJob(client, &connection, call->result(), static_cast<int>(pollSeconds * 1000),
                      out, err);
}

} // namespace wsc
