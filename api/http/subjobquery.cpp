#include "subjobquery.h"

namespace wsc {

QList<QPair<QString, QString>> SubJobQuery::toQuery() const
{
    QList<QPair<QString, QString>> q;
    if (!jobId.isEmpty())
        q.append({QStringLiteral("job_id"), jobId});
    if (!jobType.isEmpty())
        q.append({QStringLiteral("job_type"), jobType});
    if (!status.isEmpty())
        q.append({QStringLiteral("status"), status});
    if (!desktopPoolId.isEmpty())
        q.append({QStringLiteral("desktop_pool_id"), desktopPoolId});
    if (offset)
        q.append({QStringLiteral("offset"), QString::number(*offset)});
    if (limit)
        q.append({QStringLiteral("limit"), QString::number(*limit)});
    return q;
}

} // namespace wsc
