#include "errorcatalog.h"

#include "api/apitr.h"

namespace wsc {

namespace ErrorCatalog {

namespace {

Explanation byCode(const ApiError &e)
{
    QString code = e.errorCode.trimmed().toUpper();
    // Older gateways spell the prefix APIGW (TF issue #230).
    if (code.startsWith(QLatin1String("APIGW.")))
        code = QStringLiteral("APIG.") + code.mid(6);
    const QString message = e.errorMessage.toLower();

    if (code == QLatin1String("APIG.0101"))
        return {ApiTr::tr("The gateway does not know this API: the address or path is wrong, or "
                          "the service is not offered in this region."),
                ApiTr::tr("Check the region and the Workspace endpoint in the connection profile."),
                code};
    if (code == QLatin1String("APIG.0201"))
        return {ApiTr::tr("The gateway rejected the request as malformed or too large."),
                ApiTr::tr("Send fewer desktops per request, or report the request id to support."),
                code};
    if (code == QLatin1String("APIG.0301")) {
        if (message.contains(QLatin1String("token expire")))
            return {ApiTr::tr("The IAM token has expired."),
                    ApiTr::tr("The console renews tokens by itself; if this repeats, check the "
                              "computer's clock and sign in again."),
                    code + QStringLiteral(".expired")};
        if (message.contains(QLatin1String("x-sdk-date"))
            || message.contains(QLatin1String("15 minutes")))
            return {ApiTr::tr("The request's time stamp is more than 15 minutes away from the "
                              "service's clock."),
                    ApiTr::tr("Set this computer's clock right (turn on automatic time "
                              "synchronisation), then try again."),
                    code + QStringLiteral(".clock")};
        if (message.contains(QLatin1String("signature")) || message.contains(QLatin1String("aksk")))
            return {ApiTr::tr("The AK/SK signature was rejected: the secret key does not match the "
                              "access key, or the computer's clock is more than 15 minutes off."),
                    ApiTr::tr("Check the AK and SK in the profile and synchronise the clock. After "
                              "more than five failures in a row the key is locked for a while."),
                    code + QStringLiteral(".signature")};
        return {ApiTr::tr("The gateway could not authenticate the request."),
                ApiTr::tr("Check the credentials of the connection profile."), code};
    }
    if (code == QLatin1String("APIG.0308"))
        return {ApiTr::tr("Too many requests: the gateway's rate limit was reached. The request "
                          "was not carried out."),
                ApiTr::tr("Wait a few seconds; the console slows down and sends it again."), code};
    if (code == QLatin1String("APIG.0203"))
        return {ApiTr::tr("The service behind the gateway did not answer in time."),
                ApiTr::tr("Check whether the operation happened before repeating it; try again "
                          "later."),
                code};
    if (code == QLatin1String("WKS.0001"))
        return {ApiTr::tr("The service found the request empty or a referenced resource missing."),
                ApiTr::tr("Check the request fields named in the message."), code};
    if (code == QLatin1String("WKS.0407"))
        return {ApiTr::tr("Disks are being added to the desktop, so it cannot be changed now."),
                ApiTr::tr("Wait until the disk operation has finished, then try again."), code};
    if (code == QLatin1String("WKS.00010032"))
        return {ApiTr::tr("The desktop's current state does not allow this operation (for example, "
                          "it is already assigned or busy with another task)."),
                ApiTr::tr("Refresh the desktop list, wait for running tasks to end, and choose "
                          "desktops that are free."),
                code};
    if (code == QLatin1String("WKS.00010099"))
        return {ApiTr::tr("The Workspace service is not enabled (or is locked) for this project."),
                ApiTr::tr(
                        "Enable or unlock Workspace in the Huawei Cloud console for this region."),
                code};
    if (code == QLatin1String("WKS.00170312") || code == QLatin1String("WKS.00170117"))
        return {ApiTr::tr("The user or tenant no longer exists in the Workspace directory."),
                ApiTr::tr("Refresh the user list; create the user again if needed."), code};
    if (code == QLatin1String("WKS.00170110"))
        return {ApiTr::tr("A user of that name exists already in the Workspace directory."),
                ApiTr::tr("Use the existing user, or choose another name."), code};
    if (code == QLatin1String("WKS.00170208"))
        return {ApiTr::tr("The user group does not exist."),
                ApiTr::tr("Choose an existing user group."), code};
    if (code == QLatin1String("WKS.0202") || code == QLatin1String("WKS.0915"))
        return {ApiTr::tr("A resource the request refers to (such as an organisational unit) was "
                          "not found."),
                ApiTr::tr("Check the AD settings of the Workspace service."), code};
    if (code.startsWith(QLatin1String("WKS.0008110")))
        return {ApiTr::tr("A policy group conflicts with an existing one, exceeds a limit, or does "
                          "not exist."),
                ApiTr::tr("Review the policy groups of the tenant."), code};
    return {};
}

Explanation byStatus(const ApiError &e)
{
    const QString key = QStringLiteral("http.%1").arg(e.httpStatus);
    switch (e.httpStatus) {
    case 400:
        return {ApiTr::tr("The service rejected the request as invalid."),
                ApiTr::tr("Correct the field named in the message and send it again."), key};
    case 401:
        return {ApiTr::tr("The request was not authenticated."),
                ApiTr::tr("Check the credentials and the computer's clock."), key};
    case 403:
        return {ApiTr::tr("The account is not allowed to do this."),
                ApiTr::tr("Ask an administrator for the Workspace permissions of this project."),
                key};
    case 404:
        return {ApiTr::tr("The resource or API was not found."),
                ApiTr::tr("Refresh the view; check the region, endpoint and project id."), key};
    case 409:
        return {ApiTr::tr("The operation conflicts with the resource's current state."),
                ApiTr::tr("Refresh, wait for running tasks to finish, then try again."), key};
    case 413:
        return {ApiTr::tr("The request is too large."),
                ApiTr::tr("Send fewer desktops per request."), key};
    case 429:
        return {ApiTr::tr("Too many requests; the service is throttling this account."),
                ApiTr::tr("Wait a few seconds; the console slows down and retries."), key};
    case 500:
        return {ApiTr::tr("The service had an internal error; the operation may or may not have "
                          "been carried out."),
                ApiTr::tr("The console checks what happened before sending again; if it persists, "
                          "report the request id."),
                key};
    case 502:
    case 503:
    case 504:
        return {ApiTr::tr("The service is temporarily unavailable."),
                ApiTr::tr("Try again in a few minutes."), key};
    default:
        break;
    }
    if (e.httpStatus >= 500)
        return {ApiTr::tr("The service failed (HTTP %1).").arg(e.httpStatus),
                ApiTr::tr("Try again later; report the request id if it persists."),
                QStringLiteral("http.5xx")};
    return {ApiTr::tr("The service refused the request (HTTP %1).").arg(e.httpStatus),
            ApiTr::tr("Read the message from the service for details."),
            QStringLiteral("http.4xx")};
}

Explanation byKind(const ApiError &e)
{
    const QString key = QStringLiteral("network.") + ApiError::kindName(e.kind);
    switch (e.kind) {
    case ApiError::Kind::Timeout:
        return {ApiTr::tr("The service did not answer within the time limit."),
                ApiTr::tr("Check the network; raise the request timeout in the profile if the "
                          "connection is slow."),
                key};
    case ApiError::Kind::ConnectionReset:
        return {ApiTr::tr("The connection was closed before the answer was complete."),
                ApiTr::tr("Check the network and proxy; the console checks what happened before "
                          "sending again."),
                key};
    case ApiError::Kind::ConnectionRefused:
        return {ApiTr::tr("Nothing answered at the endpoint's address."),
                ApiTr::tr("Check the endpoint address and port, and that the service is running."),
                key};
    case ApiError::Kind::HostNotFound:
        return {ApiTr::tr("The endpoint's host name could not be resolved."),
                ApiTr::tr("Check the region or endpoint spelling and the DNS settings."), key};
    case ApiError::Kind::Tls:
        return {ApiTr::tr("The secure connection failed: the server's certificate was not "
                          "trusted or the TLS handshake failed."),
                ApiTr::tr("Add your company's CA certificate in the profile; turn off TLS "
                          "verification only for a test server."),
                key};
    case ApiError::Kind::Proxy:
        return {ApiTr::tr("The proxy refused or failed the connection."),
                ApiTr::tr("Check the proxy address and its user name and password."), key};
    case ApiError::Kind::Cancelled:
        return {ApiTr::tr("The request was cancelled."), QString(), key};
    case ApiError::Kind::MalformedReply:
        return {ApiTr::tr("The answer could not be read: it was cut off, or it was not the "
                          "service's JSON (for example a proxy's web page)."),
                ApiTr::tr("Check the endpoint and proxy settings; try again."), key};
    case ApiError::Kind::BodyTooLarge:
        return {ApiTr::tr("The answer was far larger than expected and was not read."),
                ApiTr::tr("Check the endpoint: it may not be the Workspace service."), key};
    case ApiError::Kind::Network:
        return {ApiTr::tr("A network error occurred."), ApiTr::tr("Check the network connection."),
                key};
    case ApiError::Kind::Config:
        return {ApiTr::tr("The connection profile is incomplete."),
                ApiTr::tr("Open the profile and fill in the missing fields."), key};
    case ApiError::Kind::None:
    case ApiError::Kind::Http:
        break;
    }
    return {};
}

} // namespace

Explanation explain(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Http) {
        const Explanation coded = byCode(error);
        if (!coded.cause.isEmpty())
            return coded;
        return byStatus(error);
    }
    return byKind(error);
}

QString describe(const ApiError &error)
{
    if (!error.isError())
        return {};
    const Explanation e = explain(error);
    QString out = e.cause;
    if (!e.fix.isEmpty())
        out += QLatin1Char(' ') + e.fix;
    if (!error.errorMessage.isEmpty())
        out += QLatin1Char('\n') + ApiTr::tr("Service message: %1").arg(error.errorMessage);
    if (!error.errorCode.isEmpty() || !error.requestId.isEmpty())
        out += QLatin1Char('\n')
               + ApiTr::tr("Error code: %1, request id: %2")
                         .arg(error.errorCode.isEmpty() ? QStringLiteral("-") : error.errorCode,
                              error.requestId.isEmpty() ? QStringLiteral("-") : error.requestId);
    return out;
}

bool isAlreadyExists(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http)
        return false;
    if (error.errorCode.trimmed().compare(QLatin1String("WKS.00170110"), Qt::CaseInsensitive) == 0)
        return true;
    // Other gateways answer a duplicate with a bare 409 ("... already exists"); a 409 about the
    // state of a resource (WKS.00010032, "Operation conflict") is not one.
    return error.httpStatus == 409
           && error.errorMessage.contains(QLatin1String("exist"), Qt::CaseInsensitive)
           && !error.errorMessage.contains(QLatin1String("not exist"), Qt::CaseInsensitive);
}

} // namespace ErrorCatalog

} // namespace wsc
