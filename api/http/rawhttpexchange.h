#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QAbstractSocket;

namespace wsc {

/**
 * One HTTP/1.1 request on its own connection, sent exactly once. Used for non-idempotent calls
 * (CreateDesktop, AttachInstances) because QNetworkAccessManager silently sends a request again
 * when the connection closes before the reply starts (Qt 6.4 resendCurrentRequest), which would
 * create desktops twice. Any failure here is reported, never retried.
 */
class RawHttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Refused,
        HostNotFound,
        Tls,
        Proxy,
        Reset,
        Timeout,
        Cancelled,
        TooLarge,
        Protocol
    };

    RawHttpExchange(QObject *parent = nullptr);
    ~RawHttpExchange() override;

    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    void setTls(bool verify, const QList<QByteArray> &caPem);
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }

    /** Connects and writes the request once; finished() follows. */
    void start(const QByteArray &method, const QUrl &url,
               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
               int timeoutMs);
    void abort();

    Failure failure() const { return m_failure; }
    QString failureText() const { return m_failureText; }
    int status() const { return m_status; }
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_body; }

signals:
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool parse(bool atEnd);
    void finish(Failure failure, const QString &text = {});

    QPointer<QAbstractSocket> m_socket;
    QNetworkProxy m_proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);
    bool m_verifyTls = true;
    QList<QByteArray> m_caPem;
    qint64 m_maxBody = 16 * 1024 * 1024;
    QByteArray m_request;
    QByteArray m_buffer;
    QTimer m_deadline;
    Failure m_failure = Failure::None;
    QString m_failureText;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    bool m_headerDone = false;
    bool m_done = false;
    bool m_sent = false;
};

} // namespace wsc
