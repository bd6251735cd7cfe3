#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace wsc {

/** One quota of the tenant (ShowQuotas resources[]): how much of a resource type is used. */
struct Quota
{
    QString type;      ///< e.g. general_instances, cores, Memory, volume_gigabytes, users
    qint64 quota = -1; ///< -1: unlimited or unknown
    qint64 used = 0;
    QString unit;

    /** What is left, or -1 when unlimited. */
    qint64 remaining() const { return quota < 0 ? -1 : qMax<qint64>(0, quota - used); }

    static Quota fromJson(const QJsonValue &value);
    /** Reads the whole ShowQuotas body ({"quotas":{"resources":[...]}}). */
    static QList<Quota> listFromJson(const QJsonValue &body);
};

} // namespace wsc
