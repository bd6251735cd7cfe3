#pragma once

#include "clitr.h"

#include <QString>
#include <QStringList>

#include <cstddef>

namespace wsc {

/**
 * The name and the one-line summary of one action of a command family ("groups create"): a
 * family's commands list them in one table instead of a switch per question. The summary is
 * marked with QT_TRANSLATE_NOOP("Cli", ...) and translated when it is asked for.
 */
template<typename Action>
struct CliActionName
{
    Action action;
    const char *word;    ///< the word after the family's, e.g. "create"
    const char *summary; ///< untranslated; QT_TRANSLATE_NOOP("Cli", ...)

    /** The entry of @p action in @p table (the first one when it is missing). */
    template<std::size_t N>
    static const CliActionName &of(const CliActionName (&table)[N], Action action)
    {
        for (const CliActionName &entry : table) {
            if (entry.action == action)
                return entry;
        }
        return table[0];
    }

    /** The command's words: @p family's (one or more, split at spaces), then word. */
    QStringList words(const char *family) const
    {
        return QString::fromLatin1(family).split(QLatin1Char(' ')) << QString::fromLatin1(word);
    }
};

} // namespace wsc
