#pragma once

#include "chunkstate.h"

#include "api/http/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wsc {

/** One API request of a batch: its exact body, where its desktops came from, and its state. */
struct BatchChunk
{
    int index = 0;
    ChunkState state = ChunkState::Planned;
    QByteArray body;          ///< the exact bytes to send (next); replaced by a smaller resend
    QList<int> sourceIndexes; ///< source index of each desktops[] entry of body, in order
    QList<int> confirmedSourceIndexes; ///< found on the server by reconciliation
    QStringList jobIds;                ///< every job this chunk produced (resends add more)
    /** Desktops per user before the first send, for chunks without computer names. */
    QMap<QString, int> userBaseline;
    bool baselineTaken = false;
    ApiError error; ///< the last error
    int sends = 0;  ///< bodies sent so far

    /** SHA-256 (hex) of body: what the journal records next to each transition. */
    QByteArray bodyDigest() const;
    QJsonObject toJson() const;
    static BatchChunk fromJson(const QJsonObject &object);
};

} // namespace wsc
