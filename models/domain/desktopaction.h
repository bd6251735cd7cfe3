#pragma once

#include <QMetaType>

namespace wsc {

/**
 * The day-2 actions an administrator runs on selected desktops: what Day2Rules judges a
 * selection for; the console's menus and dialogs name them (ui/desktopactions/desktopaction.h).
 */
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

} // namespace wsc

Q_DECLARE_METATYPE(wsc::DesktopAction)
