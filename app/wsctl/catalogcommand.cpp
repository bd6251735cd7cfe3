#include "catalogcommand.h"

#include "cliconnection.h"
#include "clitable.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/profiles/catalogcache.h"
#include "models/rules/catalogrules.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace wsc {

namespace {

CatalogCache::Kind cacheKind(CatalogCommand::Kind kind)
{
    switch (kind) {
    case CatalogCommand::Kind::Workspace:
        return CatalogCache::Kind::Workspace;
    case CatalogCommand::Kind::Products:
        return CatalogCache::Kind::Products;
    case CatalogCommand::Kind::Images:
        return CatalogCache::Kind::Images;
    case CatalogCommand::Kind::Zones:
        return CatalogCache::Kind::Zones;
    case CatalogCommand::Kind::Subnets:
        return CatalogCache::Kind::Subnets;
    case CatalogCommand::Kind::SecurityGroups:
        break;
    }
    return CatalogCache::Kind::SecurityGroups;
}

} // namespace

CatalogCommand::CatalogCommand(Kind kind)
    : m_kind(kind)
{}

QStringList CatalogCommand::words() const
{
    static const char *const names[]
            = {"workspace", "products", "images", "zones", "subnets", "security-groups"};
    return {QStringLiteral("catalog"), QString::fromLatin1(names[static_cast<int>(m_kind)])};
}

QString CatalogCommand::summary() const
{
    switch (m_kind) {
    case Kind::Workspace:
        return CliTr::tr("Show the tenant's Workspace: directory type, VPC, subnets");
    case Kind::Products:
        return CliTr::tr("List the desktop products (CPU, memory, OS, availability)");
    case Kind::Images:
        return CliTr::tr("List the desktop images");
    case Kind::Zones:
        return CliTr::tr("List the availability zones");
    case Kind::Subnets:
        return CliTr::tr("List the subnets desktops can use");
    case Kind::SecurityGroups:
        break;
    }
    return CliTr::tr("List the security groups");
}

QString CatalogCommand::help() const
{
    QString text = CliTr::tr("Usage: wsctl %1 [options]\n\n%2.\n").arg(name(), summary());
    if (m_kind == Kind::Products || m_kind == Kind::Images)
        text += QLatin1Char('\n')
                + CliTr::tr("Options:\n"
                            "  --os Windows|Linux   Only this operating system\n");
    if (m_kind == Kind::Products)
        text += CliTr::tr("  --zone AZ            Mark products sold out in this zone\n");
    text += QLatin1Char('\n')
            + CliTr::tr("Columns (JSON keys and CSV header) are stable English names; use\n"
                        "--format json or csv in scripts. Every page is read.\n");
    return text + QLatin1Char('\n') + globalOptionsHelp();
}

int CatalogCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption osOption(QStringLiteral("os"), QString(), QStringLiteral("os"));
    const QCommandLineOption zoneOption(QStringLiteral("zone"), QString(), QStringLiteral("az"));
    if (m_kind == Kind::Products || m_kind == Kind::Images)
        parser.addOption(osOption);
    if (m_kind == Kind::Products)
        parser.addOption(zoneOption);
    int code = ExitOk;
    if (!parseOptionsOnly(parser, arguments, err, &code))
        return code;
    OsType os = OsType::Unknown;
    const bool hasOsOption = m_kind == Kind::Products || m_kind == Kind::Images;
    if (hasOsOption && parser.isSet(osOption)
        && !ValidationContext::parseOs(parser.value(osOption), &os))
        return usageError(err, CliTr::tr("--os must be Windows or Linux (got \"%1\").")
                                       .arg(parser.value(osOption)));

    CliConnection connection(globals());
    code = connection.open(err);
    if (code != ExitOk)
        return code;
    CatalogCache cache(connection.client());
    const CatalogCache::Kind kind = cacheKind(m_kind);
    const bool needZones = m_kind == Kind::Products && parser.isSet(zoneOption);
    const bool needWorkspace = m_kind == Kind::Subnets;
    QEventLoop loop;
    const auto settled = [&] {
        const auto done = [&](CatalogCache::Kind k) {
            const CatalogCache::State s = cache.state(k);
            return s == CatalogCache::State::Ready || s == CatalogCache::State::Failed;
        };
        return done(kind) && (!needZones || done(CatalogCache::Kind::Zones))
               && (!needWorkspace || done(CatalogCache::Kind::Workspace));
    };
    QObject::connect(&cache, &CatalogCache::stateChanged, &loop, [&] {
        if (settled())
            loop.quit();
    });
    cache.load(kind);
    if (needZones)
        cache.load(CatalogCache::Kind::Zones);
    if (needWorkspace)
        cache.load(CatalogCache::Kind::Workspace);
    if (!settled() && !CliWait::run(loop))
        return ExitInterrupted;
    for (const CatalogCache::Kind k :
         {kind, CatalogCache::Kind::Zones, CatalogCache::Kind::Workspace}) {
        if (cache.state(k) == CatalogCache::State::Failed)
            return apiFailure(err, CliTr::tr("the catalog could not be read."), cache.error(k));
    }

    const QString lang = globals().language;
    CliTable table;
    switch (m_kind) {
    case Kind::Workspace: {
        const WorkspaceInfo w = cache.workspace();
        if (globals().format == CliGlobals::Format::Json) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), w.id);
            o.insert(QStringLiteral("status"), w.status);
            o.insert(QStringLiteral("domain_type"), w.domainType);
            o.insert(QStringLiteral("domain_name"), w.domainName);
            o.insert(QStringLiteral("vpc_id"), w.vpcId);
            o.insert(QStringLiteral("vpc_name"), w.vpcName);
            o.insert(QStringLiteral("subnet_ids"), QJsonArray::fromStringList(w.subnetIds));
            o.insert(QStringLiteral("access_mode"), w.accessMode);
            o.insert(QStringLiteral("desktop_security_group_id"), w.desktopSecurityGroupId);
            o.insert(QStringLiteral("desktop_security_group_name"), w.desktopSecurityGroupName);
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        table.addColumn(QStringLiteral("field"), CliTr::tr("Field"));
        table.addColumn(QStringLiteral("value"), CliTr::tr("Value"));
        table.addRow({QStringLiteral("id"), w.id});
        table.addRow({QStringLiteral("status"), w.status});
        table.addRow({QStringLiteral("domain_type"), w.domainType});
        table.addRow({QStringLiteral("domain_name"), w.domainName});
        table.addRow({QStringLiteral("vpc"), QStringLiteral("%1 (%2)").arg(w.vpcName, w.vpcId)});
        table.addRow({QStringLiteral("subnet_ids"), w.subnetIds.join(QLatin1Char(' '))});
        table.addRow({QStringLiteral("access_mode"), w.accessMode});
        table.addRow({QStringLiteral("desktop_security_group"),
                      QStringLiteral("%1 (%2)").arg(w.desktopSecurityGroupName,
                                                    w.desktopSecurityGroupId)});
        break;
    }
    case Kind::Products: {
        QStringList soldOutHere;
        const QString zone = parser.value(zoneOption);
        for (const AvailabilityZone &z : cache.zones()) {
            if (z.code == zone)
                soldOutHere = z.soldOutProducts;
        }
        table.addColumn(QStringLiteral("product_id"), CliTr::tr("Product"));
        table.addColumn(QStringLiteral("os_type"), CliTr::tr("OS"));
        table.addColumn(QStringLiteral("architecture"), CliTr::tr("Arch"));
        table.addColumn(QStringLiteral("cpu"), CliTr::tr("vCPUs"));
        table.addColumn(QStringLiteral("memory_gb"), CliTr::tr("Memory GB"));
        table.addColumn(QStringLiteral("gpu"), CliTr::tr("GPU"));
        table.addColumn(QStringLiteral("status"), CliTr::tr("Status"));
        table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
        for (const Product &p : cache.products()) {
            const OsType productOs = CatalogRules::productOs(p);
            if (os != OsType::Unknown && productOs != os)
                continue;
            QString status = p.status.isEmpty() ? QStringLiteral("normal") : p.status;
            if (soldOutHere.contains(p.productId))
                status = QStringLiteral("sellout");
            table.addRow({p.productId, ValidationContext::osName(productOs), p.architecture, p.cpu,
                          p.memoryGb(), p.isGpu ? p.gpuDesc : QString(), status,
                          p.displayName(lang)});
        }
        break;
    }
    case Kind::Images:
        table.addColumn(QStringLiteral("image_id"), CliTr::tr("Image"));
        table.addColumn(QStringLiteral("image_type"), CliTr::tr("Type"));
        table.addColumn(QStringLiteral("os_type"), CliTr::tr("OS"));
        table.addColumn(QStringLiteral("architecture"), CliTr::tr("Arch"));
        table.addColumn(QStringLiteral("min_ram_mb"), CliTr::tr("Min RAM MB"));
        table.addColumn(QStringLiteral("min_disk_gb"), CliTr::tr("Min disk GB"));
        table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
        for (const ImageInfo &i : cache.images()) {
            if (os != OsType::Unknown && CatalogRules::imageOs(i) != os)
                continue;
            table.addRow(
                    {i.id, i.imageType, i.osType, i.architecture, i.minRamMb, i.minDiskGb, i.name});
        }
        break;
    case Kind::Zones:
        table.addColumn(QStringLiteral("availability_zone"), CliTr::tr("Zone"));
        table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
        table.addColumn(QStringLiteral("default"), CliTr::tr("Default"));
        table.addColumn(QStringLiteral("sold_out_products"), CliTr::tr("Sold out"));
        for (const AvailabilityZone &z : cache.zones())
            table.addRow({z.code, z.name(lang), z.isDefault, z.soldOutProducts});
        break;
    case Kind::Subnets: {
        const QStringList own = cache.workspace().subnetIds;
        table.addColumn(QStringLiteral("subnet_id"), CliTr::tr("Subnet"));
        table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
        table.addColumn(QStringLiteral("cidr"), CliTr::tr("CIDR"));
        table.addColumn(QStringLiteral("vpc_id"), CliTr::tr("VPC"));
        table.addColumn(QStringLiteral("workspace"), CliTr::tr("Workspace's"));
        for (const SubnetInfo &s : cache.subnets())
            table.addRow({s.id, s.name, s.cidr, s.vpcId, own.contains(s.id)});
        break;
    }
    case Kind::SecurityGroups:
        table.addColumn(QStringLiteral("security_group_id"), CliTr::tr("Security group"));
        table.addColumn(QStringLiteral("name"), CliTr::tr("Name"));
        table.addColumn(QStringLiteral("vpc_id"), CliTr::tr("VPC"));
        table.addColumn(QStringLiteral("description"), CliTr::tr("Description"));
        for (const SecurityGroupInfo &g : cache.securityGroups())
            table.addRow({g.id, g.name, g.vpcId, g.description});
        break;
    }
    table.write(out, globals().format, CliTr::tr("(none)"));
    return ExitOk;
}

} // namespace wsc
