#pragma once

#include <QJsonObject>

class Catalog;
class StateStore;
struct DesktopRecord;

/** Renders desktops in the documented API shapes (DesktopDetailInfo, SimpleDesktopInfo). */
namespace DesktopView {

/** DesktopDetailInfo. Security groups only in the single-desktop call, as documented. */
QJsonObject detail(const DesktopRecord &desktop, const Catalog &catalog, StateStore &state,
                   bool withSecurityGroups);
/** SimpleDesktopInfo of GET /desktops. */
QJsonObject simple(const DesktopRecord &desktop, const Catalog &catalog, const QString &domainId);

} // namespace DesktopView
