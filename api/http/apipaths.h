#pragma once

#include <QString>

namespace wsc {

/**
 * The REST paths of the Workspace and IAM APIs, written down once: WorkspaceClient and
 * ApiTransport send them and wsctl prints them in dry runs. "{project_id}" stays a placeholder
 * that the transport fills in when it sends, so descriptions and logs show the template. Paths
 * are plain text: the transport percent-encodes them once, as it builds the URL.
 */
namespace ApiPaths {

/** The placeholder in Workspace paths that the transport replaces by the project id. */
inline QString projectPlaceholder()
{
    return QStringLiteral("{project_id}");
}

// --- IAM (v3) ---------------------------------------------------------------------------------

/** KeystoneCreateUserTokenByPassword. */
inline QString iamTokens()
{
    return QStringLiteral("/v3/auth/tokens");
}
/** KeystoneListProjects (filtered by name: the region). */
inline QString iamProjects()
{
    return QStringLiteral("/v3/projects");
}

// --- Workspace (v2) ---------------------------------------------------------------------------

inline QString workspaces()
{
    return QStringLiteral("/v2/{project_id}/workspaces");
}
inline QString products()
{
    return QStringLiteral("/v2/{project_id}/products");
}
inline QString images()
{
    return QStringLiteral("/v2/{project_id}/images");
}
inline QString availabilityZones()
{
    return QStringLiteral("/v2/{project_id}/availability-zones");
}
inline QString subnets()
{
    return QStringLiteral("/v2/{project_id}/subnets");
}
inline QString securityGroups()
{
    return QStringLiteral("/v2/{project_id}/security-groups");
}
inline QString quotas()
{
    return QStringLiteral("/v2/{project_id}/quotas");
}
/** ListVolumeProductInfo: the disk types the region sells. */
inline QString volumeProducts()
{
    return QStringLiteral("/v2/{project_id}/volume/products");
}
/** CreateDesktop (POST). */
inline QString desktops()
{
    return QStringLiteral("/v2/{project_id}/desktops");
}
/** ListDesktopsDetail. */
inline QString desktopsDetail()
{
    return QStringLiteral("/v2/{project_id}/desktops/detail");
}
/** ShowDesktopDetail (GET) and DeleteDesktop (DELETE). */
inline QString desktop(const QString &desktopId)
{
    return desktops() + QLatin1Char('/') + desktopId;
}
/** AttachInstances (POST). */
inline QString attachDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/attach");
}
/** DetachInstances (POST). */
inline QString detachDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/detach");
}
/** BatchRunDesktops (POST): start, stop, reboot, hibernate. */
inline QString desktopActions()
{
    return QStringLiteral("/v2/{project_id}/desktops/action");
}
/** ListDesktopsConnectStatus (GET). */
inline QString connectDesktops()
{
    return QStringLiteral("/v2/{project_id}/connect-desktops");
}
/** BatchDetachInstances (POST). */
inline QString batchDetachDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/batch-detach");
}
/** BatchDeleteDesktops (POST). */
inline QString batchDeleteDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/batch-delete");
}
/** BatchRebuildDesktopsSystemDisk (POST). */
inline QString rebuildDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/rebuild");
}
/** ResizeDesktop (POST). */
inline QString resizeDesktops()
{
    return QStringLiteral("/v2/{project_id}/desktops/resize");
}
/** SetMaintenanceMode (PUT). */
inline QString maintenanceMode()
{
    return QStringLiteral("/v2/{project_id}/desktops/maintenance-mode");
}
/** AddDesktopVolumes (POST). */
inline QString desktopVolumes(const QString &desktopId)
{
    return desktop(desktopId) + QStringLiteral("/volumes");
}
/** ExpandDesktopVolume (POST). */
inline QString expandDesktopVolume(const QString &desktopId, const QString &volumeId)
{
    return desktopVolumes(desktopId) + QLatin1Char('/') + volumeId + QStringLiteral("/expand");
}
/** DeleteDesktopVolumes (POST). */
inline QString deleteDesktopVolumes(const QString &desktopId)
{
    return desktopVolumes(desktopId) + QStringLiteral("/batch-delete");
}
/** BatchAddDesktopsTags (POST) and BatchDeleteDesktopsTags (DELETE). */
inline QString desktopsBatchTags()
{
    return QStringLiteral("/v2/{project_id}/desktops/batch-tags");
}
/** ListProjectTags (GET). */
inline QString projectTags()
{
    return QStringLiteral("/v2/{project_id}/desktops/tags");
}
/** ListUsers (GET) and CreateDesktopUser (POST). */
inline QString users()
{
    return QStringLiteral("/v2/{project_id}/users");
}
/** ShowJob. */
inline QString job(const QString &jobId)
{
    return QStringLiteral("/v2/{project_id}/workspace-jobs/") + jobId;
}
/** ListSubJobs. */
inline QString subJobs()
{
    return QStringLiteral("/v2/{project_id}/workspace-sub-jobs");
}

// --- Workspace directory and quota details (v2) -------------------------------------------

/** ListUserGroups (GET) and CreateUserGroup (POST). */
inline QString userGroups()
{
    return QStringLiteral("/v2/{project_id}/groups");
}
/** UpdateUserGroup (PUT) and DeleteUserGroup (DELETE). */
inline QString userGroup(const QString &groupId)
{
    return userGroups() + QLatin1Char('/') + groupId;
}
/** ListUsersOfGroup. */
inline QString userGroupUsers(const QString &groupId)
{
    return userGroup(groupId) + QStringLiteral("/users");
}
/** RunActionsOnGroup (add or remove members). */
inline QString userGroupActions(const QString &groupId)
{
    return userGroup(groupId) + QStringLiteral("/actions");
}
/** ListUserDetail (GET), UpdateUserInfo (PUT) and DeleteUser (DELETE). */
inline QString user(const QString &userId)
{
    return users() + QLatin1Char('/') + userId;
}
/** ChangeUserStatus (lock, unlock, reset the password by mail). */
inline QString userActions(const QString &userId)
{
    return user(userId) + QStringLiteral("/actions");
}
/** ResetRandomPassword. */
inline QString userRandomPassword(const QString &userId)
{
    return user(userId) + QStringLiteral("/random-password");
}
/** BatchDeleteUser. */
inline QString usersBatchDelete()
{
    return users() + QStringLiteral("/batch-delete");
}
/** ShowQuotaDetails. */
inline QString quotaDetails()
{
    return QStringLiteral("/v2/{project_id}/quotas/detail");
}

} // namespace ApiPaths

} // namespace wsc
