#pragma once

#include "cliactioncommand.h"

namespace wsc {

class CliConnection;

/**
 * `wsctl profiles list|add|remove|test|use`: the console's connection profiles, shared with
 * the GUI. Secrets go to the keychain and are read from stdin or the environment, never from
 * the command line (visible in `ps`), and never printed.
 */
class ProfilesCommand : public CliActionCommand
{
public:
    enum class Action { List, Add, Remove, Test, Use };

    explicit ProfilesCommand(Action action);

    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** "HPUA…0001": enough to tell keys apart, never the whole key. */
    static QString maskAccessKey(const QString &key);

private:
    int list(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int add(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int remove(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int test(const QStringList &arguments, QTextStream &out, QTextStream &err);
    int use(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /**
     * Reads the one profile NAME that remove and use take and finds its id (@p orId: NAME may
     * be the id too); ExitOk, else what to exit with (said on @p err).
     */
    int namedProfile(const QStringList &arguments, CliConnection &connection, bool orId,
                     QString *name, QString *id, QTextStream &err) const;

    Action m_action;
};

} // namespace wsc
