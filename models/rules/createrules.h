#pragma once

#include "finding.h"
#include "validationcontext.h"

#include "models/domain/createdesktoprequest.h"

#include <QString>

namespace wsc {

/**
 * Every rule of CreateDesktop, as pure functions. Each check appends findings to @p out
 * with the given path, so callers (the wizard's fields, CSV cells, wsctl) share one rule set.
 * Hot paths (CSV import of 100 000 rows) call these: no regex compiled per call.
 */
namespace CreateRules {

/**
 * The whole request as a batch, including cross-field rules (desktops xor size, uniqueness).
 * More desktops than context.createCap is not an error here: ChunkPlanner splits the batch
 * into API requests. Use validateSingleRequest() for a body about to be sent as it is.
 */
Findings validate(const CreateDesktopRequest &request, const ValidationContext &context);
/**
 * validate() plus the per-request cap: "desktops.too_many" / "size.too_many" when the request
 * makes more than context.createCap desktops. For one chunk, or a wsctl --no-split run.
 */
Findings validateSingleRequest(const CreateDesktopRequest &request,
                               const ValidationContext &context);

// Field rules. @p path is the JSON path reported in each finding.
void checkUserName(const QString &value, const QString &path, const ValidationContext &context,
                   Findings &out);
void checkUserEmail(const QString &value, const QString &path, Findings &out);
void checkUserPhone(const QString &value, const QString &path, Findings &out);
void checkUserGroup(const QString &value, const QString &path, const ValidationContext &context,
                    Findings &out);
void checkComputerName(const QString &value, const QString &path, Findings &out);
void checkDesktopNamePrefix(const QString &value, const QString &path, Findings &out);
/**
 * One desktops[] item; @p path is e.g. "desktops[3]". Bulk callers may pass an empty path and
 * prefix the (rare) findings' paths afterwards: nothing is allocated for a clean item.
 */
void checkDesktopItem(const DesktopItem &item, const QString &path,
                      const ValidationContext &context, Findings &out);
/** computer_name unique across the list, case-insensitively (some images upper-case it). */
void checkUniqueComputerNames(const QList<DesktopItem> &desktops, Findings &out);
/**
 * One disk: a type the region offers (context.offeredVolumeTypes, else the documented types),
 * size, iops/throughput where the type takes them, kms_id.
 */
void checkRootVolume(const Volume &volume, const QString &path, const ValidationContext &context,
                     Findings &out);
void checkDataVolume(const Volume &volume, const QString &path, const ValidationContext &context,
                     Findings &out);
/** At most 10 data disks, each checked; @p path is "data_volumes". */
void checkDataVolumes(const QList<Volume> &volumes, const QString &path,
                      const ValidationContext &context, Findings &out);
/** At most 5 NICs, each with a subnet id, no subnet twice; @p path is "nics". */
void checkNics(const QStringList &subnetIds, const QString &path, Findings &out);
/** At most 5 security groups, each with an id, none twice; @p path is "security_groups". */
void checkSecurityGroups(const QStringList &ids, const QString &path, Findings &out);
void checkTag(const Tag &tag, const QString &path, Findings &out);
/** At most 20 tags, each checked, keys unique; @p path is "tags". */
void checkTags(const QList<Tag> &tags, const QString &path, Findings &out);
void checkEip(const Eip &eip, const QString &path, Findings &out);
void checkDesktopName(const QString &value, int size, const QString &path, Findings &out);
void checkEnterpriseProjectId(const QString &value, const QString &path, Findings &out);

/** Length as the service counts it for computer names: a Chinese character counts 2. */
int weightedLength(const QString &value);

} // namespace CreateRules

} // namespace wsc
