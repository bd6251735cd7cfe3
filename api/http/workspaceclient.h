#pragma once

#include "actionresult.h"
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
#include "models/domain/batchdetachrequest.h"
#include "models/domain/createdesktoprequest.h"
#include "models/domain/createuserrequest.h"
#include "models/domain/deletedesktopsrequest.h"
#include "models/domain/desktopactionrequest.h"
#include "models/domain/desktopconnectstatus.h"
#include "models/domain/desktopinfo.h"
#include "models/domain/desktoptagschange.h"
#include "models/domain/directoryuser.h"
#include "models/domain/imageinfo.h"
#include "models/domain/jobinfo.h"
#include "models/domain/product.h"
#include "models/domain/projecttag.h"
#include "models/domain/quota.h"
#include "models/domain/rebuildrequest.h"
#include "models/domain/resizerequest.h"
#include "models/domain/securitygroupinfo.h"
#include "models/domain/subnetinfo.h"
#include "models/domain/updateuserrequest.h"
#include "models/domain/usergroup.h"
#include "models/domain/userstatusaction.h"
#include "models/domain/volume.h"
#include "models/domain/volumeproduct.h"
#include "models/domain/workspaceinfo.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <optional>

namespace wsc {

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
    /**
     * One page of ListDesktopsDetail as the service sent it, unparsed: for a caller that parses
     * it away from the GUI thread (parseDesktopsPage()).
     */
    TypedCall<QByteArray> *desktopsPageBody(const DesktopQuery &query, QObject *context = nullptr);
    /** Reads a ListDesktopsDetail body; false when it is not one (not JSON, no desktops). */
    static bool parseDesktopsPage(const QByteArray &body, ListPage<DesktopInfo> *page);
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

    // --- day-2 administration: the multi-desktop calls have a *Body() twin that sends a
    // journaled exact body (the job engine's batch kinds); they are sent once, like create.
    /** BatchRunDesktops: start, stop, reboot or hibernate; refused desktops in the result. */
    TypedCall<ActionResult> *runDesktopAction(const DesktopActionRequest &request,
                                              QObject *context = nullptr);
    TypedCall<ActionResult> *runDesktopActionBody(const QByteArray &body,
                                                  QObject *context = nullptr);
    /** ListDesktopsConnectStatus, every page; @p userNames filters (at most 100). */
    TypedCall<QList<DesktopConnectStatus>> *connectStatus(const QStringList &userNames = {},
                                                          QObject *context = nullptr);
    /** BatchDetachInstances (every user of each desktop); refused desktops in the result. */
    TypedCall<ActionResult> *batchDetachDesktops(const BatchDetachRequest &request,
                                                 QObject *context = nullptr);
    TypedCall<ActionResult> *batchDetachDesktopsBody(const QByteArray &body,
                                                     QObject *context = nullptr);
    /** BatchDeleteDesktops; the result is the job id. */
    TypedCall<QString> *batchDeleteDesktops(const DeleteDesktopsRequest &request,
                                            QObject *context = nullptr);
    TypedCall<QString> *batchDeleteDesktopsBody(const QByteArray &body, QObject *context = nullptr);
    /** BatchRebuildDesktopsSystemDisk; the result is the job id. */
    TypedCall<QString> *rebuildDesktops(const RebuildRequest &request, QObject *context = nullptr);
    TypedCall<QString> *rebuildDesktopsBody(const QByteArray &body, QObject *context = nullptr);
    /** ResizeDesktop (mode STOP_DESKTOP); the result is the job id. */
    TypedCall<QString> *resizeDesktops(const ResizeRequest &request, QObject *context = nullptr);
    TypedCall<QString> *resizeDesktopsBody(const QByteArray &body, QObject *context = nullptr);
    /** UpdateDesktop: a new computer name (synchronous; true when done). */
    TypedCall<bool> *renameDesktop(const QString &desktopId, const QString &computerName,
                                   QObject *context = nullptr);
    /** SetMaintenanceMode on (true) or off for some desktops (synchronous). */
    TypedCall<bool> *setMaintenanceMode(const QStringList &desktopIds, bool inMaintenance,
                                        QObject *context = nullptr);
    /** AddDesktopVolumes: data disks for one desktop; the result is the job id. */
    TypedCall<QString> *addDesktopVolumes(const QString &desktopId, const QList<Volume> &volumes,
                                          QObject *context = nullptr);
    /** ExpandDesktopVolume to @p newSizeGb; the result is the job id. */
    TypedCall<QString> *expandDesktopVolume(const QString &desktopId, const QString &volumeId,
                                            int newSizeGb, QObject *context = nullptr);
    /** DeleteDesktopVolumes: data disks of one desktop; the result is the job id. */
    TypedCall<QString> *deleteDesktopVolumes(const QString &desktopId, const QStringList &volumeIds,
                                             QObject *context = nullptr);
    /** BatchAddDesktopsTags (synchronous). */
    TypedCall<bool> *addDesktopTags(const DesktopTagsChange &change, QObject *context = nullptr);
    /** SetMaintenanceMode with an exact body (a journaled chunk); synchronous: no job. */
    TypedCall<bool> *maintenanceModeBody(const QByteArray &body, QObject *context = nullptr);
    /**
     * BatchAddDesktopsTags (@p add) or BatchDeleteDesktopsTags with an exact body (a journaled
     * chunk); synchronous: there is no job.
     */
    TypedCall<bool> *desktopTagsBody(bool add, const QByteArray &body, QObject *context = nullptr);
    /** BatchDeleteDesktopsTags (synchronous). */
    TypedCall<bool> *deleteDesktopTags(const DesktopTagsChange &change, QObject *context = nullptr);
    /** ListProjectTags: every tag key in use and its values. */
    TypedCall<QList<ProjectTag>> *projectTags(QObject *context = nullptr);

    TypedCall<JobInfo> *job(const QString &jobId, QObject *context = nullptr);
    /** One page of workspace-sub-jobs. */
    TypedCall<ListPage<SubJobInfo>> *subJobsPage(const SubJobQuery &query,
                                                 QObject *context = nullptr);
    /** Every page of workspace-sub-jobs (page size: the query's limit, default 1000). */
    TypedCall<QList<SubJobInfo>> *allSubJobs(const SubJobQuery &query, QObject *context = nullptr);

    // --- directory: user groups, user actions; quota details --------------------------------
    /** ListUserGroups, every page (100 a page); @p keyword matches names (fuzzy). */
    TypedCall<QList<UserGroup>> *userGroups(const QString &keyword = {},
                                            QObject *context = nullptr);
    /**
     * CreateUserGroup, then the group read back by its exact name (the create answer names no
     * id). @p platformType: LOCAL (default) or AD.
     */
    TypedCall<UserGroup> *createUserGroup(const QString &name, const QString &description = {},
                                          const QString &platformType = QStringLiteral("LOCAL"),
                                          QObject *context = nullptr);
    /** UpdateUserGroup: a new name and/or description; an unset one stays as it is. */
    TypedCall<bool> *updateUserGroup(const QString &groupId, const std::optional<QString> &name,
                                     const std::optional<QString> &description,
                                     QObject *context = nullptr);
    TypedCall<bool> *deleteUserGroup(const QString &groupId, QObject *context = nullptr);
    /** ListUsersOfGroup, every page; filters: user_name, description, active_type. */
    TypedCall<QList<DirectoryUser>> *
    groupUsers(const QString &groupId, const QueryItems &filters = {}, QObject *context = nullptr);
    /** RunActionsOnGroup op_type ADD. */
    TypedCall<bool> *addUsersToGroup(const QString &groupId, const QStringList &userIds,
                                     QObject *context = nullptr);
    /** RunActionsOnGroup op_type DELETE. */
    TypedCall<bool> *removeUsersFromGroup(const QString &groupId, const QStringList &userIds,
                                          QObject *context = nullptr);
    /** ListUserDetail. */
    TypedCall<DirectoryUser> *userDetail(const QString &userId, QObject *context = nullptr);
    /** UpdateUserInfo; the result is the user id. */
    TypedCall<QString> *updateUser(const QString &userId, const UpdateUserRequest &request,
                                   QObject *context = nullptr);
    /** ChangeUserStatus: LOCK, UNLOCK, or RESET_PWD (the service mails the user a new one). */
    TypedCall<bool> *changeUserStatus(const QString &userId, UserStatusAction action,
                                      QObject *context = nullptr);
    /**
     * ResetRandomPassword: the result is the new password, a secret (never logged or stored).
     * @p notificationTypes: "email" and/or "phone" (required for USER_ACTIVATE users). Sent
     * once: every GET makes a new password.
     */
    TypedCall<QString> *resetRandomPassword(const QString &userId,
                                            const QStringList &notificationTypes = {},
                                            QObject *context = nullptr);
    /** DeleteUser (204). */
    TypedCall<bool> *deleteUser(const QString &userId, QObject *context = nullptr);
    /** BatchDeleteUser. */
    TypedCall<bool> *deleteUsers(const QStringList &userIds, QObject *context = nullptr);
    /** ShowQuotaDetails, optionally for one site or availability zone. */
    TypedCall<QList<Quota>> *quotaDetails(const QString &siteId = {}, const QString &azCode = {},
                                          QObject *context = nullptr);

private:
    QObject *owner(QObject *context) { return context ? context : this; }
    template<typename T>
    TypedCall<T> *single(const RequestSpec &spec, QObject *context,
                         std::function<bool(const QJsonObject &, T *)> parse);
    template<typename T>
    TypedCall<QList<T>> *paged(const RequestSpec &spec, int pageSize, const QString &arrayKey,
                               T (*parse)(const QJsonValue &), QObject *context);
    TypedCall<QString> *postForJob(const QString &path, const QByteArray &body, QObject *context);
    TypedCall<ActionResult> *postForAction(const QString &path, const QByteArray &body,
                                           QObject *context);
    TypedCall<bool> *sendForNothing(const QByteArray &method, const QString &path,
                                    const QByteArray &body, QObject *context);
    /** A call whose answer carries nothing: true once it succeeded. */
    TypedCall<bool> *done(const RequestSpec &spec, QObject *context);
    TypedCall<bool> *groupAction(const QString &groupId, const QString &opType,
                                 const QStringList &userIds, QObject *context);

    ApiTransport *m_transport = nullptr;
};

} // namespace wsc
