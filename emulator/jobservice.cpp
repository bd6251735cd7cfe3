#include "jobservice.h"

#include "apierrors.h"
#include "emulatoroptions.h"
#include "jobview.h"
#include "listquery.h"
#include "statestore.h"

#include <QJsonArray>

namespace wsemu {

JobService::JobService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse JobService::show(const ApiRequest &, const QString &jobId) const
{
    const JobRecord *job = m_context.state->job(jobId);
    if (!job) {
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::JobNotFound),
                                  QStringLiteral("The job %1 does not exist.").arg(jobId));
    }
    return ApiResponse::json(200, JobView::job(*job, m_context.options->projectId));
}

ApiResponse JobService::listSubJobs(const ApiRequest &request) const
{
    ApiResponse error;
    if (!request.hasQuery(QStringLiteral("job_id"))
        && !request.hasQuery(QStringLiteral("job_type"))) {
        return ApiResponse::error(400, QString::fromLatin1(ApiErrors::MissingField),
                                  QStringLiteral("job_id or job_type is required"));
    }
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 1000, 1000, 10000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("status"),
                          {QStringLiteral("SUCCESS"), QStringLiteral("RUNNING"),
                           QStringLiteral("FAILED"), QStringLiteral("WAITING")},
                          Qt::CaseSensitive, &error))
        return error;
    const QString jobId = request.queryValue(QStringLiteral("job_id"));
    const QString jobType = request.queryValue(QStringLiteral("job_type"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const bool poolFilter = !request.queryValue(QStringLiteral("desktop_pool_id")).isEmpty();
    QJsonArray selected;
    for (const JobRecord &job : m_context.state->jobs()) {
        if (poolFilter) // the Sandbox has no desktop pools
            break;
        if (!jobId.isEmpty() && job.id != jobId)
            continue;
        if (!jobType.isEmpty() && job.jobType != jobType)
            continue;
        for (const SubJobRecord &sub : job.subJobs) {
            if (!status.isEmpty() && sub.status != status)
                continue;
            selected.append(JobView::subJob(sub, job, m_context.options->projectId));
        }
    }
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("total_count"), selected.size()},
                             {QStringLiteral("jobs"), ListQuery::page(selected, offset, limit)}});
}

} // namespace wsemu
