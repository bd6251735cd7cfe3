#pragma once

#include "day2verdict.h"
#include "finding.h"

#include "models/domain/desktopaction.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/imageinfo.h"
#include "models/domain/product.h"

#include <QString>

namespace wsc {

/**
 * Rules of the day-2 actions: which desktops an action may touch and why not the others (a task
 * running answers 409, a hibernated desktop cannot be detached...), and those that need the
 * catalog (a product or image that does not fit a desktop, a disk that would shrink). The
 * console (menus, confirmations) and wsctl check them before anything is sent; the service
 * refuses the same requests.
 */
namespace Day2Rules {

/** A data disk can be added: fewer than this many exist. */
constexpr int MaxDataDisks = 10;

/** True when the action applies to one desktop at a time (rename, disks). */
bool isSingle(DesktopAction action);
/** Empty when @p action may run on @p desktop; otherwise why not, in words. */
QString reasonAgainst(DesktopAction action, const DesktopInfo &desktop);
/** The verdict of @p action on the selected @p desktops. */
Day2Verdict judge(DesktopAction action, const QList<DesktopInfo> &desktops);
/** The user (or attached users and groups) of @p desktop, as confirmations name them. */
QString userOf(const DesktopInfo &desktop);
/** True when a user uses the desktop right now (login status CONNECTED). */
bool isConnected(const DesktopInfo &desktop);

/**
 * product_id.same, product_id.os, product_id.architecture: @p target is the product the desktop
 * already has, or runs another OS or architecture than its @p current product.
 */
void checkResize(const DesktopInfo &desktop, const Product &current, const Product &target,
                 const QString &path, Findings &out);
/**
 * image_id.os, image_id.architecture, image_id.min_ram, image_type.mismatch: @p image does not
 * fit the desktop's @p current product, or is not of @p imageType.
 */
void checkRebuild(const DesktopInfo &desktop, const Product &current, const ImageInfo &image,
                  const QString &imageType, const QString &path, Findings &out);
/** new_size.smaller, new_size.step, new_size.max: a disk only grows, to at most 32760 GB. */
void checkExpand(int currentGb, int newGb, const QString &path, Findings &out);
/** The task or state that forbids any change now ("" when the desktop is idle and listed). */
QString busyReason(const DesktopInfo &desktop);

} // namespace Day2Rules

} // namespace wsc
