#include "region.h"

#include "api/apitr.h"

namespace wsc {

namespace {

// Region ids of the Go SDK's services/workspace/v2/region/region.go; names as the console shows
// them.
const Region kRegions[] = {
        {QStringLiteral("cn-east-3"), QT_TRANSLATE_NOOP("Api", "CN East-Shanghai1")},
        {QStringLiteral("cn-north-4"), QT_TRANSLATE_NOOP("Api", "CN North-Beijing4")},
        {QStringLiteral("cn-south-1"), QT_TRANSLATE_NOOP("Api", "CN South-Guangzhou")},
        {QStringLiteral("cn-southwest-2"), QT_TRANSLATE_NOOP("Api", "CN Southwest-Guiyang1")},
        {QStringLiteral("la-south-2"), QT_TRANSLATE_NOOP("Api", "LA-Santiago")},
        {QStringLiteral("sa-brazil-1"), QT_TRANSLATE_NOOP("Api", "LA-Sao Paulo1")},
        {QStringLiteral("la-north-2"), QT_TRANSLATE_NOOP("Api", "LA-Mexico City2")},
        {QStringLiteral("ap-southeast-3"), QT_TRANSLATE_NOOP("Api", "AP-Singapore")},
        {QStringLiteral("cn-north-9"), QT_TRANSLATE_NOOP("Api", "CN North-Ulanqab1")},
        {QStringLiteral("ap-southeast-1"), QT_TRANSLATE_NOOP("Api", "CN-Hong Kong")},
        {QStringLiteral("cn-east-5"), QT_TRANSLATE_NOOP("Api", "CN East-Qingdao")},
        {QStringLiteral("me-east-1"), QT_TRANSLATE_NOOP("Api", "ME-Riyadh")},
        {QStringLiteral("af-south-1"), QT_TRANSLATE_NOOP("Api", "AF-Johannesburg")},
        {QStringLiteral("tr-west-1"), QT_TRANSLATE_NOOP("Api", "TR-Istanbul")},
        {QStringLiteral("cn-north-11"), QT_TRANSLATE_NOOP("Api", "CN North-Ulanqab2")},
        {QStringLiteral("af-north-1"), QT_TRANSLATE_NOOP("Api", "AF-Cairo")},
        {QStringLiteral("ap-southeast-2"), QT_TRANSLATE_NOOP("Api", "AP-Bangkok")},
        {QStringLiteral("eu-west-101"), QT_TRANSLATE_NOOP("Api", "EU-Dublin")},
};

} // namespace

QString Region::displayName() const
{
    return ApiTr::tr(englishName);
}

QList<Region> Region::all()
{
    return QList<Region>(std::begin(kRegions), std::end(kRegions));
}

std::optional<Region> Region::find(const QString &id)
{
    for (const Region &region : kRegions) {
        if (region.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return region;
    }
    return std::nullopt;
}

QUrl Region::workspaceEndpoint(const QString &id)
{
    return QUrl(
            QStringLiteral("https://workspace.%1.myhuaweicloud.com").arg(id.trimmed().toLower()));
}

QUrl Region::iamEndpoint(const QString &id)
{
    return QUrl(QStringLiteral("https://iam.%1.myhuaweicloud.com").arg(id.trimmed().toLower()));
}

} // namespace wsc
