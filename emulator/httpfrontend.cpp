#include "httpfrontend.h"

#include "gatedtcpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace wsemu {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
    m_clock.start();
}

quint16 HttpFrontend::listenGated(const QHostAddress &address, quint16 port, qint64 maxBodyBytes,
                                  std::function<ApiResponse(const ApiRequest &)> preflight)
{
    auto *server = new GatedTcpServer(maxBodyBytes, std::move(preflight), this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpFrontend::shutdown()
{
    for (QTcpServer *server : servers())
        server->close();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
    m_queues.clear();
}

QString HttpFrontend::newRequestId()
{
    // 32 hex characters, the shape of the service's X-Request-Id.
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("%1%2")
            .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
            .arg(rng->generate64(), 16, 16, QLatin1Char('0'));
}

ApiRequest HttpFrontend::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        api.method = "GET";
        break;
    case QHttpServerRequest::Method::Put:
        api.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        api.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Post:
        api.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        api.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        api.method = "OPTIONS";
        break;
    case QHttpServerRequest::Method::Patch:
        api.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Connect:
        api.method = "CONNECT";
        break;
    case QHttpServerRequest::Method::Trace:
        api.method = "TRACE";
        break;
    default:
        api.method = "UNKNOWN";
        break;
    }
    const QUrl url = request.url();
    // The path as it came over the wire (still percent-encoded): the signature covers it.
    api.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    api.path = url.path(QUrl::FullyDecoded);
    api.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    api.query = ApiRequest::parseQuery(api.rawQuery);
    api.headers = request.headers();
    api.body = request.body();
    return api;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api = toApiRequest(request);
    api.requestId = newRequestId();
    const ApiOutcome outcome = m_handler(api);

    Pending pending;
    pending.outcome = outcome;
    pending.requestId = api.requestId;
    pending.closeAfter = api.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    pending.dueMs = m_clock.elapsed() + outcome.delayMs;
    if (outcome.action == ApiOutcome::Action::Respond)
        pending.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));

    if (!m_queues.contains(socket)) {
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queues.remove(socket); });
    }
    std::deque<Pending> &queue = m_queues[socket];
    queue.push_back(std::move(pending));
    if (outcome.delayMs <= 0 && queue.size() == 1) {
        flush(socket);
    } else {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(std::max(0, outcome.delayMs), this, [this, guard] {
            if (guard)
                flush(guard.data());
        });
    }
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if Qt changes that contract.
    ApiOutcome outcome;
    outcome.response
            = ApiResponse::error(404, QStringLiteral("APIG.0101"), QStringLiteral("Not found"));
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, outcome, newRequestId());
}

void HttpFrontend::flush(QTcpSocket *socket)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end())
        return;
    std::deque<Pending> &queue = it.value();
    const qint64 now = m_clock.elapsed();
    while (!queue.empty() && queue.front().dueMs <= now) {
        Pending item = std::move(queue.front());
        queue.pop_front();
        if (item.outcome.action == ApiOutcome::Action::Reset) {
            m_queues.erase(it);
            resetConnection(socket);
            return;
        }
        write(*item.responder, item.outcome, item.requestId);
        if (item.closeAfter) {
            m_queues.erase(it);
            socket->disconnectFromHost();
            return;
        }
    }
    if (!queue.empty()) {
        // A later answer waits for an earlier, slower one on the same connection.
        QPointer<QTcpSocket> guard(socket);
        const auto wait = static_cast<int>(std::max<qint64>(0, queue.front().dueMs - now));
        QTimer::singleShot(wait, this, [this, guard] {
            if (guard)
                flush(guard.data());
        });
    }
}

void HttpFrontend::write(QHttpServerResponder &responder, const ApiOutcome &outcome,
                         const QString &requestId)
{
    const ApiResponse &response = outcome.response;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("X-Request-Id", requestId.toLatin1());
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    if (response.status != 204 && response.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void HttpFrontend::resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER 0 turns the close into a TCP RST, as a dropped connection looks to a client.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger option = {1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

} // namespace wsemu
