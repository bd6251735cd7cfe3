#include "desktopaction.h"

#include <QCoreApplication>

namespace wsc {

namespace {

/** The translation context of the action glossary. */
struct DesktopActionTr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopActions)
};

} // namespace

namespace DesktopActions {

QList<DesktopAction> all()
{
    return {DesktopAction::Start,       DesktopAction::Stop,    DesktopAction::Reboot,
            DesktopAction::Hibernate,   DesktopAction::Detach,  DesktopAction::Rename,
            DesktopAction::Maintenance, DesktopAction::AddDisk, DesktopAction::ExpandDisk,
            DesktopAction::RemoveDisk,  DesktopAction::Tags,    DesktopAction::Resize,
            DesktopAction::Rebuild,     DesktopAction::Delete};
}

QString menuText(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Start:
        return DesktopActionTr::tr("S&tart…");
    case DesktopAction::Stop:
        return DesktopActionTr::tr("Sto&p…");
    case DesktopAction::Reboot:
        return DesktopActionTr::tr("Re&boot…");
    case DesktopAction::Hibernate:
        return DesktopActionTr::tr("&Hibernate…");
    case DesktopAction::Detach:
        return DesktopActionTr::tr("&Detach User…");
    case DesktopAction::Rename:
        return DesktopActionTr::tr("Re&name…");
    case DesktopAction::Maintenance:
        return DesktopActionTr::tr("&Maintenance Mode…");
    case DesktopAction::AddDisk:
        return DesktopActionTr::tr("&Add Data Disk…");
    case DesktopAction::ExpandDisk:
        return DesktopActionTr::tr("&Expand Data Disk…");
    case DesktopAction::RemoveDisk:
        return DesktopActionTr::tr("&Remove Data Disk…");
    case DesktopAction::Tags:
        return DesktopActionTr::tr("Ta&gs…");
    case DesktopAction::Resize:
        return DesktopActionTr::tr("Change &Product…");
    case DesktopAction::Rebuild:
        return DesktopActionTr::tr("Rebuild &System Disk…");
    case DesktopAction::Delete:
        return DesktopActionTr::tr("De&lete…");
    }
    return {};
}

QString title(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Start:
        return DesktopActionTr::tr("Start Desktops");
    case DesktopAction::Stop:
        return DesktopActionTr::tr("Stop Desktops");
    case DesktopAction::Reboot:
        return DesktopActionTr::tr("Reboot Desktops");
    case DesktopAction::Hibernate:
        return DesktopActionTr::tr("Hibernate Desktops");
    case DesktopAction::Detach:
        return DesktopActionTr::tr("Detach Users");
    case DesktopAction::Rename:
        return DesktopActionTr::tr("Rename Desktop");
    case DesktopAction::Maintenance:
        return DesktopActionTr::tr("Maintenance Mode");
    case DesktopAction::AddDisk:
        return DesktopActionTr::tr("Add Data Disk");
    case DesktopAction::ExpandDisk:
        return DesktopActionTr::tr("Expand Data Disk");
    case DesktopAction::RemoveDisk:
        return DesktopActionTr::tr("Remove Data Disk");
    case DesktopAction::Tags:
        return DesktopActionTr::tr("Desktop Tags");
    case DesktopAction::Resize:
        return DesktopActionTr::tr("Change Product");
    case DesktopAction::Rebuild:
        return DesktopActionTr::tr("Rebuild System Disk");
    case DesktopAction::Delete:
        return DesktopActionTr::tr("Delete Desktops");
    }
    return {};
}

QString confirmText(DesktopAction action, int count)
{
    switch (action) {
    case DesktopAction::Start:
        return DesktopActionTr::tr("Start %n Desktop(s)", nullptr, count);
    case DesktopAction::Stop:
        return DesktopActionTr::tr("Stop %n Desktop(s)", nullptr, count);
    case DesktopAction::Reboot:
        return DesktopActionTr::tr("Reboot %n Desktop(s)", nullptr, count);
    case DesktopAction::Hibernate:
        return DesktopActionTr::tr("Hibernate %n Desktop(s)", nullptr, count);
    case DesktopAction::Detach:
        return DesktopActionTr::tr("Detach %n Desktop(s)", nullptr, count);
    case DesktopAction::Rename:
        return DesktopActionTr::tr("Rename");
    case DesktopAction::Maintenance:
        return DesktopActionTr::tr("Apply to %n Desktop(s)", nullptr, count);
    case DesktopAction::AddDisk:
        return DesktopActionTr::tr("Add Disk");
    case DesktopAction::ExpandDisk:
        return DesktopActionTr::tr("Expand");
    case DesktopAction::RemoveDisk:
        return DesktopActionTr::tr("Remove Disks");
    case DesktopAction::Tags:
        return DesktopActionTr::tr("Apply to %n Desktop(s)", nullptr, count);
    case DesktopAction::Resize:
        return DesktopActionTr::tr("Change %n Desktop(s)", nullptr, count);
    case DesktopAction::Rebuild:
        return DesktopActionTr::tr("Rebuild %n Desktop(s)", nullptr, count);
    case DesktopAction::Delete:
        return DesktopActionTr::tr("Delete %n Desktop(s)", nullptr, count);
    }
    return {};
}

QString objectName(DesktopAction action)
{
    switch (action) {
    case DesktopAction::Start:
        return QStringLiteral("desktopStartAction");
    case DesktopAction::Stop:
        return QStringLiteral("desktopStopAction");
    case DesktopAction::Reboot:
        return QStringLiteral("desktopRebootAction");
    case DesktopAction::Hibernate:
        return QStringLiteral("desktopHibernateAction");
    case DesktopAction::Detach:
        return QStringLiteral("desktopDetachAction");
    case DesktopAction::Rename:
        return QStringLiteral("desktopRenameAction");
    case DesktopAction::Maintenance:
        return QStringLiteral("desktopMaintenanceAction");
    case DesktopAction::AddDisk:
        return QStringLiteral("desktopAddDiskAction");
    case DesktopAction::ExpandDisk:
        return QStringLiteral("desktopExpandDiskAction");
    case DesktopAction::RemoveDisk:
        return QStringLiteral("desktopRemoveDiskAction");
    case DesktopAction::Tags:
        return QStringLiteral("desktopTagsAction");
    case DesktopAction::Resize:
        return QStringLiteral("desktopResizeAction");
    case DesktopAction::Rebuild:
        return QStringLiteral("desktopRebuildAction");
    case DesktopAction::Delete:
        return QStringLiteral("desktopDeleteAction");
    }
    return {};
}

bool isDestructive(DesktopAction action)
{
    // Stopping, rebooting or hibernating ends a user's session (unsaved work is lost); a
    // rebuild wipes the system disk, a removed disk or desktop is gone.
    switch (action) {
    case DesktopAction::Stop:
    case DesktopAction::Reboot:
    case DesktopAction::Hibernate:
    case DesktopAction::Detach:
    case DesktopAction::RemoveDisk:
    case DesktopAction::Resize:
    case DesktopAction::Rebuild:
    case DesktopAction::Delete:
        return true;
    default:
        return false;
    }
}

QString toolTip(DesktopAction action, const Day2Verdict &verdict)
{
    if (!verdict.blocked.isEmpty())
        return verdict.blocked;
    const int count = int(verdict.targets.size());
    if (verdict.skipped.isEmpty())
        return confirmText(action, count);
    return DesktopActionTr::tr("%1 — %n selected desktop(s) skipped (%2: %3)", nullptr,
                               int(verdict.skipped.size()))
            .arg(confirmText(action, count), verdict.skipped.first().computerName,
                 verdict.skipReasons.first());
}

} // namespace DesktopActions

} // namespace wsc
