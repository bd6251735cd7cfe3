#include "api/http/rategovernor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

/** RateGovernor: the concurrency cap, the token bucket pace, AIMD on 429, cancel. */
class tst_RateGovernor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void concurrencyCap_data();
    void concurrencyCap();
    void bucketPaces();
    void throttleHalvesOncePerSecondAndRecovers();
    void cancelQueued();
    void neverStartsSynchronously();
};

void tst_RateGovernor::concurrencyCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("requests");
    QTest::newRow("1 of 5") << 1 << 5;
    QTest::newRow("3 of 10") << 3 << 10;
    QTest::newRow("6 of 6") << 6 << 6;
}

// Never more than maxConcurrent started and not released; all eventually start.
void tst_RateGovernor::concurrencyCap()
{
    QFETCH(int, cap);
    QFETCH(int, requests);
    RateGovernor::Settings s;
    s.maxConcurrent = cap;
    s.ratePerSecond = 1000;
    s.burst = 1000;
    RateGovernor governor(s);
    int running = 0;
    int maxRunning = 0;
    int started = 0;
    for (int i = 0; i < requests; ++i) {
        governor.acquire([&] {
            ++running;
            ++started;
            maxRunning = qMax(maxRunning, running);
            QTimer::singleShot(20, &governor, [&] {
                --running;
                governor.release();
            });
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(started, requests, 5000);
    QTRY_COMPARE(running, 0);
    QCOMPARE(maxRunning, cap);
}

void tst_RateGovernor::bucketPaces()
{
    RateGovernor::Settings s;
    s.maxConcurrent = 100;
    s.ratePerSecond = 20;
    s.burst = 1;
    RateGovernor governor(s);
    QElapsedTimer clock;
    clock.start();
    int started = 0;
    for (int i = 0; i < 6; ++i)
        governor.acquire([&] {
            ++started;
            governor.release();
        });
    QTRY_COMPARE_WITH_TIMEOUT(started, 6, 5000);
    // 1 from the bucket, then one every 50 ms: at least ~250 ms for six.
    QVERIFY2(clock.elapsed() >= 200, qPrintable(QString::number(clock.elapsed())));
}

void tst_RateGovernor::throttleHalvesOncePerSecondAndRecovers()
{
    RateGovernor::Settings s;
    s.ratePerSecond = 16;
    s.minRatePerSecond = 1;
    s.recoveryStep = 0.25;
    RateGovernor governor(s);
    QSignalSpy changed(&governor, &RateGovernor::rateChanged);
    governor.noteThrottled();
    QCOMPARE(governor.currentRate(), 8.0);
    // A burst of 429s from requests already in flight cuts only once.
    governor.noteThrottled();
    governor.noteThrottled();
    QCOMPARE(governor.currentRate(), 8.0);
    QCOMPARE(governor.throttleCount(), 3);
    governor.noteSuccess();
    QCOMPARE(governor.currentRate(), 12.0);
    governor.noteSuccess();
    governor.noteSuccess();
    QCOMPARE(governor.currentRate(), 16.0);
    QCOMPARE(changed.size(), 3);
}

void tst_RateGovernor::cancelQueued()
{
    RateGovernor::Settings s;
    s.maxConcurrent = 1;
    RateGovernor governor(s);
    bool first = false;
    bool second = false;
    governor.acquire([&] { first = true; });
    const RateGovernor::Ticket t = governor.acquire([&] { second = true; });
    QTRY_VERIFY(first);
    QCOMPARE(governor.queued(), 1);
    QVERIFY(governor.cancel(t));
    QVERIFY(!governor.cancel(t));
    governor.release();
    // FIFO: had the cancelled ticket survived, it would start before this one.
    bool third = false;
    governor.acquire([&] { third = true; });
    QTRY_VERIFY(third);
    QVERIFY(!second);
    governor.release();
    QCOMPARE(governor.inFlight(), 0);
}

void tst_RateGovernor::neverStartsSynchronously()
{
    RateGovernor governor;
    bool started = false;
    governor.acquire([&] { started = true; });
    QVERIFY(!started);
    QTRY_VERIFY(started);
}

QTEST_GUILESS_MAIN(tst_RateGovernor)
#include "tst_rategovernor.moc"
