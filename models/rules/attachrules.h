#pragma once

#include "finding.h"
#include "validationcontext.h"

#include "models/domain/attachrequest.h"

#include <QString>
#include <QStringList>

namespace wsc {

/** Every rule of AttachInstances, as pure functions appending findings at the given path. */
namespace AttachRules {

/**
 * The whole request as a batch: more desktops than context.attachCap is not an error here,
 * ChunkPlanner splits them. validateSingleRequest() adds "desktops.too_many".
 */
Findings validate(const AttachRequest &request, const ValidationContext &context);
Findings validateSingleRequest(const AttachRequest &request, const ValidationContext &context);

/** The flat desktops[].user_name (LITE_AS: letter first, ≤20; LOCAL_AD ≤32; Windows ≤20). */
void checkUserName(const QString &value, const QString &path, const ValidationContext &context,
                   Findings &out);
/** attach_user_infos[].user_name of a USER: as above, but LOCAL_AD and Linux allow 64. */
void checkInfoUserName(const QString &value, const QString &path, const ValidationContext &context,
                       Findings &out);
/** attach_user_infos[].user_name of a GROUP: Chinese, letters, digits, '-', '_'. */
void checkGroupName(const QString &value, const QString &path, Findings &out);
/** Any of the four groups (the OS is not known); see the overload for the OS-specific rule. */
void checkUserGroup(const QString &value, const QString &path, bool required, Findings &out);
void checkUserGroup(const QString &value, const QString &path, bool required,
                    const ValidationContext &context, Findings &out);
/** The user group a user gets on a desktop of @p os unless told: empty when @p os is unknown. */
QString defaultUserGroup(OsType os);
/** The user groups that checkUserGroup() allows for @p os (all four when it is unknown). */
QStringList userGroups(OsType os);
/** Letters, digits, '-', '_'; starts with a letter; not ending in '-'; 1–15. Empty = keep. */
void checkComputerName(const QString &value, const QString &path, Findings &out);
void checkUserInfo(const AttachUserInfo &info, const QString &path,
                   const ValidationContext &context, Findings &out);
/** One desktops[] item, including user_name != computer_name and attach_user_infos rules. */
void checkDesktop(const AttachDesktop &desktop, const QString &path,
                  const ValidationContext &context, Findings &out);

} // namespace AttachRules

} // namespace wsc
