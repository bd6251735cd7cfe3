#include "validationcontext.h"

#include "models/domain/volumeproduct.h"

namespace wsc {

bool ValidationContext::operator==(const ValidationContext &other) const
{
    return domainType == other.domainType && os == other.os && createCap == other.createCap
           && attachCap == other.attachCap && takenComputerNames == other.takenComputerNames
           && offeredVolumeTypes == other.offeredVolumeTypes
           && soldOutVolumeTypes == other.soldOutVolumeTypes
           && provisionedVolumeTypes == other.provisionedVolumeTypes;
}

void ValidationContext::setVolumeProducts(const QList<VolumeProduct> &products)
{
    offeredVolumeTypes.clear();
    soldOutVolumeTypes.clear();
    provisionedVolumeTypes.clear();
    for (const VolumeProduct &p : products) {
        if (!offeredVolumeTypes.contains(p.volumeType))
            offeredVolumeTypes.append(p.volumeType);
        if (p.isSoldOut() && !soldOutVolumeTypes.contains(p.volumeType))
            soldOutVolumeTypes.append(p.volumeType);
        if ((p.takesIops || p.takesThroughput) && !provisionedVolumeTypes.contains(p.volumeType))
            provisionedVolumeTypes.append(p.volumeType);
    }
    // A type listed once as sold out and once as normal (two specs) can still be had.
    for (const VolumeProduct &p : products) {
        if (!p.isSoldOut())
            soldOutVolumeTypes.removeAll(p.volumeType);
    }
}

QStringList ValidationContext::volumeTypes() const
{
    return offeredVolumeTypes.isEmpty() ? documentedVolumeTypes() : offeredVolumeTypes;
}

bool ValidationContext::takesPerformance(const QString &type) const
{
    if (offeredVolumeTypes.isEmpty())
        return type == QLatin1String("GPSSD2");
    return provisionedVolumeTypes.contains(type);
}

QStringList ValidationContext::documentedVolumeTypes()
{
    return {QStringLiteral("SAS"), QStringLiteral("SSD"), QStringLiteral("GPSSD")};
}

bool ValidationContext::parseDomainType(const QString &text, DomainType *out)
{
    const QString t = text.trimmed();
    DomainType type;
    // The API enums spell the local directory LITE_AS; the prose of the docs says LITE_AD.
    if (t.compare(QLatin1String("LITE_AS"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("LITE_AD"), Qt::CaseInsensitive) == 0) {
        type = DomainType::LiteAs;
    } else if (t.compare(QLatin1String("LOCAL_AD"), Qt::CaseInsensitive) == 0) {
        type = DomainType::LocalAd;
    } else {
        return false;
    }
    if (out)
        *out = type;
    return true;
}

QString ValidationContext::domainTypeName(DomainType type)
{
    return type == DomainType::LocalAd ? QStringLiteral("LOCAL_AD") : QStringLiteral("LITE_AS");
}

bool ValidationContext::parseOs(const QString &text, OsType *out)
{
    const QString t = text.trimmed();
    OsType os;
    if (t.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0)
        os = OsType::Windows;
    else if (t.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0)
        os = OsType::Linux;
    else
        return false;
    if (out)
        *out = os;
    return true;
}

QString ValidationContext::osName(OsType os)
{
    switch (os) {
    case OsType::Windows:
        return QStringLiteral("Windows");
    case OsType::Linux:
        return QStringLiteral("Linux");
    case OsType::Unknown:
        break;
    }
    return QString();
}

} // namespace wsc
