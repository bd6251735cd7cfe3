#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace wsemu {

class Catalog;
class StateStore;
struct DesktopRecord;

/**
 * Writes the detail list's DesktopDetailInfo objects as compact JSON directly: byte for byte
 * what QJsonDocument writes for DesktopView::detail (tst_desktopdetailwriter checks it), at a
 * fraction of the cost (building and serialising 500 QJsonObjects took 40-60 ms a page, and a
 * tenant of 50 000 is read in 100 pages). The parts that come from the read-only catalog
 * (product, flavor, metadata) are serialised once per product and image.
 */
class DesktopDetailWriter
{
public:
    explicit DesktopDetailWriter(const Catalog *catalog);

    /** The body of a detail list page: {"desktops":[...],"total_count":total}. */
    QByteArray page(const QList<const DesktopRecord *> &desktops, qsizetype total,
                    StateStore &state);
    /** One desktop's DesktopDetailInfo without security groups, appended to @p out. */
    void write(QByteArray &out, const DesktopRecord &desktop, StateStore &state);

private:
    /** What a desktop's view takes from the catalog, serialised. */
    struct CatalogParts
    {
        QByteArray product;
        QByteArray flavor;
        QByteArray metadata;
        QJsonValue osVersion; ///< undefined when the image has none (then no key)
        QString vpcId;
    };
    const CatalogParts &catalogParts(const DesktopRecord &desktop);

    const Catalog *m_catalog;
    QHash<QString, CatalogParts> m_parts; ///< by product, image, image type and subnet
};

} // namespace wsemu
