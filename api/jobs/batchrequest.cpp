#include "batchrequest.h"

namespace wsc {

namespace BatchRequests {

QString name(BatchRequest request)
{
    switch (request) {
    case BatchRequest::None:
        return {};
    case BatchRequest::Pause:
        return QStringLiteral("pause");
    case BatchRequest::Resume:
        return QStringLiteral("resume");
    case BatchRequest::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

BatchRequest fromName(const QString &name)
{
    for (const BatchRequest r : {BatchRequest::Pause, BatchRequest::Resume, BatchRequest::Cancel}) {
        if (name == BatchRequests::name(r))
            return r;
    }
    return BatchRequest::None;
}

} // namespace BatchRequests

} // namespace wsc
