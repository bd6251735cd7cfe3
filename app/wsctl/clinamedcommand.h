#pragma once

#include "clicommand.h"
#include "clitr.h"

namespace wsc {

/**
 * A command whose words and summary are set when it is made ("desktops attach", "quotas"):
 * words() and summary() read them, the summary translated when it is asked for.
 */
class CliNamedCommand : public CliCommand
{
public:
    QStringList words() const override { return m_words; }
    QString summary() const override { return CliTr::tr(m_summary); }

protected:
    /** @p summary: untranslated, marked with QT_TRANSLATE_NOOP("Cli", ...). */
    CliNamedCommand(const QStringList &words, const char *summary)
        : m_words(words)
        , m_summary(summary)
    {}

private:
    QStringList m_words;
    const char *m_summary;
};

} // namespace wsc
