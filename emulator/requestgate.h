#pragma once

#include "apiresponse.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace wsemu {

struct ApiRequest;

/**
 * Looks at the bytes of one connection before the HTTP server parses them, so that a request
 * can be refused before its body is read: a declared or chunked body past the cap gets 413, a
 * body sent to a signed route without valid signature headers gets 401, and in both cases the
 * body is discarded as it arrives instead of being buffered. Installed first on each socket.
 */
class RequestGate : public QObject
{
    Q_OBJECT
public:
    /** Checks a request's head (no body); an answer with status 0 lets it through. */
    using Preflight = std::function<ApiResponse(const ApiRequest &head)>;

    static constexpr qint64 MaxHeadBytes = 64 * 1024;

    RequestGate(QTcpSocket *socket, qint64 maxBodyBytes, Preflight preflight);

    /** Parses a request head (request line and header fields) into an ApiRequest. */
    static bool parseHead(const QByteArray &head, ApiRequest *request);

private:
    enum class State { Head, Body, Chunked, Refused };

    void onReadyRead();
    bool checkHead(const QByteArray &head);
    void refuse(const ApiResponse &response);

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    Preflight m_preflight;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_left = 0;         ///< bytes of a Content-Length body still to come
    qint64 m_chunkedBytes = 0; ///< bytes of a chunked body so far
    QByteArray m_tail;         ///< the last bytes of a chunked body, to find its end
};

} // namespace wsemu
