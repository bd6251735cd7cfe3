#pragma once

#include "userrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace wsemu {

// Membership is kept on the users (UserRecord::groupNames, what ListUsers filters on and shows),
// so a group holds only its own fields; renaming or deleting a group updates its members.
/** One user group of the Workspace directory. */
struct UserGroupRecord
{
    QString id;
    QString name;
    QString description;
    QString platformType = QStringLiteral("LOCAL"); // LOCAL | AD
    QString sid;
    qint64 createdMs = 0;

    QJsonObject toJson() const;
    static UserGroupRecord fromJson(const QJsonObject &object);
    /** The groups that @p users name (seed tenants and state files written before groups). */
    static QList<UserGroupRecord> fromMemberships(const QList<UserRecord> &users, qint64 nowMs);
};

} // namespace wsemu
