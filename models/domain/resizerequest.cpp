#include "resizerequest.h"

#include <QJsonArray>

namespace wsc {

QJsonObject ResizeRequest::toJson() const
{
    QJsonArray desktops;
    for (const QString &id : desktopIds)
        desktops.append(QJsonObject{{QStringLiteral("desktop_id"), id}});
    // STOP_DESKTOP is the only documented mode: a running desktop is stopped, then resized.
    return QJsonObject{{QStringLiteral("desktops"), desktops},
                       {QStringLiteral("product_id"), productId},
                       {QStringLiteral("mode"), QStringLiteral("STOP_DESKTOP")}};
}

} // namespace wsc
