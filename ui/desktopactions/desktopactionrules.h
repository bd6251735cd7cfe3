#pragma once

#include "desktopaction.h"

#include "models/domain/desktopinfo.h"

#include <QList>
#include <QString>

/**
 * Which selected desktops an action may touch, and why the others may not: the menu disables an
 * action (with the reason as tooltip) when none qualifies, and the confirmation lists the
 * desktops it skips. Modelled on what the service refuses (a desktop with a task running
 * answers 409, a hibernated one cannot be detached) so that nothing is sent to fail.
 */
namespace DesktopActionRules {

/** What an action would do with a selection. */
struct Verdict
{
    QList<DesktopInfo> targets; ///< desktops the action applies to, in selection order
    QList<DesktopInfo> skipped; ///< desktops it leaves alone
    QStringList skipReasons;    ///< parallel to skipped: why, in words
    QString blocked;            ///< non-empty: the action cannot run at all (why)

    bool isEnabled() const { return blocked.isEmpty() && !targets.isEmpty(); }
    /** The tooltip of the action: what it does or why it cannot. */
    QString toolTip(DesktopAction action) const;
};

/** Empty when @p action may run on @p desktop; otherwise why not. */
QString reasonAgainst(DesktopAction action, const DesktopInfo &desktop);
/** The verdict of @p action on the selected @p desktops. */
Verdict judge(DesktopAction action, const QList<DesktopInfo> &desktops);
/** The user (or attached users and groups) of @p desktop, as the confirmation names them. */
QString userOf(const DesktopInfo &desktop);
/** True when a user uses the desktop right now (login status CONNECTED). */
bool isConnected(const DesktopInfo &desktop);
/** A data disk can be added: fewer than this many exist. */
constexpr int MaxDataDisks = 10;

} // namespace DesktopActionRules
