#include "requestrunner.h"

#include "apipaths.h"
#include "apitransport.h"
#include "rawhttpexchange.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>

namespace wsc {

RequestRunner::RequestRunner(ApiTransport *transport, const RequestSpec &spec, Callback done,
                             QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_spec(spec)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        abortReply();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &RequestRunner::beginAttempt);
}

RequestRunner::~RequestRunner()
{
    // Destroyed with its owner (a call or a context object): stop quietly, no callback.
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    delete m_raw;
    releaseSlot();
}

void RequestRunner::start()
{
    beginAttempt();
}

void RequestRunner::abort()
{
    if (m_finished)
        return;
    m_userAborted = true;
    m_retryTimer.stop();
    if (m_reply) {
        abortReply(); // onReplyFinished() completes with Cancelled
        return;
    }
    if (m_raw) {
        m_raw->abort(); // onRawFinished() completes with Cancelled
        return;
    }
    complete(ApiError::network(ApiError::Kind::Cancelled), {});
}

void RequestRunner::failLater(const ApiError &error)
{
    QMetaObject::invokeMethod(
            this, [this, error] { complete(error, {}); }, Qt::QueuedConnection);
}

void RequestRunner::beginAttempt()
{
    if (m_finished || !m_transport)
        return;
    const bool needsProject
            = m_spec.needsProject && m_spec.path.contains(ApiPaths::projectPlaceholder());
    if (needsProject && m_transport->projectId().isEmpty()) {
        m_transport->ensureProject(this, [this](const ApiError &error) {
            if (error.isError())
                complete(error, {});
            else
                afterProject();
        });
        return;
    }
    afterProject();
}

void RequestRunner::afterProject()
{
    if (m_finished || !m_transport)
        return;
    if (m_transport->needsToken(m_spec)) {
        m_transport->ensureToken(this, [this](const ApiError &error) {
            if (error.isError())
                complete(error, {});
            else
                afterToken();
        });
        return;
    }
    afterToken();
}

void RequestRunner::afterToken()
{
    if (m_finished || !m_transport)
        return;
    m_ticket = m_transport->governor()->acquire([this] {
        m_ticket.reset();
        m_holdingSlot = true;
        send();
    });
}

void RequestRunner::send()
{
    if (m_finished || !m_transport) {
        releaseSlot();
        return;
    }
    const ConnectionConfig &config = m_transport->config();
    ++m_attempts;
    m_buffer.clear();
    m_timedOut = false;
    m_tooLarge = false;

    const QUrl url = m_transport->url(m_spec);
    const ApiTransport::Headers wire = m_transport->headers(m_spec, url);
    m_transport->noteRequestSent(m_spec);
    const QByteArray method = m_spec.method.toUpper();

    if (m_spec.retry != RequestSpec::Retry::Read) {
        // Non-idempotent: one connection, one send (see RawHttpExchange for why not QNAM).
        m_raw = new RawHttpExchange(this);
        m_raw->setProxy(config.networkProxy());
        m_raw->setTls(config.verifyTls, m_transport->caCertificates());
        m_raw->setMaxBodyBytes(config.maxBodyBytes);
        connect(m_raw, &RawHttpExchange::finished, this, &RequestRunner::onRawFinished);
        m_raw->start(method, url, wire, m_spec.body, config.timeoutMs);
        return;
    }

    QNetworkRequest request(url);
    for (const auto &header : qAsConst(wire))
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(config.timeoutMs);
    m_transport->applyTls(&request);

    QNetworkAccessManager *nam = m_transport->networkManager();
    if (method == "GET")
        m_reply = nam->get(request);
    else if (method == "POST")
        m_reply = nam->post(request, m_spec.body);
    else if (method == "PUT")
        m_reply = nam->put(request, m_spec.body);
    else if (method == "DELETE" && m_spec.body.isEmpty())
        m_reply = nam->deleteResource(request);
    else
        m_reply = nam->sendCustomRequest(request, method, m_spec.body);

    // Qt reads the socket on its own thread into an unbounded buffer by default: a fast huge
    // reply could outgrow maxBodyBytes many times before onReadyRead() runs to enforce it.
    m_reply->setReadBufferSize(std::min<qint64>(config.maxBodyBytes, 1024 * 1024));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RequestRunner::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestRunner::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RequestRunner::onReplyFinished);
    m_deadline.start(config.timeoutMs);
}

void RequestRunner::onMetaData()
{
    if (!m_reply || !m_transport)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_transport->config().maxBodyBytes) {
        m_tooLarge = true;
        abortReply();
    }
}

void RequestRunner::onReadyRead()
{
    if (!m_reply || !m_transport)
        return;
    m_buffer.append(m_reply->readAll());
    if (m_buffer.size() > m_transport->config().maxBodyBytes) {
        m_tooLarge = true;
        m_buffer.clear();
        abortReply();
    }
}

void RequestRunner::abortReply()
{
    if (m_reply)
        m_reply->abort();
}

void RequestRunner::releaseSlot()
{
    if (m_ticket && m_transport)
        m_transport->governor()->cancel(*m_ticket);
    m_ticket.reset();
    if (m_holdingSlot && m_transport)
        m_transport->governor()->release();
    m_holdingSlot = false;
}

ApiError RequestRunner::classifyNetworkError(int error, const QString &text) const
{
    using E = QNetworkReply::NetworkError;
    ApiError::Kind kind = ApiError::Kind::Network;
    switch (static_cast<E>(error)) {
    case E::OperationCanceledError:
        // setTransferTimeout also ends a reply with OperationCanceledError: the flags tell.
        if (m_userAborted)
            kind = ApiError::Kind::Cancelled;
        else if (m_tooLarge)
            kind = ApiError::Kind::BodyTooLarge;
        else
            kind = ApiError::Kind::Timeout;
        break;
    case E::TimeoutError:
        kind = ApiError::Kind::Timeout;
        break;
    case E::ConnectionRefusedError:
        kind = ApiError::Kind::ConnectionRefused;
        break;
    case E::HostNotFoundError:
        kind = ApiError::Kind::HostNotFound;
        break;
    case E::RemoteHostClosedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
        kind = ApiError::Kind::ConnectionReset;
        break;
    case E::SslHandshakeFailedError:
    case E::UnknownNetworkError:
        kind = text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                               || text.contains(QLatin1String("TLS"), Qt::CaseInsensitive)
                               || text.contains(QLatin1String("certificate"), Qt::CaseInsensitive)
                       ? ApiError::Kind::Tls
                       : ApiError::Kind::ConnectionReset;
        break;
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        kind = ApiError::Kind::Proxy;
        break;
    case E::ProtocolFailure:
        kind = ApiError::Kind::MalformedReply;
        break;
    default:
        kind = ApiError::Kind::Network;
        break;
    }
    if (m_timedOut && kind != ApiError::Kind::Cancelled && kind != ApiError::Kind::BodyTooLarge)
        kind = ApiError::Kind::Timeout;
    return ApiError::network(kind, text);
}

void RequestRunner::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_deadline.stop();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen())
        m_buffer.append(reply->readAll());
    releaseSlot();
    if (m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int netError = reply->error();
    const bool connectionLevel = netError != QNetworkReply::NoError
                                 && (netError < 200 || netError == QNetworkReply::ProtocolFailure
                                     || m_userAborted || m_timedOut || m_tooLarge);
    if (connectionLevel || status == 0) {
        ApiError error = classifyNetworkError(netError == QNetworkReply::NoError
                                                      ? int(QNetworkReply::UnknownNetworkError)
                                                      : netError,
                                              reply->errorString());
        if (m_userAborted) {
            complete(error, {});
            return;
        }
        handleFailure(error);
        return;
    }

    QList<QPair<QByteArray, QByteArray>> headers;
    const auto headerPairs = reply->rawHeaderPairs();
    for (const auto &pair : headerPairs)
        headers.append({pair.first, pair.second});
    handleResponse(status, m_buffer, headers);
}

void RequestRunner::onRawFinished()
{
    RawHttpExchange *raw = m_raw;
    if (!raw)
        return;
    m_raw = nullptr;
    raw->deleteLater();
    releaseSlot();
    if (m_finished)
        return;
    using F = RawHttpExchange::Failure;
    ApiError::Kind kind = ApiError::Kind::None;
    switch (raw->failure()) {
    case F::None:
        handleResponse(raw->status(), raw->body(), raw->headers());
        return;
    case F::Refused:
        kind = ApiError::Kind::ConnectionRefused;
        break;
    case F::HostNotFound:
        kind = ApiError::Kind::HostNotFound;
        break;
    case F::Tls:
        kind = ApiError::Kind::Tls;
        break;
    case F::Proxy:
        kind = ApiError::Kind::Proxy;
        break;
    case F::Reset:
        kind = ApiError::Kind::ConnectionReset;
        break;
    case F::Timeout:
        kind = ApiError::Kind::Timeout;
        break;
    case F::Cancelled:
        kind = ApiError::Kind::Cancelled;
        break;
    case F::TooLarge:
        kind = ApiError::Kind::BodyTooLarge;
        break;
    case F::Protocol:
        kind = ApiError::Kind::MalformedReply;
        break;
    }
    const ApiError error = ApiError::network(kind, raw->failureText());
    if (m_userAborted) {
        complete(error, {});
        return;
    }
    handleFailure(error);
}

void RequestRunner::handleResponse(int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResult result;
    result.status = status;
    result.body = body;
    result.headers = headers;
    const QByteArray contentType = result.header("Content-Type");
    const QByteArray requestId = result.header("X-Request-Id");

    if (status >= 400) {
        ApiError error = ApiError::fromHttp(status, body, requestId, contentType);
        // Retry-After in seconds (RFC 9110 §10.2.3); the HTTP-date form is not sent by APIG.
        bool ok = false;
        const int retryAfter = result.header("Retry-After").trimmed().toInt(&ok);
        if (ok && retryAfter > 0)
            error.retryAfterMs = std::min(retryAfter, 600) * 1000;
        handleFailure(error);
        return;
    }
    if (!m_spec.rawBody && !body.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        result.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // A proxy's HTML page or a body cut short: say which, never guess at fields.
            ApiError error = ApiError::network(
                    ApiError::Kind::MalformedReply,
                    QStringLiteral("HTTP %1, %2, %3 bytes: %4")
                            .arg(status)
                            .arg(contentType.isEmpty() ? QStringLiteral("no content type")
                                                       : QString::fromLatin1(contentType))
                            .arg(body.size())
                            .arg(parseError.errorString()));
            error.httpStatus = status;
            error.requestId = QString::fromLatin1(requestId);
            handleFailure(error);
            return;
        }
    }
    m_transport->governor()->noteSuccess();
    complete({}, result);
}

void RequestRunner::handleFailure(const ApiError &error)
{
    if (!m_transport) {
        complete(error, {});
        return;
    }
    if (error.isThrottled())
        m_transport->governor()->noteThrottled(error.statedRateLimit());

    // An expired token was refused at the gateway: nothing happened, renew and send again once.
    if (error.isTokenExpired() && !m_tokenRenewed && m_transport->needsToken(m_spec)) {
        m_tokenRenewed = true;
        m_transport->invalidateToken();
        beginAttempt();
        return;
    }

    const RetryPolicy policy = m_transport->retryPolicy();
    bool retry = false;
    switch (m_spec.retry) {
    case RequestSpec::Retry::Read:
        retry = policy.shouldRetryRead(error, m_attempts);
        break;
    case RequestSpec::Retry::NotApplied:
        // Only what surely did not reach the service may be sent again as is.
        retry = m_attempts < policy.maxAttempts
                && (error.isThrottled() || error.kind == ApiError::Kind::ConnectionRefused);
        break;
    case RequestSpec::Retry::Never:
        break;
    }
    if (!retry) {
        complete(error, {});
        return;
    }
    m_transport->noteRetry();
    m_retryTimer.start(
            policy.delayMs(m_attempts, error, QRandomGenerator::global()->generateDouble()));
}

void RequestRunner::complete(const ApiError &error, const HttpResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    releaseSlot();
    HttpResult out = result;
    out.attempts = m_attempts;
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(error, out);
}

} // namespace wsc
