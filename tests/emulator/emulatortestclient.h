#pragma once

// A synchronous HTTP client for the emulator tests: real sockets (QNetworkAccessManager), token
// or SDK-HMAC-SHA256 auth, exact body bytes. Header-only because it serves only tests/emulator.

#include "testreply.h"

#include "emulator/canonicalrequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrl>

/** Sends requests to an emulator (in-process or wsemu) and waits for each answer. */
class EmulatorTestClient
{
public:
    enum class Auth { None, Token, AkSk };

    EmulatorTestClient(const QUrl &baseUrl, const QString &projectId)
        : m_base(baseUrl)
        , m_projectId(projectId)
    {
        // Fresh connections per client keep one test's faults from leaking into another.
        m_manager.setAutoDeleteReplies(false);
    }

    void setAkSk(const QByteArray &ak, const QByteArray &sk)
    {
        m_ak = ak;
        m_sk = sk;
    }
    void setToken(const QByteArray &token) { m_token = token; }
    QString projectPath(const QString &suffix) const
    {
        return QStringLiteral("/v2/") + m_projectId + suffix;
    }

    /** `target` is the encoded path and query, e.g. "/v2/ID/desktops/detail?limit=5". */
    TestReply send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                   Auth auth = Auth::AkSk, const QList<QPair<QByteArray, QByteArray>> &extra = {},
                   int timeoutMs = 10000)
    {
        const QUrl url = urlFor(target);
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        for (const auto &h : buildHeaders(method, url, body, auth, extra))
            request.setRawHeader(h.first, h.second);
        return wait(m_manager.sendCustomRequest(request, method, body), timeoutMs);
    }

    /**
     * The same request written by hand on a fresh socket with "Connection: close", so that no
     * client-side retry hides a reset: QNetworkAccessManager silently resends a request once
     * when a reused connection closes before the answer.
     */
    TestReply sendOverSocket(const QByteArray &method, const QString &target,
                             const QByteArray &body = {}, Auth auth = Auth::AkSk,
                             int timeoutMs = 10000)
    {
        const QUrl url = urlFor(target);
        QByteArray data = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            data += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        data += " HTTP/1.1\r\n";
        for (const auto &h : buildHeaders(method, url, body, auth, {}))
            data += h.first + ": " + h.second + "\r\n";
        data += "Connection: close\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body;

        TestReply result;
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { received += socket.readAll(); });
        socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
        if (!connected.wait(timeoutMs))
            return result;
        socket.write(data);
        if (socket.state() != QAbstractSocket::UnconnectedState)
            result.finished = disconnected.wait(timeoutMs);
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            result.error = QNetworkReply::RemoteHostClosedError; // dropped without an answer
            return result;
        }
        const QList<QByteArray> lines = received.left(headerEnd).split('\n');
        result.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                result.headers.append(
                        {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        result.body = received.mid(headerEnd + 4);
        return result;
    }

    TestReply get(const QString &target, Auth auth = Auth::AkSk)
    {
        return send("GET", target, {}, auth);
    }
    TestReply post(const QString &target, const QJsonObject &body, Auth auth = Auth::AkSk)
    {
        return send("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact), auth);
    }

    /** The workspace's directory type (ad_domains.domain_type of GET /workspaces). */
    QString domainType(Auth auth = Auth::AkSk)
    {
        return get(projectPath(QStringLiteral("/workspaces")), auth)
                .json()
                .value(QStringLiteral("ad_domains"))
                .toObject()
                .value(QStringLiteral("domain_type"))
                .toString();
    }

    /** The id of the desktop named @p computerName (empty when there is none). */
    QString desktopId(const QString &computerName)
    {
        return get(projectPath(QStringLiteral("/desktops/detail?computer_names=")) + computerName)
                .json()
                .value(QStringLiteral("desktops"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("desktop_id"))
                .toString();
    }

    /** POST /v3/auth/tokens with a password; keeps the token for Auth::Token. */
    TestReply issueToken(const QString &user, const QString &password, const QString &domain,
                         const QJsonObject &scope, const QString &query = {})
    {
        const QJsonObject body{
                {QStringLiteral("auth"),
                 QJsonObject{
                         {QStringLiteral("identity"),
                          QJsonObject{
                                  {QStringLiteral("methods"),
                                   QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"),
                                   QJsonObject{{QStringLiteral("user"),
                                                QJsonObject{{QStringLiteral("name"), user},
                                                            {QStringLiteral("password"), password},
                                                            {QStringLiteral("domain"),
                                                             QJsonObject{{QStringLiteral("name"),
                                                                          domain}}}}}}}}},
                         {QStringLiteral("scope"), scope}}}};
        TestReply reply = send("POST", QStringLiteral("/v3/auth/tokens") + query,
                               QJsonDocument(body).toJson(QJsonDocument::Compact), Auth::None);
        if (reply.status == 201)
            m_token = reply.header("X-Subject-Token");
        return reply;
    }

    QUrl urlFor(const QString &target) const
    {
        return QUrl::fromEncoded(m_base.toEncoded() + target.toUtf8(), QUrl::StrictMode);
    }

    QList<QPair<QByteArray, QByteArray>>
    buildHeaders(const QByteArray &method, const QUrl &url, const QByteArray &body, Auth auth,
                 const QList<QPair<QByteArray, QByteArray>> &extra) const
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        headers.append({QByteArrayLiteral("Host"),
                        url.host().toLatin1() + ':' + QByteArray::number(url.port())});
        if (!body.isEmpty() || method == "POST")
            headers.append(
                    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        headers += extra;
        if (auth == Auth::Token) {
            headers.append({QByteArrayLiteral("X-Auth-Token"), m_token});
        } else if (auth == Auth::AkSk) {
            QByteArray date;
            for (const auto &h : std::as_const(headers)) {
                if (h.first.compare("X-Sdk-Date", Qt::CaseInsensitive) == 0)
                    date = h.second;
            }
            if (date.isEmpty()) {
                date = QDateTime::currentDateTimeUtc()
                               .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                               .toLatin1();
                headers.append({QByteArrayLiteral("X-Sdk-Date"), date});
            }
            QList<QByteArray> names;
            for (const auto &h : std::as_const(headers))
                names.append(h.first);
            QList<QPair<QString, QString>> query;
            for (const QByteArray &part : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
                if (part.isEmpty())
                    continue;
                const qsizetype eq = part.indexOf('=');
                query.append({QString::fromUtf8(QByteArray::fromPercentEncoding(
                                      eq < 0 ? part : part.left(eq))),
                              QString::fromUtf8(QByteArray::fromPercentEncoding(
                                      eq < 0 ? QByteArray() : part.mid(eq + 1)))});
            }
            const QByteArray canonical = wsemu::CanonicalRequest::build(
                    method, url.path(QUrl::FullyEncoded).toLatin1(), query, headers, names,
                    wsemu::CanonicalRequest::payloadHash(body));
            const QByteArray signature = wsemu::CanonicalRequest::signature(
                    m_sk, wsemu::CanonicalRequest::stringToSign(date, canonical));
            headers.append({QByteArrayLiteral("Authorization"),
                            wsemu::CanonicalRequest::authorizationHeader(m_ak, names, signature)});
        }
        return headers;
    }

    static TestReply wait(QNetworkReply *reply, int timeoutMs)
    {
        TestReply result;
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            result.finished = spy.wait(timeoutMs + 1000);
        else
            result.finished = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_base;
    QString m_projectId;
    QByteArray m_ak = "HPUAWSEMUSANDBOX0001";
    QByteArray m_sk = "wsemuSandboxSecretKey0123456789abcdefghij";
    QByteArray m_token;
    QNetworkAccessManager m_manager;
};
