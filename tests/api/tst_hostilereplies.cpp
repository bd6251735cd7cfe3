#include "support/rawhttpserver.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace wsc;

/**
 * Replies the real emulator never sends: cut-off JSON, a proxy's HTML page, a wrong content
 * type, huge bodies, a server that never answers. A tiny raw QTcpServer plays each one; the
 * client must turn every one into a clear ApiError (and never crash), retrying only reads.
 */
class tst_HostileReplies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replies_data();
    void replies();
    void createReplies_data();
    void createReplies();
    void hugeStreamAbortedAtCap();
    void stalledTimesOut();
    void stalledCreateTimesOutOnce();
    void cancelIsNotTimeout();
    void readRetriedOn503();
    void createNotResentAfterReset();
    void createResentAfter429();

private:
    void serve(RawHttpServer::Behaviour behaviour) { m_server->serve(std::move(behaviour)); }
    WorkspaceClient *makeClient(int timeoutMs = 5000, qint64 cap = 1024 * 1024);

    std::unique_ptr<RawHttpServer> m_server;
};

void tst_HostileReplies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HostileReplies::init()
{
    m_server = std::make_unique<RawHttpServer>();
    QVERIFY(m_server->listen());
}

void tst_HostileReplies::cleanup()
{
    m_server.reset();
}

WorkspaceClient *tst_HostileReplies::makeClient(int timeoutMs, qint64 cap)
{
    ConnectionConfig config = m_server->config(timeoutMs);
    config.maxBodyBytes = cap;
    auto *client = new WorkspaceClient(config, this);
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 40;
    fast.throttleDelayMs = 20;
    fast.maxAttempts = 3;
    client->setRetryPolicy(fast);
    return client;
}

static QByteArray response(const QByteArray &status, const QByteArray &contentType,
                           const QByteArray &body, qint64 declaredLength = -1)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType
           + "\r\nConnection: close\r\nX-Request-Id: raw-1\r\nContent-Length: "
           + QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) + "\r\n\r\n"
           + body;
}

void tst_HostileReplies::replies_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("catalogKey");

    const QByteArray json = "application/json";
    QTest::newRow("truncated json, length lies")
            << response("200 OK", json, R"({"workspaces":{"id":)", 400)
            << int(ApiError::Kind::ConnectionReset) << 0 << "network.reset";
    QTest::newRow("truncated json, length honest")
            << response("200 OK", json, R"({"id":"w","status":"SUBS)")
            << int(ApiError::Kind::MalformedReply) << 200 << "network.malformed";
    QTest::newRow("html error page from a proxy")
            << response("502 Bad Gateway", "text/html",
                        "<html><head><title>502</title></head><body>nginx</body></html>")
            << int(ApiError::Kind::Http) << 502 << "http.502";
    QTest::newRow("html with 200 (captive portal)")
            << response("200 OK", "text/html", "<html><body>Please log in</body></html>")
            << int(ApiError::Kind::MalformedReply) << 200 << "network.malformed";
    QTest::newRow("json as text/plain is read")
            << response("200 OK", "text/plain", R"({"id":"w1","status":"SUBSCRIBED"})")
            << int(ApiError::Kind::None) << 200 << "";
    QTest::newRow("declared huge body")
            << response("200 OK", json, "{", 64 * 1024 * 1024) << int(ApiError::Kind::BodyTooLarge)
            << 0 << "network.too-large";
    // Qt reports a non-HTTP peer as a closed connection.
    QTest::newRow("garbage status line")
            << QByteArray("SMTP ready\r\n\r\n") << int(ApiError::Kind::ConnectionReset) << 0
            << "network.reset";
}

void tst_HostileReplies::replies()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, catalogKey);
    serve([raw](QTcpSocket *socket, int) {
        socket->write(raw);
        socket->disconnectFromHost();
    });
    WorkspaceClient *client = makeClient();
    RetryPolicy once = client->retryPolicy();
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(int(call->error().kind), kind);
    if (kind == int(ApiError::Kind::None)) {
        QCOMPARE(call->result().id, QStringLiteral("w1"));
        return;
    }
    if (status)
        QCOMPARE(call->error().httpStatus, status);
    QCOMPARE(ErrorCatalog::explain(call->error()).key, catalogKey);
    QVERIFY(!ErrorCatalog::describe(call->error()).isEmpty());
}

void tst_HostileReplies::createReplies_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    const QByteArray json = "application/json";
    QTest::newRow("accepted") << response("200 OK", json, R"({"job_id":"j-1"})")
                              << int(ApiError::Kind::None) << 200;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n"
                                           "7\r\n{\"job_i\r\n9\r\nd\":\"j-2\"}\r\n0\r\n\r\n")
                             << int(ApiError::Kind::None) << 200;
    QTest::newRow("no length, ends at close") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"job_id\":\"j-3\"}")
                                              << int(ApiError::Kind::None) << 200;
    QTest::newRow("truncated, length lies") << response("200 OK", json, R"({"job_id":"j-)", 200)
                                            << int(ApiError::Kind::ConnectionReset) << 0;
    QTest::newRow("html error page") << response("502 Bad Gateway", "text/html", "<html>bad</html>")
                                     << int(ApiError::Kind::Http) << 502;
    QTest::newRow("html with 200") << response("200 OK", "text/html", "<html>login</html>")
                                   << int(ApiError::Kind::MalformedReply) << 200;
    QTest::newRow("declared huge") << response("200 OK", json, "{", 64 * 1024 * 1024)
                                   << int(ApiError::Kind::BodyTooLarge) << 0;
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n")
                              << int(ApiError::Kind::MalformedReply) << 0;
    QTest::newRow("409 conflict") << response(
            "409 Conflict", json,
            R"({"error_code":"WKS.00010032","error_msg":"Operation conflict."})")
                                  << int(ApiError::Kind::Http) << 409;
}

// The same hostile replies on the send-once path of create/attach (RawHttpExchange).
void tst_HostileReplies::createReplies()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, kind);
    QFETCH(int, status);
    serve([raw](QTcpSocket *socket, int) {
        socket->write(raw);
        socket->disconnectFromHost();
    });
    WorkspaceClient *client = makeClient();
    TypedCall<QString> *call = client->attachDesktopsBody(R"({"desktops":[{"desktop_id":"d"}]})");
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(int(call->error().kind), kind);
    QCOMPARE(m_server->requests(), 1);
    if (kind == int(ApiError::Kind::None)) {
        QVERIFY(call->result().startsWith(QLatin1String("j-")));
        return;
    }
    if (status)
        QCOMPARE(call->error().httpStatus, status);
    if (status == 409)
        QCOMPARE(call->error().errorCode, QStringLiteral("WKS.00010032"));
}

void tst_HostileReplies::hugeStreamAbortedAtCap()
{
    // No Content-Length, body streamed until the client gives up.
    serve([](QTcpSocket *socket, int) {
        socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
        // Fed from bytesWritten, not a blocking loop: the client reads on this same thread, and
        // its bounded read buffer only drains when the event loop runs.
        auto blocks = std::make_shared<int>(0);
        const auto feed = [socket, blocks] {
            if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
                return;
            if (++*blocks > 64) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(QByteArray(64 * 1024, ' '));
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        feed();
    });
    WorkspaceClient *client = makeClient(10000, 256 * 1024);
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(call->error().kind, ApiError::Kind::BodyTooLarge);
    QCOMPARE(call->attempts(), 1); // not a read worth retrying: it would be huge again
}

void tst_HostileReplies::stalledCreateTimesOutOnce()
{
    serve([](QTcpSocket *, int) {});
    WorkspaceClient *client = makeClient(1000);
    TypedCall<QString> *call = client->createDesktopsBody(R"({"desktops":[{"user_name":"a"}]})");
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
    QVERIFY(call->error().isOutcomeUnknown());
    QCOMPARE(m_server->requests(), 1);
}

void tst_HostileReplies::stalledTimesOut()
{
    serve([](QTcpSocket *, int) {}); // reads the request, never answers
    WorkspaceClient *client = makeClient(1000);
    RetryPolicy twice = client->retryPolicy();
    twice.maxAttempts = 2;
    client->setRetryPolicy(twice);
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(call->attempts(), 2);
    QCOMPARE(m_server->requests(), 2);
    QCOMPARE(ErrorCatalog::explain(call->error()).key, QStringLiteral("network.timeout"));
}

// setTransferTimeout and abort() both end a reply with OperationCanceledError: the flag decides.
void tst_HostileReplies::cancelIsNotTimeout()
{
    serve([](QTcpSocket *, int) {});
    WorkspaceClient *client = makeClient(5000);
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QTRY_COMPARE(m_server->requests(), 1);
    call->abort();
    QVERIFY(finished.wait(2000));
    QCOMPARE(call->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(finished.size(), 1);
    call->abort(); // no second finished()
    QCOMPARE(call->attempts(), 1);

    // Cancel before anything was sent (waiting in the governor).
    TypedCall<WorkspaceInfo> *early = client->workspaceInfo();
    QSignalSpy earlyFinished(early, &ApiCall::finished);
    early->abort();
    QVERIFY(earlyFinished.wait(2000));
    QCOMPARE(early->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_server->requests(), 1);
}

void tst_HostileReplies::readRetriedOn503()
{
    serve([](QTcpSocket *socket, int n) {
        if (n < 3)
            socket->write(response("503 Service Unavailable", "application/json",
                                   R"({"error_code":"APIG.0203","error_msg":"Backend timeout"})"));
        else
            socket->write(response("200 OK", "application/json", R"({"id":"w3"})"));
        socket->disconnectFromHost();
    });
    WorkspaceClient *client = makeClient();
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().id, QStringLiteral("w3"));
    QCOMPARE(call->attempts(), 3);
    QCOMPARE(client->retryCount(), 2);
}

// CreateDesktop is not idempotent: a reset after sending is reported, never resent blindly.
void tst_HostileReplies::createNotResentAfterReset()
{
    serve([](QTcpSocket *socket, int) { socket->abort(); });
    WorkspaceClient *client = makeClient();
    TypedCall<QString> *call = client->createDesktopsBody(R"({"desktops":[{"user_name":"a"}]})");
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(call->error().isOutcomeUnknown());
    QCOMPARE(m_server->requests(), 1);
    QCOMPARE(m_server->methods(), QList<QByteArray>{"POST"});
}

// A 429 from the gateway was not applied: the create may go again.
void tst_HostileReplies::createResentAfter429()
{
    serve([](QTcpSocket *socket, int n) {
        if (n == 1)
            socket->write(response(
                    "429 Too Many Requests", "application/json",
                    R"({"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:1,time:1 second","request_id":"r"})"));
        else
            socket->write(response("200 OK", "application/json", R"({"job_id":"job-1"})"));
        socket->disconnectFromHost();
    });
    WorkspaceClient *client = makeClient();
    TypedCall<QString> *call = client->createDesktopsBody(R"({"desktops":[{"user_name":"a"}]})");
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    QCOMPARE(call->result(), QStringLiteral("job-1"));
    QCOMPARE(m_server->requests(), 2);
    QCOMPARE(client->governor()->throttleCount(), 1);
}

QTEST_GUILESS_MAIN(tst_HostileReplies)
#include "tst_hostilereplies.moc"
