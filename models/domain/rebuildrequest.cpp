#include "rebuildrequest.h"

#include <QJsonArray>

namespace wsc {

QJsonObject RebuildRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
                  {QStringLiteral("image_type"), imageType},
                  {QStringLiteral("image_id"), imageId}};
    if (!osType.isEmpty())
        o.insert(QStringLiteral("os_type"), osType);
    if (delayTime)
        o.insert(QStringLiteral("delay_time"), *delayTime);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace wsc
