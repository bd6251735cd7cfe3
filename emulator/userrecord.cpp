#include "userrecord.h"

#include <QDateTime>
#include <QJsonArray>

namespace wsemu {

qint64 UserRecord::accountExpiresMs() const
{
    if (accountExpires.isEmpty() || accountExpires == QLatin1String("0"))
        return 0;
    QDateTime when = QDateTime::fromString(accountExpires, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(accountExpires, Qt::ISODate);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QJsonObject UserRecord::toJson() const
{
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("sid"), sid},
            {QStringLiteral("user_name"), userName},
            {QStringLiteral("user_email"), userEmail},
            {QStringLiteral("user_phone"), userPhone},
            {QStringLiteral("description"), description},
            {QStringLiteral("alias_name"), aliasName},
            {QStringLiteral("active_type"), activeType},
            {QStringLiteral("account_expires"), accountExpires},
            {QStringLiteral("enable_change_password"), enableChangePassword},
            {QStringLiteral("next_login_change_password"), nextLoginChangePassword},
            {QStringLiteral("password_never_expired"), passwordNeverExpired},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("has_password"), hasPassword},
            {QStringLiteral("group_names"), QJsonArray::fromStringList(groupNames)},
            {QStringLiteral("enterprise_project_id"), enterpriseProjectId},
            {QStringLiteral("created_ms"), static_cast<double>(createdMs)},
    };
}

UserRecord UserRecord::fromJson(const QJsonObject &o)
{
    UserRecord u;
    u.id = o.value(QStringLiteral("id")).toString();
    u.sid = o.value(QStringLiteral("sid")).toString();
    u.userName = o.value(QStringLiteral("user_name")).toString();
    u.userEmail = o.value(QStringLiteral("user_email")).toString();
    u.userPhone = o.value(QStringLiteral("user_phone")).toString();
    u.description = o.value(QStringLiteral("description")).toString();
    u.aliasName = o.value(QStringLiteral("alias_name")).toString();
    u.activeType = o.value(QStringLiteral("active_type")).toString();
    u.accountExpires = o.value(QStringLiteral("account_expires")).toString();
    u.enableChangePassword = o.value(QStringLiteral("enable_change_password")).toBool();
    u.nextLoginChangePassword = o.value(QStringLiteral("next_login_change_password")).toBool();
    u.passwordNeverExpired = o.value(QStringLiteral("password_never_expired")).toBool();
    u.locked = o.value(QStringLiteral("locked")).toBool();
    u.disabled = o.value(QStringLiteral("disabled")).toBool();
    u.hasPassword = o.value(QStringLiteral("has_password")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("group_names")).toArray())
        u.groupNames.append(v.toString());
    u.enterpriseProjectId = o.value(QStringLiteral("enterprise_project_id")).toString();
    u.createdMs = static_cast<qint64>(o.value(QStringLiteral("created_ms")).toDouble());
    return u;
}

} // namespace wsemu
