#include "api/auth/iamtokenprovider.h"
#include "api/http/apitransport.h"
#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"

#include "support/apicallwait.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * IAM password mode against the emulator with short-lived tokens: the token is obtained once
 * for concurrent calls, carries the project id, is renewed before it runs out, and is renewed
 * once when the gateway says it expired; a wrong password is a clear 401.
 */
class tst_IamToken : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tokenAndProjectFromScope();
    void renewedBeforeExpiry();
    void renewedOnceAfter401Expired();
    void wrongPassword_data();
    void wrongPassword();
    void margin_data();
    void margin();

private:
    ConnectionConfig config() const;
    EmulatorProcess m_emu;
};

void tst_IamToken::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--token-lifetime"), QStringLiteral("3")}),
             qPrintable(m_emu.errorString()));
}

void tst_IamToken::init()
{
    m_emu.configure({{QStringLiteral("clock"), QJsonObject{{QStringLiteral("offset_ms"), 0}}}});
}

ConnectionConfig tst_IamToken::config() const
{
    ConnectionConfig c;
    EmulatorConfig::pointAtWithPassword(c, m_emu);
    return c;
}

void tst_IamToken::tokenAndProjectFromScope()
{
    WorkspaceClient client(config());
    QSignalSpy tokens(client.transport()->tokenProvider(), &IamTokenProvider::tokenChanged);
    QList<ApiCall *> calls{client.workspaceInfo(), client.quotas(), client.availabilityZones()};
    for (ApiCall *call : calls) {
        QVERIFY(waitFor(call));
        QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    }
    QCOMPARE(tokens.size(), 1); // one token request for three concurrent calls
    QCOMPARE(client.transport()->tokenProvider()->fetchCount(), 1);
    QCOMPARE(client.projectId(), m_emu.projectId()); // from token.project.id, no extra call
    QCOMPARE(client.requestCount(), 4);
    QVERIFY(!client.transport()->tokenProvider()->token().isEmpty());
}

// A 3 s token is renewed when less than a fifth of its life is left, before the next call.
void tst_IamToken::renewedBeforeExpiry()
{
    WorkspaceClient client(config());
    auto *first = client.quotas();
    QVERIFY(waitFor(first));
    QVERIFY2(first->isOk(), qPrintable(first->error().summary()));
    IamTokenProvider *provider = client.transport()->tokenProvider();
    const QDateTime firstExpiry = provider->expiresAt();
    QVERIFY(provider->hasFreshToken());
    QTRY_VERIFY_WITH_TIMEOUT(!provider->hasFreshToken(), 5000);
    QVERIFY(client.transport()->clock() < firstExpiry); // still valid, but inside the margin
    auto *second = client.quotas();
    QVERIFY(waitFor(second));
    QVERIFY2(second->isOk(), qPrintable(second->error().summary()));
    QCOMPARE(second->attempts(), 1); // no 401 was needed
    QCOMPARE(provider->fetchCount(), 2);
    QVERIFY(provider->expiresAt() > firstExpiry);
}

// The server's clock runs ahead: it calls our fresh token expired. One renewal, one resend.
void tst_IamToken::renewedOnceAfter401Expired()
{
    WorkspaceClient client(config());
    auto *first = client.quotas();
    QVERIFY(waitFor(first));
    QVERIFY(first->isOk());
    m_emu.configure({{QStringLiteral("clock"), QJsonObject{{QStringLiteral("offset_ms"), 10000}}}});
    auto *second = client.quotas();
    QVERIFY(waitFor(second));
    QVERIFY2(second->isOk(), qPrintable(second->error().summary()));
    QCOMPARE(second->attempts(), 2);
    QCOMPARE(client.transport()->tokenProvider()->fetchCount(), 2);
}

void tst_IamToken::wrongPassword_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("password") << "sandbox"
                              << "admin"
                              << "Xq9-Not-The-Password";
    QTest::newRow("user") << "sandbox"
                          << "nobody"
                          << "Sandbox#2026";
    QTest::newRow("domain") << "elsewhere"
                            << "admin"
                            << "Sandbox#2026";
}

void tst_IamToken::wrongPassword()
{
    QFETCH(QString, domain);
    QFETCH(QString, user);
    QFETCH(QString, password);
    ConnectionConfig c = config();
    c.iamDomain = domain;
    c.iamUser = user;
    c.iamPassword = password;
    WorkspaceClient client(c);
    auto *call = client.quotas();
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Http);
    QCOMPARE(call->error().httpStatus, 401);
    QCOMPARE(call->attempts(), 0); // the Workspace call itself was never sent
    QCOMPARE(client.requestCount(), 1);
    QVERIFY(!ErrorCatalog::describe(call->error()).isEmpty());
    // The password never appears in what we would log.
    QVERIFY(!call->error().summary().contains(password));
}

void tst_IamToken::margin_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("margin");
    QTest::newRow("24 h") << qint64(24) * 3600 * 1000 << qint64(300000);
    QTest::newRow("10 min") << qint64(600000) << qint64(120000);
    QTest::newRow("3 s") << qint64(3000) << qint64(600);
}

void tst_IamToken::margin()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, margin);
    QCOMPARE(IamTokenProvider::renewalMarginMs(lifetime), margin);
}

QTEST_GUILESS_MAIN(tst_IamToken)
#include "tst_iamtoken.moc"
