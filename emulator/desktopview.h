#pragma once

#include <QJsonObject>

namespace wsemu {

class Catalog;
class StateStore;
struct DesktopRecord;

/** Renders desktops in the documented API shapes (DesktopDetailInfo, SimpleDesktopInfo). */
namespace DesktopView {

/** DesktopDetailInfo. Security groups only in the single-desktop call, as documented. */
QJsonObject detail(const DesktopRecord &desktop, const Catalog &catalog, StateStore &state,
                   bool withSecurityGroups);
/** The "product" of DesktopDetailInfo: the catalog's product @p productId. */
QJsonObject productView(const QString &productId, const Catalog &catalog);
/** The "flavor" of DesktopDetailInfo for product @p productId. */
QJsonObject flavorView(const QString &productId, const Catalog &catalog);
/** The "metadata" of DesktopDetailInfo (image, image type, charging mode). */
QJsonObject metadataView(const DesktopRecord &desktop, const Catalog &catalog);
/** SimpleDesktopInfo of GET /desktops. */
QJsonObject simple(const DesktopRecord &desktop, const Catalog &catalog, const QString &domainId);

} // namespace DesktopView

} // namespace wsemu
