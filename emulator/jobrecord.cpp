#include "jobrecord.h"

#include <QJsonArray>

namespace wsemu {

QJsonObject JobRecord::toJson() const
{
    QJsonArray subs;
    for (const SubJobRecord &sub : subJobs)
        subs.append(sub.toJson());
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("job_type"), jobType},
            {QStringLiteral("created_ms"), static_cast<double>(createdMs)},
            {QStringLiteral("sub_jobs"), subs},
            {QStringLiteral("status"), status},
            {QStringLiteral("begin_ms"), static_cast<double>(beginMs)},
            {QStringLiteral("end_ms"), static_cast<double>(endMs)},
            {QStringLiteral("error_code"), errorCode},
            {QStringLiteral("fail_reason"), failReason},
    };
}

JobRecord JobRecord::fromJson(const QJsonObject &o)
{
    JobRecord j;
    j.id = o.value(QStringLiteral("id")).toString();
    j.jobType = o.value(QStringLiteral("job_type")).toString();
    j.createdMs = static_cast<qint64>(o.value(QStringLiteral("created_ms")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("sub_jobs")).toArray())
        j.subJobs.append(SubJobRecord::fromJson(v.toObject()));
    j.status = o.value(QStringLiteral("status")).toString();
    j.beginMs = static_cast<qint64>(o.value(QStringLiteral("begin_ms")).toDouble());
    j.endMs = static_cast<qint64>(o.value(QStringLiteral("end_ms")).toDouble());
    j.errorCode = o.value(QStringLiteral("error_code")).toString();
    j.failReason = o.value(QStringLiteral("fail_reason")).toString();
    return j;
}

} // namespace wsemu
