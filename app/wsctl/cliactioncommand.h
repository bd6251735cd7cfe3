#pragma once

#include "cliactiontable.h"
#include "clicommand.h"

#include <cstddef>

namespace wsc {

/**
 * A command of a family whose actions are named in one CliActionName table ("groups create",
 * "desktops disks add"): its words and summary are read from its action's entry.
 */
class CliActionCommand : public CliCommand
{
public:
    QStringList words() const override { return m_words; }
    QString summary() const override { return CliTr::tr(m_summary); }

protected:
    /** @p family: the words before the action's, e.g. "groups" or "desktops disks". */
    template<typename Action, std::size_t N>
    CliActionCommand(const char *family, const CliActionName<Action> (&table)[N], Action action)
        : m_words(CliActionName<Action>::of(table, action).words(family))
        , m_summary(CliActionName<Action>::of(table, action).summary)
    {}

private:
    QStringList m_words;
    const char *m_summary;
};

} // namespace wsc
