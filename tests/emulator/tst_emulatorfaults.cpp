// Fault injection: 5xx, 429 throttling, latency without blocking, connection resets, "applied
// then lost" responses, and the same faults for the same seed and request sequence. Requests
// that may be dropped go over hand-written sockets so that no client retry hides the fault.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wsemu;

class tst_EmulatorFaults : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serverErrors();
    void throttling();
    void latencyDoesNotBlock();
    void resetDropsTheRequest();
    void lostResponseIsApplied();
    void inspectionRoutesAreNeverFaulted();
    void sameSeedSameFaults();
    void badConfigRefused_data();
    void badConfigRefused();

private:
    QJsonObject state();
    QStringList runSequence();
};

void tst_EmulatorFaults::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorFaults::init()
{
    configure(QJsonObject{{QStringLiteral("fail_rate"), 0},
                          {QStringLiteral("reset_rate"), 0},
                          {QStringLiteral("lost_rate"), 0},
                          {QStringLiteral("rps"), 0},
                          {QStringLiteral("latency_ms"), 0},
                          {QStringLiteral("seed"), 1}});
    EmulatorFixture::reset(*m_client, true);
}

void tst_EmulatorFaults::badConfigRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("offset beyond qint64") << QByteArray(R"({"clock":{"offset_ms":1e300}})");
    QTest::newRow("offset beyond -qint64") << QByteArray(R"({"clock":{"offset_ms":-1e19}})");
    QTest::newRow("clock without a kind") << QByteArray(R"({"clock":{}})");
    QTest::newRow("fixed clock not a date") << QByteArray(R"({"clock":{"fixed":"soon"}})");
}

void tst_EmulatorFaults::badConfigRefused()
{
    // A test endpoint too: out-of-range values get a 400 that says why, and change nothing.
    QFETCH(QByteArray, body);
    const QJsonObject before
            = m_client->get(QStringLiteral("/_emulator/config"), EmulatorTestClient::Auth::None)
                      .json();
    const TestReply reply = m_client->post(QStringLiteral("/_emulator/config"),
                                           QJsonDocument::fromJson(body).object(),
                                           EmulatorTestClient::Auth::None);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("EMU.0001"));
    QVERIFY(!reply.json().value(QStringLiteral("error_msg")).toString().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/_emulator/config"), EmulatorTestClient::Auth::None)
                     .json(),
             before);
}

QJsonObject tst_EmulatorFaults::state()
{
    return m_client->get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None).json();
}

void tst_EmulatorFaults::serverErrors()
{
    configure(QJsonObject{{QStringLiteral("fail_rate"), 1}});
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i) {
        const TestReply reply = m_client->sendOverSocket("GET", p(QStringLiteral("/products")));
        statuses.insert(reply.status);
        if (reply.status == 500) {
            QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010500"));
        } else {
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0203"));
            QCOMPARE(reply.json().value(QStringLiteral("request_id")).toString(),
                     QString::fromLatin1(reply.header("X-Request-Id")));
        }
    }
    QCOMPARE(statuses, (QSet<int>{500, 503}));
    QCOMPARE(state().value(QStringLiteral("requests"))
                             .toObject()
                             .value(QStringLiteral("faults"))
                             .toObject()
                             .value(QStringLiteral("error500"))
                             .toInt()
                     + state().value(QStringLiteral("requests"))
                               .toObject()
                               .value(QStringLiteral("faults"))
                               .toObject()
                               .value(QStringLiteral("error503"))
                               .toInt(),
             12);
}

void tst_EmulatorFaults::throttling()
{
    configure(QJsonObject{{QStringLiteral("rps"), 3}});
    int ok = 0;
    int throttled = 0;
    for (int i = 0; i < 10; ++i) {
        const TestReply reply = m_client->get(p(QStringLiteral("/availability-zones")));
        if (reply.status == 200) {
            ++ok;
        } else {
            QCOMPARE(reply.status, 429);
            ++throttled;
            QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0308"));
            QCOMPARE(reply.errorMessage(),
                     QStringLiteral("The throttling threshold has been reached: policy user over "
                                    "ratelimit,limit:3,time:1 second"));
            QVERIFY(!reply.json().value(QStringLiteral("request_id")).toString().isEmpty());
        }
    }
    QVERIFY2(ok >= 3 && ok <= 5, qPrintable(QString::number(ok)));
    QVERIFY(throttled >= 5);
    // The bucket refills: a request soon succeeds again. (QTRY evaluates its expression once
    // more at the end; the latch keeps that last look from spending another token.)
    bool recovered = false;
    QTRY_VERIFY_WITH_TIMEOUT(
            recovered
                    || (recovered
                        = m_client->get(p(QStringLiteral("/availability-zones"))).status == 200),
            3000);
}

void tst_EmulatorFaults::latencyDoesNotBlock()
{
    configure(QJsonObject{{QStringLiteral("latency_ms"), 300}});
    QElapsedTimer timer;
    timer.start();
    // Two requests at once: a server that slept would answer the second after 600 ms.
    QNetworkAccessManager &manager = m_client->manager();
    auto request = [&](const QString &path) {
        QNetworkRequest r(m_client->urlFor(path));
        const auto headers
                = m_client->buildHeaders("GET", r.url(), {}, EmulatorTestClient::Auth::AkSk, {});
        for (const auto &h : headers)
            r.setRawHeader(h.first, h.second);
        return manager.get(r);
    };
    QNetworkReply *first = request(p(QStringLiteral("/vpcs")));
    QNetworkReply *second = request(p(QStringLiteral("/security-groups")));
    // The inspection routes answer at once meanwhile.
    const TestReply health
            = m_client->get(QStringLiteral("/_emulator/health"), EmulatorTestClient::Auth::None);
    QCOMPARE(health.status, 200);
    QVERIFY2(timer.elapsed() < 250, qPrintable(QString::number(timer.elapsed())));
    const TestReply a = EmulatorTestClient::wait(first, 5000);
    const TestReply b = EmulatorTestClient::wait(second, 5000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QVERIFY2(elapsed >= 290 && elapsed < 590, qPrintable(QString::number(elapsed)));
}

void tst_EmulatorFaults::resetDropsTheRequest()
{
    configure(QJsonObject{{QStringLiteral("reset_rate"), 1}});
    const TestReply reply = m_client->sendOverSocket(
            "POST", p(QStringLiteral("/users")),
            R"({"user_name":"reset01","user_email":"reset01@example.com"})");
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    configure(QJsonObject{{QStringLiteral("reset_rate"), 0}});
    // Nothing was applied.
    QCOMPARE(m_client->get(p(QStringLiteral("/users?user_names=reset01")))
                     .json()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             0);
    QCOMPARE(state().value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("by_route"))
                     .toObject()
                     .value(QStringLiteral("POST /v2/{project_id}/users"))
                     .toObject()
                     .value(QStringLiteral("reset"))
                     .toInt(),
             1);
}

void tst_EmulatorFaults::lostResponseIsApplied()
{
    configure(QJsonObject{{QStringLiteral("lost_rate"), 1}});
    const QByteArray body
            = R"({"desktop_type":"DEDICATED","product_id":"workspace.x86.general.large2.windows",)"
              R"("image_type":"gold","image_id":"a866298d-67db-44b0-a1f1-9d09bdddc20f",)"
              R"("root_volume":{"type":"SAS","size":80},)"
              R"("desktops":[{"user_name":"chenjing","computer_name":"LOST-PC-01"}]})";
    const TestReply reply = m_client->sendOverSocket("POST", p(QStringLiteral("/desktops")), body);
    QCOMPARE(reply.status, 0); // the client never sees the job id...
    // ...but the desktop and its job exist: this is how a blind retry makes duplicates.
    const QJsonObject s = state();
    QCOMPARE(s.value(QStringLiteral("desktops")).toObject().value(QStringLiteral("total")).toInt(),
             1);
    QCOMPARE(s.value(QStringLiteral("computer_names"))
                     .toObject()
                     .value(QStringLiteral("lost-pc-01"))
                     .toInt(),
             1);
    QCOMPARE(s.value(QStringLiteral("jobs")).toObject().value(QStringLiteral("total")).toInt(), 1);
    // Reads are never "lost": only mutating calls are.
    QCOMPARE(m_client->sendOverSocket(
                             "GET", p(QStringLiteral("/desktops/detail?computer_names=LOST-PC-01")))
                     .status,
             200);
}

void tst_EmulatorFaults::inspectionRoutesAreNeverFaulted()
{
    configure(QJsonObject{{QStringLiteral("fail_rate"), 1},
                          {QStringLiteral("reset_rate"), 1},
                          {QStringLiteral("rps"), 0.001}});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->sendOverSocket("GET", QStringLiteral("/_emulator/state"), {},
                                          EmulatorTestClient::Auth::None)
                         .status,
                 200);
    QCOMPARE(state().value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             0);
}

QStringList tst_EmulatorFaults::runSequence()
{
    QStringList outcomes;
    for (int i = 0; i < 30; ++i) {
        TestReply reply;
        if (i % 3 == 0) {
            reply = m_client->sendOverSocket(
                    "POST", p(QStringLiteral("/users")),
                    QStringLiteral(R"({"user_name":"seq%1","user_email":"seq%1@example.com"})")
                            .arg(i)
                            .toUtf8());
        } else {
            reply = m_client->sendOverSocket(
                    "GET", p(i % 3 == 1 ? QStringLiteral("/products") : QStringLiteral("/users")));
        }
        outcomes.append(reply.status == 0 ? QStringLiteral("reset")
                                          : QString::number(reply.status) + QLatin1Char(' ')
                                                    + reply.errorCode());
    }
    return outcomes;
}

void tst_EmulatorFaults::sameSeedSameFaults()
{
    const QJsonObject faults{{QStringLiteral("fail_rate"), 0.3},
                             {QStringLiteral("reset_rate"), 0.2},
                             {QStringLiteral("lost_rate"), 0.4},
                             {QStringLiteral("seed"), 42}};
    configure(faults);
    const QStringList first = runSequence();
    const QJsonArray firstFaults = state().value(QStringLiteral("requests"))
                                           .toObject()
                                           .value(QStringLiteral("fault_sequence"))
                                           .toArray();
    const int firstUsers = state().value(QStringLiteral("users")).toInt();

    // Same seed, same request sequence, from the same starting state: the same faults.
    EmulatorFixture::reset(*m_client, true);
    configure(faults);
    const QStringList second = runSequence();
    QCOMPARE(second, first);
    QCOMPARE(state().value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("fault_sequence"))
                     .toArray(),
             firstFaults);
    QCOMPARE(state().value(QStringLiteral("users")).toInt(), firstUsers);
    // Every kind happened, so the comparison means something.
    for (const char *kind : {"reset", "error500", "error503", "lost", "none"})
        QVERIFY2(firstFaults.contains(QString::fromLatin1(kind)), kind);

    // Another seed gives another sequence.
    EmulatorFixture::reset(*m_client, true);
    QJsonObject other = faults;
    other.insert(QStringLiteral("seed"), 43);
    configure(other);
    QVERIFY(runSequence() != first);
}

QTEST_GUILESS_MAIN(tst_EmulatorFaults)
#include "tst_emulatorfaults.moc"
