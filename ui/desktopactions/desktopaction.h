#pragma once

#include "models/domain/desktopaction.h"
#include "models/rules/day2verdict.h"

#include <QList>
#include <QString>

namespace wsc {

/** The glossary of DesktopAction (models/domain/desktopaction.h): names shown in menus and dialogs,
 * and what each one is. */
namespace DesktopActions {

/** Every action, in menu order. */
QList<DesktopAction> all();
/** The menu text, with its mnemonic ("&Start"). */
QString menuText(DesktopAction action);
/** The verb on the confirm button for @p count desktops ("Stop 3 Desktops"). */
QString confirmText(DesktopAction action, int count);
/** The dialog title ("Stop Desktops"). */
QString title(DesktopAction action);
/** The objectName of the action's QAction ("desktopStopAction"). */
QString objectName(DesktopAction action);
/** True when the action loses data or a user's work and cannot be undone. */
bool isDestructive(DesktopAction action);
/** The tooltip of @p action judged @p verdict (Day2Rules): what it does or why it cannot. */
QString toolTip(DesktopAction action, const Day2Verdict &verdict);

} // namespace DesktopActions

} // namespace wsc
