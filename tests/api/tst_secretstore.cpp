// SecretStore: asynchronous reads and writes, memory-only mode, and the keychain fallback.
// The keychain test uses a service name of its own and removes what it wrote, so a developer
// machine with a keychain keeps nothing; on CI (no keychain service) it checks the fallback.

#include "secretstoretest.h"

#include "api/profiles/secretstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace wsc;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryRoundTrip_data();
    void memoryRoundTrip();
    void answersLaterNeverInline();
    void contextGoneDropsCallback();
    void backendFromEnvironment();
    void keychainOrFallback();
};

void tst_SecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecretStore::memoryRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << QStringLiteral("wsemuSandboxSecretKey0123456789");
    QTest::newRow("chinese and symbols") << QStringLiteral("密码#2026 \"quoted\" ;,=");
    QTest::newRow("long token") << QString(4000, u'T');
}

void tst_SecretStore::memoryRoundTrip()
{
    QFETCH(QString, value);
    SecretStore store(QStringLiteral("wsc-test"), SecretStore::Backend::Memory);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.isProbed());
    bool ok = false;
    store.write(QStringLiteral("p/secret_key"), value, this,
                [&](bool written, const QString &) { ok = written; });
    QTRY_VERIFY(ok);
    bool found = false;
    QCOMPARE(SecretStoreTest::read(store, QStringLiteral("p/secret_key"), &found), value);
    QVERIFY(found);
    bool removed = false;
    store.remove(QStringLiteral("p/secret_key"), this,
                 [&](bool done, const QString &) { removed = done; });
    QTRY_VERIFY(removed);
    SecretStoreTest::read(store, QStringLiteral("p/secret_key"), &found);
    QVERIFY(!found);
}

void tst_SecretStore::answersLaterNeverInline()
{
    // Callers connect after calling: an answer from inside read() would surprise them.
    SecretStore store(QStringLiteral("wsc-test"), SecretStore::Backend::Memory);
    store.write(QStringLiteral("k"), QStringLiteral("v"));
    bool called = false;
    store.read(QStringLiteral("k"), this,
               [&](bool, const QString &, const QString &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void tst_SecretStore::contextGoneDropsCallback()
{
    SecretStore store(QStringLiteral("wsc-test"), SecretStore::Backend::Memory);
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("k"), context,
               [&](bool, const QString &, const QString &) { called = true; });
    delete context;
    QObject probe;
    bool later = false;
    store.read(QStringLiteral("k"), &probe,
               [&](bool, const QString &, const QString &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void tst_SecretStore::backendFromEnvironment()
{
    qputenv("WSC_SECRET_STORE", "memory");
    QCOMPARE(SecretStore::backendFromEnvironment(), SecretStore::Backend::Memory);
    qputenv("WSC_SECRET_STORE", "");
    QCOMPARE(SecretStore::backendFromEnvironment(), SecretStore::Backend::Auto);
    qunsetenv("WSC_SECRET_STORE");
}

void tst_SecretStore::keychainOrFallback()
{
    const QString service
            = QStringLiteral("wsc-test-") + QUuid::createUuid().toString(QUuid::Id128);
    SecretStore store(service, SecretStore::Backend::Auto);
    QSignalSpy probed(&store, &SecretStore::probed);
    QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
    store.probe();
    QVERIFY(probed.wait(30000));
    QVERIFY(store.isProbed());
    QCOMPARE(probed.first().first().toBool(), store.isPersistent());
    if (!store.isPersistent()) {
        // No keychain: the UI is told once, with QtKeychain's reason.
        QCOMPARE(persistence.count(), 1);
        QVERIFY(!store.fallbackReason().isEmpty());
    }
    // Either way a secret written now reads back in this run, and is removed again.
    bool ok = false;
    store.write(QStringLiteral("p/iam_password"), QStringLiteral("Sandbox#2026"), this,
                [&](bool written, const QString &) { ok = written; });
    QTRY_VERIFY_WITH_TIMEOUT(ok, 30000);
    bool found = false;
    QCOMPARE(SecretStoreTest::read(store, QStringLiteral("p/iam_password"), &found),
             QStringLiteral("Sandbox#2026"));
    QVERIFY(found);
    bool removed = false;
    store.remove(QStringLiteral("p/iam_password"), this,
                 [&](bool done, const QString &) { removed = done; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    QTRY_COMPARE(store.pendingJobs(), 0);
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
