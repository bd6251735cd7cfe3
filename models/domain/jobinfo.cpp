#include "jobinfo.h"

#include "jsonread.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wsc {

int JobInfo::succeededCount() const
{
    int n = 0;
    for (const SubJobInfo &s : subJobs)
        n += s.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

int JobInfo::failedCount() const
{
    int n = 0;
    for (const SubJobInfo &s : subJobs)
        n += s.isTerminal() && s.status.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) != 0;
    return n;
}

int JobInfo::progress() const
{
    if (subJobs.isEmpty())
        return isTerminal() ? 100 : 0;
    int sum = 0;
    for (const SubJobInfo &s : subJobs)
        sum += s.isTerminal() ? 100 : qBound(0, s.process.value_or(0), 100);
    return sum / static_cast<int>(subJobs.size());
}

QString JobInfo::statusFromSubJobs(const QList<SubJobInfo> &subJobs)
{
    if (subJobs.isEmpty())
        return {};
    bool anyRunning = false;
    bool allWaiting = true;
    bool anyFailed = false;
    for (const SubJobInfo &s : subJobs) {
        const QString status = s.status.toUpper();
        if (!s.isTerminal()) {
            anyRunning = true;
            allWaiting = allWaiting && status == QLatin1String("WAITING");
        } else {
            allWaiting = false;
            anyFailed = anyFailed || status != QLatin1String("SUCCESS");
        }
    }
    if (anyRunning)
        return allWaiting ? QStringLiteral("WAITING") : QStringLiteral("RUNNING");
    return anyFailed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS");
}

JobInfo JobInfo::fromSubJobs(const QString &id, const QString &jobType,
                             const QList<SubJobInfo> &subJobs)
{
    JobInfo j;
    j.id = id;
    j.jobType = jobType;
    j.subJobs = subJobs;
    j.subJobsTotal = static_cast<int>(subJobs.size());
    j.status = statusFromSubJobs(subJobs);
    for (const SubJobInfo &s : subJobs) {
        if (s.isFailed() && j.errorCode.isEmpty()) {
            j.errorCode = s.errorCode;
            j.failReason = s.failReason;
        }
    }
    return j;
}

JobInfo JobInfo::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    JobInfo j;
    j.id = JsonRead::string(o, QStringLiteral("id"));
    if (j.id.isEmpty())
        j.id = JsonRead::string(o, QStringLiteral("job_id"));
    j.jobType = JsonRead::string(o, QStringLiteral("job_type"));
    j.status = JsonRead::string(o, QStringLiteral("status"));
    j.beginTime = JsonRead::string(o, QStringLiteral("begin_time"));
    j.endTime = JsonRead::string(o, QStringLiteral("end_time"));
    j.errorCode = JsonRead::string(o, QStringLiteral("job_error_code"),
                                   JsonRead::string(o, QStringLiteral("error_code")));
    j.failReason = JsonRead::string(o, QStringLiteral("fail_reason"));
    const QJsonArray subJobs = JsonRead::array(o, QStringLiteral("sub_jobs"));
    for (const QJsonValue &sub : subJobs) {
        SubJobInfo s = SubJobInfo::fromJson(sub);
        if (s.jobId.isEmpty())
            s.jobId = j.id;
        j.subJobs.append(s);
    }
    j.subJobsTotal = static_cast<int>(
            JsonRead::integer(o, QStringLiteral("sub_jobs_total"), j.subJobs.size()));
    return j;
}

} // namespace wsc
