#include "batchdetachrequest.h"

#include <QJsonArray>

namespace wsc {

QJsonObject BatchDetachRequest::toJson() const
{
    QJsonArray desktops;
    for (const QString &id : desktopIds)
        desktops.append(QJsonObject{{QStringLiteral("desktop_id"), id},
                                    {QStringLiteral("is_detach_all_users"), true}});
    return QJsonObject{{QStringLiteral("desktops"), desktops}};
}

} // namespace wsc
