#include "requestpipeline.h"

#include "apierrors.h"
#include "authverifier.h"
#include "emulatoroptions.h"
#include "faultinjector.h"
#include "jobengine.h"
#include "requeststats.h"

namespace wsemu {

RequestPipeline::RequestPipeline(const ServiceContext &context)
    : m_context(context)
    , m_iam(context)
    , m_catalog(context)
    , m_desktops(context)
    , m_actions(context)
    , m_lifecycle(context)
    , m_volumes(context)
    , m_tags(context)
    , m_users(context)
    , m_jobs(context)
    , m_inspection(context)
    , m_groups(context)
    , m_userAdmin(context)
    , m_quotas(context)
{
    addRoutes();
}

void RequestPipeline::addRoutes()
{
    using Args = const QStringList &;
    const QString p = QStringLiteral("/v2/{project_id}");
    ApiRouter &r = m_router;
    r.add("POST", QStringLiteral("/v3/auth/tokens"),
          [this](const ApiRequest &q, Args) { return m_iam.createToken(q); });
    r.add("GET", QStringLiteral("/v3/projects"),
          [this](const ApiRequest &q, Args) { return m_iam.listProjects(q); });
    r.add("GET", p + QStringLiteral("/workspaces"),
          [this](const ApiRequest &q, Args) { return m_catalog.workspaces(q); });
    r.add("GET", p + QStringLiteral("/products"),
          [this](const ApiRequest &q, Args) { return m_catalog.products(q); });
    r.add("GET", p + QStringLiteral("/images"),
          [this](const ApiRequest &q, Args) { return m_catalog.images(q); });
    r.add("GET", p + QStringLiteral("/availability-zones"),
          [this](const ApiRequest &q, Args) { return m_catalog.availabilityZones(q); });
    r.add("GET", p + QStringLiteral("/subnets"),
          [this](const ApiRequest &q, Args) { return m_catalog.subnets(q); });
    r.add("GET", p + QStringLiteral("/security-groups"),
          [this](const ApiRequest &q, Args) { return m_catalog.securityGroups(q); });
    r.add("GET", p + QStringLiteral("/vpcs"),
          [this](const ApiRequest &q, Args) { return m_catalog.vpcs(q); });
    r.add("GET", p + QStringLiteral("/quotas"),
          [this](const ApiRequest &q, Args) { return m_quotas.show(q); });
    r.add("GET", p + QStringLiteral("/quotas/detail"),
          [this](const ApiRequest &q, Args) { return m_quotas.detail(q); });
    r.add("GET", p + QStringLiteral("/volume/products"),
          [this](const ApiRequest &q, Args) { return m_catalog.volumeProducts(q); });
    r.add("POST", p + QStringLiteral("/desktops"),
          [this](const ApiRequest &q, Args) { return m_desktops.create(q); });
    r.add("GET", p + QStringLiteral("/desktops"),
          [this](const ApiRequest &q, Args) { return m_desktops.list(q); });
    r.add("GET", p + QStringLiteral("/desktops/detail"),
          [this](const ApiRequest &q, Args) { return m_desktops.listDetail(q); });
    r.add("POST", p + QStringLiteral("/desktops/attach"),
          [this](const ApiRequest &q, Args) { return m_desktops.attach(q); });
    r.add("POST", p + QStringLiteral("/desktops/detach"),
          [this](const ApiRequest &q, Args) { return m_desktops.detach(q); });
    // Day-2 routes; the fixed paths come before /desktops/{desktop_id}, which would take them.
    r.add("POST", p + QStringLiteral("/desktops/action"),
          [this](const ApiRequest &q, Args) { return m_actions.run(q); });
    r.add("GET", p + QStringLiteral("/connect-desktops"),
          [this](const ApiRequest &q, Args) { return m_actions.connectStatus(q); });
    r.add("PUT", p + QStringLiteral("/desktops/maintenance-mode"),
          [this](const ApiRequest &q, Args) { return m_actions.setMaintenance(q); });
    r.add("POST", p + QStringLiteral("/desktops/batch-detach"),
          [this](const ApiRequest &q, Args) { return m_lifecycle.batchDetach(q); });
    r.add("POST", p + QStringLiteral("/desktops/batch-delete"),
          [this](const ApiRequest &q, Args) { return m_lifecycle.batchDelete(q); });
    r.add("POST", p + QStringLiteral("/desktops/rebuild"),
          [this](const ApiRequest &q, Args) { return m_lifecycle.rebuild(q); });
    r.add("POST", p + QStringLiteral("/desktops/resize"),
          [this](const ApiRequest &q, Args) { return m_lifecycle.resize(q); });
    r.add("POST", p + QStringLiteral("/desktops/batch-tags"),
          [this](const ApiRequest &q, Args) { return m_tags.batchAdd(q); });
    r.add("DELETE", p + QStringLiteral("/desktops/batch-tags"),
          [this](const ApiRequest &q, Args) { return m_tags.batchDelete(q); });
    r.add("GET", p + QStringLiteral("/desktops/tags"),
          [this](const ApiRequest &q, Args) { return m_tags.listProject(q); });
    r.add("PUT", p + QStringLiteral("/desktops/{desktop_id}"),
          [this](const ApiRequest &q, Args a) { return m_actions.update(q, a.at(1)); });
    r.add("POST", p + QStringLiteral("/desktops/{desktop_id}/volumes"),
          [this](const ApiRequest &q, Args a) { return m_volumes.add(q, a.at(1)); });
    r.add("POST", p + QStringLiteral("/desktops/{desktop_id}/volumes/batch-delete"),
          [this](const ApiRequest &q, Args a) { return m_volumes.remove(q, a.at(1)); });
    r.add("POST", p + QStringLiteral("/desktops/{desktop_id}/volumes/{volume_id}/expand"),
          [this](const ApiRequest &q, Args a) { return m_volumes.expand(q, a.at(1), a.at(2)); });
    r.add("GET", p + QStringLiteral("/desktops/{desktop_id}"),
          [this](const ApiRequest &q, Args a) { return m_desktops.show(q, a.at(1)); });
    r.add("DELETE", p + QStringLiteral("/desktops/{desktop_id}"),
          [this](const ApiRequest &q, Args a) { return m_desktops.remove(q, a.at(1)); });
    // Literal user paths before the {user_id} ones.
    r.add("POST", p + QStringLiteral("/users/batch-delete"),
          [this](const ApiRequest &q, Args) { return m_userAdmin.batchDelete(q); });
    r.add("PUT", p + QStringLiteral("/users/{user_id}"),
          [this](const ApiRequest &q, Args a) { return m_userAdmin.update(q, a.at(1)); });
    r.add("POST", p + QStringLiteral("/users/{user_id}/actions"),
          [this](const ApiRequest &q, Args a) { return m_userAdmin.actions(q, a.at(1)); });
    r.add("GET", p + QStringLiteral("/users/{user_id}/random-password"),
          [this](const ApiRequest &q, Args a) { return m_userAdmin.randomPassword(q, a.at(1)); });
    r.add("GET", p + QStringLiteral("/groups"),
          [this](const ApiRequest &q, Args) { return m_groups.list(q); });
    r.add("POST", p + QStringLiteral("/groups"),
          [this](const ApiRequest &q, Args) { return m_groups.create(q); });
    r.add("PUT", p + QStringLiteral("/groups/{group_id}"),
          [this](const ApiRequest &q, Args a) { return m_groups.update(q, a.at(1)); });
    r.add("DELETE", p + QStringLiteral("/groups/{group_id}"),
          [this](const ApiRequest &q, Args a) { return m_groups.remove(q, a.at(1)); });
    r.add("GET", p + QStringLiteral("/groups/{group_id}/users"),
          [this](const ApiRequest &q, Args a) { return m_groups.listUsers(q, a.at(1)); });
    r.add("POST", p + QStringLiteral("/groups/{group_id}/actions"),
          [this](const ApiRequest &q, Args a) { return m_groups.actions(q, a.at(1)); });
    r.add("GET", p + QStringLiteral("/users"),
          [this](const ApiRequest &q, Args) { return m_users.list(q); });
    r.add("POST", p + QStringLiteral("/users"),
          [this](const ApiRequest &q, Args) { return m_users.create(q); });
    r.add("GET", p + QStringLiteral("/users/{user_id}"),
          [this](const ApiRequest &q, Args a) { return m_users.show(q, a.at(1)); });
    r.add("DELETE", p + QStringLiteral("/users/{user_id}"),
          [this](const ApiRequest &q, Args a) { return m_users.remove(q, a.at(1)); });
    // Documented fixed paths that are not served: without these the {desktop_id} and {user_id}
    // routes would answer "desktop/user not found" instead of APIG's 404 for an unknown API.
    r.reserve("GET", p + QStringLiteral("/desktops/networks"));
    r.reserve("GET", p + QStringLiteral("/desktops/agents"));
    r.reserve("GET", p + QStringLiteral("/users/notification-records"));
    r.add("GET", p + QStringLiteral("/workspace-jobs/{job_id}"),
          [this](const ApiRequest &q, Args a) { return m_jobs.show(q, a.at(1)); });
    r.add("GET", p + QStringLiteral("/workspace-sub-jobs"),
          [this](const ApiRequest &q, Args) { return m_jobs.listSubJobs(q); });
}

ApiOutcome RequestPipeline::handle(const ApiRequest &request)
{
    // Every request first brings the jobs up to the clock: with time scale 0 a job is already
    // finished when it is first read.
    m_context.jobs->advance();

    ApiOutcome outcome;
    if (request.path.startsWith(QLatin1String("/_emulator/"))) {
        outcome.response = m_inspection.handle(request);
        return outcome;
    }

    const ApiRouter::Match match = m_router.match(request.method, request.pathSegments());
    const QString routeKey = match.found ? match.routeKey : QStringLiteral("(no route)");
    const FaultDecision decision = m_context.faults->decide(request.isMutating());
    m_context.stats->recordFault(decision.name());
    outcome.delayMs = decision.latencyMs;

    switch (decision.kind) {
    case FaultDecision::Kind::Throttle:
        outcome.response = ApiResponse::gatewayError(
                429, QString::fromLatin1(ApiErrors::Throttled),
                QStringLiteral("The throttling threshold has been reached: policy user over "
                               "ratelimit,limit:%1,time:1 second")
                        .arg(m_context.faults->rates().rps),
                request.requestId);
        m_context.stats->record(routeKey, 429);
        return outcome;
    case FaultDecision::Kind::Reset:
        outcome.action = ApiOutcome::Action::Reset;
        m_context.stats->record(routeKey, 0);
        return outcome;
    case FaultDecision::Kind::ServerError:
        outcome.response
                = ApiResponse::error(500, QString::fromLatin1(ApiErrors::InternalError),
                                     QStringLiteral("Internal service error. Try again later."));
        m_context.stats->record(routeKey, 500);
        return outcome;
    case FaultDecision::Kind::Unavailable:
        outcome.response
                = ApiResponse::gatewayError(503, QString::fromLatin1(ApiErrors::BackendTimeout),
                                            QStringLiteral("Backend timeout."), request.requestId);
        m_context.stats->record(routeKey, 503);
        return outcome;
    case FaultDecision::Kind::None:
        break;
    }

    outcome.response = dispatch(request, match);
    if (decision.loseResponse) {
        // "Applied, then the response is lost": the state changed, the client sees a reset.
        outcome.action = ApiOutcome::Action::Reset;
        m_context.stats->record(routeKey, 0);
        return outcome;
    }
    m_context.stats->record(routeKey, outcome.response.status);
    return outcome;
}

ApiResponse RequestPipeline::preflight(const ApiRequest &head) const
{
    // The same routes go unsigned as in dispatch(): the IAM token request and the inspection
    // endpoints (loopback only by default, docs/EMULATOR.md).
    ApiResponse readBody;
    readBody.status = 0;
    if (head.path == QLatin1String("/v3/auth/tokens")
        || head.path.startsWith(QLatin1String("/_emulator/")))
        return readBody;
    const AuthDecision auth = m_context.auth->verifyHead(head);
    if (auth.ok)
        return readBody;
    m_context.stats->recordAuth(auth);
    return ApiResponse::gatewayError(401, QString::fromLatin1(ApiErrors::AuthFailed), auth.message,
                                     head.requestId);
}

ApiResponse RequestPipeline::dispatch(const ApiRequest &request, const ApiRouter::Match &match)
{
    AuthDecision auth;
    const bool needsAuth = request.path != QLatin1String("/v3/auth/tokens");
    if (needsAuth) {
        auth = m_context.auth->verify(request);
        m_context.stats->recordAuth(auth);
        if (!auth.ok)
            return ApiResponse::gatewayError(401, QString::fromLatin1(ApiErrors::AuthFailed),
                                             auth.message, request.requestId);
    }
    if (!match.found) {
        return ApiResponse::gatewayError(
                404, QString::fromLatin1(ApiErrors::ApiNotFound),
                QStringLiteral("The API does not exist or has not been published in the "
                               "environment"),
                request.requestId);
    }
    if (request.path.startsWith(QLatin1String("/v2/"))) {
        const QString projectId = match.args.value(0);
        if (projectId != m_context.options->projectId) {
            return ApiResponse::error(
                    404, QString::fromLatin1(ApiErrors::ProjectNotFound),
                    QStringLiteral("The project %1 does not exist or has no Workspace service.")
                            .arg(projectId));
        }
        const QByteArray headerProject = request.header("X-Project-Id");
        if (!headerProject.isEmpty() && QString::fromLatin1(headerProject) != projectId) {
            return ApiResponse::gatewayError(
                    400, QString::fromLatin1(ApiErrors::BadRequest),
                    QStringLiteral("X-Project-Id %1 does not match the project %2 in the path")
                            .arg(QString::fromLatin1(headerProject), projectId),
                    request.requestId);
        }
        if (auth.method == AuthDecision::Method::Token
            && (auth.claims.scope != QLatin1String("project")
                || auth.claims.projectId != projectId)) {
            return ApiResponse::error(
                    403, QString::fromLatin1(ApiErrors::TokenScope),
                    QStringLiteral("The token is not scoped to project %1; request a token with "
                                   "scope.project.")
                            .arg(projectId));
        }
    }
    return match.handler(request, match.args);
}

} // namespace wsemu
