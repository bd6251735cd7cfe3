#pragma once

#include <QString>

namespace wsc {

/** What ChangeUserStatus does to a directory user (its op_type). */
enum class UserStatusAction { Lock, Unlock, ResetPassword };

/** The wire names of UserStatusAction. */
namespace UserStatusActions {

/** LOCK, UNLOCK or RESET_PWD. */
QString opType(UserStatusAction action);

} // namespace UserStatusActions

} // namespace wsc
