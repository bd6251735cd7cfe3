#include "subjobquery.h"

#include "querywriter.h"

namespace wsc {

QList<QPair<QString, QString>> SubJobQuery::toQuery() const
{
    QueryWriter q;
    q.text("job_id", jobId);
    q.text("job_type", jobType);
    q.text("status", status);
    q.text("desktop_pool_id", desktopPoolId);
    q.number("offset", offset);
    q.number("limit", limit);
    return q.items();
}

} // namespace wsc
