#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace wsc {

/** BatchRunDesktops' body: a power action (start, stop, reboot, hibernate) on some desktops. */
struct DesktopActionRequest
{
    /** op_type: os-start, os-stop, reboot, os-hibernate. */
    enum class Action { Start, Stop, Reboot, Hibernate };

    QStringList desktopIds;
    Action action = Action::Start;
    bool force = false; ///< type HARD (forced) instead of SOFT

    /** The op_type of @p action ("os-start", ...). */
    static QString opType(Action action);
    /** Parses an op_type; false when unknown. */
    static bool actionFromOpType(const QString &opType, Action *out);

    QJsonObject toJson() const;
};

} // namespace wsc
