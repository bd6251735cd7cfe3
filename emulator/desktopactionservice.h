#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

namespace wsemu {

/**
 * Day-2 routes on the desktops themselves: power actions (BatchRunDesktops), who is connected
 * (ListDesktopsConnectStatus), maintenance mode and renaming (UpdateDesktop).
 */
class DesktopActionService
{
public:
    explicit DesktopActionService(const ServiceContext &context);

    ApiResponse run(const ApiRequest &request) const;
    ApiResponse connectStatus(const ApiRequest &request) const;
    ApiResponse setMaintenance(const ApiRequest &request) const;
    ApiResponse update(const ApiRequest &request, const QString &desktopId) const;

private:
    ServiceContext m_context;
};

} // namespace wsemu
