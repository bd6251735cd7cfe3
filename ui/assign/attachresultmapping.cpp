#include "attachresultmapping.h"

#include "models/rules/attacherrorlocator.h"

#include <QHash>

#include <algorithm>

namespace wsc {

namespace AttachResultMapping {

namespace {

/**
 * Items refused by one request share its chunk and its error: the chunk tells two requests with
 * the same error apart, the error tells a chunk's last refusal from an earlier one.
 */
QString requestKey(const BatchItem &item, const ApiError &error)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(item.chunk)
            .arg(error.httpStatus)
            .arg(error.requestId, error.errorCode, error.errorMessage);
}

QString desktopOf(const BatchItem &item, const QStringList &sentDesktopIds)
{
    const QString sent = sentDesktopIds.value(item.sourceIndex);
    return sent.isEmpty() ? item.desktopId : sent;
}

} // namespace

QList<RowResult> map(const QList<BatchItem> &items, const QStringList &sentDesktopIds)
{
    // The source indexes of every refused request, sorted: desktops[k] of its body.
    QHash<QString, QList<int>> refusedRequests;
    for (const BatchItem &item : items) {
        const ApiError error = item.requestError();
        if (error.isError())
            refusedRequests[requestKey(item, error)].append(item.sourceIndex);
    }
    for (QList<int> &sources : refusedRequests)
        std::sort(sources.begin(), sources.end());

    QStringList idOfSource = sentDesktopIds;
    for (const BatchItem &item : items) {
        if (item.sourceIndex >= 0 && item.sourceIndex >= idOfSource.size())
            idOfSource.resize(item.sourceIndex + 1);
        if (item.sourceIndex >= 0 && idOfSource.at(item.sourceIndex).isEmpty())
            idOfSource[item.sourceIndex] = item.desktopId;
    }

    const auto refused = [&](const BatchItem &item, RowResult &r) {
        r.error = item.requestError();
        const QList<int> named = AttachErrorLocator::locate(
                item.message, refusedRequests.value(requestKey(item, r.error)), idOfSource);
        if (named.isEmpty() || named.contains(item.sourceIndex)) {
            r.kind = RowResult::Kind::Refused;
            return;
        }
        r.kind = RowResult::Kind::NotApplied;
        r.culpritSourceIndex = named.first();
        r.culpritDesktopId = idOfSource.value(named.first());
    };

    QList<RowResult> out;
    out.reserve(items.size());
    for (const BatchItem &item : items) {
        RowResult r;
        r.sourceIndex = item.sourceIndex;
        r.desktopId = desktopOf(item, sentDesktopIds);
        r.errorCode = item.errorCode;
        r.message = item.messageText();
        switch (item.outcome()) {
        case BatchItem::Outcome::Pending:
        case BatchItem::Outcome::Running:
            r.kind = RowResult::Kind::InProgress;
            break;
        case BatchItem::Outcome::Succeeded:
            r.kind = RowResult::Kind::Assigned;
            break;
        case BatchItem::Outcome::Cancelled:
            r.kind = RowResult::Kind::Cancelled;
            break;
        case BatchItem::Outcome::Refused:
            // The service refused the request before any job: the error goes on the desktop
            // it names, the others of that request were not applied.
            refused(item, r);
            break;
        case BatchItem::Outcome::Failed:
            if (item.requestError().isError())
                refused(item, r); // not sent after every retry (a refused connection, a 401)
            else
                r.kind = RowResult::Kind::JobFailed; // accepted; the desktop's job failed
            break;
        }
        out.append(r);
    }
    return out;
}

} // namespace AttachResultMapping

} // namespace wsc
