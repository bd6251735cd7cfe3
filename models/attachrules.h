#pragma once

#include "attachrequest.h"
#include "finding.h"
#include "validationcontext.h"

#include <QString>

/** Every rule of AttachInstances, as pure functions appending findings at the given path. */
namespace AttachRules {

Findings validate(const AttachRequest &request, const ValidationContext &context);

void checkUserName(const QString &value, const QString &path, const ValidationContext &context,
                   Findings &out);
void checkUserGroup(const QString &value, const QString &path, bool required, Findings &out);
void checkComputerName(const QString &value, const QString &path, Findings &out);
void checkUserInfo(const AttachUserInfo &info, const QString &path,
                   const ValidationContext &context, Findings &out);
/** One desktops[] item, including user_name != computer_name and attach_user_infos rules. */
void checkDesktop(const AttachDesktop &desktop, const QString &path,
                  const ValidationContext &context, Findings &out);

} // namespace AttachRules
