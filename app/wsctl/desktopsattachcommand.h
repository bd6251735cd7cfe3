#pragma once

#include "clinamedcommand.h"

namespace wsc {

/**
 * `wsctl desktops attach --assignments FILE.csv [--dry-run] [--wait]`: assigns existing desktops
 * to users from a CSV (desktop_id or computer_name, user_name, user_group, user_email,
 * new_computer_name, is_clear_data; English or Chinese headers), resolved against the tenant's
 * desktops and checked line by line before AttachInstances is sent in journaled chunks.
 */
class DesktopsAttachCommand : public CliNamedCommand
{
public:
    DesktopsAttachCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
