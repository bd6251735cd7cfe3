#include "userstatusaction.h"

namespace wsc {

namespace UserStatusActions {

QString opType(UserStatusAction action)
{
    switch (action) {
    case UserStatusAction::Lock:
        return QStringLiteral("LOCK");
    case UserStatusAction::Unlock:
        return QStringLiteral("UNLOCK");
    case UserStatusAction::ResetPassword:
        return QStringLiteral("RESET_PWD");
    }
    return {};
}

} // namespace UserStatusActions

} // namespace wsc
