#include "deletedesktopsrequest.h"

#include <QJsonArray>

namespace wsc {

QJsonObject DeleteDesktopsRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
                       {QStringLiteral("delete_users"), deleteUsers},
                       {QStringLiteral("email_notification"), emailNotification}};
}

} // namespace wsc
