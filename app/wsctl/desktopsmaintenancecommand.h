#pragma once

#include "clinamedcommand.h"

namespace wsc {

/**
 * `wsctl desktops maintenance on|off <desktops>`: puts desktops in the administrator's
 * maintenance mode (users cannot log in) or takes them out (SetMaintenanceMode, 100 per request).
 */
class DesktopsMaintenanceCommand : public CliNamedCommand
{
public:
    DesktopsMaintenanceCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
