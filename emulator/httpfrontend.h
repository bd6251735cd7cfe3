#pragma once

#include "apioutcome.h"
#include "apirequest.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace wsemu {

// It subclasses QAbstractHttpServer (QHttpServer::handleRequest is final in 6.4) because faults
// need the socket: a reset drops the connection without an answer, and injected latency holds the
// (move-only) responder for a later write without blocking the server. Answers on one connection
// always leave in request order.
/** The HTTP side of the emulator: turns requests into ApiRequests and writes the outcomes. */
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiOutcome(const ApiRequest &)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

    /**
     * Listens on @p address:@p port (0: any free port) behind a RequestGate: bodies past
     * @p maxBodyBytes get 413, and @p preflight answers signed requests before their body is
     * read. Returns the port, 0 on failure.
     */
    quint16 listenGated(const QHostAddress &address, quint16 port, qint64 maxBodyBytes,
                        std::function<ApiResponse(const ApiRequest &)> preflight);

    /** Stops listening and drops every open connection. */
    void shutdown();

    static ApiRequest toApiRequest(const QHttpServerRequest &request);
    /** 32 hex characters, the shape of the service's X-Request-Id. */
    static QString newRequestId();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /** An answer (or a reset) waiting for its time on one connection. */
    struct Pending
    {
        std::shared_ptr<QHttpServerResponder> responder; // null for a reset
        ApiOutcome outcome;
        QString requestId;
        bool closeAfter = false;
        qint64 dueMs = 0;
    };

    void flush(QTcpSocket *socket);
    static void write(QHttpServerResponder &responder, const ApiOutcome &outcome,
                      const QString &requestId);
    static void resetConnection(QTcpSocket *socket);

    Handler m_handler;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, std::deque<Pending>> m_queues;
};

} // namespace wsemu
