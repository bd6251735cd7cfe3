#pragma once

#include "cliactiontable.h"
#include "clinamedcommand.h"

#include <cstddef>

namespace wsc {

/**
 * A command of a family whose actions are named in one CliActionName table ("groups create",
 * "desktops disks add"): its words and summary are read from its action's entry.
 */
class CliActionCommand : public CliNamedCommand
{
protected:
    /** @p family: the words before the action's, e.g. "groups" or "desktops disks". */
    template<typename Action, std::size_t N>
    CliActionCommand(const char *family, const CliActionName<Action> (&table)[N], Action action)
        : CliNamedCommand(CliActionName<Action>::of(table, action).words(family),
                          CliActionName<Action>::of(table, action).summary)
    {}
};

} // namespace wsc
