#include "jobfailures.h"

#include "api/apitr.h"

namespace wsc {

namespace JobFailures {

namespace {

bool isCreate(BatchKind kind)
{
    return kind == BatchKind::Create;
}

/** The service answered "job does not exist" (404) when the job was read. */
bool isLostJob(const BatchItem &item)
{
    return item.errorCode.trimmed().compare(QLatin1String("WKS.00010011"), Qt::CaseInsensitive)
           == 0;
}

ErrorCatalog::Explanation lostJobExplanation(const BatchItem &item, BatchKind kind)
{
    // No sub-job says what became of the desktop: say so, what was looked at instead
    // (DesktopIdBackfill lists the desktops by name when the batch ends) and what a retry sends.
    const QString key
            = QStringLiteral("subjob.%1.job-unknown")
                      .arg(isCreate(kind) ? QLatin1String("create") : QLatin1String("attach"));
    if (!isCreate(kind))
        return {wsc::ApiTr::tr(
                        "The service no longer knows the job that was to assign this desktop, "
                        "so whether it was assigned cannot be read from the job."),
                wsc::ApiTr::tr(
                        "Check the desktop's user in the desktops list; Retry failed sends the "
                        "assignment again."),
                key};
    if (item.computerName.isEmpty())
        return {wsc::ApiTr::tr(
                        "The service no longer knows the job that was to create this desktop, "
                        "so whether it was created cannot be read from the job; it has no "
                        "computer name, so it could not be looked up by name."),
                wsc::ApiTr::tr(
                        "Look for the user's desktops in the desktops list before you retry: "
                        "Retry failed creates one again for the same user."),
                key};
    if (!item.desktopId.isEmpty())
        return {wsc::ApiTr::tr(
                        "The service no longer knows the job that was to create this desktop. "
                        "The desktops were listed by name: %1 exists, in the ERROR state.")
                        .arg(item.computerName),
                wsc::ApiTr::tr(
                        "Retry failed deletes that desktop first, then creates it again with "
                        "the same name and user."),
                key};
    return {wsc::ApiTr::tr(
                    "The service no longer knows the job that was to create this desktop. The "
                    "desktops were listed by name when the batch ended: none is named %1, so "
                    "it was not created.")
                    .arg(item.computerName),
            wsc::ApiTr::tr("Retry failed sends its create again with the same name and user; there "
                           "is nothing to delete first."),
            key};
}

ErrorCatalog::Explanation subJobExplanation(const BatchItem &item, BatchKind kind)
{
    if (isLostJob(item))
        return lostJobExplanation(item, kind);
    // Codes the API error table shares with job errors (quota, conflicts) read as they do there.
    ApiError coded;
    coded.kind = ApiError::Kind::Http;
    coded.errorCode = item.errorCode;
    coded.errorMessage = item.message;
    const ErrorCatalog::Explanation known = ErrorCatalog::explain(coded);
    if (!item.errorCode.isEmpty() && known.key.startsWith(item.errorCode.trimmed().toUpper()))
        return known;

    // The service publishes no table of job error codes: read what its reason says.
    const QString reason = item.message.toLower();
    const QString key = QStringLiteral("subjob.")
                        + (isCreate(kind) ? QLatin1String("create") : QLatin1String("attach"));
    if (reason.contains(QLatin1String("capacity")) || reason.contains(QLatin1String("sold out"))
        || reason.contains(QLatin1String("insufficient")))
        return {wsc::ApiTr::tr("The availability zone has no capacity left for this desktop type."),
                wsc::ApiTr::tr(
                        "Retry the failed desktops later, or in another availability zone or "
                        "with another product."),
                key + QStringLiteral(".capacity")};
    if (reason.contains(QLatin1String("quota")))
        return {wsc::ApiTr::tr("A quota of the project was exceeded while the desktop was made."),
                wsc::ApiTr::tr("Raise the quota or delete unused desktops, then retry the failed "
                               "desktops."),
                key + QStringLiteral(".quota")};
    if (isCreate(kind))
        return {wsc::ApiTr::tr(
                        "The service accepted the desktop but could not finish creating it; it "
                        "is left in an error state."),
                wsc::ApiTr::tr("Read the service's reason below. Retry failed deletes the broken "
                               "desktop first and creates it again with the same name and user."),
                key};
    if (kind != BatchKind::Attach)
        return {wsc::ApiTr::tr("The service could not carry out the action on this desktop."),
                wsc::ApiTr::tr(
                        "Read the service's reason below; Retry failed sends the action again "
                        "for the failed desktops."),
                QStringLiteral("subjob.") + BatchKinds::name(kind)};
    return {wsc::ApiTr::tr("The service could not assign the desktop to the user."),
            wsc::ApiTr::tr(
                    "Read the service's reason below; the desktop can be assigned again with "
                    "Retry failed."),
            key};
}

} // namespace

ErrorCatalog::Explanation explain(const BatchItem &item, BatchKind kind)
{
    const BatchItem::Outcome outcome = item.outcome();
    if (outcome != BatchItem::Outcome::Failed && outcome != BatchItem::Outcome::Refused
        && item.chunkState != ChunkState::Unknown)
        return {};
    const ApiError request = item.requestError();
    if (request.isError())
        return ErrorCatalog::explain(request);
    return subJobExplanation(item, kind);
}

QString describe(const BatchItem &item, BatchKind kind)
{
    const ErrorCatalog::Explanation e = explain(item, kind);
    if (e.cause.isEmpty())
        return {};
    QString out = e.cause;
    if (!e.fix.isEmpty())
        out += QLatin1Char(' ') + e.fix;
    if (item.note() != BatchItem::Note::None)
        out += QLatin1Char('\n') + item.messageText();
    else if (!item.message.isEmpty())
        out += QLatin1Char('\n') + wsc::ApiTr::tr("Service message: %1").arg(item.message);
    if (!item.errorCode.isEmpty() || !item.requestId.isEmpty())
        out += QLatin1Char('\n')
               + wsc::ApiTr::tr("Error code: %1, request id: %2")
                         .arg(item.errorCode.isEmpty() ? QStringLiteral("-") : item.errorCode,
                              item.requestId.isEmpty() ? QStringLiteral("-") : item.requestId);
    return out;
}

QString details(const QString &batchId, const BatchItem &item, BatchKind kind)
{
    // Plain key: value lines in English keys, so that support can read them whatever the UI
    // language; the explanation follows in the UI language.
    QStringList lines;
    lines << QStringLiteral("batch_id: %1").arg(batchId)
          << QStringLiteral("source_row: %1").arg(item.sourceIndex + 1)
          << QStringLiteral("source_line: %1").arg(item.sourceLine)
          << QStringLiteral("user_name: %1").arg(item.userName)
          << QStringLiteral("computer_name: %1").arg(item.computerName)
          << QStringLiteral("desktop_id: %1").arg(item.desktopId)
          << QStringLiteral("job_id: %1").arg(item.jobId)
          << QStringLiteral("sub_job_id: %1").arg(item.subJobId)
          << QStringLiteral("status: %1").arg(item.statusName())
          << QStringLiteral("outcome: %1").arg(BatchItem::outcomeName(item.outcome()))
          << QStringLiteral("error_code: %1").arg(item.errorCode)
          << QStringLiteral("message: %1").arg(item.messageText())
          << QStringLiteral("request_id: %1").arg(item.requestId);
    const QString text = describe(item, kind);
    if (!text.isEmpty())
        lines << QString() << text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace JobFailures

} // namespace wsc
