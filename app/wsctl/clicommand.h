#pragma once

#include "clibatchfollower.h"
#include "cliglobals.h"
#include "cliissue.h"
#include "clirequestprinter.h"

#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace wsc {

class ApiCall;
struct ApiError;
struct BatchPlan;
struct BatchSource;
class CliBatchRun;
class CliConnection;
class CliDesktopSelection;
class CliTable;
class JobCenter;

/**
 * One wsctl command, e.g. "users check": its words, its help, and how it runs. The dispatcher
 * finds it by its words, hands it the global options and the remaining arguments.
 */
class CliCommand
{
public:
    /** Process exit codes shared by every command (docs/WSCTL.md). */
    enum ExitCode {
        ExitOk = 0,           ///< done, nothing wrong
        ExitFindings = 1,     ///< the input is invalid (file, spec, CSV cells); nothing was sent
        ExitUsage = 2,        ///< bad arguments, or an input or journal that cannot be read
        ExitApi = 3,          ///< the service refused a request, or it could not be reached
        ExitJobFailures = 4,  ///< the jobs ended, and some desktops failed
        ExitInterrupted = 130 ///< stopped by Ctrl-C / SIGTERM; the journal is consistent
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
    void setGlobals(const CliGlobals &globals) { m_globals = globals; }
    const CliGlobals &globals() const { return m_globals; }

    /** The help text shared by every command: the global options and the exit codes. */
    static QString globalOptionsHelp();

protected:
    /** Prints "wsctl <name>: <message>" and a pointer to --help; returns ExitUsage. */
    int usageError(QTextStream &err, const QString &message) const;
    /** Parses @p arguments with @p parser; false (after a usage error) when they are bad. */
    bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err,
               int *code) const;
    /** parse() for a command that takes options only: an argument is a usage error. */
    bool parseOptionsOnly(QCommandLineParser &parser, const QStringList &arguments,
                          QTextStream &err, int *code) const;
    /** parseOptionsOnly(), then opens @p connection (CliConnection::open). */
    bool parseOptionsAndOpen(QCommandLineParser &parser, const QStringList &arguments,
                             CliConnection &connection, QTextStream &err, int *code) const;
    /** For parseArguments(): no upper limit. */
    static constexpr int Unlimited = -1;
    /**
     * parse() for a command that takes @p least to @p most arguments (Unlimited: no upper
     * limit); any other number is a usage error saying @p usage.
     */
    bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int least,
                        int most, const QString &usage, QTextStream &err, int *code) const;
    /**
     * Writes a listing: @p table, or @p emptyText when it has no rows, and in text output
     * @p countText (how many rows) under it.
     */
    void writeList(QTextStream &out, const CliTable &table, const QString &emptyText,
                   const QString &countText) const;
    /** Prints "wsctl <name>: <message>" on @p err; returns @p code. */
    int fail(QTextStream &err, const QString &message, int code) const;
    /**
     * Prints what failed, the cause and the fix (ErrorCatalog, in the UI language) and the
     * service's code and request id; returns ExitApi (ExitInterrupted for a cancelled call).
     */
    int apiFailure(QTextStream &err, const QString &what, const ApiError &error) const;
    /**
     * Waits for @p call; true when it succeeded, else false with what to exit with in @p code:
     * ExitInterrupted, or apiFailure() saying @p what.
     */
    bool waitOk(ApiCall *call, const QString &what, QTextStream &err, int *code) const;
    /**
     * Opens @p connection, lists the tenant's desktops and resolves @p selection against them;
     * ExitOk, or what to exit with (said on @p err) when either failed.
     */
    int resolveDesktops(CliDesktopSelection &selection, CliConnection &connection,
                        QTextStream &err) const;
    /**
     * resolveDesktops() for a command that names its desktops as arguments only: @p arguments
     * are read into @p selection once @p connection is open (a usage error when they name none).
     */
    int resolveArguments(CliDesktopSelection &selection, const QStringList &arguments,
                         CliConnection &connection, QTextStream &err) const;
    /**
     * resolveDesktops(), and ExitFindings (the issues printed) when the selection has errors or
     * selects nothing.
     */
    int resolveValidDesktops(CliDesktopSelection &selection, CliConnection &connection,
                             QTextStream &out, QTextStream &err) const;
    /**
     * Asks before a destructive request (CliConfirm::ask: @p what, type @p count, or @p yes);
     * ExitOk when confirmed, else what to exit with after saying that nothing was sent.
     */
    int confirmSend(QTextStream &err, const QString &what, int count, bool yes) const;
    /**
     * Opens the journal and starts a batch with @p start (which returns its id, empty when
     * JobCenter refused it), then announces its @p requests requests and follows it until
     * @p until; the exit code.
     */
    int startAndFollow(CliConnection &connection, const std::function<QString(JobCenter *)> &start,
                       int requests, CliBatchFollower::Until until, QTextStream &out,
                       QTextStream &err) const;
    /**
     * The end of a batch whose requests the service answers at once (maintenance, tags): with
     * @p dryRun prints @p requests; else starts the batch with @p start and follows it to its
     * end.
     */
    int printOrFollow(bool dryRun, const QList<CliRequestPrinter::Request> &requests,
                      CliConnection &connection, const std::function<QString(JobCenter *)> &start,
                      QTextStream &out, QTextStream &err) const;
    /**
     * The end of a create or an attach: with --dry-run (@p run) prints @p plan to @p path in
     * chunks of @p cap (CliBatchRun::printDryRun) and returns ExitOk; else shows the warnings
     * among @p issues, then starts the batch with @p start, paced by @p run, and follows it as
     * far as @p run says (startAndFollow()).
     */
    int sendPlan(const CliBatchRun &run, CliConnection &connection, const BatchPlan &plan,
                 const BatchSource &source, const QString &path, int cap, const CliIssues &issues,
                 const std::function<QString(JobCenter *)> &start, QTextStream &out,
                 QTextStream &err) const;

private:
    /** resolveDesktops() on a connection already open. */
    int listAndResolve(CliDesktopSelection &selection, CliConnection &connection,
                       QTextStream &err) const;

    CliGlobals m_globals;
};

} // namespace wsc
