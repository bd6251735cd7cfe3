#include "api/http/workspaceclient.h"
#include "api/profiles/catalogcache.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The session's catalog cache against wsemu: every catalog loads, a second form gets it without
 * a request, loads in flight are shared, a failure keeps its cause until Retry, and clear()
 * forgets (and drops answers still on the way).
 */
class tst_CatalogCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void loadsEveryCatalog();
    void cachedForTheSession();
    void concurrentLoadsShareOne();
    void failureKeepsItsCauseUntilRetry();
    void clearDropsLoadsInFlight();

private:
    ConnectionConfig config() const;
    bool waitReady(CatalogCache &cache, CatalogCache::Kind kind);

    EmulatorProcess m_emu;
};

void tst_CatalogCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
}

void tst_CatalogCache::cleanupTestCase()
{
    QCOMPARE(m_emu.stop(), 0);
}

void tst_CatalogCache::init()
{
    m_emu.configure({{QStringLiteral("fail_rate"), 0.0}, {QStringLiteral("latency_ms"), 0}});
}

ConnectionConfig tst_CatalogCache::config() const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu);
    return c;
}

bool tst_CatalogCache::waitReady(CatalogCache &cache, CatalogCache::Kind kind)
{
    QSignalSpy spy(&cache, &CatalogCache::stateChanged);
    cache.load(kind);
    for (int i = 0; i < 50 && cache.state(kind) == CatalogCache::State::Loading; ++i)
        spy.wait(200);
    return cache.isReady(kind);
}

void tst_CatalogCache::loadsEveryCatalog()
{
    WorkspaceClient client(config());
    CatalogCache cache(&client);
    QSignalSpy states(&cache, &CatalogCache::stateChanged);
    for (const CatalogCache::Kind kind :
         {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones, CatalogCache::Kind::Products,
          CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
          CatalogCache::Kind::SecurityGroups}) {
        QVERIFY2(waitReady(cache, kind), qPrintable(cache.error(kind).summary()));
        QVERIFY(cache.loadedAt(kind).isValid());
    }
    QCOMPARE(cache.workspace().domainType, QStringLiteral("LITE_AS"));
    QCOMPARE(cache.workspace().subnetIds.size(), 2);
    QCOMPARE(cache.zones().size(), 3);
    // Products come per OS and carry it, although the service's objects have no os_type.
    QCOMPARE(cache.products().size(), 10);
    int windows = 0;
    int linux = 0;
    for (const Product &p : cache.products()) {
        windows += p.osType == QLatin1String("Windows");
        linux += p.osType == QLatin1String("Linux");
        QCOMPARE(p.osType == QLatin1String("Windows"),
                 p.productId.endsWith(QLatin1String("windows"))
                         || p.productId.contains(QLatin1String(".windows.")));
    }
    QCOMPARE(windows, 6);
    QCOMPARE(linux, 4);
    QCOMPARE(cache.images().size(), 9);
    QVERIFY(cache.subnets().size() >= 2);
    for (const QString &id : cache.workspace().subnetIds) {
        bool found = false;
        for (const SubnetInfo &s : cache.subnets())
            found = found || s.id == id;
        QVERIFY2(found, qPrintable(id));
    }
    QCOMPARE(cache.securityGroups().size(), 4);
    // Loading then ready, for each of the six.
    QCOMPARE(states.count(), 12);
}

void tst_CatalogCache::cachedForTheSession()
{
    WorkspaceClient client(config());
    CatalogCache cache(&client);
    QVERIFY(waitReady(cache, CatalogCache::Kind::Images));
    const int requests = client.requestCount();
    QSignalSpy states(&cache, &CatalogCache::stateChanged);
    cache.load(CatalogCache::Kind::Images);
    QCOMPARE(states.count(), 0);
    QCOMPARE(client.requestCount(), requests);
    QCOMPARE(cache.loadCount(CatalogCache::Kind::Images), 1);
    // Refresh asks again.
    cache.reload(CatalogCache::Kind::Images);
    QCOMPARE(cache.state(CatalogCache::Kind::Images), CatalogCache::State::Loading);
    QVERIFY(states.wait(5000));
    QVERIFY(cache.isReady(CatalogCache::Kind::Images));
    QCOMPARE(cache.loadCount(CatalogCache::Kind::Images), 2);
    QVERIFY(client.requestCount() > requests);
}

void tst_CatalogCache::concurrentLoadsShareOne()
{
    WorkspaceClient client(config());
    CatalogCache cache(&client);
    cache.load(CatalogCache::Kind::Products);
    cache.load(CatalogCache::Kind::Products);
    cache.load(CatalogCache::Kind::Products);
    QCOMPARE(cache.loadCount(CatalogCache::Kind::Products), 1);
    QVERIFY(waitReady(cache, CatalogCache::Kind::Products));
    // Two lists (Windows, Linux), one page each, plus the project lookup at most.
    QVERIFY2(client.requestCount() <= 3, qPrintable(QString::number(client.requestCount())));
}

void tst_CatalogCache::failureKeepsItsCauseUntilRetry()
{
    WorkspaceClient client(config());
    RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);
    CatalogCache cache(&client);
    m_emu.configure({{QStringLiteral("fail_rate"), 1.0}});
    QSignalSpy states(&cache, &CatalogCache::stateChanged);
    cache.load(CatalogCache::Kind::Zones);
    QTRY_COMPARE_WITH_TIMEOUT(cache.state(CatalogCache::Kind::Zones), CatalogCache::State::Failed,
                              10000);
    const ApiError error = cache.error(CatalogCache::Kind::Zones);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(error.httpStatus == 500 || error.httpStatus == 503);
    QVERIFY(cache.zones().isEmpty());
    // The next load() (a page shown again, or Retry) asks again.
    const int requests = client.requestCount();
    m_emu.configure({{QStringLiteral("fail_rate"), 0.0}});
    cache.load(CatalogCache::Kind::Zones);
    QCOMPARE(cache.state(CatalogCache::Kind::Zones), CatalogCache::State::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(cache.isReady(CatalogCache::Kind::Zones), 10000);
    QVERIFY(client.requestCount() > requests);
    QVERIFY(!cache.error(CatalogCache::Kind::Zones).isError());
    QCOMPARE(cache.zones().size(), 3);
}

void tst_CatalogCache::clearDropsLoadsInFlight()
{
    WorkspaceClient client(config());
    CatalogCache cache(&client);
    QVERIFY(waitReady(cache, CatalogCache::Kind::Zones));
    m_emu.configure({{QStringLiteral("latency_ms"), 300}});
    cache.load(CatalogCache::Kind::Images);
    QCOMPARE(cache.state(CatalogCache::Kind::Images), CatalogCache::State::Loading);
    QSignalSpy states(&cache, &CatalogCache::stateChanged);
    cache.clear();
    QCOMPARE(cache.state(CatalogCache::Kind::Images), CatalogCache::State::Empty);
    QCOMPARE(cache.state(CatalogCache::Kind::Zones), CatalogCache::State::Empty);
    QVERIFY(cache.zones().isEmpty());
    const int announced = int(states.count());
    // The answer that was on its way is dropped: nothing becomes ready by itself.
    QVERIFY(!states.wait(900));
    QCOMPARE(states.count(), announced);
    QCOMPARE(cache.state(CatalogCache::Kind::Images), CatalogCache::State::Empty);
}

QTEST_GUILESS_MAIN(tst_CatalogCache)
#include "tst_catalogcache.moc"
