#pragma once

#include "clibatchfollower.h"
#include "cliglobals.h"
#include "cliissue.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace wsc {

struct BatchPlan;
struct BatchSource;
class CliConnection;
class JobCenter;
struct ValidationContext;

/**
 * What every command that sends a journaled batch (create, attach, the day-2 batches) does the
 * same way: its --dry-run, --wait and --poll-interval options, the plan a dry run prints, and
 * announcing and following the batch once JobCenter has it.
 */
class CliBatchRun
{
public:
    CliBatchRun();

    /** --dry-run, --wait and --poll-interval, for the command's parser. */
    QList<QCommandLineOption> options() const;
    /** Reads them after parsing; false with the usage error in @p error. */
    bool read(const QCommandLineParser &parser, QString *error);

    bool dryRun() const { return m_dryRun; }
    bool waits() const { return m_wait; }

    /** --domain-type of the rules (create, attach): the option, and reading it into @p context.
     */
    static QCommandLineOption domainTypeOption();
    /** False with the usage error in @p error when the type is not LITE_AS or LOCAL_AD. */
    static bool readDomainType(const QCommandLineParser &parser, ValidationContext *context,
                               QString *error);

    /**
     * The plan of a dry run: the chunks and bodies on @p out, and the issues on @p err too when
     * the output is CSV (the plan's own CSV has no room for them).
     */
    static void printDryRun(QTextStream &out, QTextStream &err, CliGlobals::Format format,
                            const BatchPlan &plan, const BatchSource &source, const QString &path,
                            int cap, const CliIssues &issues);

    /** Sets the poll intervals of --poll-interval on @p center, before the batch starts. */
    void pace(JobCenter *center) const;
    /** How far the batch is followed: to its end with --wait, else until it was submitted. */
    CliBatchFollower::Until until() const
    {
        return m_wait ? CliBatchFollower::Until::Finished : CliBatchFollower::Until::Submitted;
    }

private:
    QCommandLineOption m_dryRunOption;
    QCommandLineOption m_waitOption;
    QCommandLineOption m_pollOption;
    bool m_dryRun = false;
    bool m_wait = false;
    int m_pollMs = 10000;
};

} // namespace wsc
