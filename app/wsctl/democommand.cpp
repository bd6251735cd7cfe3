#include "democommand.h"

#include "clibatchfollower.h"
#include "cliplanprinter.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/catalogcache.h"
#include "emulator/emulator.h"
#include "models/csv/assignmentimport.h"
#include "models/csv/userimport.h"
#include "models/rules/catalogrules.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

namespace wsc {

namespace {

constexpr double kDefaultTimeScale = 0.4;
constexpr int kDemoCap = 10; ///< small chunks, so that the demo shows the chunking

QString step(int n, int of)
{
    return QStringLiteral("[%1/%2] ").arg(n).arg(of);
}

QString clock(qint64 ms)
{
    return QStringLiteral("%1.%2 s").arg(ms / 1000).arg((ms % 1000) / 100);
}

} // namespace

DemoCommand::DemoCommand()
    : CliNamedCommand(
            {QStringLiteral("demo")},
            QT_TRANSLATE_NOOP(
                    "Cli", "Run a self-contained demo on an embedded Sandbox (no account needed)"))
{}

QString DemoCommand::help() const
{
    return CliTr::tr("Usage: wsctl demo [options]\n"
                     "\n"
                     "Shows the whole engine without a cloud account or a display, in well under\n"
                     "a minute: starts the Sandbox emulator inside wsctl (state in a temporary\n"
                     "folder, removed at the end), reads the bundled user CSV (Chinese headers,\n"
                     "one bad row that is reported and left out), creates the desktops in\n"
                     "journaled chunks, assigns the tenant's unassigned desktops to users,\n"
                     "follows every job with progress and checks the result on the service.\n"
                     "Nothing outside the temporary folder is touched.\n"
                     "\n"
                     "Options:\n"
                     "  --time-scale X       Job speed: 1 is about 6 s per desktop (default 0.4)\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

QString DemoCommand::usersResource()
{
    return QStringLiteral(":/demo/demo-users.csv");
}

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption scaleOption(QStringLiteral("time-scale"), QString(),
                                         QStringLiteral("x"), QString::number(kDefaultTimeScale));
    parser.addOption(scaleOption);
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    bool ok = false;
    const double timeScale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || timeScale < 0 || timeScale > 10)
        return usageError(err, CliTr::tr("--time-scale must be a number from 0 to 10."));
    QFile csvFile(usersResource());
    if (!csvFile.open(QIODevice::ReadOnly))
        return fail(
                err,
                CliTr::tr("the demo data is missing from this build (%1).").arg(usersResource()),
                ExitUsage);
    const QByteArray csv = csvFile.readAll();
    const int steps = 5;
    QElapsedTimer total;
    total.start();

    // 1. The Sandbox, in this process, on a state of its own.
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(err, CliTr::tr("no temporary folder: %1").arg(dir.errorString()), ExitUsage);
    wsemu::EmulatorOptions options;
    options.stateFile = dir.filePath(QStringLiteral("sandbox.json"));
    options.timeScale = timeScale;
    wsemu::Emulator emulator(options);
    if (!emulator.start(QHostAddress::LocalHost, 0))
        return fail(
                err,
                CliTr::tr("the Sandbox emulator could not start: %1").arg(emulator.errorString()),
                ExitApi);
    ConnectionConfig config;
    config.region = options.region;
    config.workspaceEndpoint = emulator.baseUrl();
    config.iamEndpoint = emulator.baseUrl();
    config.projectId = emulator.projectId();
    config.accessKey = options.accessKey;
    config.secretKey = options.secretKey;
    config.proxyMode = ConnectionConfig::ProxyMode::None;
    config.createCap = kDemoCap;
    config.attachCap = kDemoCap;
    WorkspaceClient client(config);

    out << CliTr::tr("wsctl demo: the console's engine on an embedded Sandbox, no cloud account "
                     "needed.")
        << '\n'
        << step(1, steps)
        << CliTr::tr("Sandbox started at %1 (project %2, state in %3).")
                    .arg(emulator.baseUrl().toString(), emulator.projectId(), dir.path())
        << '\n';
    out.flush();

    // 2. The catalog: pick a Windows product and an image that fits it.
    CatalogCache cache(&client);
    const QList<CatalogCache::Kind> kinds{CatalogCache::Kind::Workspace,
                                          CatalogCache::Kind::Products, CatalogCache::Kind::Images,
                                          CatalogCache::Kind::Zones};
    {
        QEventLoop loop;
        const auto settled = [&] {
            return std::all_of(kinds.cbegin(), kinds.cend(), [&](CatalogCache::Kind k) {
                return cache.state(k) == CatalogCache::State::Ready
                       || cache.state(k) == CatalogCache::State::Failed;
            });
        };
        QObject::connect(&cache, &CatalogCache::stateChanged, &loop, [&] {
            if (settled())
                loop.quit();
        });
        for (const CatalogCache::Kind k : kinds)
            cache.load(k);
        if (!settled() && !CliWait::run(loop))
            return ExitInterrupted;
        for (const CatalogCache::Kind k : kinds) {
            if (cache.state(k) == CatalogCache::State::Failed)
                return apiFailure(err, CliTr::tr("the Sandbox's catalog could not be read."),
                                  cache.error(k));
        }
    }
    Product product;
    for (const Product &p : cache.products()) {
        if (CatalogRules::productOs(p) == OsType::Windows && p.isAvailable() && p.cpu >= 4
            && !p.isGpu && product.productId.isEmpty())
            product = p;
    }
    ImageInfo image;
    for (const ImageInfo &i : cache.images()) {
        if (i.imageType == QLatin1String("gold") && CatalogRules::imageFitsProduct(i, product)
            && i.minRamMb <= product.memoryMb && image.id.isEmpty())
            image = i;
    }
    if (product.productId.isEmpty() || image.id.isEmpty())
        return fail(err, CliTr::tr("the Sandbox's catalog has no Windows product and image."),
                    ExitApi);
    ValidationContext context;
    ValidationContext::parseDomainType(cache.workspace().domainType, &context.domainType);
    context.os = OsType::Windows;
    context.createCap = kDemoCap;
    context.attachCap = kDemoCap;
    out << step(2, steps)
        << CliTr::tr("Catalog read: %1 products, %2 images, %3 zones; directory %4.")
                    .arg(cache.products().size())
                    .arg(cache.images().size())
                    .arg(cache.zones().size())
                    .arg(ValidationContext::domainTypeName(context.domainType))
        << '\n'
        << "      "
        << CliTr::tr("Chosen: %1 (%2 vCPUs, %3 GB) with image \"%4\".")
                    .arg(product.productId)
                    .arg(product.cpu)
                    .arg(product.memoryGb())
                    .arg(image.name)
        << '\n';
    out.flush();

    // 3. The bundled CSV, read and checked like any administrator's file.
    UserImportRequest importRequest;
    importRequest.data = csv;
    importRequest.context = context;
    const UserImportResult imported = UserImport::run(importRequest);
    CreateDesktopRequest request;
    request.desktopType = QStringLiteral("DEDICATED");
    request.productId = product.productId;
    request.imageType = image.imageType;
    request.imageId = image.id;
    request.rootVolume.type = QStringLiteral("SAS");
    request.rootVolume.size = qMax(80, ((image.minDiskGb + 9) / 10) * 10);
    BatchSource source;
    source.origin = QStringLiteral("demo-users.csv");
    for (const UserImportRow &row : imported.rows) {
        if (row.hasErrors())
            continue;
        request.desktops.append(row.item);
        source.lines << row.line;
    }
    out << step(3, steps)
        << CliTr::tr("Read demo-users.csv (%1, headers %2): %3 rows, %4 valid.")
                    .arg(imported.encoding, imported.header.join(QLatin1Char('|')))
                    .arg(imported.rows.size())
                    .arg(imported.validCount())
        << '\n';
    for (const CsvIssue &issue : imported.allIssues()) {
        if (!issue.isError())
            continue;
        out << "      "
            << CliTr::tr("line %1, %2: %3 -> row left out")
                        .arg(issue.line)
                        .arg(issue.column, issue.message)
            << '\n';
    }
    Findings problems;
    const BatchPlan plan = BatchPlan::forCreate(request, context, &problems);
    if (hasErrors(problems)) {
        for (const Finding &f : std::as_const(problems))
            err << "  " << f.path << ": " << f.message << '\n';
        return fail(err, CliTr::tr("the demo request does not pass the rules."), ExitFindings);
    }
    out.flush();

    // 4. Create through the journal, in chunks, following the jobs.
    JobJournal journal(dir.filePath(QStringLiteral("jobs.sqlite")));
    if (!journal.open())
        return fail(err, journal.errorString(), ExitUsage);
    JobCenter center(&client, &journal, QStringLiteral("demo"));
    center.setPollIntervals(300, 1000);
    center.setReconcileDelayMs(500);
    QElapsedTimer phase;
    phase.start();
    const QString createId = center.startCreate(request, source);
    if (createId.isEmpty())
        return fail(err, center.lastError(), ExitUsage);
    out << step(4, steps)
        << CliTr::tr("Creating %n desktop(s) in %1 of at most %2 (batch %3):", nullptr,
                     request.desktopCount())
                    .arg(CliTr::tr("%n request(s)", nullptr, static_cast<int>(plan.chunks.size())))
                    .arg(kDemoCap)
                    .arg(createId)
        << '\n';
    out.flush();
    CliBatchFollower follower(&center, out, CliProgress::isTerminal(STDOUT_FILENO));
    code = follower.follow({createId}, CliBatchFollower::Until::Finished);
    if (code != ExitOk)
        return code;
    const BatchSummary created = center.batch(createId);
    out << "      "
        << CliTr::tr("%1 succeeded, %2 failed in %3.")
                    .arg(created.succeeded)
                    .arg(created.failed)
                    .arg(clock(phase.elapsed()))
        << '\n';
    out.flush();

    // 5. Assign the desktops nobody has, through an assignment CSV as an administrator would.
    DesktopQuery unassigned;
    unassigned.userAttached = false;
    auto *freeCall = client.allDesktops(unassigned, &center);
    if (!waitOk(freeCall, CliTr::tr("the desktops could not be listed."), err, &code))
        return code;
    const QStringList assignees{QStringLiteral("alice"), QStringLiteral("bob_chen"),
                                QStringLiteral("olivia-wang")};
    QByteArray assignments("computer_name,user_name,user_group\n");
    QStringList pairs;
    int assigned = 0;
    for (const DesktopInfo &d : freeCall->result()) {
        if (assigned >= assignees.size() || d.hasUser() || !d.isIdle())
            continue;
        assignments += d.computerName.toUtf8() + ',' + assignees.at(assigned).toUtf8() + ",users\n";
        pairs << QStringLiteral("%1 -> %2").arg(d.computerName, assignees.at(assigned));
        ++assigned;
    }
    QString attachId;
    phase.restart();
    if (assigned > 0) {
        const AssignmentImportResult rows = AssignmentImport::read(assignments);
        const AssignmentMapping mapping
                = AssignmentImport::map(rows.rows, freeCall->result(), context);
        BatchSource attachSource{QStringLiteral("demo assignments"), mapping.lines};
        attachId = mapping.hasErrors() ? QString()
                                       : center.startAttach(mapping.request, attachSource);
        if (attachId.isEmpty()) {
            for (const CsvIssue &i : mapping.issues)
                err << "  " << i.line << ' ' << i.column << ": " << i.message << '\n';
            return fail(err, CliTr::tr("the demo assignment could not start."), ExitFindings);
        }
        out << step(5, steps)
            << CliTr::tr("Assigning %n unassigned desktop(s): %1", nullptr, assigned)
                        .arg(pairs.join(QStringLiteral(", ")))
            << '\n';
        out.flush();
        code = follower.follow({attachId}, CliBatchFollower::Until::Finished);
        if (code != ExitOk)
            return code;
        const BatchSummary attached = center.batch(attachId);
        out << "      "
            << CliTr::tr("%1 assigned, %2 failed in %3.")
                        .arg(attached.succeeded)
                        .arg(attached.failed)
                        .arg(clock(phase.elapsed()))
            << '\n';
    } else {
        out << step(5, steps) << CliTr::tr("No unassigned desktop to assign.") << '\n';
    }

    // The summary, checked against the service rather than taken from our own bookkeeping.
    auto *allCall = client.allDesktops(DesktopQuery(), &center);
    if (!waitOk(allCall, CliTr::tr("the desktops could not be listed."), err, &code))
        return code;
    QHash<QString, DesktopInfo> byName;
    QSet<QString> names;
    int twice = 0;
    for (const DesktopInfo &d : allCall->result()) {
        const QString key = d.computerName.toLower();
        if (names.contains(key))
            ++twice;
        names.insert(key);
        byName.insert(key, d);
    }
    CliTable table;
    table.addColumn(QStringLiteral("line"), CliTr::tr("Line"));
    table.addColumn(QStringLiteral("computer_name"), CliTr::tr("Computer name"));
    table.addColumn(QStringLiteral("user_name"), CliTr::tr("User"));
    table.addColumn(QStringLiteral("ip_address"), CliTr::tr("IP"));
    table.addColumn(QStringLiteral("status"), CliTr::tr("Status"));
    table.addColumn(QStringLiteral("desktop_id"), CliTr::tr("Desktop id"));
    int ready = 0;
    for (const BatchItem &i : center.items(createId)) {
        const DesktopInfo d = byName.value(i.computerName.toLower());
        const bool good = d.status == QLatin1String("ACTIVE") && d.userName == i.userName;
        ready += good ? 1 : 0;
        table.addRow({i.sourceLine, i.computerName, d.userName,
                      d.ipAddresses.join(QLatin1Char(' ')), d.status, d.desktopId});
    }
    out << '\n' << CliTr::tr("Desktops created from the CSV, as the service lists them:") << '\n';
    out << table.toText();
    out << '\n'
        << CliTr::tr("Service check: %1 of %2 new desktops ACTIVE with their user; %3 desktops "
                     "in the tenant; computer names used twice: %4.")
                    .arg(ready)
                    .arg(request.desktopCount())
                    .arg(allCall->result().size())
                    .arg(twice)
        << '\n';
    if (!attachId.isEmpty()) {
        int attachedOk = 0;
        for (const BatchItem &i : center.items(attachId)) {
            const DesktopInfo d = byName.value(i.computerName.toLower());
            attachedOk += d.userName == i.userName && d.userName.size() > 0 ? 1 : 0;
        }
        out << CliTr::tr("Assignments confirmed on the service: %1 of %2.")
                        .arg(attachedOk)
                        .arg(assigned)
            << '\n';
    }
    out << CliTr::tr("Journal: %1 batches, every chunk written before it was sent; %2 HTTP "
                     "requests in all. Done in %3.")
                    .arg(center.batches().size())
                    .arg(client.requestCount())
                    .arg(clock(total.elapsed()))
        << '\n'
        << '\n'
        << CliTr::tr("Next: \"wsctl --help\"; on your tenant: wsctl profiles add, then wsctl "
                     "desktops create --spec SPEC.json --users USERS.csv --dry-run.")
        << '\n';
    out.flush();
    const bool allGood = ready == request.desktopCount() && twice == 0 && created.failed == 0;
    if (!allGood)
        return fail(err,
                    CliTr::tr("the demo did not end as expected: not every desktop is ready, "
                              "or a computer name was used twice (see above)."),
                    ExitJobFailures);
    return ExitOk;
}

} // namespace wsc
