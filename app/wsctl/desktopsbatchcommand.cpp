#include "desktopsbatchcommand.h"

#include "clibatchrun.h"
#include "cliconnection.h"
#include "clicsvoptions.h"
#include "clidesktopselection.h"
#include "cliplanprinter.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchoperation.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/jobcenter.h"
#include "models/rules/day2rules.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

namespace wsc {

namespace {

CliIssue issueFor(const CliDesktopSelection &selection, int index, const QString &code,
                  const QString &message)
{
    CliIssue i;
    const int line = selection.lines().value(index);
    if (line > 0) {
        i.file = selection.origin();
        i.line = line;
    }
    i.code = code;
    i.message = message;
    return i;
}

/** Each action's word and summary. */
const CliActionName<DesktopsBatchCommand::Action> kActions[] = {
        {DesktopsBatchCommand::Action::Start, "start", QT_TRANSLATE_NOOP("Cli", "Start desktops")},
        {DesktopsBatchCommand::Action::Stop, "stop",
         QT_TRANSLATE_NOOP("Cli", "Stop desktops (--force: forced)")},
        {DesktopsBatchCommand::Action::Reboot, "reboot",
         QT_TRANSLATE_NOOP("Cli", "Restart desktops (--force: forced)")},
        {DesktopsBatchCommand::Action::Hibernate, "hibernate",
         QT_TRANSLATE_NOOP("Cli", "Hibernate desktops")},
        {DesktopsBatchCommand::Action::Detach, "detach",
         QT_TRANSLATE_NOOP("Cli", "Detach the users of desktops")},
        {DesktopsBatchCommand::Action::Delete, "delete",
         QT_TRANSLATE_NOOP("Cli", "Delete desktops")},
        {DesktopsBatchCommand::Action::Rebuild, "rebuild",
         QT_TRANSLATE_NOOP("Cli", "Rebuild desktops' system disks with another image")},
        {DesktopsBatchCommand::Action::Resize, "resize",
         QT_TRANSLATE_NOOP("Cli", "Change desktops' product (stopped first when running)")},
};

} // namespace

DesktopsBatchCommand::DesktopsBatchCommand(Action action)
    : CliActionCommand("desktops", kActions, action)
    , m_action(action)
{}

bool DesktopsBatchCommand::isPower() const
{
    return m_action == Action::Start || m_action == Action::Stop || m_action == Action::Reboot
           || m_action == Action::Hibernate;
}

QString DesktopsBatchCommand::actionHelp() const
{
    switch (m_action) {
    case Action::Start:
    case Action::Hibernate:
        return {};
    case Action::Stop:
    case Action::Reboot:
        return CliTr::tr("  --force              Forced (HARD): the users' unsaved work is lost\n");
    case Action::Detach:
        return CliTr::tr("Each desktop loses all its users (BatchDetachInstances); its data "
                         "stays.\n");
    case Action::Delete:
        return CliTr::tr("  --delete-users       Also delete users left without any desktop\n"
                         "  --no-email           Do not mail the users that their desktop is "
                         "deleted\n");
    case Action::Rebuild:
        return CliTr::tr("  --image-id ID        The new image (required): same system and\n"
                         "                       architecture as each desktop's product\n"
                         "  --image-type T       gold, private or market (default: the image's)\n"
                         "  --message TEXT       Shown to the users before the rebuild\n");
    case Action::Resize:
        return CliTr::tr("  --product-id ID      The new product (required): same system and\n"
                         "                       architecture as each desktop's product\n");
    }
    return {};
}

QString DesktopsBatchCommand::help() const
{
    const bool destructive = m_action == Action::Detach || m_action == Action::Delete
                             || m_action == Action::Rebuild || m_action == Action::Resize;
    QString text = CliTr::tr("Usage: wsctl %1 <desktop ids or names...> [options]\n"
                             "       wsctl %1 --from-csv FILE | --filter KEY=VALUE... [options]\n")
                           .arg(name())
                   + QLatin1Char('\n') + summary() + QLatin1Char('\n') + actionHelp()
                   + QLatin1Char('\n') + CliDesktopSelection::help() + QLatin1Char('\n')
                   + CliTr::tr("Options:\n"
                               "  --dry-run            Check and print the exact request bodies; "
                               "send nothing\n"
                               "  --wait               Follow the jobs until every desktop ended\n"
                               "  --yes                Do not ask for confirmation (needed in "
                               "scripts\n"
                               "                       for destructive actions)\n"
                               "  --poll-interval S    Longest wait between two job polls "
                               "(default 10)\n");
    if (destructive)
        text += QLatin1Char('\n')
                + CliTr::tr("This action is destructive: at a terminal it asks you to type the "
                            "number of\ndesktops; a script must pass --yes.\n");
    text += QLatin1Char('\n')
            + CliTr::tr("Example:\n  wsctl %1 WKS-FIN-001 WKS-FIN-002 --dry-run\n"
                        "  wsctl %1 --filter status=ACTIVE --filter tag=dept=finance --yes "
                        "--wait\n")
                      .arg(name());
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

int DesktopsBatchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    CliBatchRun run;
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption deleteUsersOption(QStringLiteral("delete-users"));
    const QCommandLineOption noEmailOption(QStringLiteral("no-email"));
    const QCommandLineOption imageOption(QStringLiteral("image-id"), QString(),
                                         QStringLiteral("id"));
    const QCommandLineOption imageTypeOption(QStringLiteral("image-type"), QString(),
                                             QStringLiteral("type"));
    const QCommandLineOption messageOption(QStringLiteral("message"), QString(),
                                           QStringLiteral("text"));
    const QCommandLineOption productOption(QStringLiteral("product-id"), QString(),
                                           QStringLiteral("id"));
    parser.addOptions(run.options());
    parser.addOptions({yesOption, CliCsvOptions::encodingOption(), CliCsvOptions::delimiterOption(),
                       CliCsvOptions::maxSizeOption()});
    parser.addOptions(CliDesktopSelection::options());
    if (m_action == Action::Stop || m_action == Action::Reboot)
        parser.addOption(forceOption);
    if (m_action == Action::Delete)
        parser.addOptions({deleteUsersOption, noEmailOption});
    if (m_action == Action::Rebuild)
        parser.addOptions({imageOption, imageTypeOption, messageOption});
    if (m_action == Action::Resize)
        parser.addOption(productOption);
    int code = ExitOk;
    if (!parse(parser, arguments, err, &code))
        return code;
    QString error;
    if (!run.read(parser, &error))
        return usageError(err, error);
    // Options an action does not take are never read (the parser warns about them).
    const bool rebuilding = m_action == Action::Rebuild;
    const bool resizing = m_action == Action::Resize;
    const bool deleting = m_action == Action::Delete;
    const QString imageId = rebuilding ? parser.value(imageOption) : QString();
    const QString givenImageType = rebuilding ? parser.value(imageTypeOption) : QString();
    const QString message = rebuilding ? parser.value(messageOption) : QString();
    const QString productId = resizing ? parser.value(productOption) : QString();
    const bool force
            = (m_action == Action::Stop || m_action == Action::Reboot) && parser.isSet(forceOption);
    const bool deleteUsers = deleting && parser.isSet(deleteUsersOption);
    const bool noEmail = deleting && parser.isSet(noEmailOption);
    if (rebuilding && imageId.isEmpty())
        return usageError(err, CliTr::tr("--image-id ID is required."));
    if (resizing && productId.isEmpty())
        return usageError(err, CliTr::tr("--product-id ID is required."));
    static const QStringList imageTypes{QStringLiteral("gold"), QStringLiteral("private"),
                                        QStringLiteral("market")};
    if (!givenImageType.isEmpty() && !imageTypes.contains(givenImageType))
        return usageError(err, CliTr::tr("--image-type must be gold, private or market (got "
                                         "\"%1\").")
                                       .arg(givenImageType));
    CliDesktopSelection selection;
    if (!selection.read(parser, parser.positionalArguments(), &error))
        return usageError(err, error);

    // 1. The tenant: the desktops, and the catalog where the action needs it.
    CliConnection connection(globals());
    code = resolveDesktops(selection, connection, err);
    if (code != ExitOk)
        return code;
    WorkspaceClient *client = connection.client();
    QHash<QString, Product> products;
    ImageInfo image;
    if (m_action == Action::Rebuild || m_action == Action::Resize) {
        auto *call = client->products({}, &connection);
        if (!waitOk(call, CliTr::tr("the products could not be listed."), err, &code))
            return code;
        for (const Product &p : call->result())
            products.insert(p.productId, p);
    }
    if (m_action == Action::Rebuild) {
        auto *call = client->images({}, &connection);
        if (!waitOk(call, CliTr::tr("the images could not be listed."), err, &code))
            return code;
        for (const ImageInfo &i : call->result())
            image = i.id == imageId ? i : image;
        if (image.id.isEmpty())
            return fail(err,
                        CliTr::tr("No image has the id %1 (see \"wsctl catalog images\").")
                                .arg(imageId),
                        ExitFindings);
    }
    if (resizing && !products.contains(productId))
        return fail(err,
                    CliTr::tr("No product has the id %1 (see \"wsctl catalog products\").")
                            .arg(productId),
                    ExitFindings);
    const QString imageType = givenImageType.isEmpty() ? image.imageType : givenImageType;

    // 2. Every desktop checked as the service will see it.
    CliIssues issues = selection.issues();
    const QList<DesktopInfo> &desktops = selection.desktops();
    for (int i = 0; i < desktops.size(); ++i) {
        const DesktopInfo &d = desktops.at(i);
        const QString busy = Day2Rules::busyReason(d);
        if (!busy.isEmpty()) {
            issues.append(
                    issueFor(selection, i, QStringLiteral("desktop.busy"),
                             CliTr::tr("%1: %2; wait until it ends.").arg(d.computerName, busy)));
            continue;
        }
        Findings found;
        if (m_action == Action::Resize)
            Day2Rules::checkResize(d, products.value(d.productId), products.value(productId),
                                   QStringLiteral("product_id"), found);
        if (m_action == Action::Rebuild)
            Day2Rules::checkRebuild(d, products.value(d.productId), image, imageType,
                                    QStringLiteral("image_id"), found);
        if (m_action == Action::Detach && !d.hasUser())
            issues.append(issueFor(selection, i, QStringLiteral("desktop.no_user"),
                                   CliTr::tr("%1 has no user to detach.").arg(d.computerName)));
        for (const Finding &f : std::as_const(found)) {
            CliIssue issue = issueFor(selection, i, f.code, f.message);
            issue.path = f.path;
            issue.severity = f.severity;
            issues.append(issue);
        }
    }
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        || desktops.isEmpty()) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }
    // Everything but a start ends the session of whoever uses a desktop now: say who.
    if (m_action != Action::Start) {
        auto *call = client->connectStatus({}, &connection);
        if (!CliWait::call(call))
            return ExitInterrupted;
        QHash<QString, DesktopConnectStatus> status;
        for (const DesktopConnectStatus &c : call->result())
            status.insert(c.desktopId, c);
        for (int i = 0; i < desktops.size(); ++i) {
            const DesktopConnectStatus c = status.value(desktops.at(i).desktopId);
            if (!c.isConnected())
                continue;
            CliIssue issue = issueFor(selection, i, QStringLiteral("desktop.connected"),
                                      CliTr::tr("%1: %2 is connected now; the session ends.")
                                              .arg(desktops.at(i).computerName,
                                                   c.attachedUserNames.join(QStringLiteral(", "))));
            issue.severity = Severity::Warning;
            issues.append(issue);
        }
    }

    // 3. The request, cut into journaled chunks exactly as it will be sent.
    BatchKind kind = BatchKind::Power;
    QJsonObject request;
    QString path;
    QString what;
    const int count = static_cast<int>(desktops.size());
    bool destructive = true;
    DesktopActionRequest power;
    BatchDetachRequest detach;
    DeleteDesktopsRequest remove;
    RebuildRequest rebuild;
    ResizeRequest resize;
    switch (m_action) {
    case Action::Start:
    case Action::Stop:
    case Action::Reboot:
    case Action::Hibernate: {
        DesktopActionRequest &r = power;
        r.desktopIds = selection.desktopIds();
        r.action = m_action == Action::Start    ? DesktopActionRequest::Action::Start
                   : m_action == Action::Stop   ? DesktopActionRequest::Action::Stop
                   : m_action == Action::Reboot ? DesktopActionRequest::Action::Reboot
                                                : DesktopActionRequest::Action::Hibernate;
        r.force = force;
        request = r.toJson();
        path = ApiPaths::desktopActions();
        destructive = r.force;
        what = CliTr::tr("Force %1 on %n desktop(s): their users lose unsaved work.", nullptr,
                         count)
                       .arg(DesktopActionRequest::opType(r.action));
        break;
    }
    case Action::Detach: {
        BatchDetachRequest &r = detach;
        r.desktopIds = selection.desktopIds();
        request = r.toJson();
        kind = BatchKind::Detach;
        path = ApiPaths::batchDetachDesktops();
        what = CliTr::tr("Detach every user from %n desktop(s).", nullptr, count);
        break;
    }
    case Action::Delete: {
        DeleteDesktopsRequest &r = remove;
        r.desktopIds = selection.desktopIds();
        r.deleteUsers = deleteUsers;
        r.emailNotification = !noEmail;
        request = r.toJson();
        kind = BatchKind::Delete;
        path = ApiPaths::batchDeleteDesktops();
        what = CliTr::tr("Delete %n desktop(s) and everything on them.", nullptr, count);
        break;
    }
    case Action::Rebuild: {
        RebuildRequest &r = rebuild;
        r.desktopIds = selection.desktopIds();
        r.imageId = image.id;
        r.imageType = imageType;
        r.message = message;
        request = r.toJson();
        kind = BatchKind::Rebuild;
        path = ApiPaths::rebuildDesktops();
        what = CliTr::tr("Rebuild the system disk of %n desktop(s) with %1: what is on it is "
                         "lost.",
                         nullptr, count)
                       .arg(image.name);
        break;
    }
    case Action::Resize: {
        ResizeRequest &r = resize;
        r.desktopIds = selection.desktopIds();
        r.productId = productId;
        request = r.toJson();
        kind = BatchKind::Resize;
        path = ApiPaths::resizeDesktops();
        what = CliTr::tr("Change %n desktop(s) to product %1; running ones are stopped first.",
                         nullptr, count)
                       .arg(productId);
        break;
    }
    }
    const int cap = BatchOperation::of(kind).cap(connection.config());
    const BatchPlan plan = BatchPlan::forDesktops(kind, request, cap);
    const BatchSource source = selection.batchSource(name());
    if (run.dryRun()) {
        CliPlanPrinter::printPlan(out, globals().format, plan, source, path, cap, issues);
        return ExitOk;
    }
    if (!issues.isEmpty() && globals().format == CliGlobals::Format::Text)
        CliPlanPrinter::printIssues(err, CliGlobals::Format::Text, issues);
    if (destructive) {
        code = confirmSend(err, what, count, parser.isSet(yesOption));
        if (code != ExitOk)
            return code;
    }

    // 4. Journal, send and follow.
    return startAndFollow(
            connection,
            [&](JobCenter *center) {
                run.pace(center);
                switch (kind) {
                case BatchKind::Power:
                    return center->startDesktopAction(power, source);
                case BatchKind::Delete:
                    return center->startDelete(remove, source);
                case BatchKind::Detach:
                    return center->startDetach(detach, source);
                case BatchKind::Rebuild:
                    return center->startRebuild(rebuild, source);
                case BatchKind::Resize:
                    return center->startResize(resize, source);
                case BatchKind::Create:
                case BatchKind::Attach:
                case BatchKind::TagAdd:
                case BatchKind::TagRemove:
                case BatchKind::Maintenance:
                    break;
                }
                return QString();
            },
            static_cast<int>(plan.chunks.size()), run.until(), out, err);
}

} // namespace wsc
