#pragma once

#include "clinamedcommand.h"

namespace wsc {

/**
 * `wsctl desktops list [filters]`: the tenant's desktops (ListDesktopsDetail, every page), by
 * status, user, computer name, assignment, zone, type, image, subnet, IP or tag.
 */
class DesktopsListCommand : public CliNamedCommand
{
public:
    DesktopsListCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
