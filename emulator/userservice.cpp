#include "userservice.h"

#include "apierrors.h"
#include "emulatorclock.h"
#include "listquery.h"
#include "requestbody.h"
#include "statestore.h"
#include "uservalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace wsemu {

UserService::UserService(const ServiceContext &context)
    : m_context(context)
{}

QJsonObject UserService::view(const UserRecord &u, bool detail) const
{
    QJsonObject object{
            {QStringLiteral("id"), u.id},
            {QStringLiteral("sid"), u.sid},
            {QStringLiteral("user_name"), u.userName},
            {QStringLiteral("user_email"), u.userEmail},
            {QStringLiteral("user_phone"), u.userPhone},
            {QStringLiteral("description"), u.description},
            {QStringLiteral("alias_name"), u.aliasName},
            {QStringLiteral("domain"), QString()},
            {QStringLiteral("active_type"), u.activeType},
            {QStringLiteral("is_pre_user"), false},
            {QStringLiteral("password_never_expired"), u.passwordNeverExpired},
            {QStringLiteral("account_expired"),
             u.accountExpiresMs() != 0 && u.accountExpiresMs() < m_context.clock->nowMs()},
            {QStringLiteral("enable_change_password"), u.enableChangePassword},
            {QStringLiteral("next_login_change_password"), u.nextLoginChangePassword},
            {QStringLiteral("locked"), u.locked},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("share_space_subscription"), false},
            {QStringLiteral("share_space_desktops"), 0},
            {QStringLiteral("total_desktops"), m_context.state->desktopCountForUser(u.userName)},
            {QStringLiteral("group_names"), QJsonArray::fromStringList(u.groupNames)},
            {QStringLiteral("enterprise_project_id"), u.enterpriseProjectId},
            {QStringLiteral("user_info_map"), QString()},
    };
    // The list spells account_expires as a string, the detail as an int64 of ms (§1.8).
    if (detail)
        object.insert(QStringLiteral("account_expires"), static_cast<double>(u.accountExpiresMs()));
    else
        object.insert(QStringLiteral("account_expires"), u.accountExpires);
    return object;
}

QJsonObject UserService::detailView(const UserRecord &u) const
{
    // ListUserDetail's UserDetail (workspace-sdk-operations.md) differs from the list's item:
    // user_expired instead of account_expired, object_sid instead of sid, account_expires in
    // ms, and the directory fields (when_created, account_type, sam_account_name, ...).
    QJsonObject object = view(u, true);
    object.remove(QStringLiteral("account_expired"));
    object.remove(QStringLiteral("sid"));
    object.insert(QStringLiteral("user_expired"),
                  u.accountExpiresMs() != 0 && u.accountExpiresMs() < m_context.clock->nowMs());
    object.insert(QStringLiteral("object_sid"), u.sid);
    object.insert(QStringLiteral("when_created"),
                  QDateTime::fromMSecsSinceEpoch(u.createdMs, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    object.insert(QStringLiteral("account_type"), 0); // 0 = a user, 1 = a group
    object.insert(QStringLiteral("sam_account_name"), u.userName);
    object.insert(QStringLiteral("user_principal_name"), u.userName);
    object.insert(QStringLiteral("full_name"), u.aliasName.isEmpty() ? u.userName : u.aliasName);
    object.insert(QStringLiteral("distinguished_name"),
                  QStringLiteral("CN=%1,OU=Users,DC=workspace").arg(u.userName));
    return object;
}

ApiResponse UserService::list(const ApiRequest &request) const
{
    ApiResponse error;
    // limit and offset are strings in the spec; without limit every user is returned.
    qint64 limit = 0;
    qint64 offset = 0;
    if (!ListQuery::paging(request, 1000, -1, 1000000, &limit, &offset, &error))
        return error;
    if (!ListQuery::oneOf(request, QStringLiteral("active_type"),
                          {QStringLiteral("USER_ACTIVATE"), QStringLiteral("ADMIN_ACTIVATE")},
                          Qt::CaseSensitive, &error))
        return error;
    const QString userName = request.queryValue(QStringLiteral("user_name"));
    const QStringList userNames = request.queryValues(QStringLiteral("user_names"));
    const QString description = request.queryValue(QStringLiteral("description"));
    const QString activeType = request.queryValue(QStringLiteral("active_type"));
    const QString groupName = request.queryValue(QStringLiteral("group_name"));
    QJsonArray selected;
    for (const UserRecord &u : m_context.state->users()) {
        if (!userNames.isEmpty()) {
            if (!userNames.contains(u.userName, Qt::CaseInsensitive))
                continue;
        } else if (!userName.isEmpty() && !u.userName.contains(userName, Qt::CaseInsensitive)) {
            continue;
        }
        if (!description.isEmpty() && !u.description.contains(description, Qt::CaseInsensitive))
            continue;
        if (!activeType.isEmpty() && u.activeType != activeType)
            continue;
        if (!groupName.isEmpty() && !u.groupNames.contains(groupName))
            continue;
        selected.append(view(u, false));
    }
    const QJsonArray users = limit < 0 ? ListQuery::page(selected, offset, selected.size())
                                       : ListQuery::page(selected, offset, limit);
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("total_count"), selected.size()},
                                              {QStringLiteral("users"), users}});
}

ApiResponse UserService::create(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    UserRecord user;
    const ValidationError problem = UserValidator().validate(body, &user);
    if (problem.failed())
        return problem.toResponse();
    if (const UserRecord *existing = m_context.state->userByName(user.userName)) {
        return ApiResponse::error(409, QString::fromLatin1(ApiErrors::UserExists),
                                  QStringLiteral("The user name %1 already exists (user id %2).")
                                          .arg(existing->userName, existing->id));
    }
    // group_ids name existing groups; the user joins them.
    const QJsonArray groupIds = body.value(QStringLiteral("group_ids")).toArray();
    for (int i = 0; i < groupIds.size(); ++i) {
        const UserGroupRecord *group = m_context.state->userGroup(groupIds.at(i).toString());
        if (!group) {
            return ApiResponse::error(400, QString::fromLatin1(ApiErrors::GroupNotFound),
                                      QStringLiteral("group_ids[%1]: the user group %2 does not "
                                                     "exist.")
                                              .arg(i)
                                              .arg(groupIds.at(i).toString()));
        }
        if (!user.groupNames.contains(group->name))
            user.groupNames.append(group->name);
    }
    user.id = QUuid::createUuid().toString(QUuid::Id128);
    user.sid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-")
               + QString::number(1200 + m_context.state->nextSequence(QStringLiteral("user-sid")));
    user.createdMs = m_context.clock->nowMs();
    m_context.state->addUser(user);
    return ApiResponse::json(201, QJsonObject{{QStringLiteral("id"), user.id}});
}

ApiResponse UserService::show(const ApiRequest &, const QString &userId) const
{
    const UserRecord *user = m_context.state->user(userId);
    if (!user) {
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::UserNotFound),
                                  QStringLiteral("The user %1 does not exist.").arg(userId));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("user_detail"), detailView(*user)}});
}

ApiResponse UserService::remove(const ApiRequest &, const QString &userId) const
{
    const UserRecord *user = m_context.state->user(userId);
    if (!user) {
        return ApiResponse::error(404, QString::fromLatin1(ApiErrors::UserNotFound),
                                  QStringLiteral("The user %1 does not exist.").arg(userId));
    }
    const int desktops = m_context.state->desktopCountForUser(user->userName);
    if (desktops > 0) {
        return ApiResponse::error(
                409, QString::fromLatin1(ApiErrors::Conflict),
                QStringLiteral("The user %1 still has %2 desktop(s) assigned; detach them first.")
                        .arg(user->userName)
                        .arg(desktops));
    }
    m_context.state->removeUser(userId);
    return ApiResponse::noContent();
}

} // namespace wsemu
