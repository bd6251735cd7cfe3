#include "jobview.h"

#include "emulatorclock.h"
#include "jobrecord.h"

#include <QJsonArray>

namespace wsemu {

namespace JobView {

QJsonObject subJob(const SubJobRecord &sub, const JobRecord &job, const QString &projectId)
{
    return QJsonObject{
            {QStringLiteral("id"), sub.id},
            {QStringLiteral("job_id"), job.id},
            {QStringLiteral("job_type"), sub.jobType},
            {QStringLiteral("status"), sub.status},
            {QStringLiteral("project_id"), projectId},
            // begin_time is the creation time of the task (the Chinese table: 任务创建时间).
            {QStringLiteral("begin_time"), EmulatorClock::jobTime(job.createdMs)},
            {QStringLiteral("end_time"),
             sub.finished ? EmulatorClock::jobTime(sub.finishedMs) : QString()},
            {QStringLiteral("entities"),
             QJsonObject{{QStringLiteral("desktop_id"), sub.desktopId},
                         {QStringLiteral("product_id"), sub.productId},
                         {QStringLiteral("user_name"), sub.userName},
                         {QStringLiteral("desktop_name"), sub.desktopName},
                         {QStringLiteral("ip_address"), sub.ipAddress}}},
            {QStringLiteral("error_code"),
             sub.finished && sub.willFail ? sub.errorCode : QString()},
            {QStringLiteral("fail_reason"),
             sub.finished && sub.willFail ? sub.failReason : QString()},
            {QStringLiteral("message"), sub.finished && sub.willFail ? sub.failReason : QString()},
            {QStringLiteral("process"), sub.process},
            {QStringLiteral("host"), QStringLiteral("10.185.32.17")},
            {QStringLiteral("attach_user"), sub.userName},
            {QStringLiteral("entity"), sub.desktopId},
            {QStringLiteral("ip_address"), sub.ipAddress},
            {QStringLiteral("desktop_name"), sub.desktopName},
    };
}

QJsonObject job(const JobRecord &job, const QString &projectId)
{
    QJsonArray subs;
    for (const SubJobRecord &sub : job.subJobs)
        subs.append(subJob(sub, job, projectId));
    return QJsonObject{
            {QStringLiteral("id"), job.id},
            {QStringLiteral("job_type"), job.jobType},
            {QStringLiteral("status"), job.status},
            {QStringLiteral("begin_time"), EmulatorClock::jobTime(job.beginMs)},
            {QStringLiteral("end_time"),
             job.isFinished() ? EmulatorClock::jobTime(job.endMs) : QString()},
            {QStringLiteral("job_error_code"), job.errorCode},
            {QStringLiteral("fail_reason"), job.failReason},
            {QStringLiteral("sub_jobs_total"), static_cast<int>(job.subJobs.size())},
            {QStringLiteral("sub_jobs"), subs},
    };
}

} // namespace JobView

} // namespace wsemu
