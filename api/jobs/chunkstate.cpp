#include "chunkstate.h"

#include "api/apitr.h"

namespace wsc {

namespace ChunkStates {

QString name(ChunkState state)
{
    switch (state) {
    case ChunkState::Planned:
        return QStringLiteral("planned");
    case ChunkState::Sent:
        return QStringLiteral("sent");
    case ChunkState::Accepted:
        return QStringLiteral("accepted");
    case ChunkState::Failed:
        return QStringLiteral("failed");
    case ChunkState::Unknown:
        return QStringLiteral("unknown");
    case ChunkState::Done:
        return QStringLiteral("done");
    case ChunkState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool fromName(const QString &text, ChunkState *out)
{
    for (const ChunkState s :
         {ChunkState::Planned, ChunkState::Sent, ChunkState::Accepted, ChunkState::Failed,
          ChunkState::Unknown, ChunkState::Done, ChunkState::Cancelled}) {
        if (name(s) == text) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString displayName(ChunkState state)
{
    switch (state) {
    case ChunkState::Planned:
        return ApiTr::tr("Planned");
    case ChunkState::Sent:
        return ApiTr::tr("Sent");
    case ChunkState::Accepted:
        return ApiTr::tr("Accepted");
    case ChunkState::Failed:
        return ApiTr::tr("Failed");
    case ChunkState::Unknown:
        return ApiTr::tr("Checking");
    case ChunkState::Done:
        return ApiTr::tr("Done");
    case ChunkState::Cancelled:
        return ApiTr::tr("Cancelled");
    }
    return {};
}

bool canTransition(ChunkState from, ChunkState to)
{
    switch (from) {
    case ChunkState::Planned:
        return to == ChunkState::Sent || to == ChunkState::Cancelled;
    case ChunkState::Sent:
        // Back to Planned only when the request surely was not applied (429 after retries).
        return to == ChunkState::Accepted || to == ChunkState::Failed || to == ChunkState::Unknown
               || to == ChunkState::Planned;
    case ChunkState::Unknown:
        // Reconciled: all there (Done), some or none there (Planned with the missing ones),
        // the lost request's job found on the service (Accepted, followed like any job), or
        // still unknown (Unknown again, with the new error).
        return to == ChunkState::Done || to == ChunkState::Planned || to == ChunkState::Accepted
               || to == ChunkState::Unknown;
    case ChunkState::Accepted:
        return to == ChunkState::Done;
    case ChunkState::Failed:
    case ChunkState::Cancelled:
        return to == ChunkState::Planned; // a person retries or resumes
    case ChunkState::Done:
        return false;
    }
    return false;
}

bool isSettled(ChunkState state)
{
    return state == ChunkState::Done || state == ChunkState::Failed
           || state == ChunkState::Cancelled;
}

} // namespace ChunkStates

} // namespace wsc
