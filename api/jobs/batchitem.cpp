#include "batchitem.h"

#include "api/apitr.h"
#include "models/i18n/glossary.h"

namespace wsc {

namespace {

// Markers that no service reason looks like; journals keep them as they are.
const QLatin1String JobEndedUnreportedMarker("@wsc:job-ended-unreported");
const QLatin1String DesktopInErrorMarker("@wsc:desktop-in-error");

} // namespace

BatchItem::Outcome BatchItem::outcome() const
{
    // The service's word on the desktop wins over anything the client concluded.
    switch (subJobStatus) {
    case SubJobStatus::Success:
        return Outcome::Succeeded;
    case SubJobStatus::Failed:
        return Outcome::Failed;
    case SubJobStatus::Waiting:
    case SubJobStatus::Running:
        return Outcome::Running;
    case SubJobStatus::None:
        break;
    }
    switch (chunkState) {
    case ChunkState::Planned:
        return Outcome::Pending;
    case ChunkState::Sent:
    case ChunkState::Accepted:
    case ChunkState::Unknown:
        return Outcome::Running;
    case ChunkState::Done:
        // Found on the service by a lookup, without a sub-job of its own.
        return Outcome::Succeeded;
    case ChunkState::Failed:
        return isRefusal(requestError()) ? Outcome::Refused : Outcome::Failed;
    case ChunkState::Cancelled:
        return Outcome::Cancelled;
    }
    return Outcome::Running;
}

ApiError BatchItem::requestError() const
{
    ApiError e;
    if (errorKind.isEmpty())
        return e;
    if (!ApiError::kindFromName(errorKind, &e.kind))
        e.kind = ApiError::Kind::Network;
    e.httpStatus = httpStatus;
    e.errorCode = errorCode;
    e.errorMessage = message;
    e.requestId = requestId;
    return e;
}

BatchItem::Note BatchItem::note() const
{
    if (message == JobEndedUnreportedMarker)
        return Note::JobEndedUnreported;
    if (message == DesktopInErrorMarker)
        return Note::DesktopInError;
    return Note::None;
}

void BatchItem::setNote(Note note)
{
    switch (note) {
    case Note::None:
        message.clear();
        break;
    case Note::JobEndedUnreported:
        message = JobEndedUnreportedMarker;
        break;
    case Note::DesktopInError:
        message = DesktopInErrorMarker;
        break;
    }
}

QString BatchItem::messageText() const
{
    switch (note()) {
    case Note::JobEndedUnreported:
        return ApiTr::tr("The job ended without reporting this desktop.");
    case Note::DesktopInError:
        return ApiTr::tr("The service shows the desktop in the “%1” state.")
                .arg(Glossary::desktopStatus(QStringLiteral("ERROR")));
    case Note::None:
        break;
    }
    return message;
}

QString BatchItem::statusName() const
{
    if (subJobStatus != SubJobStatus::None)
        return SubJobStatuses::name(subJobStatus);
    return ChunkStates::name(chunkState);
}

QString BatchItem::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool BatchItem::isRefusal(const ApiError &error)
{
    // 429 is the gateway's "not now" and 401 the credentials' fault (the client renews a token
    // by itself; a profile fixed afterwards makes the same request good): neither is a verdict
    // on the request itself.
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500
           && error.httpStatus != 429 && error.httpStatus != 401;
}

} // namespace wsc
