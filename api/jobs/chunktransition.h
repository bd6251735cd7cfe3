#pragma once

#include "chunkstate.h"

#include "api/http/apierror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wsc {

/** One state change of a chunk, as a journal records it. */
struct ChunkTransition
{
    int chunk = 0;
    ChunkState from = ChunkState::Planned;
    ChunkState to = ChunkState::Planned;
    QString jobId;         ///< the job id when Accepted (or found), else empty
    QByteArray bodyDigest; ///< SHA-256 (hex) of the exact body the chunk holds now
    ApiError error;
    QList<int> sourceIndexes; ///< the desktops the body carries
};

} // namespace wsc

Q_DECLARE_METATYPE(wsc::ChunkTransition)
