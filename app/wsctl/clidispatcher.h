#pragma once

#include "clicommand.h"

#include "models/i18n/translator.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace wsc {

/**
 * wsctl's front door: removes the global options (--profile, --format, --lang, --help...)
 * wherever they stand, picks the language, finds the command named by the first words and runs
 * it with the global options.
 */
class CliDispatcher
{
public:
    CliDispatcher();
    ~CliDispatcher();

    void addCommand(std::unique_ptr<CliCommand> command);
    /** The dispatcher with every command wsctl ships. */
    static std::unique_ptr<CliDispatcher> createDefault();

    /** Runs @p arguments (without the program name); returns the exit code. */
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /** The language from --lang, else LC_ALL, LC_MESSAGES, LANG ("en" or "zh_CN"). */
    static QString chooseLanguage(const QString &option);
    QString help() const;
    /** Help for a group of commands, e.g. "wsctl users --help". */
    QString groupHelp(const QString &group) const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
    Translator m_translator;
};

} // namespace wsc
