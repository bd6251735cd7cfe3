#pragma once

// Header-only, like apicallwait.h, so that wsc_testsupport need not link the api layer: include
// it as "support/rawhttpserver.h" from a test that links wsc_api and wsc_testsupport.

#include "api/http/connectionconfig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace wsc {

/**
 * A loopback server for the replies a real one never sends: it reads each whole request
 * (headers and Content-Length body) and lets the test write any bytes back, or none to stall.
 */
class RawHttpServer
{
public:
    /** What the server does with one request: write raw bytes (or nothing to stall). */
    using Behaviour = std::function<void(QTcpSocket *socket, int requestNumber)>;

    /** @p deleteClosedSockets: a socket goes as soon as it closes, for tests of big bodies. */
    explicit RawHttpServer(bool deleteClosedSockets = false)
        : m_deleteClosedSockets(deleteClosedSockets)
    {}
    RawHttpServer(const RawHttpServer &) = delete;
    RawHttpServer &operator=(const RawHttpServer &) = delete;

    /** Listens on a free loopback port; false when it cannot. */
    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    void serve(Behaviour behaviour) { m_behaviour = std::move(behaviour); }
    /** Whole requests read so far. */
    int requests() const { return m_requests; }
    /** Their methods, in order ("GET", "POST"). */
    const QList<QByteArray> &methods() const { return m_methods; }

    /** Workspace and IAM on this server, AK/SK, no proxy, @p timeoutMs per attempt. */
    ConnectionConfig config(int timeoutMs) const
    {
        ConnectionConfig config;
        config.workspaceEndpoint
                = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
        config.iamEndpoint = config.workspaceEndpoint;
        config.projectId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        config.accessKey = QStringLiteral("AK");
        config.secretKey = QStringLiteral("SK");
        config.timeoutMs = timeoutMs;
        config.proxyMode = ConnectionConfig::ProxyMode::None;
        return config;
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        // No context object: the server's connections are gone when it deletes its sockets.
        QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
        if (m_deleteClosedSockets)
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            int length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            }
            if (buffer->size() < end + 4 + length)
                return;
            m_methods.append(head.left(head.indexOf(' ')));
            buffer->clear();
            m_behaviour(socket, ++m_requests);
        });
    }

    QTcpServer m_server;
    Behaviour m_behaviour;
    bool m_deleteClosedSockets;
    int m_requests = 0;
    QList<QByteArray> m_methods;
};

} // namespace wsc
