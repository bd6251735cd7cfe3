#include "subjobrecord.h"

namespace wsemu {

qint64 SubJobRecord::settleMs() const
{
    if (!willFail)
        return endMs;
    return startMs + static_cast<qint64>(static_cast<double>(endMs - startMs) * failPoint);
}

QJsonObject SubJobRecord::toJson() const
{
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("job_id"), jobId},
            {QStringLiteral("job_type"), jobType},
            {QStringLiteral("desktop_id"), desktopId},
            {QStringLiteral("user_name"), userName},
            {QStringLiteral("desktop_name"), desktopName},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("ip_address"), ipAddress},
            {QStringLiteral("start_ms"), static_cast<double>(startMs)},
            {QStringLiteral("end_ms"), static_cast<double>(endMs)},
            {QStringLiteral("will_fail"), willFail},
            {QStringLiteral("fail_point"), failPoint},
            {QStringLiteral("error_code"), errorCode},
            {QStringLiteral("fail_reason"), failReason},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("status"), status},
            {QStringLiteral("process"), process},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("finished_ms"), static_cast<double>(finishedMs)},
    };
}

SubJobRecord SubJobRecord::fromJson(const QJsonObject &o)
{
    SubJobRecord s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.jobId = o.value(QStringLiteral("job_id")).toString();
    s.jobType = o.value(QStringLiteral("job_type")).toString();
    s.desktopId = o.value(QStringLiteral("desktop_id")).toString();
    s.userName = o.value(QStringLiteral("user_name")).toString();
    s.desktopName = o.value(QStringLiteral("desktop_name")).toString();
    s.productId = o.value(QStringLiteral("product_id")).toString();
    s.ipAddress = o.value(QStringLiteral("ip_address")).toString();
    s.startMs = static_cast<qint64>(o.value(QStringLiteral("start_ms")).toDouble());
    s.endMs = static_cast<qint64>(o.value(QStringLiteral("end_ms")).toDouble());
    s.willFail = o.value(QStringLiteral("will_fail")).toBool();
    s.failPoint = o.value(QStringLiteral("fail_point")).toDouble(1.0);
    s.errorCode = o.value(QStringLiteral("error_code")).toString();
    s.failReason = o.value(QStringLiteral("fail_reason")).toString();
    s.payload = o.value(QStringLiteral("payload")).toObject();
    s.status = o.value(QStringLiteral("status")).toString();
    s.process = o.value(QStringLiteral("process")).toInt();
    s.finished = o.value(QStringLiteral("finished")).toBool();
    s.finishedMs = static_cast<qint64>(o.value(QStringLiteral("finished_ms")).toDouble());
    return s;
}

} // namespace wsemu
