#include "batchoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

namespace {

void clearRequestError(BatchItem &item)
{
    item.errorKind.clear();
    item.httpStatus = 0;
    item.errorCode.clear();
    item.message.clear();
    item.requestId.clear();
}

bool same(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

namespace BatchOutcome {

QList<BatchItem> itemsOf(const BatchPlan &plan, const BatchSource &source)
{
    QList<BatchItem> items;
    for (const BatchChunk &c : plan.chunks) {
        const QJsonObject body = QJsonDocument::fromJson(c.body).object();
        const QJsonArray desktops = body.value(QStringLiteral("desktops")).toArray();
        // Day-2 requests name their desktops by id only (desktop_ids[]).
        const QJsonArray ids = body.value(QStringLiteral("desktop_ids")).toArray();
        for (int p = 0; p < c.sourceIndexes.size(); ++p) {
            const QJsonObject d = desktops.at(p).toObject();
            BatchItem i;
            i.sourceIndex = c.sourceIndexes.at(p);
            i.sourceLine = source.lineOf(i.sourceIndex);
            i.chunk = c.index;
            i.chunkState = c.state;
            i.userName = d.value(QStringLiteral("user_name")).toString();
            i.computerName = d.value(QStringLiteral("computer_name")).toString();
            i.desktopId = d.value(QStringLiteral("desktop_id")).toString();
            if (i.desktopId.isEmpty())
                i.desktopId = ids.at(p).toString();
            if (i.computerName.isEmpty())
                i.computerName = source.names.value(i.sourceIndex);
            items.append(i);
        }
    }
    return items;
}

bool applyTransition(BatchItem &item, const ChunkTransition &t)
{
    item.chunk = t.chunk;
    item.chunkState = t.to;
    if (t.to == ChunkState::Accepted && !t.jobId.isEmpty())
        item.jobId = t.jobId;
    if (item.subJobStatus != SubJobStatus::None)
        return true; // the service's account of the desktop stands; the chunk state is kept
    if ((t.to == ChunkState::Failed || t.to == ChunkState::Unknown) && t.error.isError()) {
        item.errorKind = ApiError::kindName(t.error.kind);
        item.httpStatus = t.error.httpStatus;
        item.errorCode = t.error.errorCode;
        item.message = t.error.errorMessage.isEmpty() ? t.error.detail : t.error.errorMessage;
        item.requestId = t.error.requestId;
    } else if (t.to == ChunkState::Accepted || t.to == ChunkState::Done
               || t.to == ChunkState::Planned) {
        if (!item.errorKind.isEmpty())
            clearRequestError(item);
    }
    if (t.to == ChunkState::Done)
        item.process = 100;
    return true;
}

bool applyConfirmed(BatchItem &item)
{
    if (item.subJobStatus != SubJobStatus::None || item.chunkState == ChunkState::Done)
        return false;
    item.chunkState = ChunkState::Done;
    item.process = 100;
    clearRequestError(item);
    return true;
}

void applySubJob(BatchItem &item, const SubJobInfo &sub)
{
    item.subJobId = sub.id;
    if (!sub.jobId.isEmpty())
        item.jobId = sub.jobId;
    item.subJobStatus = SubJobStatuses::fromName(sub.status);
    if (item.subJobStatus == SubJobStatus::None)
        item.subJobStatus = SubJobStatus::Running; // a status we do not know: not ended
    if (SubJobStatuses::isTerminal(item.subJobStatus))
        item.process = 100;
    else if (sub.process)
        item.process = qBound(0, *sub.process, 100);
    clearRequestError(item);
    if (item.subJobStatus == SubJobStatus::Failed) {
        item.errorCode = sub.errorCode;
        item.message = sub.failReason.isEmpty() ? sub.message : sub.failReason;
    }
    if (!sub.desktopId.isEmpty())
        item.desktopId = sub.desktopId;
    if (!sub.computerName.isEmpty())
        item.computerName = sub.computerName;
    if (item.userName.isEmpty() && !sub.userName.isEmpty())
        item.userName = sub.userName;
}

bool applyUnreportedEnd(BatchItem &item, const JobInfo &job)
{
    if (SubJobStatuses::isTerminal(item.subJobStatus))
        return false;
    const bool ok = SubJobStatuses::fromName(job.status) == SubJobStatus::Success;
    item.jobId = job.id;
    item.subJobStatus = ok ? SubJobStatus::Success : SubJobStatus::Failed;
    item.process = 100;
    clearRequestError(item);
    if (!ok) {
        item.errorCode = job.errorCode;
        if (job.failReason.isEmpty())
            item.setNote(BatchItem::Note::JobEndedUnreported);
        else
            item.message = job.failReason;
    }
    return true;
}

int matchSubJob(const QList<const BatchItem *> &candidates, const SubJobInfo &sub)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (same(candidates.at(i)->subJobId, sub.id))
            return i;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        if (same(candidates.at(i)->desktopId, sub.desktopId))
            return i;
    }
    const auto free = [&](int i) { return candidates.at(i)->subJobId.isEmpty(); };
    for (int i = 0; i < candidates.size(); ++i) {
        if (free(i) && same(candidates.at(i)->computerName, sub.computerName))
            return i;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        if (free(i) && same(candidates.at(i)->userName, sub.userName))
            return i;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const BatchItem *c = candidates.at(i);
        if (free(i) && c->userName.isEmpty() && c->computerName.isEmpty() && c->desktopId.isEmpty())
            return i;
    }
    return -1;
}

int takeSubJob(QList<BatchItem> &items, const QList<int> &rows, const SubJobInfo &subJob)
{
    QList<const BatchItem *> candidates;
    candidates.reserve(rows.size());
    for (int r : rows)
        candidates.append(&items.at(r));
    const int at = matchSubJob(candidates, subJob);
    if (at < 0)
        return -1;
    applySubJob(items[rows.at(at)], subJob);
    return rows.at(at);
}

void summarize(const QList<BatchItem> &items, BatchSummary *s)
{
    s->desktops = static_cast<int>(items.size());
    s->succeeded = s->failed = s->refused = s->running = s->pending = s->cancelled = 0;
    qint64 progress = 0;
    for (const BatchItem &i : items) {
        BatchItem::Outcome o = i.outcome();
        if (s->isFinished()
            && (o == BatchItem::Outcome::Running || o == BatchItem::Outcome::Pending))
            o = BatchItem::Outcome::Failed;
        switch (o) {
        case BatchItem::Outcome::Succeeded:
            ++s->succeeded;
            progress += 100;
            break;
        case BatchItem::Outcome::Failed:
            ++s->failed;
            progress += 100;
            break;
        case BatchItem::Outcome::Refused:
            ++s->refused;
            break;
        case BatchItem::Outcome::Cancelled:
            ++s->cancelled;
            break;
        case BatchItem::Outcome::Pending:
            ++s->pending;
            break;
        case BatchItem::Outcome::Running:
            ++s->running;
            progress += qBound(0, i.process, 99);
            break;
        }
    }
    // Progress is over the desktops the service was asked to act on: refused and cancelled ones
    // are not work left, and a batch refused whole has made no progress at all.
    const int acted = s->desktops - s->refused - s->cancelled;
    if (acted > 0)
        s->progress = static_cast<int>(progress / acted);
    else
        s->progress = s->refused > 0 ? 0 : 100;
}

} // namespace BatchOutcome

} // namespace wsc
