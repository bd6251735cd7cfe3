// wsemu's request gate over a real socket: bodies past the cap get 413 (declared or chunked),
// a signed route with failing credentials gets 401 before its body is sent, and the refused
// bytes are dropped as they arrive, so that wsemu's memory does not grow with them.

#include "support/emulatorprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

class tst_EmulatorBodyLimit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedEarly_data();
    void refusedEarly();
    void underTheCapIsRead();

private:
    /** VmHWM (peak resident set) of wsemu in KiB, -1 when it cannot be read. */
    qint64 peakKiB() const;

    EmulatorProcess m_emu;
};

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    qint64 sentBodyBytes = 0; ///< body bytes the client could send before the answer
};

/** Sends @p head, then up to @p bodyBytes of body (chunked if asked) until an answer comes. */
Answer exchange(quint16 port, const QByteArray &head, qint64 bodyBytes, bool chunked)
{
    Answer a;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return a;
    socket.write(head);
    const QByteArray block(64 * 1024, 'x');
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    const auto answered = [&] { return received.contains("\r\n\r\n"); };
    while (clock.elapsed() < 60000) {
        if (a.sentBodyBytes < bodyBytes && socket.state() == QAbstractSocket::ConnectedState
            && socket.bytesToWrite() < 4 * block.size()) {
            if (chunked)
                socket.write(QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n");
            else
                socket.write(block);
            a.sentBodyBytes += block.size();
        }
        socket.waitForBytesWritten(10);
        if (socket.waitForReadyRead(a.sentBodyBytes >= bodyBytes ? 1000 : 1))
            received += socket.readAll();
        received += socket.readAll();
        if (answered()) {
            // The whole answer: its Content-Length says how much.
            const qsizetype end = received.indexOf("\r\n\r\n");
            const QByteArray headers = received.left(end).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qint64 length = at < 0 ? 0
                                         : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15)
                                                   .trimmed()
                                                   .toLongLong();
            while (received.size() - end - 4 < length && socket.waitForReadyRead(2000))
                received += socket.readAll();
            a.status = received.mid(9, 3).toInt();
            a.body = QJsonDocument::fromJson(received.mid(end + 4, length)).object();
            break;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
            break;
    }
    return a;
}

QByteArray head(const QByteArray &method, const QByteArray &path, const QByteArray &extra)
{
    return method + ' ' + path
           + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extra + "\r\n";
}

} // namespace

void tst_EmulatorBodyLimit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
}

qint64 tst_EmulatorBodyLimit::peakKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_emu.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void tst_EmulatorBodyLimit::refusedEarly_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<qint64>("bodyBytes"); // how much the client tries to send
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // Growth of wsemu's peak memory allowed: a declared body is never read; a chunked one
    // reaches the HTTP parser up to the 10 MiB cap (whose buffer doubles as it grows), never more.
    QTest::addColumn<qint64>("maxGrowthKiB");
    const QByteArray desktops
            = "/v2/" + QByteArray(EmulatorProcess::DefaultProjectId) + "/desktops";
    QTest::newRow("unsigned route, 1 GB declared")
            << head("POST", "/v3/auth/tokens", "Content-Length: 1073741824\r\n")
            << qint64(256) * 1024 * 1024 << false << 413 << "APIG.0201" << qint64(8 * 1024);
    QTest::newRow("unsigned route, chunked past 10 MB")
            << head("POST", "/v3/auth/tokens", "Transfer-Encoding: chunked\r\n")
            << qint64(256) * 1024 * 1024 << true << 413 << "APIG.0201" << qint64(48 * 1024);
    QTest::newRow("signed route, 1 GB declared")
            << head("POST", desktops, "Content-Length: 1073741824\r\n") << qint64(256) * 1024 * 1024
            << false << 413 << "APIG.0201" << qint64(8 * 1024);
    QTest::newRow("signed route, no credentials")
            << head("POST", desktops, "Content-Length: 5000000\r\n") << qint64(5000000) << false
            << 401 << "APIG.0301" << qint64(8 * 1024);
    QTest::newRow("signed route, unknown access key")
            << head("POST", desktops,
                    "Content-Length: 5000000\r\nX-Sdk-Date: 20260101T000000Z\r\n"
                    "Authorization: SDK-HMAC-SHA256 Access=NOSUCHKEY, SignedHeaders=x-sdk-date, "
                    "Signature=00\r\n")
            << qint64(5000000) << false << 401 << "APIG.0301" << qint64(8 * 1024);
    QTest::newRow("signed route, malformed token")
            << head("POST", desktops, "Content-Length: 5000000\r\nX-Auth-Token: nonsense\r\n")
            << qint64(5000000) << false << 401 << "APIG.0301" << qint64(8 * 1024);
}

void tst_EmulatorBodyLimit::refusedEarly()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, bodyBytes);
    QFETCH(bool, chunked);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(qint64, maxGrowthKiB);
    const qint64 before = peakKiB();
    QVERIFY2(before > 0, "cannot read wsemu's /proc status");
    const Answer a = exchange(m_emu.port(), request, bodyBytes, chunked);
    QCOMPARE(a.status, status);
    QCOMPARE(a.body.value(QStringLiteral("error_code")).toString(), code);
    QVERIFY(!a.body.value(QStringLiteral("error_msg")).toString().isEmpty());
    // Answered early: long before the client could send what it wanted to.
    QVERIFY2(a.sentBodyBytes < bodyBytes, qPrintable(QString::number(a.sentBodyBytes)));
    if (status == 401) // before the body: at most what was in flight when the answer came
        QVERIFY2(a.sentBodyBytes <= 1024 * 1024, qPrintable(QString::number(a.sentBodyBytes)));
    // The refused bytes were not kept: 256 MB sent, the peak grew by no more than the cap allows.
    const qint64 after = peakKiB();
    qInfo("%s: sent %lld KiB before the answer; wsemu peak RSS %lld -> %lld KiB",
          QTest::currentDataTag(), static_cast<long long>(a.sentBodyBytes / 1024),
          static_cast<long long>(before), static_cast<long long>(after));
    QVERIFY2(after - before < maxGrowthKiB, qPrintable(QString::number(after - before)));
    // wsemu still answers on a new connection.
    QVERIFY(m_emu.state().contains(QStringLiteral("desktops")));
}

void tst_EmulatorBodyLimit::underTheCapIsRead()
{
    // 9 MB of JSON to the token route: read whole and answered by the route (not 413).
    QByteArray body = "{\"auth\":{\"pad\":\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}}";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_emu.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(head("POST", "/v3/auth/tokens",
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n")
                 + body);
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (!received.contains("\r\n\r\n") && clock.elapsed() < 30000) {
        socket.waitForBytesWritten(100);
        if (socket.waitForReadyRead(100))
            received += socket.readAll();
    }
    const int status = received.mid(9, 3).toInt();
    QVERIFY2(status >= 400 && status != 413 && status < 500, received.left(200).constData());
}

QTEST_GUILESS_MAIN(tst_EmulatorBodyLimit)
#include "tst_emulatorbodylimit.moc"
