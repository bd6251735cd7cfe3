#pragma once

#include "clinamedcommand.h"

namespace wsc {

/**
 * `wsctl desktops rename DESKTOP NEW_NAME [--dry-run]`: gives a desktop a new computer name
 * (UpdateDesktop), checked against the naming rule and the tenant's other desktops first.
 */
class DesktopsRenameCommand : public CliNamedCommand
{
public:
    DesktopsRenameCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace wsc
