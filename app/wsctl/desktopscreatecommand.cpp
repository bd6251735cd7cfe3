#include "desktopscreatecommand.h"

#include "clibatchrun.h"
#include "cliconnection.h"
#include "clicsvoptions.h"
#include "cliplanprinter.h"
#include "cliquotacheck.h"
#include "clisignalwatcher.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/apipaths.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/batchplan.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/catalogcache.h"
#include "models/csv/userimport.h"
#include "models/rules/catalogrules.h"
#include "models/rules/createrules.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace wsc {

namespace {

/** Line and column of a byte offset in @p data (1-based). */
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int k = 0; k < offset && k < data.size(); ++k) {
        if (data.at(k) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

Finding finding(const QString &path, const QString &code, const QString &message)
{
    Finding f;
    f.path = path;
    f.code = code;
    f.message = message;
    return f;
}

/** The rules that need the catalog: the product and image exist and fit, the disk is enough. */
Findings catalogFindings(const CreateDesktopRequest &r, const CatalogCache &cache)
{
    Findings out;
    const QList<Product> products = cache.products();
    const auto product = std::find_if(products.cbegin(), products.cend(),
                                      [&](const Product &p) { return p.productId == r.productId; });
    const QList<ImageInfo> images = cache.images();
    const auto image = std::find_if(images.cbegin(), images.cend(),
                                    [&](const ImageInfo &i) { return i.id == r.imageId; });
    if (!r.productId.isEmpty() && product == products.cend())
        out << finding(QStringLiteral("product_id"), QStringLiteral("product_id.unknown"),
                       CliTr::tr("The service has no product \"%1\": \"wsctl catalog products\" "
                                 "lists them.")
                               .arg(r.productId));
    if (!r.imageId.isEmpty() && image == images.cend())
        out << finding(QStringLiteral("image_id"), QStringLiteral("image_id.unknown"),
                       CliTr::tr("The service has no image \"%1\": \"wsctl catalog images\" lists "
                                 "them.")
                               .arg(r.imageId));
    if (product != products.cend()) {
        bool soldOutInZone = false;
        for (const AvailabilityZone &z : cache.zones()) {
            if (z.code == r.availabilityZone && z.soldOutProducts.contains(r.productId))
                soldOutInZone = true;
        }
        CatalogRules::checkProduct(*product, soldOutInZone, QStringLiteral("product_id"), out);
    }
    if (image != images.cend()) {
        CatalogRules::checkImageType(*image, r.imageType, QStringLiteral("image_type"), out);
        if (product != products.cend())
            CatalogRules::checkImageForProduct(*image, *product, QStringLiteral("image_id"), out);
        CatalogRules::checkSystemDiskForImage(r.rootVolume, *image,
                                              QStringLiteral("root_volume.size"), out);
    }
    return out;
}

} // namespace

DesktopsCreateCommand::DesktopsCreateCommand()
    : CliNamedCommand(
            {QStringLiteral("desktops"), QStringLiteral("create")},
            QT_TRANSLATE_NOOP("Cli",
                              "Create desktops from a spec (and a user CSV), in safe chunks"))
{}

QString DesktopsCreateCommand::help() const
{
    return CliTr::tr(
                   "Usage: wsctl desktops create --spec SPEC.json [--users USERS.csv] [options]\n"
                   "\n"
                   "SPEC.json is the body of CreateDesktop (as the API documents it: "
                   "desktop_type,\n"
                   "product_id, image_type, image_id, root_volume, desktops[] or size, ...).\n"
                   "With --users, the rows of the CSV replace desktops[]: one desktop per row,\n"
                   "read as \"wsctl users check\" does. Everything is checked before anything is\n"
                   "sent: the spec by JSON path, each CSV cell by line and column, the product\n"
                   "and image against the catalog. A batch larger than the profile's limit per\n"
                   "request (default 50) is sent in chunks; every chunk is journaled before it is\n"
                   "sent, so no desktop is ever created twice, even after Ctrl-C or a crash.\n"
                   "\n"
                   "Options:\n"
                   "  --spec FILE          The CreateDesktop body (required)\n"
                   "  --users FILE         User CSV whose rows replace desktops[]\n"
                   "  --encoding E         Read the CSV as E instead of detecting it\n"
                   "  --delimiter D        comma, semicolon or tab instead of detecting it\n"
                   "  --max-size MB        Refuse larger files (default: 16 for the spec, 256 "
                   "for the\n"
                   "                       CSV; 0: no limit)\n"
                   "  --dry-run            Check and print the chunk plan and the exact request\n"
                   "                       bodies; send nothing\n"
                   "  --wait               Follow the jobs until every desktop is ready or failed\n"
                   "                       (without it: until every request was accepted)\n"
                   "  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service's)\n"
                   "  --os Windows|Linux   OS of the product (default: from the catalog)\n"
                   "  --poll-interval S    Longest wait between two job polls (default 10)\n"
                   "\n"
                   "Without --domain-type and --os the workspace and catalog are read first (GET\n"
                   "only, also for --dry-run); with both, --dry-run needs no connection.\n"
                   "\n"
                   "Examples:\n"
                   "  wsctl desktops create --spec office.json --users staff.csv --dry-run\n"
                   "  wsctl desktops create --spec office.json --users staff.csv --wait\n")
           + QLatin1Char('\n') + globalOptionsHelp();
}

bool DesktopsCreateCommand::readSpec(const QString &path, qint64 maxBytes,
                                     CreateDesktopRequest *request, CliIssues *issues,
                                     QString *error)
{
    // A spec is a few kilobytes: a device, a pipe or a huge file is a mistake, refused before
    // reading (/dev/zero would otherwise be read until memory runs out).
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = CliTr::tr("%1 is not a regular file (a folder, a device or a pipe).").arg(path);
        return false;
    }
    if (maxBytes > 0 && info.size() > maxBytes) {
        *error = CliTr::tr("%1 is %2 MB, more than the %3 MB a spec may have (--max-size).")
                         .arg(path)
                         .arg(double(info.size()) / (1 << 20), 0, 'f', 1)
                         .arg(maxBytes >> 20);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliTr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(maxBytes > 0 ? maxBytes + 1 : file.size() + 1);
    if (maxBytes > 0 && data.size() > maxBytes) {
        *error = CliTr::tr("%1 is %2 MB, more than the %3 MB a spec may have (--max-size).")
                         .arg(path)
                         .arg(double(data.size()) / (1 << 20), 0, 'f', 1)
                         .arg(maxBytes >> 20);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        CliIssue i;
        i.file = path;
        i.code = QStringLiteral("json.syntax");
        i.message = CliTr::tr("The file is not valid JSON at line %1, column %2: %3.")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString());
        issues->append(i);
        return true;
    }
    if (!doc.isObject()) {
        CliIssue i;
        i.file = path;
        i.code = QStringLiteral("json.type");
        i.message = CliTr::tr("The spec must be a JSON object: the CreateDesktop body.");
        issues->append(i);
        return true;
    }
    Findings findings;
    *request = CreateDesktopRequest::fromJson(doc.object(), &findings);
    for (const Finding &f : std::as_const(findings))
        issues->append(CliIssue::fromFinding(f, path));
    return true;
}

int DesktopsCreateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption specOption(QStringLiteral("spec"), QString(), QStringLiteral("file"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QString(),
                                         QStringLiteral("file"));
    const QCommandLineOption osOption(QStringLiteral("os"), QString(), QStringLiteral("os"));
    CliBatchRun run;
    parser.addOptions(run.options());
    parser.addOptions({specOption, usersOption, CliBatchRun::domainTypeOption(), osOption,
                       CliCsvOptions::encodingOption(), CliCsvOptions::delimiterOption(),
                       CliCsvOptions::maxSizeOption()});
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    if (!parser.isSet(specOption))
        return usageError(err, CliTr::tr("--spec FILE is required."));
    ValidationContext context;
    QString error;
    if (!run.read(parser, &error) || !CliBatchRun::readDomainType(parser, &context, &error))
        return usageError(err, error);
    const bool domainGiven = parser.isSet(CliBatchRun::domainTypeOption());
    const bool osGiven = parser.isSet(osOption);
    if (osGiven && !ValidationContext::parseOs(parser.value(osOption), &context.os))
        return usageError(err, CliTr::tr("--os must be Windows or Linux (got \"%1\").")
                                       .arg(parser.value(osOption)));
    CsvReadOptions csvOptions;
    if (!CliCsvOptions::read(parser, &csvOptions, &error))
        return usageError(err, error);
    qint64 specMaxBytes = 0;
    if (!CliCsvOptions::maxBytes(parser, CliCsvOptions::DefaultSpecMaxBytes, &specMaxBytes, &error))
        return usageError(err, error);
    // Reading and checking a big CSV run without the event loop: they ask this between rows
    // and chunks, so that Ctrl-C ends them within a second.
    const auto interrupted = [] { return CliSignalWatcher::interruptRequested(); };
    const auto interruptedExit = [&] {
        err << CliTr::tr("Interrupted: the check was stopped; nothing was sent.") << '\n';
        return ExitInterrupted;
    };

    // 1. The spec.
    const QString specPath = parser.value(specOption);
    CreateDesktopRequest request;
    CliIssues issues;
    if (!readSpec(specPath, specMaxBytes, &request, &issues, &error))
        return fail(err, error, ExitUsage);
    if (std::any_of(issues.cbegin(), issues.cend(), [](const CliIssue &i) { return i.isError(); })
        && (issues.constFirst().code == QLatin1String("json.syntax")
            || issues.constFirst().code == QLatin1String("json.type"))) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }

    // 2. The connection (reads only) for what the rules need to know.
    const bool dryRun = run.dryRun();
    const bool offline = dryRun && domainGiven && osGiven;
    CliConnection connection(globals());
    code = offline ? connection.openOffline(err) : connection.open(err);
    if (code != ExitOk)
        return code;
    context.createCap = connection.config().createCap;
    context.attachCap = connection.config().attachCap;
    std::unique_ptr<CatalogCache> cache;
    if (!offline) {
        cache = std::make_unique<CatalogCache>(connection.client());
        QList<CatalogCache::Kind> kinds{CatalogCache::Kind::Products, CatalogCache::Kind::Images,
                                        CatalogCache::Kind::Zones};
        if (!domainGiven)
            kinds << CatalogCache::Kind::Workspace;
        QEventLoop loop;
        const auto settled = [&] {
            return std::all_of(kinds.cbegin(), kinds.cend(), [&](CatalogCache::Kind k) {
                return cache->state(k) == CatalogCache::State::Ready
                       || cache->state(k) == CatalogCache::State::Failed;
            });
        };
        QObject::connect(cache.get(), &CatalogCache::stateChanged, &loop, [&] {
            if (settled())
                loop.quit();
        });
        for (const CatalogCache::Kind k : std::as_const(kinds))
            cache->load(k);
        if (!settled() && !CliWait::run(loop))
            return ExitInterrupted;
        for (const CatalogCache::Kind k : std::as_const(kinds)) {
            if (cache->state(k) == CatalogCache::State::Failed)
                return apiFailure(err, CliTr::tr("the workspace and catalog could not be read."),
                                  cache->error(k));
        }
        if (!domainGiven)
            ValidationContext::parseDomainType(cache->workspace().domainType, &context.domainType);
        // S000: a computer name "must be unique" in the tenant; one taken name makes the service
        // refuse the whole chunk, so the names in use are read once (one paged
        // ListDesktopsDetail) and each row that uses one is refused here, by line.
        auto *names = connection.client()->allDesktops(DesktopQuery());
        QEventLoop namesLoop;
        QObject::connect(names, &ApiCall::finished, &namesLoop, &QEventLoop::quit);
        if (!names->isFinished() && !CliWait::run(namesLoop))
            return ExitInterrupted;
        names->deleteLater();
        if (!names->isOk())
            return apiFailure(err, CliTr::tr("the desktops in use could not be read."),
                              names->error());
        for (const DesktopInfo &d : names->result()) {
            if (!d.computerName.isEmpty())
                context.takenComputerNames.insert(d.computerName.toCaseFolded());
        }
        // S000: a disk's type "must be the same as the disk type provided by the system". The
        // types on sale (in the spec's zone, when it names one) are read; when the service
        // cannot list them the documented types are checked, and the service has the last word.
        auto *volumes = connection.client()->volumeProducts(request.availabilityZone);
        QEventLoop volumesLoop;
        QObject::connect(volumes, &ApiCall::finished, &volumesLoop, &QEventLoop::quit);
        if (!volumes->isFinished() && !CliWait::run(volumesLoop))
            return ExitInterrupted;
        volumes->deleteLater();
        if (volumes->isOk() && !volumes->result().isEmpty())
            context.setVolumeProducts(volumes->result());
        if (!osGiven) {
            for (const Product &p : cache->products()) {
                if (p.productId == request.productId)
                    context.os = CatalogRules::productOs(p);
            }
        }
    }

    // 3. The users CSV replaces desktops[].
    BatchSource source;
    source.origin = QFileInfo(specPath).absoluteFilePath();
    QList<int> rowLines;
    QString usersPath;
    if (parser.isSet(usersOption)) {
        usersPath = parser.value(usersOption);
        UserImportRequest importRequest;
        importRequest.filePath = usersPath;
        importRequest.options = csvOptions;
        importRequest.context = context;
        // The file is checked first as it is read, keeping only the duplicate index and the
        // first issues: a file with errors (a garbage file has one in nearly every cell) is
        // reported without its rows ever being held. Only a valid file is read into desktops[].
        const UserCheckReport checked
                = UserImport::check(importRequest, CliPlanPrinter::IssueCap,
                                    [&](qint64, qint64) { return !interrupted(); });
        if (!checked.readable)
            return fail(err, checked.readError, ExitUsage);
        if (interrupted())
            return interruptedExit();
        if (checked.invalid > 0 || checked.fileErrors) {
            // The request's own rules, on its fields other than the desktops.
            CreateDesktopRequest shell = request;
            shell.desktops.clear();
            shell.size = 1;
            shell.desktopName.clear();
            Findings shellFindings = CreateRules::validate(shell, context);
            if (cache)
                shellFindings += catalogFindings(shell, *cache);
            for (const Finding &f : std::as_const(shellFindings))
                issues.append(CliIssue::fromFinding(f, specPath));
            for (const CsvIssue &i : checked.issues)
                issues.append(CliIssue::fromCsv(i, usersPath));
            CliPlanPrinter::printInvalid(out, err, globals().format, issues, name(),
                                         checked.notShown, int(checked.notShownErrors));
            return ExitFindings;
        }
        const UserImportResult imported
                = UserImport::run(importRequest, [&](qint64, qint64) { return !interrupted(); });
        if (!imported.readable)
            return fail(err, imported.readError, ExitUsage);
        if (interrupted())
            return interruptedExit();
        for (const CsvIssue &i : imported.allIssues())
            issues.append(CliIssue::fromCsv(i, usersPath));
        request.desktops.clear();
        for (const UserImportRow &row : imported.rows) {
            request.desktops.append(row.item);
            rowLines << row.line;
        }
        // desktops[] and size exclude each other: the CSV decides how many desktops.
        request.size.reset();
        request.desktopName.clear();
        source.origin = QFileInfo(usersPath).absoluteFilePath();
        source.lines = rowLines;
    }

    // 4. Every rule, on the chunks exactly as they will be sent.
    Findings problems;
    BatchPlan plan = BatchPlan::forCreate(request, context, &problems, interrupted);
    if (interrupted())
        return interruptedExit();
    if (cache)
        problems += catalogFindings(request, *cache);
    // What the import reported by line: a set, since a garbage file has a finding per cell.
    const auto lineKey = [](const CliIssue &i) {
        return QStringLiteral("%1\x1f%2\x1f%3").arg(i.line).arg(i.column, i.code);
    };
    QSet<QString> reported;
    for (const CliIssue &i : std::as_const(issues)) {
        if (i.line > 0)
            reported.insert(lineKey(i));
    }
    for (const Finding &f : std::as_const(problems)) {
        CliIssue issue = CliIssue::fromFinding(f, specPath);
        if (!usersPath.isEmpty() && f.row >= 0) {
            // A desktop of the CSV: point at its line and column, as the import dialog does.
            issue.file = usersPath;
            issue.line = rowLines.value(f.row);
            issue.column = f.field;
        }
        // The import already reported the cell rules by line; keep one report per problem.
        if (issue.line > 0) {
            const QString key = lineKey(issue);
            if (reported.contains(key))
                continue;
            reported.insert(key);
        }
        issues.append(issue);
    }
    // The quotas: a batch that does not fit is refused here, in --dry-run too.
    if (cache) {
        auto *quotas = connection.client()->quotas(&connection);
        if (!waitOk(quotas, CliTr::tr("the quotas could not be read."), err, &code))
            return code;
        issues += CliQuotaCheck::issues(quotas->result(), request, cache->products(),
                                        usersPath.isEmpty() ? specPath : usersPath);
    }
    const bool invalid = std::any_of(issues.cbegin(), issues.cend(),
                                     [](const CliIssue &i) { return i.isError(); });
    if (invalid) {
        CliPlanPrinter::printInvalid(out, err, globals().format, issues, name());
        return ExitFindings;
    }

    // 5. The dry run prints what would be sent; else send through the journal and follow.
    return sendPlan(
            run, connection, plan, source, ApiPaths::desktops(), context.createCap, issues,
            [&](JobCenter *center) { return center->startCreate(request, source); }, out, err);
}

} // namespace wsc
