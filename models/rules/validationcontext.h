#pragma once

#include "apilimits.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace wsc {

struct VolumeProduct;

/** The Workspace directory type: local (LITE_AS, also spelled LITE_AD) or an AD domain. */
enum class DomainType { LiteAs, LocalAd };

/** Operating system of the image/product, which changes the user name and group rules. */
enum class OsType { Unknown, Windows, Linux };

/** What the rules need to know beyond the request itself. */
struct ValidationContext
{
    DomainType domainType = DomainType::LiteAs;
    OsType os = OsType::Unknown; ///< Unknown: only the limits common to both systems apply
    int createCap = ApiLimits::CreateCapDefault; ///< desktops per CreateDesktop request
    int attachCap = ApiLimits::AttachCapDefault; ///< desktops per AttachInstances request
    /**
     * Computer names already used in the tenant, case-folded (from ListDesktopsDetail). S000:
     * the desktop name "must be unique", and the service refuses the whole request otherwise.
     */
    QSet<QString> takenComputerNames;
    /**
     * Disk types the region offers (ListVolumeProductInfo), sold-out ones included. Empty: the
     * list was not read, and the documented types apply (documentedVolumeTypes()).
     */
    QStringList offeredVolumeTypes;
    QStringList soldOutVolumeTypes; ///< offered types whose product status is "sellout"
    /**
     * Types whose product lists iops/throughput (provisioned performance). Empty when the list
     * was not read: GPSSD2, the only type the sources document with them (R5, TF).
     */
    QStringList provisionedVolumeTypes;

    /** Whether the rules give every row the same findings under both contexts. */
    bool operator==(const ValidationContext &other) const;
    bool operator!=(const ValidationContext &other) const { return !(*this == other); }

    /** Fills the three volume lists above from what the service listed. */
    void setVolumeProducts(const QList<VolumeProduct> &products);
    /** The disk types a request may use: the offered ones, else the documented ones. */
    QStringList volumeTypes() const;
    /** Whether iops/throughput are provisioned on disks of @p type. */
    bool takesPerformance(const QString &type) const;
    /** S000 (SAS, SSD) and the model's Volume note (GPSSD): the list when the region's is unknown.
     */
    static QStringList documentedVolumeTypes();

    /** Parses "LITE_AS", "LITE_AD", "LOCAL_AD" (case-insensitive); false when unknown. */
    static bool parseDomainType(const QString &text, DomainType *out);
    static QString domainTypeName(DomainType type); ///< "LITE_AS" or "LOCAL_AD"
    /** Parses "Windows"/"Linux" (case-insensitive); false when unknown. */
    static bool parseOs(const QString &text, OsType *out);
    static QString osName(OsType os); ///< "Windows", "Linux" or ""
};

} // namespace wsc
