#pragma once

#include "clinamedcommand.h"

namespace wsc {

/**
 * `wsctl demo`: the whole engine in a minute on a machine without a display. Starts the
 * emulator in this process (temporary state, jobs fast enough to watch), reads the bundled
 * user CSV, creates its desktops in journaled chunks, assigns unassigned desktops to users,
 * follows every job with progress and checks the result on the service.
 */
class DemoCommand : public CliNamedCommand
{
public:
    DemoCommand();

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The bundled CSV (":/demo/demo-users.csv"). */
    static QString usersResource();
};

} // namespace wsc
