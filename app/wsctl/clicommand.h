#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

/**
 * One wsctl command, e.g. "users check": its words, its help, and how it runs. The dispatcher
 * finds it by its words and hands it the remaining arguments.
 */
class CliCommand
{
public:
    /** Process exit codes shared by every command. */
    enum ExitCode {
        ExitOk = 0,       ///< done, nothing wrong
        ExitFindings = 1, ///< done, and the input has errors (or the operation failed)
        ExitUsage = 2,    ///< bad arguments, or an input that cannot be read
    };

    virtual ~CliCommand() = default;

    /** The words that name the command, e.g. {"users", "check"}. */
    virtual QStringList words() const = 0;
    /** One line for the command list of `wsctl --help`. */
    virtual QString summary() const = 0;
    /** The full text of `wsctl <words> --help`. */
    virtual QString help() const = 0;
    /** Runs with the arguments after the command words (global options already removed). */
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }

protected:
    /** Prints "wsctl <name>: <message>" and a pointer to --help; returns ExitUsage. */
    int usageError(QTextStream &err, const QString &message) const;
};
