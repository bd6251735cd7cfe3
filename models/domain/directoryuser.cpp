#include "directoryuser.h"

#include "jsonread.h"

#include <QJsonObject>

namespace wsc {

DirectoryUser DirectoryUser::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    DirectoryUser u;
    u.id = JsonRead::string(o, QStringLiteral("id"));
    u.userName = JsonRead::string(o, QStringLiteral("user_name"));
    u.userEmail = JsonRead::string(o, QStringLiteral("user_email"));
    u.userPhone = JsonRead::string(o, QStringLiteral("user_phone"));
    u.description = JsonRead::string(o, QStringLiteral("description"));
    u.activeType = JsonRead::string(o, QStringLiteral("active_type"));
    u.accountExpires = JsonRead::string(o, QStringLiteral("account_expires"));
    u.locked = JsonRead::boolean(o, QStringLiteral("locked"));
    u.disabled = JsonRead::boolean(o, QStringLiteral("disabled"));
    u.accountExpired = JsonRead::boolean(o, QStringLiteral("account_expired"))
                       || JsonRead::boolean(o, QStringLiteral("user_expired"));
    u.enableChangePassword = JsonRead::boolean(o, QStringLiteral("enable_change_password"), true);
    u.nextLoginChangePassword = JsonRead::boolean(o, QStringLiteral("next_login_change_password"));
    u.passwordNeverExpired = JsonRead::boolean(o, QStringLiteral("password_never_expired"));
    u.aliasName = JsonRead::string(o, QStringLiteral("alias_name"));
    u.domain = JsonRead::string(o, QStringLiteral("domain"));
    u.totalDesktops = static_cast<int>(JsonRead::integer(o, QStringLiteral("total_desktops")));
    u.groupNames = JsonRead::stringList(o, QStringLiteral("group_names"));
    return u;
}

} // namespace wsc
