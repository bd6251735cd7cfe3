#pragma once

#include "subjobinfo.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wsc {

/** A Workspace job (ShowJob) with its sub-jobs: what a create or attach request became. */
struct JobInfo
{
    QString id;
    QString jobType; ///< createDesktops | attachDesktops | ...
    QString status;  ///< WAITING | RUNNING | SUCCESS | FAILED
    QString beginTime;
    QString endTime;
    QString errorCode; ///< job_error_code
    QString failReason;
    int subJobsTotal = 0;
    QList<SubJobInfo> subJobs;

    bool isTerminal() const { return SubJobInfo::isTerminalStatus(status); }
    /** Sub-jobs in SUCCESS / FAILED. */
    int succeededCount() const;
    int failedCount() const;
    /** Average progress of the sub-jobs (terminal ones count 100), 0-100. */
    int progress() const;

    static JobInfo fromJson(const QJsonValue &value);
    /** A job known only through its sub-jobs (from sub-job lists): status derived from them. */
    static JobInfo fromSubJobs(const QString &id, const QString &jobType,
                               const QList<SubJobInfo> &subJobs);
    /**
     * A job's status as its sub-jobs say: any WAITING/RUNNING -> RUNNING (WAITING if all wait),
     * all SUCCESS -> SUCCESS, all terminal with a failure -> FAILED; empty when there are none.
     */
    static QString statusFromSubJobs(const QList<SubJobInfo> &subJobs);
};

} // namespace wsc

Q_DECLARE_METATYPE(wsc::JobInfo)
