#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/** The job routes: GET workspace-jobs/{job_id} and GET workspace-sub-jobs. */
class JobService
{
public:
    explicit JobService(const ServiceContext &context);

    ApiResponse show(const ApiRequest &request, const QString &jobId) const;
    ApiResponse listSubJobs(const ApiRequest &request) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
