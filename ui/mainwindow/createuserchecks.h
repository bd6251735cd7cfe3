#pragma once

#include "models/domain/createuserrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QDateTime>

namespace wsc {

/**
 * What the create-user dialog checks field by field: the rules of CreateDesktopUser
 * (CreateUserRules, shared with wsctl) and the password confirmation, which only the form has.
 */
namespace CreateUserChecks {

/** @p now: the clock that account_expires is compared with. */
Findings check(const CreateUserRequest &request, const QString &passwordConfirmation,
               const ValidationContext &context, const QDateTime &now);

} // namespace CreateUserChecks

} // namespace wsc
