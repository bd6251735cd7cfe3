#include "desktopactionrules.h"

#include "models/i18n/glossary.h"
#include "models/itemmodels/desktoplistmodel.h"

#include <QCoreApplication>

namespace {

/** The translation context of the rules' reasons. */
struct RulesTr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopActionRules)
};

bool is(const DesktopInfo &d, const char *status)
{
    return d.status.compare(QLatin1String(status), Qt::CaseInsensitive) == 0;
}

QString osOf(const DesktopInfo &d)
{
    return d.osType.toLower();
}

} // namespace

namespace DesktopActionRules {

bool isConnected(const DesktopInfo &desktop)
{
    return desktop.loginStatus.compare(QLatin1String("CONNECTED"), Qt::CaseInsensitive) == 0;
}

QString reasonAgainst(DesktopAction action, const DesktopInfo &d)
{
    // A desktop with a task running refuses every other task (409): wait for it.
    if (!d.isIdle() && action != DesktopAction::Tags)
        return RulesTr::tr("busy: %1").arg(d.taskStatus);
    if (d.status.isEmpty() || is(d, "BUILD"))
        return RulesTr::tr("still being created");
    switch (action) {
    case DesktopAction::Start:
        if (is(d, "ACTIVE"))
            return RulesTr::tr("already running");
        if (!is(d, "SHUTOFF") && !is(d, "HIBERNATED"))
            return RulesTr::tr("status %1").arg(Glossary::desktopStatus(d.status));
        return {};
    case DesktopAction::Stop:
    case DesktopAction::Reboot:
    case DesktopAction::Hibernate:
        if (is(d, "SHUTOFF"))
            return RulesTr::tr("already shut off");
        if (is(d, "HIBERNATED"))
            return RulesTr::tr("hibernated");
        if (!is(d, "ACTIVE"))
            return RulesTr::tr("status %1").arg(Glossary::desktopStatus(d.status));
        return {};
    case DesktopAction::Detach:
        if (!d.hasUser())
            return RulesTr::tr("no user assigned");
        if (is(d, "HIBERNATED"))
            return RulesTr::tr("hibernated desktops cannot be detached");
        return {};
    case DesktopAction::AddDisk:
        if (d.dataVolumes.size() >= MaxDataDisks)
            return RulesTr::tr("already has %1 data disks").arg(MaxDataDisks);
        return {};
    case DesktopAction::ExpandDisk:
    case DesktopAction::RemoveDisk:
        if (d.dataVolumes.isEmpty())
            return RulesTr::tr("no data disk");
        return {};
    case DesktopAction::Resize:
    case DesktopAction::Rebuild:
        if (d.osType.isEmpty())
            return RulesTr::tr("operating system unknown");
        return {};
    case DesktopAction::Rename:
    case DesktopAction::Maintenance:
    case DesktopAction::Tags:
    case DesktopAction::Delete:
        return {};
    }
    return {};
}

QString userOf(const DesktopInfo &d)
{
    if (!d.userName.isEmpty())
        return d.userName;
    QStringList names;
    for (const DesktopInfo::AttachedUser &u : d.attachedUsers)
        names << (u.userName.isEmpty() ? u.userGroup : u.userName);
    names.removeAll(QString());
    return names.join(QStringLiteral(", "));
}

Verdict judge(DesktopAction action, const QList<DesktopInfo> &desktops)
{
    Verdict v;
    if (desktops.isEmpty()) {
        v.blocked = RulesTr::tr("Select one or more desktops first.");
        return v;
    }
    if (DesktopActions::isSingle(action) && desktops.size() > 1) {
        v.blocked = RulesTr::tr("Select a single desktop.");
        return v;
    }
    for (const DesktopInfo &d : desktops) {
        const QString why = reasonAgainst(action, d);
        if (why.isEmpty()) {
            v.targets << d;
        } else {
            v.skipped << d;
            v.skipReasons << why;
        }
    }
    if (v.targets.isEmpty()) {
        v.blocked = desktops.size() == 1
                            ? RulesTr::tr("%1: %2").arg(desktops.first().computerName,
                                                        v.skipReasons.first())
                            : RulesTr::tr("None of the selected desktops qualifies (%1: %2).")
                                      .arg(v.skipped.first().computerName, v.skipReasons.first());
        return v;
    }
    // A new product or image must suit every desktop it is given to: one OS (and architecture)
    // per batch.
    if (action == DesktopAction::Resize || action == DesktopAction::Rebuild) {
        for (const DesktopInfo &d : std::as_const(v.targets)) {
            if (osOf(d) != osOf(v.targets.first())) {
                v.blocked = RulesTr::tr("The selected desktops run different operating systems; "
                                        "select desktops of one OS.");
                break;
            }
            if (action == DesktopAction::Rebuild && !d.architecture.isEmpty()
                && !v.targets.first().architecture.isEmpty()
                && d.architecture != v.targets.first().architecture) {
                v.blocked = RulesTr::tr("The selected desktops have different architectures; "
                                        "select desktops of one architecture.");
                break;
            }
        }
    }
    return v;
}

QString Verdict::toolTip(DesktopAction action) const
{
    if (!blocked.isEmpty())
        return blocked;
    if (skipped.isEmpty())
        return DesktopActions::confirmText(action, int(targets.size()));
    return RulesTr::tr("%1 — %n selected desktop(s) skipped (%2: %3)", nullptr, int(skipped.size()))
            .arg(DesktopActions::confirmText(action, int(targets.size())),
                 skipped.first().computerName, skipReasons.first());
}

} // namespace DesktopActionRules
