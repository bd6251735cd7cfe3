#include "api/http/rategovernor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace wsc;

namespace {

/** One token at a time and no concurrency cap: only the rate holds requests back. */
RateGovernor::Settings tokenBound(double rate)
{
    RateGovernor::Settings s;
    s.ratePerSecond = rate;
    s.burst = 1;
    s.maxConcurrent = 100;
    return s;
}

/**
 * Three requests while the (stepped) clock stands still: one takes the token, two wait for the
 * next, so demand exceeds the rate.
 */
void waitForTokens(RateGovernor &governor, int *started)
{
    for (int i = 0; i < 3; ++i)
        governor.acquire([started] { ++*started; });
    QTRY_COMPARE(*started, 1);
}

} // namespace

/**
 * RateGovernor: the concurrency cap, the token bucket pace, learning the tenant's limit (growth
 * while demand exceeds the rate, the cut to a stated or measured limit, the ceiling, probing
 * again after a quiet spell), the fixed-rate mode, cancel.
 */
class tst_RateGovernor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void concurrencyCap_data();
    void concurrencyCap();
    void bucketPaces();
    void throttleHalvesOncePerSecondAndRecovers();
    void learnsLimitFromThrottle_data();
    void learnsLimitFromThrottle();
    void growsOnlyWhileDemandExceedsRate();
    void settlesBelowLimitAndProbesAfterQuietSpell();
    void probeStaysNearThroughput_data();
    void probeStaysNearThroughput();
    void startsKnowingAnEarlierLimit_data();
    void startsKnowingAnEarlierLimit();
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
    RateGovernor governor(tokenBound(20));
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
    s.adaptive = false; // a fixed rate: cut on 429, recover up to it, never above
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

void tst_RateGovernor::learnsLimitFromThrottle_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("ceiling");
    QTest::addColumn<int>("acceptedLastSecond");
    QTest::addColumn<double>("stated");
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("rate");
    // The 429's message states the limit: settle at 95 % of it.
    QTest::newRow("stated below the start") << 20.0 << 1000.0 << 7 << 5.0 << 5.0 << 4.75;
    // No stated limit: what went through over the last second measures it; the rate halves
    // first when half is lower than the settled rate.
    QTest::newRow("measured") << 20.0 << 1000.0 << 30 << 0.0 << 30.0 << 10.0;
    QTest::newRow("measured below half") << 40.0 << 1000.0 << 10 << 0.0 << 10.0 << 9.5;
    // Nothing accepted yet (the very first request was refused): half the rate.
    QTest::newRow("nothing accepted") << 16.0 << 1000.0 << 0 << 0.0 << 8.0 << 7.6;
    // The ceiling bounds the learned limit as well as the rate.
    QTest::newRow("stated above the ceiling") << 8.0 << 8.0 << 3 << 50.0 << 8.0 << 4.0;
}

// The limit learned from the first 429 and where the rate goes.
void tst_RateGovernor::learnsLimitFromThrottle()
{
    QFETCH(double, start);
    QFETCH(double, ceiling);
    QFETCH(int, acceptedLastSecond);
    QFETCH(double, stated);
    QFETCH(double, limit);
    QFETCH(double, rate);
    qint64 now = 10000;
    RateGovernor::Settings s;
    s.ratePerSecond = start;
    s.ceilingPerSecond = ceiling;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    QCOMPARE(governor.learnedLimit(), 0.0);
    for (int i = 0; i < acceptedLastSecond; ++i) {
        now += 900 / std::max(1, acceptedLastSecond);
        governor.noteSuccess(); // no request waits for a token: the rate does not grow
    }
    QCOMPARE(governor.currentRate(), std::min(start, ceiling));
    now += 50;
    governor.noteThrottled(stated);
    QCOMPARE(governor.learnedLimit(), limit);
    QVERIFY2(qAbs(governor.currentRate() - rate) < 1e-9,
             qPrintable(QString::number(governor.currentRate())));
    // The other requests in flight that hit the limit do not cut again.
    governor.noteThrottled(stated);
    QVERIFY(qAbs(governor.currentRate() - rate) < 1e-9);
    QCOMPARE(governor.throttleCount(), 2);
}

// Successes raise the rate only while requests wait for tokens, and never past the ceiling.
void tst_RateGovernor::growsOnlyWhileDemandExceedsRate()
{
    qint64 now = 0;
    RateGovernor::Settings s = tokenBound(10);
    s.ceilingPerSecond = 30;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    governor.noteSuccess();
    QCOMPARE(governor.currentRate(), 10.0); // nobody waits: nothing to learn

    // The clock stands still, so after the one token the other requests wait.
    int started = 0;
    waitForTokens(governor, &started);
    QCOMPARE(governor.queued(), 2);
    QSignalSpy changed(&governor, &RateGovernor::rateChanged);
    governor.noteSuccess();
    QVERIFY2(governor.currentRate() > 10.0 && governor.currentRate() < 12.0,
             qPrintable(QString::number(governor.currentRate())));
    for (int i = 0; i < 100; ++i)
        governor.noteSuccess();
    QCOMPARE(governor.currentRate(), 30.0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toDouble(), 30.0);
}

// After a 429 the rate climbs back to just below the limit and stays; after a long quiet spell
// at that rate it tries a little higher.
void tst_RateGovernor::settlesBelowLimitAndProbesAfterQuietSpell()
{
    qint64 now = 0;
    RateGovernor::Settings s = tokenBound(40);
    s.reprobeMs = 20000;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    int started = 0;
    waitForTokens(governor, &started);
    governor.noteThrottled(20);
    QCOMPARE(governor.learnedLimit(), 20.0);
    QCOMPARE(governor.currentRate(), 19.0); // min(40 / 2, 0.95 × 20)
    governor.noteThrottled(0);              // within the second: no second cut
    for (int i = 0; i < 50; ++i) {
        now += 10;
        governor.release();
        governor.acquire([&] { ++started; });
        governor.noteSuccess();
    }
    QCOMPARE(governor.currentRate(), 19.0); // settled: never above 95 % of the limit
    // Twenty quiet seconds at the settled rate, requests still waiting for tokens.
    for (int i = 0; i < 21; ++i) {
        now += 1000;
        governor.release();
        governor.acquire([&] { ++started; });
        QCoreApplication::processEvents();
        governor.noteSuccess();
    }
    QVERIFY2(governor.learnedLimit() > 20.0 && governor.learnedLimit() <= 22.0 + 1e-9,
             qPrintable(QString::number(governor.learnedLimit())));
    QVERIFY(governor.currentRate() > 19.0);
}

void tst_RateGovernor::probeStaysNearThroughput_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("successes");
    // Requests wait for tokens all along, but only so many come back per second (the
    // concurrency cap or the client's own work holds them): the rate grows to about twice that,
    // not to the ceiling.
    QTest::newRow("100 per second") << 10 << 45;
    QTest::newRow("200 per second") << 5 << 90;
    QTest::newRow("40 per second") << 25 << 18;
}

// While probing, the rate stays within twice the throughput the service is seen to accept.
void tst_RateGovernor::probeStaysNearThroughput()
{
    QFETCH(int, intervalMs);
    QFETCH(int, successes);
    qint64 now = 0;
    RateGovernor::Settings s = tokenBound(10);
    s.ceilingPerSecond = 1000;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    int started = 0;
    waitForTokens(governor, &started);
    for (int i = 0; i < successes; ++i) {
        now += intervalMs;
        governor.noteSuccess();
    }
    // The throughput is measured over at least 100 ms, so the highest it reads is that of the
    // first 100 ms: 100 / interval + 1 successes. The cap only stops growth, it never cuts.
    const double highestSeen = (100.0 / intervalMs + 1) * 1000.0 / 100.0;
    QVERIFY2(governor.currentRate() > 2 * s.ratePerSecond,
             qPrintable(QString::number(governor.currentRate())));
    QVERIFY2(governor.currentRate() <= 2 * highestSeen + 1e-9,
             qPrintable(QStringLiteral("rate %1, seen at most %2")
                                .arg(governor.currentRate())
                                .arg(highestSeen)));
    QCOMPARE(governor.learnedLimit(), 0.0);
    QCOMPARE(governor.settledRate(), 0.0);
}

void tst_RateGovernor::startsKnowingAnEarlierLimit_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("known");
    QTest::addColumn<double>("ceiling");
    QTest::addColumn<double>("limit");
    QTest::addColumn<double>("rate");
    QTest::newRow("settled pace") << 47.5 << 50.0 << 1000.0 << 50.0 << 47.5;
    // A start above the settled pace starts settled; one below climbs to it.
    QTest::newRow("start above") << 80.0 << 50.0 << 1000.0 << 50.0 << 47.5;
    QTest::newRow("start below") << 10.0 << 50.0 << 1000.0 << 50.0 << 10.0;
    QTest::newRow("ceiling below the known limit") << 30.0 << 50.0 << 30.0 << 30.0 << 28.5;
}

// A limit learned by an earlier session: the rate stays at or below 95 % of it under demand, and
// probes higher only after the quiet spell, as if this session had learned it.
void tst_RateGovernor::startsKnowingAnEarlierLimit()
{
    QFETCH(double, start);
    QFETCH(double, known);
    QFETCH(double, ceiling);
    QFETCH(double, limit);
    QFETCH(double, rate);
    qint64 now = 0;
    RateGovernor::Settings s = tokenBound(start);
    s.ceilingPerSecond = ceiling;
    s.knownLimit = known;
    s.reprobeMs = 20000;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    QCOMPARE(governor.learnedLimit(), limit);
    QCOMPARE(governor.currentRate(), rate);
    QCOMPARE(governor.settledRate(), limit * 0.95);
    int started = 0;
    // Ten seconds of demand at the pace: no growth past the settled rate.
    for (int i = 0; i < 500; ++i) {
        now += 20;
        governor.release();
        governor.acquire([&] { ++started; });
        if (i % 25 == 0)
            QCoreApplication::processEvents();
        governor.noteSuccess();
    }
    QVERIFY2(qAbs(governor.currentRate() - limit * 0.95) < 1e-9,
             qPrintable(QString::number(governor.currentRate())));
    QCOMPARE(governor.learnedLimit(), limit);
    // Twenty more: the quiet spell is over, a little more is tried (never past the ceiling).
    for (int i = 0; i < 1000; ++i) {
        now += 20;
        governor.release();
        governor.acquire([&] { ++started; });
        if (i % 25 == 0)
            QCoreApplication::processEvents();
        governor.noteSuccess();
    }
    QCOMPARE(governor.learnedLimit(), std::min(ceiling, limit * 1.1));
    QCOMPARE(governor.throttleCount(), 0);
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
