#pragma once

#include <QString>

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

} // namespace ApiPaths
