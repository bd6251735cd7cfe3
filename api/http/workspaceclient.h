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

#include "models/domain/attachrequest.h"
#include "models/domain/availabilityzone.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/createuserrequest.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/directoryuser.h"
#include "models/domain/imageinfo.h"
#include "models/domain/jobinfo.h"
#include "models/domain/product.h"
#include "models/domain/quota.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/volumeproduct.h"
#include "models/domain/workspaceinfo.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>

class ApiTransport;

/**
 * The typed, asynchronous Workspace client shared by the GUI and wsctl. Each call returns a
 * TypedCall<T> owned by @p context (or the client when null); connect to ApiCall::finished and
 * read error() / result(). Reads retry on 429, 5xx and network errors; create and attach are sent
 * once (resent only on 429 or a refused connection) so callers can reconcile. Every call goes
 * through the client's one ApiTransport (project id, credentials, RateGovernor, counters).
 */
class WorkspaceClient : public QObject
{
    Q_OBJECT
public:
    using QueryItems = QList<QPair<QString, QString>>;

    explicit WorkspaceClient(const ConnectionConfig &config, QObject *parent = nullptr);
    ~WorkspaceClient() override;

    const ConnectionConfig &config() const;
    /** The project id in use: configured, or discovered (empty until then). */
    QString projectId() const;
    RateGovernor *governor();
    RetryPolicy retryPolicy() const;
    void setRetryPolicy(const RetryPolicy &policy);
    /** Offset added to this computer's clock for X-Sdk-Date (tests; fixing a skewed clock). */
    void setClockOffsetMs(qint64 offsetMs);
    /** HTTP requests sent so far (every attempt counts) and retries scheduled. */
    int requestCount() const;
    int retryCount() const;
    /** What every call goes through: for raw requests, the token and the requestSent() log. */
    ApiTransport *transport() const { return m_transport; }

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
    /**
     * ListVolumeProductInfo: the disk types on sale, in @p availabilityZone when given, else in
     * the region (S000: a disk's type "must be the same as the disk type provided by the system").
     */
    TypedCall<QList<VolumeProduct>> *volumeProducts(const QString &availabilityZone = {},
                                                    QObject *context = nullptr);
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

private:
    QObject *owner(QObject *context) { return context ? context : this; }
    template<typename T>
    TypedCall<T> *single(const RequestSpec &spec, QObject *context,
                         std::function<bool(const QJsonObject &, T *)> parse);
    template<typename T>
    TypedCall<QList<T>> *paged(const RequestSpec &spec, int pageSize, const QString &arrayKey,
                               T (*parse)(const QJsonValue &), QObject *context);
    TypedCall<QString> *postForJob(const QString &path, const QByteArray &body, QObject *context);

    ApiTransport *m_transport = nullptr;
};
