#pragma once

#include "models/domain/createuserrequest.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QDateTime>

/**
 * The rules of CreateDesktopUser (POST /users, workspace-api.md §1.8) that the create-user
 * dialog checks field by field: the user name (the desktop user rules), e-mail, phone, at least
 * one of them for self-activation, the password for administrator activation, expiry in the
 * future, description length. Paths are the body's field names.
 */
namespace CreateUserChecks {

/** @p now: the clock that account_expires is compared with. */
Findings check(const CreateUserRequest &request, const QString &passwordConfirmation,
               const ValidationContext &context, const QDateTime &now);

} // namespace CreateUserChecks
