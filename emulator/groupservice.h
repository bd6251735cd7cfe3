#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "servicecontext.h"

#include <QJsonObject>

namespace wsemu {

struct UserGroupRecord;
struct UserRecord;

// Sources: workspace-sdk-operations.md (ListUserGroups, CreateUserGroup, UpdateUserGroup,
// DeleteUserGroup, ListUsersOfGroup, RunActionsOnGroup) and TF's user_group resource (the create
// answer names no id; an unknown group is 400 WKS.00170208).
/** The user-group routes of the Workspace directory: groups and their members. */
class GroupService
{
public:
    /** Members added or removed by one RunActionsOnGroup (the emulator's own bound). */
    static constexpr int MaxUsersPerAction = 1000;

    explicit GroupService(const ServiceContext &context);

    ApiResponse list(const ApiRequest &request) const;
    ApiResponse create(const ApiRequest &request) const;
    ApiResponse update(const ApiRequest &request, const QString &groupId) const;
    ApiResponse remove(const ApiRequest &request, const QString &groupId) const;
    ApiResponse listUsers(const ApiRequest &request, const QString &groupId) const;
    ApiResponse actions(const ApiRequest &request, const QString &groupId) const;

    /** The 400 WKS.00170208 answer for an unknown group. */
    static ApiResponse notFound(const QString &groupId);

private:
    QJsonObject view(const UserGroupRecord &group) const;
    QJsonObject memberView(const UserRecord &user) const;

    ServiceContext m_context;
};

} // namespace wsemu
