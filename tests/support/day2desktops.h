#pragma once

#include "models/domain/desktopinfo.h"

#include <QString>

namespace wsc {

/** Desktops in a given state for the day-2 rule and action tests (no service involved). */
namespace Day2Desktops {

/** A Windows x86 desktop named @p name, with @p user attached and @p task running if given. */
inline DesktopInfo make(const QString &name, const QString &status, const QString &user = {},
                        const QString &task = {})
{
    DesktopInfo d;
    d.desktopId = QStringLiteral("id-") + name;
    d.computerName = name;
    d.status = status;
    d.taskStatus = task;
    d.userName = user;
    d.attachState = user.isEmpty() ? QStringLiteral("UNATTACH") : QStringLiteral("ATTACHED");
    d.osType = QStringLiteral("Windows");
    d.architecture = QStringLiteral("x86");
    return d;
}

} // namespace Day2Desktops

} // namespace wsc
