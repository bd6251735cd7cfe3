#include "requestgate.h"

#include "apierrors.h"
#include "apirequest.h"
#include "httpfrontend.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace wsemu {

namespace {

constexpr int kDrainMs = 5000; ///< how long a refused client may go on sending before the close
const QByteArray kLastChunk = QByteArrayLiteral("\r\n0\r\n\r\n");

QByteArray reason(int status)
{
    switch (status) {
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

} // namespace

RequestGate::RequestGate(QTcpSocket *socket, qint64 maxBodyBytes, Preflight preflight)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBody(maxBodyBytes)
    , m_preflight(std::move(preflight))
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGate::onReadyRead);
}

bool RequestGate::parseHead(const QByteArray &head, ApiRequest *request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3)
        return false;
    request->method = first.at(0);
    const QByteArray target = first.at(1);
    const qsizetype q = target.indexOf('?');
    request->rawPath = q < 0 ? target : target.left(q);
    request->rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    request->path = QUrl::fromPercentEncoding(request->rawPath);
    request->query = ApiRequest::parseQuery(request->rawQuery);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool RequestGate::checkHead(const QByteArray &head)
{
    ApiRequest request;
    if (!parseHead(head, &request))
        return true; // the HTTP server answers what it cannot parse
    const QByteArray encoding = request.header("Transfer-Encoding").toLower();
    const bool chunked = encoding.contains("chunked");
    bool ok = true;
    const qint64 length = request.header("Content-Length").trimmed().toLongLong(&ok);
    if (!ok && !request.header("Content-Length").isEmpty()) {
        refuse(ApiResponse::error(400, QString::fromLatin1(ApiErrors::BadRequest),
                                  QStringLiteral("Content-Length is not a number.")));
        return false;
    }
    if (!chunked && length > m_maxBody) {
        refuse(ApiResponse::error(
                413, QString::fromLatin1(ApiErrors::BodyTooLarge),
                QStringLiteral("The request body of %1 bytes exceeds the limit of %2 bytes.")
                        .arg(length)
                        .arg(m_maxBody)));
        return false;
    }
    const bool hasBody = chunked || length > 0;
    if (hasBody && m_preflight) {
        // Signed routes: credentials are checked on the head, before a byte of the body is kept.
        const ApiResponse answer = m_preflight(request);
        if (answer.status != 0) {
            refuse(answer);
            return false;
        }
    }
    if (chunked) {
        m_state = State::Chunked;
        m_chunkedBytes = 0;
        m_tail = QByteArrayLiteral("\r\n"); // an empty body is the last chunk alone
    } else if (length > 0) {
        m_state = State::Body;
        m_left = length;
    }
    return true;
}

void RequestGate::onReadyRead()
{
    if (m_state == State::Refused) {
        m_socket->readAll(); // discarded: a refused body is never kept
        return;
    }
    // Peeked only: the HTTP server reads the same bytes right after this slot.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype at = 0;
    while (at < data.size() && m_state != State::Refused) {
        switch (m_state) {
        case State::Head: {
            const qsizetype before = m_head.size();
            m_head.append(data.constData() + at, data.size() - at);
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > MaxHeadBytes)
                    refuse(ApiResponse::error(431, QString::fromLatin1(ApiErrors::BadRequest),
                                              QStringLiteral("The request head is too large.")));
                return;
            }
            at += end + 4 - before;
            const QByteArray head = m_head.left(end);
            m_head.clear();
            checkHead(head);
            break;
        }
        case State::Body: {
            const qint64 n = qMin<qint64>(m_left, data.size() - at);
            at += n;
            m_left -= n;
            if (m_left == 0)
                m_state = State::Head;
            break;
        }
        case State::Chunked: {
            const QByteArray seen = m_tail + data.mid(at);
            const qsizetype end = seen.indexOf(kLastChunk);
            if (end >= 0) {
                // Trailer fields are not used by any client of the API: the request ends here.
                at += end + kLastChunk.size() - m_tail.size();
                m_state = State::Head;
                break;
            }
            m_chunkedBytes += data.size() - at;
            at = data.size();
            m_tail = seen.right(kLastChunk.size() - 1);
            if (m_chunkedBytes > m_maxBody) {
                refuse(ApiResponse::error(
                        413, QString::fromLatin1(ApiErrors::BodyTooLarge),
                        QStringLiteral("The request body exceeds the limit of %1 bytes.")
                                .arg(m_maxBody)));
            }
            break;
        }
        case State::Refused:
            break;
        }
    }
}

void RequestGate::refuse(const ApiResponse &response)
{
    m_state = State::Refused;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + reason(response.status) + "\r\n";
    out += "X-Request-Id: " + HttpFrontend::newRequestId().toLatin1() + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Type: "
           + (response.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                             : response.contentType)
           + "\r\nContent-Length: " + QByteArray::number(response.body.size())
           + "\r\nConnection: close\r\n\r\n" + response.body;
    // Nothing more of this connection reaches the HTTP server: what is buffered now is dropped,
    // and the buffer is kept small so that a client that goes on sending is slowed by TCP.
    m_socket->readAll();
    m_socket->setReadBufferSize(64 * 1024);
    m_socket->write(out);
    m_socket->flush();
    QTcpSocket *socket = m_socket;
    connect(socket, &QTcpSocket::bytesWritten, this, [socket] {
        if (socket->bytesToWrite() > 0)
            return;
#ifdef Q_OS_UNIX
        // Half-close: the answer is complete, and the client can still read it while it sends.
        if (socket->socketDescriptor() >= 0)
            ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#endif
    });
    QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
}

} // namespace wsemu
