#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/** The day-2 actions an administrator runs on selected desktops from the Desktops menu. */
enum class DesktopAction {
    Start,
    Stop,
    Reboot,
    Hibernate,
    Detach,
    Rename,
    Maintenance,
    AddDisk,
    ExpandDisk,
    RemoveDisk,
    Tags,
    Resize,
    Rebuild,
    Delete
};

/** The glossary of DesktopAction: names shown in menus and dialogs, and what each one is. */
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
/** True when the action applies to one desktop at a time (rename, disks). */
bool isSingle(DesktopAction action);

} // namespace DesktopActions

Q_DECLARE_METATYPE(DesktopAction)
