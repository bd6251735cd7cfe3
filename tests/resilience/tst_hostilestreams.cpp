#include "support/rawhttpserver.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <functional>

using namespace wsc;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underAsan = true;
#else
constexpr bool underAsan = false;
#endif
#else
constexpr bool underAsan = false;
#endif

constexpr qint64 fiftyMb = 50 * 1024 * 1024;

qint64 peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/** How a reply is cut off: the bytes sent before the server stops writing (and keeps the
 * connection open), or a trickle of one byte per 100 ms that never completes in time. */
enum class Stall { MidStatusLine, MidHeaders, AfterHeaders, MidBody, MidChunk, Trickle };

} // namespace

Q_DECLARE_METATYPE(Stall)

/**
 * The hostile replies that take time or size to hurt: 50 MB bodies (declared, chunked, and a
 * valid one under a raised cap) and servers that stall mid-response or trickle bytes. Every one
 * must end as a clear ApiError within the per-attempt deadline, on the retried read path and on
 * the send-once create path, without buffering the whole body. Complements
 * tests/api/tst_hostilereplies (malformed, HTML, wrong types, 64 MB declared, no answer at all).
 */
class tst_HostileStreams : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fiftyMegabytes_data();
    void fiftyMegabytes();
    void fiftyMegabytesUnderRaisedCap();
    void stalls_data();
    void stalls();

private:
    WorkspaceClient *makeClient(int timeoutMs, qint64 cap, int attempts);
    /** A create (never resent: its outcome is unknown) or, when @p create is false, a read. */
    static ApiCall *send(WorkspaceClient *client, bool create);
    /** Writes @p total bytes of @p filler after @p head, 1 MB at a time as the socket drains. */
    static void stream(QTcpSocket *socket, const QByteArray &head, qint64 total, char filler,
                       bool chunked, const QByteArray &tail);

    std::unique_ptr<RawHttpServer> m_server;
};

void tst_HostileStreams::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Stall>();
}

void tst_HostileStreams::init()
{
    // Sockets go when closed: each test streams tens of megabytes through several of them.
    m_server = std::make_unique<RawHttpServer>(true);
    QVERIFY(m_server->listen());
}

void tst_HostileStreams::cleanup()
{
    m_server.reset();
}

WorkspaceClient *tst_HostileStreams::makeClient(int timeoutMs, qint64 cap, int attempts)
{
    ConnectionConfig config = m_server->config(timeoutMs);
    if (cap > 0)
        config.maxBodyBytes = cap;
    auto *client = new WorkspaceClient(config, this);
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 40;
    fast.maxAttempts = attempts;
    client->setRetryPolicy(fast);
    return client;
}

ApiCall *tst_HostileStreams::send(WorkspaceClient *client, bool create)
{
    if (create)
        return client->createDesktopsBody(R"({"desktops":[{"user_name":"a"}]})");
    return client->workspaceInfo();
}

void tst_HostileStreams::stream(QTcpSocket *socket, const QByteArray &head, qint64 total,
                                char filler, bool chunked, const QByteArray &tail)
{
    socket->write(head);
    auto left = std::make_shared<qint64>(total);
    const QPointer<QTcpSocket> guard(socket);
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [guard, left, filler, chunked, tail] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        // Keep at most ~2 MB queued: the server side must not be what uses the memory.
        while (*left > 0 && guard->bytesToWrite() < 2 * 1024 * 1024) {
            const qint64 n = std::min<qint64>(*left, 1024 * 1024);
            const QByteArray block(static_cast<qsizetype>(n), filler);
            if (chunked)
                guard->write(QByteArray::number(n, 16) + "\r\n" + block + "\r\n");
            else
                guard->write(block);
            *left -= n;
        }
        if (*left == 0) {
            *left = -1;
            guard->write(chunked ? tail + "0\r\n\r\n" : tail);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, [pump] { (*pump)(); });
    (*pump)();
}

void tst_HostileStreams::fiftyMegabytes_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("read, Content-Length 50 MB") << false << false;
    QTest::newRow("read, chunked 50 MB") << false << true;
    QTest::newRow("create, Content-Length 50 MB") << true << false;
    QTest::newRow("create, chunked 50 MB") << true << true;
}

// A 50 MB reply under the default 16 MB cap: aborted once the cap is passed, never retried (it
// would be as big again), and never held whole in memory.
void tst_HostileStreams::fiftyMegabytes()
{
    QFETCH(bool, create);
    QFETCH(bool, chunked);
    m_server->serve([chunked](QTcpSocket *socket, int) {
        const qint64 size = fiftyMb;
        const QByteArray head
                = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                  + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                             : "Content-Length: " + QByteArray::number(size + 2) + "\r\n\r\n");
        // One huge JSON array of spaces: valid until the last byte, so only the size can stop it.
        if (chunked)
            stream(socket, head + "1\r\n[\r\n", size, ' ', true, "1\r\n]\r\n");
        else
            stream(socket, head + "[", size, ' ', false, "]");
    });
    WorkspaceClient *client = makeClient(20000, 0, 3);
    QCOMPARE(client->config().maxBodyBytes, qint64(16 * 1024 * 1024));
    const qint64 rssBefore = peakRssMb();
    QElapsedTimer clock;
    clock.start();
    ApiCall *call = send(client, create);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(call->error().kind, ApiError::Kind::BodyTooLarge);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(m_server->requests(), 1);
    QCOMPARE(call->error().isOutcomeUnknown(), true); // a create may have been applied
    QCOMPARE(ErrorCatalog::explain(call->error()).key, QStringLiteral("network.too-large"));
    QVERIFY(!ErrorCatalog::describe(call->error()).isEmpty());
    QVERIFY(!call->error().summary().isEmpty());
    const qint64 grown = peakRssMb() - rssBefore;
    qInfo("aborted after %lld ms, peak RSS grew by %lld MB", clock.elapsed(), grown);
    if (!underAsan) // ASan's quarantine keeps freed blocks resident
        QVERIFY2(grown < 48, qPrintable(QStringLiteral("%1 MB").arg(grown)));
}

// The same 50 MB when the profile allows it: read to the end and parsed.
void tst_HostileStreams::fiftyMegabytesUnderRaisedCap()
{
    m_server->serve([](QTcpSocket *socket, int) {
        const qint64 size = fiftyMb;
        const QByteArray prefix = R"({"id":"w-big","status":"SUBSCRIBED","pad":")";
        const QByteArray suffix = "\"}";
        stream(socket,
               "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                       + QByteArray::number(prefix.size() + size + suffix.size()) + "\r\n\r\n"
                       + prefix,
               size, 'x', false, suffix);
    });
    WorkspaceClient *client = makeClient(20000, 64 * 1024 * 1024, 1);
    TypedCall<WorkspaceInfo> *call = client->workspaceInfo();
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    QCOMPARE(call->result().id, QStringLiteral("w-big"));
}

void tst_HostileStreams::stalls_data()
{
    QTest::addColumn<Stall>("stall");
    QTest::addColumn<bool>("create");
    const QList<QPair<const char *, Stall>> stalls{{"mid status line", Stall::MidStatusLine},
                                                   {"mid headers", Stall::MidHeaders},
                                                   {"after headers", Stall::AfterHeaders},
                                                   {"mid body", Stall::MidBody},
                                                   {"mid chunk", Stall::MidChunk},
                                                   {"trickle", Stall::Trickle}};
    for (const auto &s : stalls) {
        QTest::addRow("read, %s", s.first) << s.second << false;
        QTest::addRow("create, %s", s.first) << s.second << true;
    }
}

// A server that starts answering and stops (the connection stays open): the per-attempt
// deadline ends each attempt; reads retry, a create is sent once and reported as unknown.
void tst_HostileStreams::stalls()
{
    QFETCH(Stall, stall);
    QFETCH(bool, create);
    m_server->serve([stall](QTcpSocket *socket, int) {
        const QByteArray body = R"({"id":"w1","status":"SUBSCRIBED","job_id":"j-1"})";
        switch (stall) {
        case Stall::MidStatusLine:
            socket->write("HTTP/1.1 20");
            break;
        case Stall::MidHeaders:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/js");
            break;
        case Stall::AfterHeaders:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n");
            break;
        case Stall::MidBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(10));
            break;
        case Stall::MidChunk:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n"
                          + QByteArray::number(body.size(), 16) + "\r\n" + body.left(10));
            break;
        case Stall::Trickle: {
            // Never idle for long, never done: only an overall deadline ends it.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "100000\r\n\r\n{\"pad\":\"");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(50);
            break;
        }
        }
    });
    const int timeoutMs = 1000; // the smallest a profile accepts (ConnectionConfig::problems)
    const int attempts = create ? 1 : 2;
    WorkspaceClient *client = makeClient(timeoutMs, 0, 2);
    QElapsedTimer clock;
    clock.start();
    ApiCall *call = send(client, create);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(call->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(call->attempts(), attempts);
    QCOMPARE(m_server->requests(), attempts);
    QVERIFY(call->error().isOutcomeUnknown());
    QCOMPARE(ErrorCatalog::explain(call->error()).key, QStringLiteral("network.timeout"));
    QVERIFY(!ErrorCatalog::describe(call->error()).isEmpty());
    // No hang past the timeout: each attempt ends at its deadline (plus backoff and slack);
    // a coarse QTimer may fire up to 5 % early.
    QVERIFY2(elapsed >= attempts * timeoutMs * 0.9, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < attempts * timeoutMs + 1500, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(tst_HostileStreams)
#include "tst_hostilestreams.moc"
