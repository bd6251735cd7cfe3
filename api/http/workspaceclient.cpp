#include "workspaceclient.h"

#include "apipaths.h"
#include "apitransport.h"
#include "querywriter.h"
#include "requestrunner.h"

#include "models/domain/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace wsc {

namespace {

ApiError malformed(const QString &what)
{
    return ApiError::network(ApiError::Kind::MalformedReply, what);
}

RequestSpec get(const QString &path, const QList<QPair<QString, QString>> &query = {})
{
    RequestSpec spec;
    spec.method = "GET";
    spec.path = path;
    spec.query = query;
    return spec;
}

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** A request that changes something; @p retry says whether sending it twice does harm. */
RequestSpec send(const QByteArray &method, const QString &path, const QByteArray &body,
                 RequestSpec::Retry retry)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.body = body;
    spec.retry = retry;
    return spec;
}

/** What the service said of one desktop of failed_operation_list (in a 200 answer). */
ApiError refusal(const QJsonObject &entry)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 200;
    error.errorCode = JsonRead::string(entry, QStringLiteral("error_code"));
    error.errorMessage = JsonRead::string(entry, QStringLiteral("error_msg"));
    return error;
}

template<typename T>
QList<T> readList(const QJsonObject &o, const QString &key, T (*parse)(const QJsonValue &))
{
    QList<T> out;
    const QJsonArray items = JsonRead::array(o, key);
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (item.isObject())
            out.append(parse(item));
    }
    return out;
}

/** A page of the list under @p key and its total_count; false when there is no such list. */
template<typename T>
bool readPage(const QJsonObject &o, const QString &key, T (*parse)(const QJsonValue &),
              ListPage<T> *out)
{
    if (!o.value(key).isArray())
        return false;
    out->items = readList(o, key, parse);
    out->totalCount = static_cast<int>(
            JsonRead::integer(o, QStringLiteral("total_count"), out->items.size()));
    return true;
}

} // namespace

WorkspaceClient::WorkspaceClient(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(config, this))
{}

WorkspaceClient::~WorkspaceClient() = default;

const ConnectionConfig &WorkspaceClient::config() const
{
    return m_transport->config();
}

QString WorkspaceClient::projectId() const
{
    return m_transport->projectId();
}

RateGovernor *WorkspaceClient::governor()
{
    return m_transport->governor();
}

RetryPolicy WorkspaceClient::retryPolicy() const
{
    return m_transport->retryPolicy();
}

void WorkspaceClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
}

void WorkspaceClient::setClockOffsetMs(qint64 offsetMs)
{
    m_transport->setClockOffsetMs(offsetMs);
}

int WorkspaceClient::requestCount() const
{
    return m_transport->requestCount();
}

int WorkspaceClient::retryCount() const
{
    return m_transport->retryCount();
}

template<typename T>
TypedCall<T> *WorkspaceClient::single(const RequestSpec &spec, QObject *context,
                                      std::function<bool(const QJsonObject &, T *)> parse)
{
    auto *call = new TypedCall<T>(spec.describe(), owner(context));
    QPointer<RequestRunner> runner = m_transport->run(
            spec, call, [call, parse](const ApiError &error, const HttpResult &result) {
                call->addAttempts(result.attempts);
                if (error.isError()) {
                    call->fail(error);
                    return;
                }
                T value{};
                if (!parse(result.json.object(), &value)) {
                    call->fail(malformed(QStringLiteral("unexpected reply shape")));
                    return;
                }
                call->succeed(std::move(value));
            });
    call->setAbortHandler([runner] {
        if (runner)
            runner->abort();
    });
    return call;
}

template<typename T>
TypedCall<QList<T>> *WorkspaceClient::paged(const RequestSpec &spec, int pageSize,
                                            const QString &arrayKey, T (*parse)(const QJsonValue &),
                                            QObject *context)
{
    auto *call = new TypedCall<QList<T>>(spec.describe(), owner(context));
    struct State
    {
        QPointer<ApiTransport> transport;
        QPointer<TypedCall<QList<T>>> call;
        RequestSpec spec;
        int pageSize = 0;
        QString arrayKey;
        T (*parse)(const QJsonValue &) = nullptr;
        QList<T> items;
        int offset = 0;
        static void next(const std::shared_ptr<State> &state)
        {
            if (!state->transport || !state->call)
                return;
            RequestSpec page = state->spec;
            page.query.append({QStringLiteral("offset"), QString::number(state->offset)});
            page.query.append({QStringLiteral("limit"), QString::number(state->pageSize)});
            QPointer<RequestRunner> runner = state->transport->run(
                    page, state->call, [state](const ApiError &error, const HttpResult &result) {
                        TypedCall<QList<T>> *call = state->call;
                        if (!call)
                            return;
                        call->addAttempts(result.attempts);
                        if (error.isError()) {
                            call->fail(error);
                            return;
                        }
                        const QJsonObject o = result.json.object();
                        if (!o.value(state->arrayKey).isArray()
                            && !o.value(state->arrayKey).isUndefined()) {
                            call->fail(
                                    malformed(state->arrayKey + QStringLiteral(" is not a list")));
                            return;
                        }
                        const QList<T> items = readList(o, state->arrayKey, state->parse);
                        state->items.append(items);
                        const qint64 total
                                = JsonRead::integer(o, QStringLiteral("total_count"), -1);
                        emit call->progress(state->items.size(), total);
                        const bool last = items.isEmpty()
                                          || (total >= 0 && state->items.size() >= total)
                                          || (total < 0 && items.size() < state->pageSize);
                        if (last) {
                            call->succeed(std::move(state->items));
                            return;
                        }
                        state->offset += static_cast<int>(items.size());
                        next(state);
                    });
            state->call->setAbortHandler([runner] {
                if (runner)
                    runner->abort();
            });
        }
    };
    auto state = std::make_shared<State>();
    state->transport = m_transport;
    state->call = call;
    state->spec = spec;
    state->pageSize = pageSize;
    state->arrayKey = arrayKey;
    state->parse = parse;
    State::next(state);
    return call;
}

TypedCall<QString> *WorkspaceClient::discoverProject(QObject *context)
{
    auto *call = new TypedCall<QString>(QStringLiteral("discover project"), owner(context));
    QPointer<TypedCall<QString>> guard(call);
    m_transport->ensureProject(call, [this, guard](const ApiError &error) {
        if (!guard)
            return;
        if (error.isError())
            guard->fail(error);
        else
            guard->succeed(m_transport->projectId());
    });
    return call;
}

TypedCall<WorkspaceInfo> *WorkspaceClient::workspaceInfo(QObject *context)
{
    return single<WorkspaceInfo>(get(ApiPaths::workspaces()), context,
                                 [](const QJsonObject &o, WorkspaceInfo *out) {
                                     *out = WorkspaceInfo::fromJson(o);
                                     return true;
                                 });
}

TypedCall<QList<Product>> *WorkspaceClient::products(const QueryItems &filters, QObject *context)
{
    return paged<Product>(get(ApiPaths::products(), filters), 100, QStringLiteral("products"),
                          &Product::fromJson, context);
}

TypedCall<QList<ImageInfo>> *WorkspaceClient::images(const QueryItems &filters, QObject *context)
{
    return paged<ImageInfo>(get(ApiPaths::images(), filters), 100, QStringLiteral("images"),
                            &ImageInfo::fromJson, context);
}

TypedCall<QList<AvailabilityZone>> *WorkspaceClient::availabilityZones(QObject *context)
{
    return single<QList<AvailabilityZone>>(get(ApiPaths::availabilityZones()), context,
                                           [](const QJsonObject &o, QList<AvailabilityZone> *out) {
                                               *out = readList(o,
                                                               QStringLiteral("availability_zones"),
                                                               &AvailabilityZone::fromJson);
                                               return true;
                                           });
}

TypedCall<QList<SubnetInfo>> *
WorkspaceClient::subnets(const QString &vpcId, const QString &availabilityZone, QObject *context)
{
    QueryWriter query;
    query.text("vpc_id", vpcId);
    query.text("availability_zone_id", availabilityZone);
    return single<QList<SubnetInfo>>(get(ApiPaths::subnets(), query.items()), context,
                                     [](const QJsonObject &o, QList<SubnetInfo> *out) {
                                         *out = readList(o, QStringLiteral("subnets"),
                                                         &SubnetInfo::fromJson);
                                         return true;
                                     });
}

TypedCall<QList<SecurityGroupInfo>> *WorkspaceClient::securityGroups(QObject *context)
{
    return single<QList<SecurityGroupInfo>>(
            get(ApiPaths::securityGroups()), context,
            [](const QJsonObject &o, QList<SecurityGroupInfo> *out) {
                *out = readList(o, QStringLiteral("security_groups"), &SecurityGroupInfo::fromJson);
                return true;
            });
}

TypedCall<QList<VolumeProduct>> *WorkspaceClient::volumeProducts(const QString &availabilityZone,
                                                                 QObject *context)
{
    QueryWriter query;
    query.text("availability_zone", availabilityZone);
    return single<QList<VolumeProduct>>(get(ApiPaths::volumeProducts(), query.items()), context,
                                        [](const QJsonObject &o, QList<VolumeProduct> *out) {
                                            *out = VolumeProduct::listFromJson(o);
                                            return true;
                                        });
}

TypedCall<QList<Quota>> *WorkspaceClient::quotas(QObject *context)
{
    return single<QList<Quota>>(get(ApiPaths::quotas()), context,
                                [](const QJsonObject &o, QList<Quota> *out) {
                                    *out = Quota::listFromJson(o);
                                    return true;
                                });
}

TypedCall<ListPage<DesktopInfo>> *WorkspaceClient::desktopsPage(const DesktopQuery &query,
                                                                QObject *context)
{
    return single<ListPage<DesktopInfo>>(get(ApiPaths::desktopsDetail(), query.toQuery()), context,
                                         [](const QJsonObject &o, ListPage<DesktopInfo> *out) {
                                             return readPage(o, QStringLiteral("desktops"),
                                                             &DesktopInfo::fromJson, out);
                                         });
}

TypedCall<QByteArray> *WorkspaceClient::desktopsPageBody(const DesktopQuery &query,
                                                         QObject *context)
{
    RequestSpec spec = get(ApiPaths::desktopsDetail(), query.toQuery());
    spec.rawBody = true;
    auto *call = new TypedCall<QByteArray>(spec.describe(), owner(context));
    QPointer<RequestRunner> runner
            = m_transport->run(spec, call, [call](const ApiError &error, const HttpResult &result) {
                  call->addAttempts(result.attempts);
                  if (error.isError())
                      call->fail(error);
                  else
                      call->succeed(result.body);
              });
    call->setAbortHandler([runner] {
        if (runner)
            runner->abort();
    });
    return call;
}

bool WorkspaceClient::parseDesktopsPage(const QByteArray &body, ListPage<DesktopInfo> *page)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject o = document.object();
    if (error.error != QJsonParseError::NoError)
        return false;
    return readPage(o, QStringLiteral("desktops"), &DesktopInfo::fromJson, page);
}

TypedCall<QList<DesktopInfo>> *WorkspaceClient::allDesktops(const DesktopQuery &query,
                                                            QObject *context)
{
    DesktopQuery base = query;
    const int pageSize = base.limit.value_or(500);
    base.limit.reset();
    base.offset.reset();
    return paged<DesktopInfo>(get(ApiPaths::desktopsDetail(), base.toQuery()), pageSize,
                              QStringLiteral("desktops"), &DesktopInfo::fromJson, context);
}

TypedCall<DesktopInfo> *WorkspaceClient::desktop(const QString &desktopId, QObject *context)
{
    return single<DesktopInfo>(get(ApiPaths::desktop(desktopId)), context,
                               [](const QJsonObject &o, DesktopInfo *out) {
                                   QJsonValue d = o.value(QStringLiteral("desktop"));
                                   // The OAS example wraps it in an array; SDKs read an object.
                                   if (d.isArray())
                                       d = d.toArray().at(0);
                                   if (!d.isObject())
                                       return false;
                                   *out = DesktopInfo::fromJson(d);
                                   return true;
                               });
}

TypedCall<QList<DirectoryUser>> *WorkspaceClient::users(const QueryItems &filters, QObject *context)
{
    return single<QList<DirectoryUser>>(get(ApiPaths::users(), filters), context,
                                        [](const QJsonObject &o, QList<DirectoryUser> *out) {
                                            if (!o.value(QStringLiteral("users")).isArray())
                                                return false;
                                            *out = readList(o, QStringLiteral("users"),
                                                            &DirectoryUser::fromJson);
                                            return true;
                                        });
}

TypedCall<QString> *WorkspaceClient::createUser(const CreateUserRequest &request, QObject *context)
{
    const RequestSpec spec = send("POST", ApiPaths::users(), compactJson(request.toJson()),
                                  RequestSpec::Retry::NotApplied);
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("id"));
        return !out->isEmpty();
    });
}

TypedCall<QString> *WorkspaceClient::postForJob(const QString &path, const QByteArray &body,
                                                QObject *context)
{
    const RequestSpec spec = send("POST", path, body, RequestSpec::Retry::NotApplied);
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("job_id"));
        return !out->isEmpty();
    });
}

TypedCall<QString> *WorkspaceClient::createDesktops(const CreateDesktopRequest &request,
                                                    QObject *context)
{
    return createDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<QString> *WorkspaceClient::createDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::desktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::attachDesktops(const AttachRequest &request, QObject *context)
{
    return attachDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<QString> *WorkspaceClient::attachDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::attachDesktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::deleteDesktop(const QString &desktopId, bool deleteUsers,
                                                   QObject *context)
{
    RequestSpec spec = send("DELETE", ApiPaths::desktop(desktopId), {}, RequestSpec::Retry::Read);
    spec.query = {{QStringLiteral("delete_users"),
                   deleteUsers ? QStringLiteral("true") : QStringLiteral("false")}};
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("job_id"));
        return true;
    });
}

TypedCall<DetachResult> *WorkspaceClient::detachDesktops(const QStringList &desktopIds,
                                                         bool shutoffAfterDetach, QObject *context)
{
    const QJsonObject body{{QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
                           {QStringLiteral("shutoff_after_detach"), shutoffAfterDetach}};
    const RequestSpec spec = send("POST", ApiPaths::detachDesktops(), compactJson(body),
                                  RequestSpec::Retry::NotApplied);
    return single<DetachResult>(spec, context, [](const QJsonObject &o, DetachResult *out) {
        const QString jobId = JsonRead::string(o, QStringLiteral("job_id"));
        if (!jobId.isEmpty())
            out->jobIds << jobId;
        for (const QString &id : JsonRead::stringList(o, QStringLiteral("success_job_ids"))) {
            if (!out->jobIds.contains(id))
                out->jobIds << id;
        }
        const QJsonArray failed = JsonRead::array(o, QStringLiteral("failed_operation_list"));
        for (const QJsonValue &item : failed) {
            const QJsonObject f = item.toObject();
            out->failures.append({JsonRead::string(f, QStringLiteral("desktop_id")), refusal(f)});
        }
        return true;
    });
}

TypedCall<ActionResult> *WorkspaceClient::postForAction(const QString &path, const QByteArray &body,
                                                        QObject *context)
{
    const RequestSpec spec = send("POST", path, body, RequestSpec::Retry::NotApplied);
    return single<ActionResult>(spec, context, [](const QJsonObject &o, ActionResult *out) {
        out->jobId = JsonRead::string(o, QStringLiteral("job_id"));
        out->successJobIds = JsonRead::stringList(o, QStringLiteral("success_job_ids"));
        const QJsonValue failed = o.value(QStringLiteral("failed_operation_list"));
        if (!failed.isUndefined() && !failed.isNull() && !failed.isArray())
            return false;
        for (const QJsonValue &item : failed.toArray()) {
            const QJsonObject f = item.toObject();
            out->failures.append({JsonRead::string(f, QStringLiteral("desktop_id")),
                                  JsonRead::string(f, QStringLiteral("desktop_name")), refusal(f)});
        }
        return true;
    });
}

TypedCall<bool> *WorkspaceClient::sendForNothing(const QByteArray &method, const QString &path,
                                                 const QByteArray &body, QObject *context)
{
    // Renames, maintenance mode and tags set a state: sending one twice does no harm.
    return done(send(method, path, body, RequestSpec::Retry::Read), context);
}

TypedCall<ActionResult> *WorkspaceClient::runDesktopAction(const DesktopActionRequest &request,
                                                           QObject *context)
{
    return runDesktopActionBody(compactJson(request.toJson()), context);
}

TypedCall<ActionResult> *WorkspaceClient::runDesktopActionBody(const QByteArray &body,
                                                               QObject *context)
{
    return postForAction(ApiPaths::desktopActions(), body, context);
}

TypedCall<QList<DesktopConnectStatus>> *WorkspaceClient::connectStatus(const QStringList &userNames,
                                                                       QObject *context)
{
    QueryWriter query;
    query.texts("user_names", userNames);
    return paged<DesktopConnectStatus>(get(ApiPaths::connectDesktops(), query.items()), 2000,
                                       QStringLiteral("desktops"), &DesktopConnectStatus::fromJson,
                                       context);
}

TypedCall<ActionResult> *WorkspaceClient::batchDetachDesktops(const BatchDetachRequest &request,
                                                              QObject *context)
{
    return batchDetachDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<ActionResult> *WorkspaceClient::batchDetachDesktopsBody(const QByteArray &body,
                                                                  QObject *context)
{
    return postForAction(ApiPaths::batchDetachDesktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::batchDeleteDesktops(const DeleteDesktopsRequest &request,
                                                         QObject *context)
{
    return batchDeleteDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<QString> *WorkspaceClient::batchDeleteDesktopsBody(const QByteArray &body,
                                                             QObject *context)
{
    return postForJob(ApiPaths::batchDeleteDesktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::rebuildDesktops(const RebuildRequest &request,
                                                     QObject *context)
{
    return rebuildDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<QString> *WorkspaceClient::rebuildDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::rebuildDesktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::resizeDesktops(const ResizeRequest &request, QObject *context)
{
    return resizeDesktopsBody(compactJson(request.toJson()), context);
}

TypedCall<QString> *WorkspaceClient::resizeDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::resizeDesktops(), body, context);
}

TypedCall<bool> *WorkspaceClient::renameDesktop(const QString &desktopId,
                                                const QString &computerName, QObject *context)
{
    const QJsonObject body{{QStringLiteral("desktop"),
                            QJsonObject{{QStringLiteral("computer_name"), computerName}}}};
    return sendForNothing("PUT", ApiPaths::desktop(desktopId), compactJson(body), context);
}

TypedCall<bool> *WorkspaceClient::setMaintenanceMode(const QStringList &desktopIds,
                                                     bool inMaintenance, QObject *context)
{
    const QJsonObject body{{QStringLiteral("desktop_ids"), QJsonArray::fromStringList(desktopIds)},
                           {QStringLiteral("in_maintenance_mode"), inMaintenance}};
    return maintenanceModeBody(compactJson(body), context);
}

TypedCall<bool> *WorkspaceClient::maintenanceModeBody(const QByteArray &body, QObject *context)
{
    return sendForNothing("PUT", ApiPaths::maintenanceMode(), body, context);
}

TypedCall<QString> *WorkspaceClient::addDesktopVolumes(const QString &desktopId,
                                                       const QList<Volume> &volumes,
                                                       QObject *context)
{
    QJsonArray list;
    for (const Volume &v : volumes)
        list.append(v.toJson());
    return postForJob(ApiPaths::desktopVolumes(desktopId),
                      compactJson(QJsonObject{{QStringLiteral("volumes"), list}}), context);
}

TypedCall<QString> *WorkspaceClient::expandDesktopVolume(const QString &desktopId,
                                                         const QString &volumeId, int newSizeGb,
                                                         QObject *context)
{
    return postForJob(ApiPaths::expandDesktopVolume(desktopId, volumeId),
                      compactJson(QJsonObject{{QStringLiteral("new_size"), newSizeGb}}), context);
}

TypedCall<QString> *WorkspaceClient::deleteDesktopVolumes(const QString &desktopId,
                                                          const QStringList &volumeIds,
                                                          QObject *context)
{
    return postForJob(ApiPaths::deleteDesktopVolumes(desktopId),
                      compactJson(QJsonObject{{QStringLiteral("volume_ids"),
                                               QJsonArray::fromStringList(volumeIds)}}),
                      context);
}

TypedCall<bool> *WorkspaceClient::addDesktopTags(const DesktopTagsChange &change, QObject *context)
{
    return desktopTagsBody(true, compactJson(change.toJson()), context);
}

TypedCall<bool> *WorkspaceClient::deleteDesktopTags(const DesktopTagsChange &change,
                                                    QObject *context)
{
    return desktopTagsBody(false, compactJson(change.toJson()), context);
}

TypedCall<bool> *WorkspaceClient::desktopTagsBody(bool add, const QByteArray &body,
                                                  QObject *context)
{
    return sendForNothing(add ? "POST" : "DELETE", ApiPaths::desktopsBatchTags(), body, context);
}

TypedCall<QList<ProjectTag>> *WorkspaceClient::projectTags(QObject *context)
{
    return paged<ProjectTag>(get(ApiPaths::projectTags()), 1000, QStringLiteral("tags"),
                             &ProjectTag::fromJson, context);
}

TypedCall<JobInfo> *WorkspaceClient::job(const QString &jobId, QObject *context)
{
    return single<JobInfo>(get(ApiPaths::job(jobId)), context,
                           [jobId](const QJsonObject &o, JobInfo *out) {
                               *out = JobInfo::fromJson(o);
                               if (out->id.isEmpty())
                                   out->id = jobId;
                               return true;
                           });
}

TypedCall<ListPage<SubJobInfo>> *WorkspaceClient::subJobsPage(const SubJobQuery &query,
                                                              QObject *context)
{
    return single<ListPage<SubJobInfo>>(get(ApiPaths::subJobs(), query.toQuery()), context,
                                        [](const QJsonObject &o, ListPage<SubJobInfo> *out) {
                                            return readPage(o, QStringLiteral("jobs"),
                                                            &SubJobInfo::fromJson, out);
                                        });
}

TypedCall<QList<SubJobInfo>> *WorkspaceClient::allSubJobs(const SubJobQuery &query,
                                                          QObject *context)
{
    SubJobQuery base = query;
    const int pageSize = base.limit.value_or(1000);
    base.limit.reset();
    base.offset.reset();
    return paged<SubJobInfo>(get(ApiPaths::subJobs(), base.toQuery()), pageSize,
                             QStringLiteral("jobs"), &SubJobInfo::fromJson, context);
}

// --- directory: user groups, user actions; quota details -----------------------------------

TypedCall<bool> *WorkspaceClient::done(const RequestSpec &spec, QObject *context)
{
    return single<bool>(spec, context, [](const QJsonObject &, bool *out) {
        *out = true;
        return true;
    });
}

TypedCall<QList<UserGroup>> *WorkspaceClient::userGroups(const QString &keyword, QObject *context)
{
    QueryWriter query;
    query.text("keyword", keyword);
    return paged<UserGroup>(get(ApiPaths::userGroups(), query.items()), 100,
                            QStringLiteral("user_groups"), &UserGroup::fromJson, context);
}

TypedCall<UserGroup> *WorkspaceClient::createUserGroup(const QString &name,
                                                       const QString &description,
                                                       const QString &platformType,
                                                       QObject *context)
{
    QJsonObject body{{QStringLiteral("group_name"), name},
                     {QStringLiteral("platform_type"), platformType}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    const RequestSpec spec = send("POST", ApiPaths::userGroups(), compactJson(body),
                                  RequestSpec::Retry::NotApplied);
    auto *call = new TypedCall<UserGroup>(spec.describe(), owner(context));
    QPointer<TypedCall<UserGroup>> guard(call);
    TypedCall<bool> *create = done(spec, call);
    call->setAbortHandler([create] { create->abort(); });
    connect(create, &ApiCall::finished, call, [this, guard, create, name] {
        if (!guard)
            return;
        guard->addAttempts(create->attempts());
        if (create->error().isError()) {
            guard->fail(create->error());
            return;
        }
        // The answer has no body: the id is read back by the (unique) name, a few times a
        // second apart in case the list shows the new group a moment later.
        auto readBack = std::make_shared<std::function<void(int)>>();
        *readBack = [this, guard, name,
                     weak = std::weak_ptr<std::function<void(int)>>(readBack)](int attempt) {
            if (!guard)
                return;
            TypedCall<QList<UserGroup>> *lookup = userGroups(name, guard);
            guard->setAbortHandler([lookup] { lookup->abort(); });
            connect(lookup, &ApiCall::finished, guard, [guard, lookup, name, attempt, weak] {
                if (!guard)
                    return;
                lookup->deleteLater();
                guard->addAttempts(lookup->attempts());
                if (lookup->error().isError()) {
                    guard->fail(lookup->error());
                    return;
                }
                for (const UserGroup &g : lookup->result()) {
                    if (g.name == name) {
                        guard->succeed(g);
                        return;
                    }
                }
                const auto again = weak.lock();
                if (attempt < 3 && again) {
                    QTimer::singleShot(1000, guard, [again, attempt] { (*again)(attempt + 1); });
                    return;
                }
                guard->fail(malformed(
                        QStringLiteral("the group %1 was created but is not listed").arg(name)));
            });
        };
        // The call keeps the function alive until it finishes.
        connect(guard, &ApiCall::finished, guard, [readBack] { *readBack = nullptr; });
        (*readBack)(1);
    });
    return call;
}

TypedCall<bool> *WorkspaceClient::updateUserGroup(const QString &groupId,
                                                  const std::optional<QString> &name,
                                                  const std::optional<QString> &description,
                                                  QObject *context)
{
    QJsonObject body;
    if (name)
        body.insert(QStringLiteral("group_name"), *name);
    if (description)
        body.insert(QStringLiteral("description"), *description);
    // Setting the same name and description twice leaves the same group.
    return done(
            send("PUT", ApiPaths::userGroup(groupId), compactJson(body), RequestSpec::Retry::Read),
            context);
}

TypedCall<bool> *WorkspaceClient::deleteUserGroup(const QString &groupId, QObject *context)
{
    return done(send("DELETE", ApiPaths::userGroup(groupId), {}, RequestSpec::Retry::NotApplied),
                context);
}

TypedCall<QList<DirectoryUser>> *
WorkspaceClient::groupUsers(const QString &groupId, const QueryItems &filters, QObject *context)
{
    return paged<DirectoryUser>(get(ApiPaths::userGroupUsers(groupId), filters), 1000,
                                QStringLiteral("users"), &DirectoryUser::fromJson, context);
}

TypedCall<bool> *WorkspaceClient::groupAction(const QString &groupId, const QString &opType,
                                              const QStringList &userIds, QObject *context)
{
    const QJsonObject body{{QStringLiteral("user_ids"), QJsonArray::fromStringList(userIds)},
                           {QStringLiteral("op_type"), opType}};
    return done(send("POST", ApiPaths::userGroupActions(groupId), compactJson(body),
                     RequestSpec::Retry::NotApplied),
                context);
}

TypedCall<bool> *WorkspaceClient::addUsersToGroup(const QString &groupId,
                                                  const QStringList &userIds, QObject *context)
{
    return groupAction(groupId, QStringLiteral("ADD"), userIds, context);
}

TypedCall<bool> *WorkspaceClient::removeUsersFromGroup(const QString &groupId,
                                                       const QStringList &userIds, QObject *context)
{
    return groupAction(groupId, QStringLiteral("DELETE"), userIds, context);
}

TypedCall<DirectoryUser> *WorkspaceClient::userDetail(const QString &userId, QObject *context)
{
    return single<DirectoryUser>(get(ApiPaths::user(userId)), context,
                                 [](const QJsonObject &o, DirectoryUser *out) {
                                     const QJsonValue d = o.value(QStringLiteral("user_detail"));
                                     if (!d.isObject())
                                         return false;
                                     *out = DirectoryUser::fromJson(d);
                                     return true;
                                 });
}

TypedCall<QString> *WorkspaceClient::updateUser(const QString &userId,
                                                const UpdateUserRequest &request, QObject *context)
{
    const RequestSpec spec = send("PUT", ApiPaths::user(userId), compactJson(request.toJson()),
                                  RequestSpec::Retry::Read);
    return single<QString>(spec, context, [userId](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("id"), userId);
        return true;
    });
}

TypedCall<bool> *WorkspaceClient::changeUserStatus(const QString &userId, UserStatusAction action,
                                                   QObject *context)
{
    const QJsonObject body{{QStringLiteral("op_type"), UserStatusActions::opType(action)}};
    // Locking or unlocking twice is harmless; a second password reset sends a second mail.
    const RequestSpec::Retry retry = action == UserStatusAction::ResetPassword
                                             ? RequestSpec::Retry::NotApplied
                                             : RequestSpec::Retry::Read;
    return done(send("POST", ApiPaths::userActions(userId), compactJson(body), retry), context);
}

TypedCall<QString> *WorkspaceClient::resetRandomPassword(const QString &userId,
                                                         const QStringList &notificationTypes,
                                                         QObject *context)
{
    RequestSpec spec = get(ApiPaths::userRandomPassword(userId));
    if (!notificationTypes.isEmpty())
        spec.query.append(
                {QStringLiteral("notification_type"), notificationTypes.join(QLatin1Char(','))});
    spec.retry = RequestSpec::Retry::NotApplied;
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("password"));
        return true;
    });
}

TypedCall<bool> *WorkspaceClient::deleteUser(const QString &userId, QObject *context)
{
    return done(send("DELETE", ApiPaths::user(userId), {}, RequestSpec::Retry::NotApplied),
                context);
}

TypedCall<bool> *WorkspaceClient::deleteUsers(const QStringList &userIds, QObject *context)
{
    const QJsonObject body{{QStringLiteral("user_ids"), QJsonArray::fromStringList(userIds)}};
    return done(send("POST", ApiPaths::usersBatchDelete(), compactJson(body),
                     RequestSpec::Retry::NotApplied),
                context);
}

TypedCall<QList<Quota>> *WorkspaceClient::quotaDetails(const QString &siteId, const QString &azCode,
                                                       QObject *context)
{
    QueryWriter query;
    query.text("site_id", siteId);
    query.text("az_code", azCode);
    return single<QList<Quota>>(get(ApiPaths::quotaDetails(), query.items()), context,
                                [](const QJsonObject &o, QList<Quota> *out) {
                                    *out = Quota::listFromJson(o);
                                    return true;
                                });
}

} // namespace wsc
