#pragma once

#include "apierror.h"
#include "connectionconfig.h"
#include "desktopquery.h"
#include "detachresult.h"
#include "httpresult.h"
#include "listpage.h"
#include "rategovernor.h"
#include "requestspec.h"
#include "retrypolicy.h"
#include "subjobquery.h"
#include "typedcall.h"

#include "models/attachrequest.h"
#include "models/availabilityzone.h"
#include "models/createdesktoprequest.h"
#include "models/createuserrequest.h"
#include "models/desktopinfo.h"
#include "models/directoryuser.h"
#include "models/imageinfo.h"
#include "models/jobinfo.h"
#include "models/product.h"
#include "models/quota.h"
#include "models/securitygroupinfo.h"
#include "models/subnetinfo.h"
#include "models/workspaceinfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

class IamTokenProvider;
class QNetworkAccessManager;
class QNetworkRequest;
class RequestRunner;

/**
 * The typed, asynchronous Workspace client shared by the GUI and wsctl. Each call returns a
 * TypedCall<T> owned by @p context (or the client when null); connect to ApiCall::finished and
 * read error() / result(). Reads retry on 429, 5xx and network errors; create and attach are sent
 * once (resent only on 429 or a refused connection) so callers can reconcile. All calls share
 * one RateGovernor.
 */
class WorkspaceClient : public QObject
{
    Q_OBJECT
public:
    using QueryItems = QList<QPair<QString, QString>>;
    using RawCallback = std::function<void(const ApiError &, const HttpResult &)>;

    explicit WorkspaceClient(const ConnectionConfig &config, QObject *parent = nullptr);
    ~WorkspaceClient() override;

    const ConnectionConfig &config() const { return m_config; }
    /** The project id in use: configured, or discovered (empty until then). */
    QString projectId() const { return m_projectId; }
    RateGovernor *governor() { return &m_governor; }
    IamTokenProvider *tokenProvider() const { return m_tokens; }
    QNetworkAccessManager *networkManager() const { return m_nam; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    /** Offset added to this computer's clock for X-Sdk-Date (tests; fixing a skewed clock). */
    void setClockOffsetMs(qint64 offsetMs) { m_clockOffsetMs = offsetMs; }
    QDateTime clock() const;

    /** HTTP requests sent so far (every attempt counts) and retries scheduled. */
    int requestCount() const { return m_requestCount; }
    int retryCount() const { return m_retryCount; }

    // --- calls -----------------------------------------------------------------------------
    /** Resolves the project id (token scope or GET /v3/projects?name=region). */
    TypedCall<QString> *discoverProject(QObject *context = nullptr);
    TypedCall<WorkspaceInfo> *workspaceInfo(QObject *context = nullptr);
    /** All products (every page). Filters: availability_zone, os_type, architecture, ... */
    TypedCall<QList<Product>> *products(const QueryItems &filters = {}, QObject *context = nullptr);
    /** All images (every page). Filters: os_type, image_type, architecture, sort_field, ... */
    TypedCall<QList<ImageInfo>> *images(const QueryItems &filters = {}, QObject *context = nullptr);
    TypedCall<QList<AvailabilityZone>> *availabilityZones(QObject *context = nullptr);
    TypedCall<QList<SubnetInfo>> *subnets(const QString &vpcId = {},
                                          const QString &availabilityZone = {},
                                          QObject *context = nullptr);
    TypedCall<QList<SecurityGroupInfo>> *securityGroups(QObject *context = nullptr);
    TypedCall<QList<Quota>> *quotas(QObject *context = nullptr);
    /** One page of ListDesktopsDetail, as the query's offset/limit say. */
    TypedCall<ListPage<DesktopInfo>> *desktopsPage(const DesktopQuery &query,
                                                   QObject *context = nullptr);
    /** Every page of ListDesktopsDetail (the query's limit is the page size, default 500). */
    TypedCall<QList<DesktopInfo>> *allDesktops(const DesktopQuery &query,
                                               QObject *context = nullptr);
    TypedCall<DesktopInfo> *desktop(const QString &desktopId, QObject *context = nullptr);
    /** Directory users; filters: user_name, group_name, description, limit, offset, ... */
    TypedCall<QList<DirectoryUser>> *users(const QueryItems &filters = {},
                                           QObject *context = nullptr);
    /** Creates a directory user; the result is its id. */
    TypedCall<QString> *createUser(const CreateUserRequest &request, QObject *context = nullptr);
    /** CreateDesktop; the result is the job id. Not idempotent: see BatchSubmitter. */
    TypedCall<QString> *createDesktops(const CreateDesktopRequest &request,
                                       QObject *context = nullptr);
    /** CreateDesktop with an exact body (the bytes that were digested and journaled). */
    TypedCall<QString> *createDesktopsBody(const QByteArray &body, QObject *context = nullptr);
    /** AttachInstances; the result is the job id. */
    TypedCall<QString> *attachDesktops(const AttachRequest &request, QObject *context = nullptr);
    TypedCall<QString> *attachDesktopsBody(const QByteArray &body, QObject *context = nullptr);
    TypedCall<DetachResult> *detachDesktops(const QStringList &desktopIds, bool shutoffAfterDetach,
                                            QObject *context = nullptr);
    /**
     * DeleteDesktop (DELETE /v2/{project_id}/desktops/{desktop_id}); the result is the job id
     * when the service names one (empty for a 204). Deleting twice is harmless: the second
     * answers 404 (gone) or 409 (being deleted), so it retries like a read.
     */
    TypedCall<QString> *deleteDesktop(const QString &desktopId, bool deleteUsers,
                                      QObject *context = nullptr);
    TypedCall<JobInfo> *job(const QString &jobId, QObject *context = nullptr);
    /** One page of workspace-sub-jobs. */
    TypedCall<ListPage<SubJobInfo>> *subJobsPage(const SubJobQuery &query,
                                                 QObject *context = nullptr);
    /** Every page of workspace-sub-jobs (page size: the query's limit, default 1000). */
    TypedCall<QList<SubJobInfo>> *allSubJobs(const SubJobQuery &query, QObject *context = nullptr);

    // --- plumbing for the api layer (RequestRunner, IamTokenProvider) ----------------------
    /** Runs a raw request; the runner belongs to @p owner and is started already. */
    RequestRunner *run(const RequestSpec &spec, QObject *owner, RawCallback done);
    /** Calls @p done once the project id is known (or could not be found). */
    void ensureProject(QObject *context, std::function<void(const ApiError &)> done);
    void applyTls(QNetworkRequest *request) const;
    /** PEM blocks of the profile's extra CA file. */
    QList<QByteArray> caCertificates() const { return m_caCertificates; }
    void noteRequestSent(const RequestSpec &spec);
    void noteRetry() { ++m_retryCount; }

signals:
    /** Every request sent (for logs: method and path template, never headers). */
    void requestSent(const QString &description);

private:
    QObject *owner(QObject *context) { return context ? context : this; }
    template<typename T>
    TypedCall<T> *single(const RequestSpec &spec, QObject *context,
                         std::function<bool(const QJsonObject &, T *)> parse);
    template<typename T>
    TypedCall<QList<T>> *paged(const RequestSpec &spec, int pageSize, const QString &arrayKey,
                               T (*parse)(const QJsonValue &), QObject *context);
    TypedCall<QString> *postForJob(const QString &path, const QByteArray &body, QObject *context);
    void finishProjectWaiters(const ApiError &error);

    ConnectionConfig m_config;
    QString m_projectId;
    QNetworkAccessManager *m_nam = nullptr;
    RateGovernor m_governor;
    IamTokenProvider *m_tokens = nullptr;
    RetryPolicy m_retryPolicy;
    qint64 m_clockOffsetMs = 0;
    int m_requestCount = 0;
    int m_retryCount = 0;
    bool m_discovering = false;
    QList<QPair<QPointer<QObject>, std::function<void(const ApiError &)>>> m_projectWaiters;
    QList<QByteArray> m_caCertificates;
};
