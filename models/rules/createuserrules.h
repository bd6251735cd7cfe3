#pragma once

#include "finding.h"
#include "validationcontext.h"

#include "models/domain/createuserrequest.h"

#include <QDateTime>

namespace wsc {

/**
 * The rules of CreateDesktopUser (POST /users, workspace-api.md §1.8), in one place for the
 * console's create-user dialog and `wsctl users create`: the user name (the desktop user rules),
 * e-mail, phone, at least one of them for self-activation, the password for administrator
 * activation, expiry in the future, description length. Paths are the body's field names.
 */
namespace CreateUserRules {

/** Every finding of @p request; @p now is the clock that account_expires is compared with. */
Findings check(const CreateUserRequest &request, const ValidationContext &context,
               const QDateTime &now);

} // namespace CreateUserRules

} // namespace wsc
