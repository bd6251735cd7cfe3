#include "useradminservice.h"

#include "apierrors.h"
#include "fieldreader.h"
#include "namerules.h"
#include "requestbody.h"
#include "statestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace wsemu {

namespace {

ApiResponse userNotFound(const QString &userId)
{
    return ApiResponse::error(404, QString::fromLatin1(ApiErrors::UserNotFound),
                              QStringLiteral("The user %1 does not exist.").arg(userId));
}

/** A password the service would accept: 12 characters of the four kinds. */
QString newPassword()
{
    const QString kinds[] = {QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
                             QStringLiteral("abcdefghijkmnopqrstuvwxyz"),
                             QStringLiteral("23456789"), QStringLiteral("#@%&*+-=")};
    QRandomGenerator *random = QRandomGenerator::system();
    QString password;
    for (int i = 0; i < 12; ++i) {
        const QString &kind = kinds[i % 4];
        password.append(kind.at(int(random->bounded(quint32(kind.size())))));
    }
    // Shuffle, so that the kinds do not follow a fixed order.
    for (qsizetype i = password.size() - 1; i > 0; --i) {
        const qsizetype j = qsizetype(random->bounded(quint32(i + 1)));
        const QChar c = password.at(i);
        password[i] = password.at(j);
        password[j] = c;
    }
    return password;
}

} // namespace

UserAdminService::UserAdminService(const ServiceContext &context)
    : m_context(context)
{}

UserRecord *UserAdminService::listedUser(StateStore *state, const QJsonArray &ids, int i,
                                         ApiResponse *error)
{
    const QString id = ids.at(i).toString();
    if (!ids.at(i).isString() || id.isEmpty()) {
        *error = ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::InvalidField),
                QStringLiteral("user_ids[%1] must be a non-empty string").arg(i));
        return nullptr;
    }
    UserRecord *user = state->user(id);
    if (!user)
        *error = ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::UserNotFound),
                QStringLiteral("user_ids[%1]: the user %2 does not exist.").arg(i).arg(id));
    return user;
}

ApiResponse UserAdminService::update(const ApiRequest &request, const QString &userId) const
{
    QJsonObject body;
    ApiResponse error;
    UserRecord *user = RequestBody::parseObjectAbout(request, m_context.state->user(userId),
                                                     userNotFound(userId), &body, &error);
    if (!user)
        return error;
    UserRecord next = *user;
    FieldReader r(body);
    if (r.has(QStringLiteral("description")))
        next.description = r.string(QStringLiteral("description"), FieldReader::Optional, 0, 255);
    if (r.has(QStringLiteral("user_email"))) {
        next.userEmail = r.string(QStringLiteral("user_email"), FieldReader::Optional, 0, 64);
        if (r.ok() && !next.userEmail.isEmpty()) {
            const QString problem = NameRules::email(next.userEmail);
            if (!problem.isEmpty())
                r.fail(ApiErrors::InvalidField,
                       QStringLiteral("user_email '%1' %2").arg(next.userEmail, problem));
        }
    }
    if (r.has(QStringLiteral("user_phone"))) {
        next.userPhone = r.string(QStringLiteral("user_phone"), FieldReader::Optional, 0, 20);
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
        if (r.ok() && !next.userPhone.isEmpty() && !phone.match(next.userPhone).hasMatch())
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral("user_phone '%1' is not a phone number").arg(next.userPhone));
    }
    if (r.has(QStringLiteral("active_type")))
        next.activeType
                = r.oneOf(QStringLiteral("active_type"), FieldReader::Optional,
                          {QStringLiteral("USER_ACTIVATE"), QStringLiteral("ADMIN_ACTIVATE")});
    if (r.has(QStringLiteral("account_expires"))) {
        const QString expires
                = r.string(QStringLiteral("account_expires"), FieldReader::Optional, 1, 32);
        static const QRegularExpression format(
                QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$"));
        if (r.ok() && expires != QLatin1String("0")
            && (!format.match(expires).hasMatch()
                || !QDateTime::fromString(expires, Qt::ISODateWithMs).isValid()))
            r.fail(ApiErrors::InvalidField,
                   QStringLiteral(
                           "account_expires must be \"0\" or yyyy-MM-ddTHH:mm:ssZ (got '%1')")
                           .arg(expires));
        next.accountExpires = expires;
    }
    next.enableChangePassword
            = r.boolean(QStringLiteral("enable_change_password"), next.enableChangePassword);
    next.nextLoginChangePassword
            = r.boolean(QStringLiteral("next_login_change_password"), next.nextLoginChangePassword);
    next.passwordNeverExpired
            = r.boolean(QStringLiteral("password_never_expired"), next.passwordNeverExpired);
    next.disabled = r.boolean(QStringLiteral("disabled"), next.disabled);
    r.string(QStringLiteral("user_info_map"), FieldReader::Optional, 0, 1024);
    if (!r.ok())
        return r.error().toResponse();
    // As for a new user: the activation mail or SMS needs somewhere to go.
    if (next.activeType == QLatin1String("USER_ACTIVATE") && next.userEmail.isEmpty()
        && next.userPhone.isEmpty()) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::MissingField),
                QStringLiteral(
                        "user_email or user_phone is required when active_type is USER_ACTIVATE"));
    }
    if (next.activeType == QLatin1String("ADMIN_ACTIVATE") && !next.hasPassword) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::MissingField),
                QStringLiteral("user %1 has no password: ADMIN_ACTIVATE needs one (reset it "
                               "first)")
                        .arg(next.userName));
    }
    *user = next;
    m_context.state->markDirty();
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("id"), userId}});
}

ApiResponse UserAdminService::actions(const ApiRequest &request, const QString &userId) const
{
    QJsonObject body;
    ApiResponse error;
    UserRecord *user = RequestBody::parseObjectAbout(request, m_context.state->user(userId),
                                                     userNotFound(userId), &body, &error);
    if (!user)
        return error;
    FieldReader r(body);
    const QString op = r.oneOf(
            QStringLiteral("op_type"), FieldReader::Required,
            {QStringLiteral("LOCK"), QStringLiteral("UNLOCK"), QStringLiteral("RESET_PWD")});
    if (!r.ok())
        return r.error().toResponse();
    if (op == QLatin1String("LOCK")) {
        user->locked = true;
    } else if (op == QLatin1String("UNLOCK")) {
        user->locked = false;
    } else {
        // The new password is sent to the user, so there must be somewhere to send it.
        if (user->userEmail.isEmpty() && user->userPhone.isEmpty()) {
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::MissingField),
                    QStringLiteral("user %1 has neither user_email nor user_phone to receive "
                                   "the new password")
                            .arg(user->userName));
        }
        user->hasPassword = true;
        user->nextLoginChangePassword = true;
        user->locked = false;
    }
    m_context.state->markDirty();
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse UserAdminService::randomPassword(const ApiRequest &request, const QString &userId) const
{
    UserRecord *user = m_context.state->user(userId);
    if (!user)
        return userNotFound(userId);
    const QStringList types = request.queryValue(QStringLiteral("notification_type"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &type : types) {
        const QString t = type.trimmed();
        if (t != QLatin1String("email") && t != QLatin1String("phone")) {
            return ApiResponse::error(
                    400, QString::fromLatin1(ApiErrors::InvalidField),
                    QStringLiteral("notification_type must list email and/or phone (got '%1')")
                            .arg(t));
        }
        if ((t == QLatin1String("email") && user->userEmail.isEmpty())
            || (t == QLatin1String("phone") && user->userPhone.isEmpty())) {
            return ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                      QStringLiteral("notification_type %1: user %2 has no %3")
                                              .arg(t, user->userName,
                                                   t == QLatin1String("email")
                                                           ? QStringLiteral("user_email")
                                                           : QStringLiteral("user_phone")));
        }
    }
    // "用户为用户激活模式时必须要带上通知类型".
    if (types.isEmpty() && user->activeType == QLatin1String("USER_ACTIVATE")) {
        return ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::MissingField),
                QStringLiteral("notification_type is required for the USER_ACTIVATE user %1")
                        .arg(user->userName));
    }
    user->hasPassword = true;
    user->nextLoginChangePassword = true;
    user->locked = false;
    m_context.state->markDirty();
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("password"), newPassword()}});
}

ApiResponse UserAdminService::batchDelete(const ApiRequest &request) const
{
    QJsonObject body;
    ApiResponse error;
    if (!RequestBody::parseObject(request, &body, &error))
        return error;
    FieldReader r(body);
    const QJsonArray ids
            = r.array(QStringLiteral("user_ids"), FieldReader::Required, 1, MaxBatchDelete);
    if (!r.ok())
        return r.error().toResponse();
    // Every user is checked before one is deleted: a refused batch deletes nothing.
    QStringList userIds;
    for (int i = 0; i < ids.size(); ++i) {
        ApiResponse error;
        const UserRecord *user = listedUser(m_context.state, ids, i, &error);
        if (!user)
            return error;
        const int desktops = m_context.state->desktopCountForUser(user->userName);
        if (desktops > 0) {
            return ApiResponse::error(
                    409, QString::fromLatin1(ApiErrors::Conflict),
                    QStringLiteral("user_ids[%1]: the user %2 still has %3 desktop(s) assigned; "
                                   "detach them first.")
                            .arg(i)
                            .arg(user->userName)
                            .arg(desktops));
        }
        if (!userIds.contains(user->id))
            userIds.append(user->id);
    }
    for (const QString &id : std::as_const(userIds))
        m_context.state->removeUser(id);
    return ApiResponse::json(200, QJsonObject{});
}

} // namespace wsemu
