#include "desktopactionrequest.h"

#include <QJsonArray>

namespace wsc {

QString DesktopActionRequest::opType(Action action)
{
    switch (action) {
    case Action::Start:
        return QStringLiteral("os-start");
    case Action::Stop:
        return QStringLiteral("os-stop");
    case Action::Reboot:
        return QStringLiteral("reboot");
    case Action::Hibernate:
        return QStringLiteral("os-hibernate");
    }
    return {};
}

bool DesktopActionRequest::actionFromOpType(const QString &opType, Action *out)
{
    for (const Action a : {Action::Start, Action::Stop, Action::Reboot, Action::Hibernate}) {
        if (DesktopActionRequest::opType(a) == opType) {
            *out = a;
            return true;
        }
    }
    return false;
}

QJsonObject DesktopActionRequest::toJson() const
{
    // Start has no forced variant: the service documents HARD for stop and reboot.
    return QJsonObject{
            {QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
            {QStringLiteral("op_type"), opType(action)},
            {QStringLiteral("type"), force ? QStringLiteral("HARD") : QStringLiteral("SOFT")}};
}

} // namespace wsc
