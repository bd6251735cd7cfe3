#include "workspaceclient.h"

#include "apipaths.h"
#include "apitransport.h"
#include "requestrunner.h"

#include "models/domain/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <memory>

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
    QueryItems query;
    if (!vpcId.isEmpty())
        query.append({QStringLiteral("vpc_id"), vpcId});
    if (!availabilityZone.isEmpty())
        query.append({QStringLiteral("availability_zone_id"), availabilityZone});
    return single<QList<SubnetInfo>>(get(ApiPaths::subnets(), query), context,
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
    QueryItems query;
    if (!availabilityZone.isEmpty())
        query.append({QStringLiteral("availability_zone"), availabilityZone});
    return single<QList<VolumeProduct>>(get(ApiPaths::volumeProducts(), query), context,
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
    return single<ListPage<DesktopInfo>>(
            get(ApiPaths::desktopsDetail(), query.toQuery()), context,
            [](const QJsonObject &o, ListPage<DesktopInfo> *out) {
                if (!o.value(QStringLiteral("desktops")).isArray())
                    return false;
                out->items = readList(o, QStringLiteral("desktops"), &DesktopInfo::fromJson);
                out->totalCount = static_cast<int>(
                        JsonRead::integer(o, QStringLiteral("total_count"), out->items.size()));
                return true;
            });
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
    RequestSpec spec;
    spec.method = "POST";
    spec.path = ApiPaths::users();
    spec.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    spec.retry = RequestSpec::Retry::NotApplied;
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("id"));
        return !out->isEmpty();
    });
}

TypedCall<QString> *WorkspaceClient::postForJob(const QString &path, const QByteArray &body,
                                                QObject *context)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.body = body;
    spec.retry = RequestSpec::Retry::NotApplied;
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("job_id"));
        return !out->isEmpty();
    });
}

TypedCall<QString> *WorkspaceClient::createDesktops(const CreateDesktopRequest &request,
                                                    QObject *context)
{
    return createDesktopsBody(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                              context);
}

TypedCall<QString> *WorkspaceClient::createDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::desktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::attachDesktops(const AttachRequest &request, QObject *context)
{
    return attachDesktopsBody(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                              context);
}

TypedCall<QString> *WorkspaceClient::attachDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(ApiPaths::attachDesktops(), body, context);
}

TypedCall<QString> *WorkspaceClient::deleteDesktop(const QString &desktopId, bool deleteUsers,
                                                   QObject *context)
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = ApiPaths::desktop(desktopId);
    spec.query = {{QStringLiteral("delete_users"),
                   deleteUsers ? QStringLiteral("true") : QStringLiteral("false")}};
    spec.retry = RequestSpec::Retry::Read;
    return single<QString>(spec, context, [](const QJsonObject &o, QString *out) {
        *out = JsonRead::string(o, QStringLiteral("job_id"));
        return true;
    });
}

TypedCall<DetachResult> *WorkspaceClient::detachDesktops(const QStringList &desktopIds,
                                                         bool shutoffAfterDetach, QObject *context)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = ApiPaths::detachDesktops();
    spec.body = QJsonDocument(
                        QJsonObject{{QStringLiteral("desktop_ids"),
                                     QJsonArray::fromStringList(desktopIds)},
                                    {QStringLiteral("shutoff_after_detach"), shutoffAfterDetach}})
                        .toJson(QJsonDocument::Compact);
    spec.retry = RequestSpec::Retry::NotApplied;
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
            ApiError error;
            error.kind = ApiError::Kind::Http;
            error.httpStatus = 200;
            error.errorCode = JsonRead::string(f, QStringLiteral("error_code"));
            error.errorMessage = JsonRead::string(f, QStringLiteral("error_msg"));
            out->failures.append({JsonRead::string(f, QStringLiteral("desktop_id")), error});
        }
        return true;
    });
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
    return single<ListPage<SubJobInfo>>(
            get(ApiPaths::subJobs(), query.toQuery()), context,
            [](const QJsonObject &o, ListPage<SubJobInfo> *out) {
                if (!o.value(QStringLiteral("jobs")).isArray())
                    return false;
                out->items = readList(o, QStringLiteral("jobs"), &SubJobInfo::fromJson);
                out->totalCount = static_cast<int>(
                        JsonRead::integer(o, QStringLiteral("total_count"), out->items.size()));
                return true;
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
