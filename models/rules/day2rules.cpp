#include "day2rules.h"

#include "apilimits.h"
#include "catalogrules.h"
#include "rulesupport.h"

#include "models/i18n/modelstr.h"

namespace Day2Rules {

using RuleSupport::error;

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
    if (!desktop.taskStatus.isEmpty())
        return ModelsTr::tr("a task is running on it (%1)").arg(desktop.taskStatus);
    return {};
}

} // namespace Day2Rules
