#pragma once

#include <QMetaType>
#include <QString>

namespace wsc {

/**
 * Where one chunk of a batch stands. Planned: not applied (safe to send). Sent: on the wire, the
 * outcome not yet known. Accepted: the service returned a job id. Failed: refused, not applied.
 * Unknown: the outcome is unknown and being reconciled. Done: every desktop of the chunk is
 * accounted for (job finished, or found on the server). Cancelled: never sent, by request.
 */
enum class ChunkState { Planned, Sent, Accepted, Failed, Unknown, Done, Cancelled };

/** Names and rules of ChunkState, for the state machine, the journal and the UI. */
namespace ChunkStates {

/** Stable lower-case name for journals and wsctl ("planned", "sent", ...). */
QString name(ChunkState state);
/** Parses name(); false when unknown. */
bool fromName(const QString &name, ChunkState *out);
/** Translated name for people. */
QString displayName(ChunkState state);
/** The transitions the state machine allows. */
bool canTransition(ChunkState from, ChunkState to);
/** Nothing more will happen to the chunk without a person deciding (Done, Failed, Cancelled). */
bool isSettled(ChunkState state);

} // namespace ChunkStates

} // namespace wsc

Q_DECLARE_METATYPE(wsc::ChunkState)
