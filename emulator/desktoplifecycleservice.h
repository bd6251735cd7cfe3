#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/**
 * Day-2 routes that change what a desktop is: batch delete, batch detach, rebuilding the system
 * disk with another image and changing the product (resize). Each makes one job with a sub-job
 * per desktop.
 */
class DesktopLifecycleService
{
public:
    explicit DesktopLifecycleService(const ServiceContext &context);

    ApiResponse batchDelete(const ApiRequest &request) const;
    ApiResponse batchDetach(const ApiRequest &request) const;
    ApiResponse rebuild(const ApiRequest &request) const;
    ApiResponse resize(const ApiRequest &request) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
