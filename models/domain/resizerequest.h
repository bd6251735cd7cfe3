#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsc {

/** ResizeDesktop's body: a new product for some desktops (mode STOP_DESKTOP stops them first). */
struct ResizeRequest
{
    QStringList desktopIds;
    QString productId;

    QJsonObject toJson() const;
};

} // namespace wsc
