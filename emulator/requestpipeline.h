#pragma once

#include "apioutcome.h"
#include "apirequest.h"
#include "apirouter.h"
#include "catalogservice.h"
#include "desktopactionservice.h"
#include "desktoplifecycleservice.h"
#include "desktopservice.h"
#include "groupservice.h"
#include "iamservice.h"
#include "inspectionservice.h"
#include "jobservice.h"
#include "quotaservice.h"
#include "servicecontext.h"
#include "tagservice.h"
#include "useradminservice.h"
#include "userservice.h"
#include "volumeservice.h"

namespace wsemu {

// Inspection routes bypass everything; otherwise the fault injector decides (throttle, reset,
// 5xx, lost), then auth is checked BEFORE routing (so a bad signature is never hidden behind a
// 404), then the route, the project and the handler.
/** What happens to each request: inspection, faults, auth, route, project, handler. */
class RequestPipeline
{
public:
    explicit RequestPipeline(const ServiceContext &context);

    ApiOutcome handle(const ApiRequest &request);
    /**
     * The answer to a request from its head alone, before its body is read: a 401 when a signed
     * route's credentials fail the checks that need no body; status 0 to read the body.
     */
    ApiResponse preflight(const ApiRequest &head) const;

    InspectionService &inspection() { return m_inspection; }

private:
    void addRoutes();
    ApiResponse dispatch(const ApiRequest &request, const ApiRouter::Match &match);

    ServiceContext m_context;
    ApiRouter m_router;
    IamService m_iam;
    CatalogService m_catalog;
    DesktopService m_desktops;
    DesktopActionService m_actions;
    DesktopLifecycleService m_lifecycle;
    VolumeService m_volumes;
    TagService m_tags;
    UserService m_users;
    JobService m_jobs;
    InspectionService m_inspection;
    GroupService m_groups;
    UserAdminService m_userAdmin;
    QuotaService m_quotas;
};

} // namespace wsemu
