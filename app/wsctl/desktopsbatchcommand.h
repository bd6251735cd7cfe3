#pragma once

#include "cliactioncommand.h"

namespace wsc {

/**
 * The day-2 commands that run as batches of the job engine: `wsctl desktops start|stop|reboot|
 * hibernate|detach|delete|rebuild|resize <desktops>`. The desktops are ids or computer names,
 * a CSV (--from-csv) or the filters of `desktops list` (--filter); they are resolved and checked
 * (unknown desktops, busy ones, a product or image that does not fit) before anything is sent,
 * destructive actions are confirmed (--yes in scripts), and the batch is journaled and followed
 * like a create.
 */
class DesktopsBatchCommand : public CliActionCommand
{
public:
    enum class Action { Start, Stop, Reboot, Hibernate, Detach, Delete, Rebuild, Resize };

    explicit DesktopsBatchCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    bool isPower() const;
    /** Its own options' help (the common ones follow). */
    QString actionHelp() const;

    Action m_action;
};

} // namespace wsc
