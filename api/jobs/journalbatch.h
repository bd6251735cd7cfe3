#pragma once

#include "batchkind.h"
#include "batchrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * One batch as the JobJournal keeps it, apart from its chunks and items: where it came from,
 * whether it is finished or paused, what another process asked of it, and who runs it now.
 */
struct JournalBatch
{
    QString id;       ///< BatchPlan::id
    QString parentId; ///< the batch it retries, else empty
    BatchKind kind = BatchKind::Create;
    QString profile;
    QString title;    ///< English, for people reading the file; the UI makes its own
    QString origin;   ///< BatchSource::origin
    QList<int> lines; ///< BatchSource::lines
    int cap = 0;      ///< desktops per request when planned
    int sourceCount = 0;
    QDateTime created;
    QDateTime finished; ///< invalid while unfinished
    bool paused = false;
    /** What a process that does not run the batch asked of the one that does. */
    BatchRequest request = BatchRequest::None;
    /** Desktops left in ERROR by the batch it retries: deleted before anything is sent. */
    QStringList cleanup;
    // The lease: which process runs the batch, until when (renewed while it runs).
    QString owner;
    QString ownerHost;
    qint64 ownerPid = 0;
    QDateTime leaseUntil;
};

} // namespace wsc
