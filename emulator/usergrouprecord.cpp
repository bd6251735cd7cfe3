#include "usergrouprecord.h"

#include "seeddata.h"

#include <QSet>

namespace wsemu {

QJsonObject UserGroupRecord::toJson() const
{
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("platform_type"), platformType},
            {QStringLiteral("sid"), sid},
            {QStringLiteral("created_ms"), static_cast<double>(createdMs)},
    };
}

UserGroupRecord UserGroupRecord::fromJson(const QJsonObject &o)
{
    UserGroupRecord g;
    g.id = o.value(QStringLiteral("id")).toString();
    g.name = o.value(QStringLiteral("name")).toString();
    g.description = o.value(QStringLiteral("description")).toString();
    g.platformType = o.value(QStringLiteral("platform_type")).toString(QStringLiteral("LOCAL"));
    g.sid = o.value(QStringLiteral("sid")).toString();
    g.createdMs = static_cast<qint64>(o.value(QStringLiteral("created_ms")).toDouble());
    return g;
}

QList<UserGroupRecord> UserGroupRecord::fromMemberships(const QList<UserRecord> &users,
                                                        qint64 nowMs)
{
    QList<UserGroupRecord> groups;
    QSet<QString> seen;
    for (const UserRecord &u : users) {
        for (const QString &name : u.groupNames) {
            if (name.isEmpty() || seen.contains(name))
                continue;
            seen.insert(name);
            UserGroupRecord g;
            g.name = name;
            g.id = SeedData::stableUuid(QStringLiteral("group:") + name);
            g.sid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-")
                    + QString::number(5000 + groups.size());
            g.createdMs = nowMs - 120LL * 24 * 3600 * 1000;
            groups.append(g);
        }
    }
    return groups;
}

} // namespace wsemu
