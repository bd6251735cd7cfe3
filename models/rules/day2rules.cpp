#include "day2rules.h"

#include "apilimits.h"
#include "catalogrules.h"
#include "rulesupport.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"

namespace wsc {

namespace {

bool is(const DesktopInfo &d, const char *status)
{
    return d.status.compare(QLatin1String(status), Qt::CaseInsensitive) == 0;
}

QString osOf(const DesktopInfo &d)
{
    return d.osType.toLower();
}

} // namespace

namespace Day2Rules {

using RuleSupport::error;

bool isSingle(DesktopAction action)
{
    // The disk calls name one desktop each (AddDesktopVolumes, ExpandDesktopVolume, ...).
    return action == DesktopAction::Rename || action == DesktopAction::AddDisk
           || action == DesktopAction::ExpandDisk || action == DesktopAction::RemoveDisk;
}

bool isConnected(const DesktopInfo &desktop)
{
    return desktop.loginStatus.compare(QLatin1String("CONNECTED"), Qt::CaseInsensitive) == 0;
}

QString reasonAgainst(DesktopAction action, const DesktopInfo &d)
{
    // A desktop with a task running refuses every other task (409): wait for it. Tags are not
    // a task.
    if (action != DesktopAction::Tags) {
        const QString busy = busyReason(d);
        if (!busy.isEmpty())
            return busy;
    }
    if (d.status.isEmpty() || is(d, "BUILD"))
        return ModelsTr::tr("still being created");
    switch (action) {
    case DesktopAction::Start:
        if (is(d, "ACTIVE"))
            return ModelsTr::tr("already running");
        if (!is(d, "SHUTOFF") && !is(d, "HIBERNATED"))
            return ModelsTr::tr("status %1").arg(Glossary::desktopStatus(d.status));
        return {};
    case DesktopAction::Stop:
    case DesktopAction::Reboot:
    case DesktopAction::Hibernate:
        if (is(d, "SHUTOFF"))
            return ModelsTr::tr("already shut off");
        if (is(d, "HIBERNATED"))
            return ModelsTr::tr("hibernated");
        if (!is(d, "ACTIVE"))
            return ModelsTr::tr("status %1").arg(Glossary::desktopStatus(d.status));
        return {};
    case DesktopAction::Detach:
        if (!d.hasUser())
            return ModelsTr::tr("no user assigned");
        if (is(d, "HIBERNATED"))
            return ModelsTr::tr("hibernated desktops cannot be detached");
        return {};
    case DesktopAction::AddDisk:
        if (d.dataVolumes.size() >= MaxDataDisks)
            return ModelsTr::tr("already has %1 data disks").arg(MaxDataDisks);
        return {};
    case DesktopAction::ExpandDisk:
    case DesktopAction::RemoveDisk:
        if (d.dataVolumes.isEmpty())
            return ModelsTr::tr("no data disk");
        return {};
    case DesktopAction::Resize:
    case DesktopAction::Rebuild:
        if (d.osType.isEmpty())
            return ModelsTr::tr("operating system unknown");
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

Day2Verdict judge(DesktopAction action, const QList<DesktopInfo> &desktops)
{
    Day2Verdict v;
    if (desktops.isEmpty()) {
        v.blocked = ModelsTr::tr("Select one or more desktops first.");
        return v;
    }
    if (isSingle(action) && desktops.size() > 1) {
        v.blocked = ModelsTr::tr("Select a single desktop.");
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
                            ? ModelsTr::tr("%1: %2").arg(desktops.first().computerName,
                                                         v.skipReasons.first())
                            : ModelsTr::tr("None of the selected desktops qualifies (%1: %2).")
                                      .arg(v.skipped.first().computerName, v.skipReasons.first());
        return v;
    }
    // A new product or image must suit every desktop it is given to: one OS (and architecture)
    // per batch.
    if (action == DesktopAction::Resize || action == DesktopAction::Rebuild) {
        for (const DesktopInfo &d : std::as_const(v.targets)) {
            if (osOf(d) != osOf(v.targets.first())) {
                v.blocked = ModelsTr::tr("The selected desktops run different operating systems; "
                                         "select desktops of one OS.");
                break;
            }
            if (action == DesktopAction::Rebuild && !d.architecture.isEmpty()
                && !v.targets.first().architecture.isEmpty()
                && d.architecture != v.targets.first().architecture) {
                v.blocked = ModelsTr::tr("The selected desktops have different architectures; "
                                         "select desktops of one architecture.");
                break;
            }
        }
    }
    return v;
}

void checkResize(const DesktopInfo &desktop, const Product &current, const Product &target,
                 const QString &path, Findings &out)
{
    if (desktop.productId == target.productId) {
        error(out, path, QStringLiteral("product_id.same"),
              ModelsTr::tr("Desktop %1 already has product %2.")
                      .arg(desktop.computerName, target.productId));
        return;
    }
    const OsType from = CatalogRules::productOs(current);
    const OsType to = CatalogRules::productOs(target);
    if (from != OsType::Unknown && to != OsType::Unknown && from != to)
        error(out, path, QStringLiteral("product_id.os"),
              ModelsTr::tr("Product %1 is for %2; desktop %3 runs %4. Choose a %4 product.")
                      .arg(target.productId, ValidationContext::osName(to), desktop.computerName,
                           ValidationContext::osName(from)));
    const QString arch
            = current.architecture.isEmpty() ? desktop.architecture : current.architecture;
    if (!arch.isEmpty() && !target.architecture.isEmpty()
        && arch.compare(target.architecture, Qt::CaseInsensitive) != 0)
        error(out, path, QStringLiteral("product_id.architecture"),
              ModelsTr::tr("Product %1 is %2; desktop %3 is %4. Choose a %4 product.")
                      .arg(target.productId, target.architecture, desktop.computerName, arch));
}

void checkRebuild(const DesktopInfo &desktop, const Product &current, const ImageInfo &image,
                  const QString &imageType, const QString &path, Findings &out)
{
    Product product = current;
    if (product.productId.isEmpty())
        product.productId = desktop.productId;
    if (product.architecture.isEmpty())
        product.architecture = desktop.architecture;
    Findings found;
    CatalogRules::checkImageForProduct(image, product, path, found);
    CatalogRules::checkImageType(image, imageType, path, found);
    for (Finding f : std::as_const(found)) {
        // Name the desktop: the same image may fit one desktop of the selection and not another.
        f.message = ModelsTr::tr("%1: %2").arg(desktop.computerName, f.message);
        out.append(f);
    }
}

void checkExpand(int currentGb, int newGb, const QString &path, Findings &out)
{
    if (newGb <= currentGb)
        error(out, path, QStringLiteral("new_size.smaller"),
              ModelsTr::tr("The disk has %1 GB; a disk can only grow, so the new size must be "
                           "more than that (got %2 GB).")
                      .arg(currentGb)
                      .arg(newGb));
    else if (newGb > ApiLimits::DiskMax)
        error(out, path, QStringLiteral("new_size.max"),
              ModelsTr::tr("A disk has at most 32760 GB (got %1 GB).").arg(newGb));
    else if (newGb % ApiLimits::DiskStep != 0)
        error(out, path, QStringLiteral("new_size.step"),
              ModelsTr::tr("Disk sizes go in steps of 10 GB (got %1 GB).").arg(newGb));
}

QString busyReason(const DesktopInfo &desktop)
{
    if (!desktop.isIdle())
        return ModelsTr::tr("a task is running on it (%1)")
                .arg(Glossary::taskStatus(desktop.taskStatus));
    return {};
}

} // namespace Day2Rules

} // namespace wsc
