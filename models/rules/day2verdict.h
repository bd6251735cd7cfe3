#pragma once

#include "models/domain/desktopinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/** What a day-2 action would do with a selection of desktops (Day2Rules::judge()). */
struct Day2Verdict
{
    QList<DesktopInfo> targets; ///< desktops the action applies to, in selection order
    QList<DesktopInfo> skipped; ///< desktops it leaves alone
    QStringList skipReasons;    ///< parallel to skipped: why, in words
    QString blocked;            ///< non-empty: the action cannot run at all (why)

    bool isEnabled() const { return blocked.isEmpty() && !targets.isEmpty(); }
};

} // namespace wsc
