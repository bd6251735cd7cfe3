#include "groupservice.h"

#include "apierrors.h"
#include "emulatorclock.h"
#include "fieldreader.h"
#include "listquery.h"
#include "namerules.h"
#include "requestbody.h"
#include "statestore.h"
#include "useradminservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace wsemu {

namespace {

constexpr int MaxGroupName = 64;
constexpr int MaxDescription = 255;

/** A group name's own rule (seed 004 表5 for type GROUP) as a FieldReader failure. */
void checkName(FieldReader &r, const QString &name)
{
    if (!r.ok())
        return;
    const QString problem = NameRules::groupName(name);
    if (!problem.isEmpty())
        r.fail(ApiErrors::InvalidField, QStringLiteral("group_name '%1' %2").arg(name, problem));
}

} // namespace

GroupService::GroupService(const ServiceContext &context)
    : m_context(context)
{}

ApiResponse GroupService::notFound(const QString &groupId)
{
    return ApiResponse::error(400, QString::fromLatin1(ApiErrors::GroupNotFound),
                              QStringLiteral("The user group %1 does not exist.").arg(groupId));
}

QJsonObject GroupService::view(const UserGroupRecord &g) const
{
    const QString domain = QStringLiteral("workspace.local");
    return QJsonObject{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("create_time"),
             QDateTime::fromMSecsSinceEpoch(g.createdMs, Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))},
            {QStringLiteral("description"), g.description},
            {QStringLiteral("user_quantity"), int(m_context.state->usersInGroup(g.name).size())},
            {QStringLiteral("realm_id"), QStringLiteral("0")},
            {QStringLiteral("platform_type"), g.platformType},
            {QStringLiteral("group_dn"),
             QStringLiteral("CN=%1,OU=Groups,DC=workspace,DC=local").arg(g.name)},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("sid"), g.sid},
            {QStringLiteral("total_desktops"), m_context.state->desktopCountForGroup(g.id)},
    };
}

QJsonObject GroupService::memberView(const UserRecord &u) const
{
    return QJsonObject{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("user_name"), u.userName},
            {QStringLiteral("domain"), QString()},
            {QStringLiteral("user_email"), u.userEmail},
            {QStringLiteral("user_phone"), u.userPhone},
            {QStringLiteral("total_desktops"), m_context.state->desktopCountForUser(u.userName)},
            {QStringLiteral("enterprise_project_id"), u.enterpriseProjectId},
            {QStringLiteral("description"), u.description},
    };
}

ApiResponse GroupService::list(const ApiRequest &request) const
{
    ApiResponse error;
    // "如果不指定或为0，则使用默认值100，从1开始，最大100".
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 100, 100, 1000000, &limit, &offset, &error))
        return error;
    if (limit == 0)
        limit = 100;
    const QString keyword = request.queryValue(QStringLiteral("keyword"));
    const QStringList platforms = request.queryValues(QStringLiteral("platform_type"));
    for (const QString &p : platforms) {
        if (p != QLatin1String("AD") && p != QLatin1String("LOCAL") && p != QLatin1String("UOS"))
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::InvalidField),
                    QStringLiteral("platform_type must be one of AD, LOCAL, UOS (got '%1')")
                            .arg(p));
    }
    QJsonArray selected;
    for (const UserGroupRecord &g : m_context.state->userGroups()) {
        if (!keyword.isEmpty() && !g.name.contains(keyword, Qt::CaseInsensitive))
            continue;
        if (!platforms.isEmpty() && !platforms.contains(g.platformType))
            continue;
        selected.append(view(g));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("total_count"), selected.size()},
                                              {QStringLiteral("user_groups"),
                                               ListQuery::page(selected, offset, limit)}});
}

ApiResponse GroupService::create(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    FieldReader r(body);
    UserGroupRecord group;
    group.name = r.string(QStringLiteral("group_name"), FieldReader::Required, 1, MaxGroupName);
    checkName(r, group.name);
    // "AD：AD域用户组 * LOCAL：本地liteAs用户组": UOS groups are listed, not created here.
    group.platformType = r.oneOf(QStringLiteral("platform_type"), FieldReader::Required,
                                 {QStringLiteral("AD"), QStringLiteral("LOCAL")});
    group.description
            = r.string(QStringLiteral("description"), FieldReader::Optional, 0, MaxDescription);
    if (!r.ok())
        return r.error().toResponse();
    if (const UserGroupRecord *existing = m_context.state->userGroupByName(group.name)) {
        return ApiResponse::error(409, QString::fromLatin1(ApiErrors::GroupExists),
                                  QStringLiteral("The user group %1 already exists (id %2).")
                                          .arg(existing->name, existing->id));
    }
    group.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    group.sid
            = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-")
              + QString::number(6000 + m_context.state->nextSequence(QStringLiteral("group-sid")));
    group.createdMs = m_context.clock->nowMs();
    m_context.state->addUserGroup(group);
    // The SDK's CreateUserGroupResponse has no field: clients read the id back by name.
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse GroupService::update(const ApiRequest &request, const QString &groupId) const
{
    QJsonObject body;
    ApiResponse error;
    UserGroupRecord *group = RequestBody::parseObjectAbout(
            request, m_context.state->userGroup(groupId), notFound(groupId), &body, &error);
    if (!group)
        return error;
    FieldReader r(body);
    const bool renames = r.has(QStringLiteral("group_name"));
    const QString name
            = r.string(QStringLiteral("group_name"), FieldReader::Optional, 1, MaxGroupName);
    if (renames)
        checkName(r, name);
    const bool describes = r.has(QStringLiteral("description"));
    const QString description
            = r.string(QStringLiteral("description"), FieldReader::Optional, 0, MaxDescription);
    if (!r.ok())
        return r.error().toResponse();
    if (renames && name != group->name) {
        // "注意AD用户组不支持改名".
        if (group->platformType == QLatin1String("AD")) {
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::InvalidField),
                    QStringLiteral("group_name: the AD user group %1 cannot be renamed.")
                            .arg(group->name));
        }
        const UserGroupRecord *other = m_context.state->userGroupByName(name);
        if (other && other->id != groupId) {
            return ApiResponse::error(409, QString::fromLatin1(ApiErrors::GroupExists),
                                      QStringLiteral("The user group %1 already exists (id %2).")
                                              .arg(other->name, other->id));
        }
        m_context.state->renameUserGroup(groupId, name);
        group = m_context.state->userGroup(groupId);
    }
    if (describes && description != group->description) {
        group->description = description;
        m_context.state->markDirty();
    }
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse GroupService::remove(const ApiRequest &, const QString &groupId) const
{
    const UserGroupRecord *group = m_context.state->userGroup(groupId);
    if (!group)
        return notFound(groupId);
    const int desktops = m_context.state->desktopCountForGroup(groupId);
    if (desktops > 0) {
        return ApiResponse::error(
                409, QString::fromLatin1(ApiErrors::Conflict),
                QStringLiteral("The user group %1 still has %2 desktop(s) assigned; detach them "
                               "first.")
                        .arg(group->name)
                        .arg(desktops));
    }
    m_context.state->removeUserGroup(groupId);
    return ApiResponse::noContent();
}

ApiResponse GroupService::listUsers(const ApiRequest &request, const QString &groupId) const
{
    const UserGroupRecord *group = m_context.state->userGroup(groupId);
    if (!group)
        return notFound(groupId);
    ApiResponse error;
    // "如果不指定或为0，默认2000，最大10000".
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 10000, 2000, 1000000, &limit, &offset, &error))
        return error;
    if (limit == 0)
        limit = 2000;
    if (!ListQuery::oneOf(request, QStringLiteral("active_type"),
                          {QStringLiteral("USER_ACTIVATE"), QStringLiteral("ADMIN_ACTIVATE")},
                          Qt::CaseSensitive, &error))
        return error;
    const QString userName = request.queryValue(QStringLiteral("user_name"));
    const QString description = request.queryValue(QStringLiteral("description"));
    const QString activeType = request.queryValue(QStringLiteral("active_type"));
    QJsonArray selected;
    for (const UserRecord *u : m_context.state->usersInGroup(group->name)) {
        if (!userName.isEmpty() && !u->userName.contains(userName, Qt::CaseInsensitive))
            continue;
        if (!description.isEmpty() && !u->description.contains(description, Qt::CaseInsensitive))
            continue;
        if (!activeType.isEmpty() && u->activeType != activeType)
            continue;
        selected.append(memberView(*u));
    }
    return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("users"), ListQuery::page(selected, offset, limit)},
                             {QStringLiteral("total_count"), selected.size()}});
}

ApiResponse GroupService::actions(const ApiRequest &request, const QString &groupId) const
{
    QJsonObject body;
    ApiResponse error;
    const UserGroupRecord *group = RequestBody::parseObjectAbout(
            request, m_context.state->userGroup(groupId), notFound(groupId), &body, &error);
    if (!group)
        return error;
    FieldReader r(body);
    const QJsonArray ids
            = r.array(QStringLiteral("user_ids"), FieldReader::Required, 1, MaxUsersPerAction);
    const QString op = r.oneOf(QStringLiteral("op_type"), FieldReader::Required,
                               {QStringLiteral("ADD"), QStringLiteral("DELETE")});
    if (!r.ok())
        return r.error().toResponse();
    // Every id is checked before anything changes: a refused request changes nothing.
    QStringList userIds;
    for (int i = 0; i < ids.size(); ++i) {
        const UserRecord *user = UserAdminService::listedUser(m_context.state, ids, i, &error);
        if (!user)
            return error;
        if (!userIds.contains(user->id))
            userIds.append(user->id);
    }
    const QString name = group->name;
    for (const QString &id : std::as_const(userIds)) {
        UserRecord *u = m_context.state->user(id);
        // Adding a member twice or removing a non-member leaves the group as asked.
        if (op == QLatin1String("ADD") && !u->groupNames.contains(name))
            u->groupNames.append(name);
        else if (op == QLatin1String("DELETE"))
            u->groupNames.removeAll(name);
    }
    m_context.state->markDirty();
    return ApiResponse::json(200, QJsonObject{});
}

} // namespace wsemu
