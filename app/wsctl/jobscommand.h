#pragma once

#include "clicommand.h"

namespace wsc {

class JobCenter;

/**
 * `wsctl jobs list|show|watch|retry-failed|export`: the batches in the job journal shared with
 * the console. watch resumes unfinished batches (JobCenter::resumeUnfinished: reconciling
 * before resending) and follows them to the end, also after a crash or Ctrl-C.
 */
class JobsCommand : public CliCommand
{
public:
    enum class Action { List, Show, Watch, RetryFailed, Export };

    explicit JobsCommand(Action action);

    QStringList words() const override;
    QString summary() const override;
    QString help() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    /** The batch whose id is @p text or starts with it (unique); empty with @p error. */
    static QString resolveBatch(const JobCenter *center, const QString &text, QString *error);

private:
    int list(JobCenter *center, QTextStream &out);
    int show(JobCenter *center, const QString &id, QTextStream &out);

    Action m_action;
};

} // namespace wsc
