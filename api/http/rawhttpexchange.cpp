#include "rawhttpexchange.h"

#include <QNetworkProxyFactory>
#include <QTcpSocket>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace wsc {

RawHttpExchange::RawHttpExchange(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(Failure::Timeout); });
}

RawHttpExchange::~RawHttpExchange()
{
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RawHttpExchange::setTls(bool verify, const QList<QByteArray> &caPem)
{
    m_verifyTls = verify;
    m_caPem = caPem;
}

QByteArray RawHttpExchange::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void RawHttpExchange::start(const QByteArray &method, const QUrl &url,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body, int timeoutMs)
{
    const bool https = url.scheme() == QLatin1String("https");
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port(https ? 443 : 80);
    if (port != (https ? 443 : 80))
        host += ':' + QByteArray::number(port);

    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size())
                 + "\r\nConnection: close\r\nAccept: application/json\r\n\r\n" + body;

#ifndef QT_NO_SSL
    if (https) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        for (const QByteArray &pem : qAsConst(m_caPem))
            tls.addCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
        ssl->setSslConfiguration(tls);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &RawHttpExchange::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            finish(Failure::Tls, errors.isEmpty() ? QString() : errors.first().errorString());
        });
    } else
#endif
    {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &RawHttpExchange::onConnected);
    }
    QNetworkProxy proxy = m_proxy;
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        // "System": what the platform says for this URL (QTcpSocket alone would not ask).
        const QList<QNetworkProxy> system
                = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
        proxy = system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    m_socket->setProxy(proxy);
    connect(m_socket, &QAbstractSocket::readyRead, this, &RawHttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &RawHttpExchange::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &RawHttpExchange::onError);
    m_deadline.start(timeoutMs);
#ifndef QT_NO_SSL
    if (https) {
        static_cast<QSslSocket *>(m_socket.data())->connectToHostEncrypted(url.host(), port);
        return;
    }
#endif
    m_socket->connectToHost(url.host(), port);
}

void RawHttpExchange::abort()
{
    finish(Failure::Cancelled);
}

void RawHttpExchange::onConnected()
{
    if (m_done || !m_socket)
        return;
    m_sent = true;
    m_socket->write(m_request);
}

void RawHttpExchange::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > m_maxBody + 64 * 1024) {
        finish(Failure::TooLarge);
        return;
    }
    parse(false);
}

void RawHttpExchange::onDisconnected()
{
    if (m_done)
        return;
    if (m_socket)
        m_buffer += m_socket->readAll();
    if (!parse(true))
        finish(m_headerDone ? Failure::Reset : Failure::Reset,
               QStringLiteral("connection closed before the reply was complete"));
}

void RawHttpExchange::onError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finish(Failure::Refused, text);
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(Failure::HostNotFound, text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(Failure::Tls, text);
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        finish(Failure::Proxy, text);
        return;
    default:
        // A reply may be complete although the peer reset afterwards.
        if (parse(true))
            return;
        finish(m_sent ? Failure::Reset : Failure::Refused, text);
        return;
    }
}

bool RawHttpExchange::parse(bool atEnd)
{
    if (!m_headerDone) {
        const int end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        bool ok = false;
        m_status = statusLine.value(1).toInt(&ok);
        if (!statusLine.value(0).startsWith("HTTP/1.") || !ok) {
            finish(Failure::Protocol, QStringLiteral("not an HTTP reply"));
            return true;
        }
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0)
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        m_buffer.remove(0, end + 4);
        m_headerDone = true;
    }
    const QByteArray lengthText = header("Content-Length");
    if (!lengthText.isEmpty()) {
        const qint64 length = lengthText.toLongLong();
        if (length > m_maxBody) {
            finish(Failure::TooLarge);
            return true;
        }
        if (m_buffer.size() >= length) {
            m_body = m_buffer.left(length);
            finish(Failure::None);
            return true;
        }
        return false;
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        QByteArray out;
        int pos = 0;
        for (;;) {
            const int lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const int size
                    = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toInt(&ok, 16);
            if (!ok) {
                finish(Failure::Protocol, QStringLiteral("bad chunk size"));
                return true;
            }
            if (size == 0) {
                m_body = out;
                finish(Failure::None);
                return true;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            out += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    // No length: the body ends when the server closes (Connection: close).
    if (atEnd) {
        m_body = m_buffer;
        finish(Failure::None);
        return true;
    }
    return false;
}

void RawHttpExchange::finish(Failure failure, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_failure = failure;
    m_failureText = text;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    emit finished();
}

} // namespace wsc
