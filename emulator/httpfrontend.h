#pragma once

#include "apioutcome.h"
#include "apirequest.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpSocket>

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;

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

    /** Stops listening and drops every open connection. */
    void shutdown();

    static ApiRequest toApiRequest(const QHttpServerRequest &request);

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
    static QString newRequestId();

    Handler m_handler;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, std::deque<Pending>> m_queues;
};
