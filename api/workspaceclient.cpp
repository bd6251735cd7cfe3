#include "workspaceclient.h"

#include "iamtokenprovider.h"
#include "requestrunner.h"

#include "models/jsonread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QPointer>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#endif
#include <QUrl>

#include <algorithm>
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
    , m_config(config)
    , m_projectId(config.projectId.trimmed())
    , m_nam(new QNetworkAccessManager(this))
    , m_governor(this)
    , m_tokens(new IamTokenProvider(this))
{
    // Paced to the tenant's limit when the profile knows it; a 429 slows down further (AIMD).
    RateGovernor::Settings pace = m_governor.settings();
    pace.ratePerSecond = std::clamp(m_config.requestsPerSecond, 1, 1000);
    m_governor.setSettings(pace);
    QNetworkProxy proxy = m_config.networkProxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        // "System": the platform's proxy for the Workspace endpoint (Qt does not ask by default).
        const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(
                QNetworkProxyQuery(m_config.effectiveWorkspaceEndpoint()));
        proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    m_nam->setProxy(proxy);
    if (!m_config.caFile.isEmpty()) {
        QFile file(m_config.caFile);
        if (file.open(QIODevice::ReadOnly))
            m_caCertificates.append(file.readAll());
    }
}

WorkspaceClient::~WorkspaceClient() = default;

QDateTime WorkspaceClient::clock() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void WorkspaceClient::applyTls(QNetworkRequest *request) const
{
#ifndef QT_NO_SSL
    if (request->url().scheme() != QLatin1String("https"))
        return;
    if (m_config.verifyTls && m_caCertificates.isEmpty())
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_config.verifyTls)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    for (const QByteArray &pem : m_caCertificates)
        tls.addCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
    request->setSslConfiguration(tls);
#else
    Q_UNUSED(request);
#endif
}

void WorkspaceClient::noteRequestSent(const RequestSpec &spec)
{
    ++m_requestCount;
    emit requestSent(spec.describe());
}

RequestRunner *WorkspaceClient::run(const RequestSpec &spec, QObject *owner, RawCallback done)
{
    auto *runner = new RequestRunner(this, spec, std::move(done), owner ? owner : this);
    const QStringList problems = m_config.problems();
    if (!problems.isEmpty()) {
        runner->failLater(
                ApiError::network(ApiError::Kind::Config, problems.join(QLatin1Char(' '))));
        return runner;
    }
    runner->start();
    return runner;
}

void WorkspaceClient::ensureProject(QObject *context, std::function<void(const ApiError &)> done)
{
    if (!m_projectId.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done)] {
                    if (guard)
                        done({});
                },
                Qt::QueuedConnection);
        return;
    }
    m_projectWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_discovering)
        return;
    m_discovering = true;

    const auto listProjects = [this] {
        RequestSpec spec
                = get(QStringLiteral("/v3/projects"), {{QStringLiteral("name"), m_config.region}});
        spec.service = RequestSpec::Service::Iam;
        spec.needsProject = false;
        run(spec, this, [this](const ApiError &error, const HttpResult &result) {
            if (error.isError()) {
                finishProjectWaiters(error);
                return;
            }
            QStringList ids;
            const QJsonArray projects
                    = JsonRead::array(result.json.object(), QStringLiteral("projects"));
            for (const QJsonValue &p : projects) {
                const QJsonObject o = p.toObject();
                if (JsonRead::string(o, QStringLiteral("name")) == m_config.region)
                    ids << JsonRead::string(o, QStringLiteral("id"));
            }
            if (ids.size() != 1 || ids.first().isEmpty()) {
                ApiError e = ApiError::network(ApiError::Kind::Config,
                                               QStringLiteral("%1 projects named %2")
                                                       .arg(ids.size())
                                                       .arg(m_config.region));
                finishProjectWaiters(e);
                return;
            }
            m_projectId = ids.first();
            finishProjectWaiters({});
        });
    };

    if (m_config.authMode == ConnectionConfig::AuthMode::IamPassword) {
        m_tokens->ensureToken(this, [this, listProjects](const ApiError &error) {
            if (error.isError()) {
                finishProjectWaiters(error);
            } else if (!m_tokens->projectId().isEmpty()) {
                m_projectId = m_tokens->projectId();
                finishProjectWaiters({});
            } else {
                listProjects();
            }
        });
        return;
    }
    listProjects();
}

void WorkspaceClient::finishProjectWaiters(const ApiError &error)
{
    m_discovering = false;
    const auto waiters = std::move(m_projectWaiters);
    m_projectWaiters.clear();
    for (const auto &waiter : waiters) {
        if (waiter.first)
            waiter.second(error);
    }
}

template<typename T>
TypedCall<T> *WorkspaceClient::single(const RequestSpec &spec, QObject *context,
                                      std::function<bool(const QJsonObject &, T *)> parse)
{
    auto *call = new TypedCall<T>(spec.describe(), owner(context));
    QPointer<RequestRunner> runner
            = run(spec, call, [call, parse](const ApiError &error, const HttpResult &result) {
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
        QPointer<WorkspaceClient> client;
        QPointer<TypedCall<QList<T>>> call;
        RequestSpec spec;
        int pageSize = 0;
        QString arrayKey;
        T (*parse)(const QJsonValue &) = nullptr;
        QList<T> items;
        int offset = 0;
        static void next(const std::shared_ptr<State> &state)
        {
            if (!state->client || !state->call)
                return;
            RequestSpec page = state->spec;
            page.query.append({QStringLiteral("offset"), QString::number(state->offset)});
            page.query.append({QStringLiteral("limit"), QString::number(state->pageSize)});
            QPointer<RequestRunner> runner = state->client->run(
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
    state->client = this;
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
    ensureProject(call, [this, guard](const ApiError &error) {
        if (!guard)
            return;
        if (error.isError())
            guard->fail(error);
        else
            guard->succeed(m_projectId);
    });
    return call;
}

TypedCall<WorkspaceInfo> *WorkspaceClient::workspaceInfo(QObject *context)
{
    return single<WorkspaceInfo>(get(QStringLiteral("/v2/{project_id}/workspaces")), context,
                                 [](const QJsonObject &o, WorkspaceInfo *out) {
                                     *out = WorkspaceInfo::fromJson(o);
                                     return true;
                                 });
}

TypedCall<QList<Product>> *WorkspaceClient::products(const QueryItems &filters, QObject *context)
{
    return paged<Product>(get(QStringLiteral("/v2/{project_id}/products"), filters), 100,
                          QStringLiteral("products"), &Product::fromJson, context);
}

TypedCall<QList<ImageInfo>> *WorkspaceClient::images(const QueryItems &filters, QObject *context)
{
    return paged<ImageInfo>(get(QStringLiteral("/v2/{project_id}/images"), filters), 100,
                            QStringLiteral("images"), &ImageInfo::fromJson, context);
}

TypedCall<QList<AvailabilityZone>> *WorkspaceClient::availabilityZones(QObject *context)
{
    return single<QList<AvailabilityZone>>(
            get(QStringLiteral("/v2/{project_id}/availability-zones")), context,
            [](const QJsonObject &o, QList<AvailabilityZone> *out) {
                *out = readList(o, QStringLiteral("availability_zones"),
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
    return single<QList<SubnetInfo>>(get(QStringLiteral("/v2/{project_id}/subnets"), query),
                                     context, [](const QJsonObject &o, QList<SubnetInfo> *out) {
                                         *out = readList(o, QStringLiteral("subnets"),
                                                         &SubnetInfo::fromJson);
                                         return true;
                                     });
}

TypedCall<QList<SecurityGroupInfo>> *WorkspaceClient::securityGroups(QObject *context)
{
    return single<QList<SecurityGroupInfo>>(
            get(QStringLiteral("/v2/{project_id}/security-groups")), context,
            [](const QJsonObject &o, QList<SecurityGroupInfo> *out) {
                *out = readList(o, QStringLiteral("security_groups"), &SecurityGroupInfo::fromJson);
                return true;
            });
}

TypedCall<QList<Quota>> *WorkspaceClient::quotas(QObject *context)
{
    return single<QList<Quota>>(get(QStringLiteral("/v2/{project_id}/quotas")), context,
                                [](const QJsonObject &o, QList<Quota> *out) {
                                    *out = Quota::listFromJson(o);
                                    return true;
                                });
}

TypedCall<ListPage<DesktopInfo>> *WorkspaceClient::desktopsPage(const DesktopQuery &query,
                                                                QObject *context)
{
    return single<ListPage<DesktopInfo>>(
            get(QStringLiteral("/v2/{project_id}/desktops/detail"), query.toQuery()), context,
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
    return paged<DesktopInfo>(
            get(QStringLiteral("/v2/{project_id}/desktops/detail"), base.toQuery()), pageSize,
            QStringLiteral("desktops"), &DesktopInfo::fromJson, context);
}

TypedCall<DesktopInfo> *WorkspaceClient::desktop(const QString &desktopId, QObject *context)
{
    return single<DesktopInfo>(get(QStringLiteral("/v2/{project_id}/desktops/") + desktopId),
                               context, [](const QJsonObject &o, DesktopInfo *out) {
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
    return single<QList<DirectoryUser>>(
            get(QStringLiteral("/v2/{project_id}/users"), filters), context,
            [](const QJsonObject &o, QList<DirectoryUser> *out) {
                if (!o.value(QStringLiteral("users")).isArray())
                    return false;
                *out = readList(o, QStringLiteral("users"), &DirectoryUser::fromJson);
                return true;
            });
}

TypedCall<QString> *WorkspaceClient::createUser(const CreateUserRequest &request, QObject *context)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/v2/{project_id}/users");
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
    return postForJob(QStringLiteral("/v2/{project_id}/desktops"), body, context);
}

TypedCall<QString> *WorkspaceClient::attachDesktops(const AttachRequest &request, QObject *context)
{
    return attachDesktopsBody(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                              context);
}

TypedCall<QString> *WorkspaceClient::attachDesktopsBody(const QByteArray &body, QObject *context)
{
    return postForJob(QStringLiteral("/v2/{project_id}/desktops/attach"), body, context);
}

TypedCall<QString> *WorkspaceClient::deleteDesktop(const QString &desktopId, bool deleteUsers,
                                                   QObject *context)
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = QStringLiteral("/v2/{project_id}/desktops/")
                + QString::fromLatin1(QUrl::toPercentEncoding(desktopId));
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
    spec.path = QStringLiteral("/v2/{project_id}/desktops/detach");
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
    return single<JobInfo>(get(QStringLiteral("/v2/{project_id}/workspace-jobs/") + jobId), context,
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
            get(QStringLiteral("/v2/{project_id}/workspace-sub-jobs"), query.toQuery()), context,
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
    return paged<SubJobInfo>(
            get(QStringLiteral("/v2/{project_id}/workspace-sub-jobs"), base.toQuery()), pageSize,
            QStringLiteral("jobs"), &SubJobInfo::fromJson, context);
}
