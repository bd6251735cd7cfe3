#include "api/apitr.h"
#include "api/http/connectionconfig.h"
#include "api/http/region.h"

#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** ConnectionConfig: defaults, endpoints, SDK environment variables, proxy, masking; regions. */
class tst_ConnectionConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void endpointsFollowRegion();
    void environment();
    void proxySpec_data();
    void proxySpec();
    void debugMasksSecrets();
    void problems_data();
    void problems();
    void regions();
};

void tst_ConnectionConfig::endpointsFollowRegion()
{
    ConnectionConfig c;
    QVERIFY(c.verifyTls);
    QCOMPARE(c.region, QStringLiteral("cn-north-4"));
    c.region = QStringLiteral("ap-southeast-3");
    QCOMPARE(c.effectiveWorkspaceEndpoint(),
             QUrl(QStringLiteral("https://workspace.ap-southeast-3.myhuaweicloud.com")));
    QCOMPARE(c.effectiveIamEndpoint(),
             QUrl(QStringLiteral("https://iam.ap-southeast-3.myhuaweicloud.com")));
    c.workspaceEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(c.effectiveWorkspaceEndpoint(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

// The variables of Huawei's SDKs override the profile; an AK switches to AK/SK mode.
void tst_ConnectionConfig::environment()
{
    ConnectionConfig c;
    c.authMode = ConnectionConfig::AuthMode::IamPassword;
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKENV"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("SKENV"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("p123"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), QStringLiteral("tok"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT"),
               QStringLiteral("http://127.0.0.1:1"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4"),
               QStringLiteral("http://127.0.0.1:2"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_EAST_3"),
               QStringLiteral("http://ignored"));
    const QStringList used = c.applyEnvironment(env);
    QCOMPARE(used.size(), 6);
    QCOMPARE(c.authMode, ConnectionConfig::AuthMode::AkSk);
    QCOMPARE(c.accessKey, QStringLiteral("AKENV"));
    QCOMPARE(c.secretKey, QStringLiteral("SKENV"));
    QCOMPARE(c.projectId, QStringLiteral("p123"));
    QCOMPARE(c.securityToken, QStringLiteral("tok"));
    QCOMPARE(c.effectiveIamEndpoint(), QUrl(QStringLiteral("http://127.0.0.1:1")));
    QCOMPARE(c.effectiveWorkspaceEndpoint(), QUrl(QStringLiteral("http://127.0.0.1:2")));
    QCOMPARE(ConnectionConfig::workspaceEndpointVariable(QStringLiteral("la-south-2")),
             QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_LA_SOUTH_2"));

    ConnectionConfig untouched;
    QVERIFY(untouched.applyEnvironment(QProcessEnvironment()).isEmpty());
    QVERIFY(untouched.accessKey.isEmpty());
}

void tst_ConnectionConfig::proxySpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("host:port") << "proxy.corp:3128" << true << "proxy.corp" << 3128 << ""
                               << "";
    QTest::newRow("with user") << "10.0.0.1:8080:bob:pa:ss" << true << "10.0.0.1" << 8080 << "bob"
                               << "pa:ss";
    QTest::newRow("no port") << "proxy.corp" << false << "" << 0 << ""
                             << "";
    QTest::newRow("bad port") << "proxy.corp:99999" << false << "" << 0 << ""
                              << "";
    QTest::newRow("user without password") << "p:1:bob" << false << "" << 0 << ""
                                           << "";
}

void tst_ConnectionConfig::proxySpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    ConnectionConfig c;
    QCOMPARE(c.setManualProxy(spec), ok);
    if (!ok) {
        QCOMPARE(c.proxyMode, ConnectionConfig::ProxyMode::System);
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(c.proxyMode, ConnectionConfig::ProxyMode::Manual);
    const QNetworkProxy proxy = c.networkProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(int(proxy.port()), port);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
}

// Secrets never reach a log line through qDebug().
void tst_ConnectionConfig::debugMasksSecrets()
{
    ConnectionConfig c;
    c.accessKey = QStringLiteral("AKVISIBLE");
    c.secretKey = QStringLiteral("SUPERSECRETSK");
    c.securityToken = QStringLiteral("SECRETTOKEN");
    c.setManualProxy(QStringLiteral("p:1:u:PROXYSECRET"));
    QString out;
    QDebug(&out) << c;
    QVERIFY(out.contains(QLatin1String("AKVISIBLE")));
    QVERIFY(!out.contains(QLatin1String("SUPERSECRETSK")));
    QVERIFY(!out.contains(QLatin1String("SECRETTOKEN")));
    QVERIFY(!out.contains(QLatin1String("PROXYSECRET")));

    c.authMode = ConnectionConfig::AuthMode::IamPassword;
    c.iamDomain = QStringLiteral("acct");
    c.iamUser = QStringLiteral("admin");
    c.iamPassword = QStringLiteral("Pa55w0rd!");
    out.clear();
    QDebug(&out) << c;
    QVERIFY(out.contains(QLatin1String("admin")));
    QVERIFY(!out.contains(QLatin1String("Pa55w0rd!")));
}

void tst_ConnectionConfig::problems_data()
{
    QTest::addColumn<ConnectionConfig>("config");
    QTest::addColumn<int>("count");
    ConnectionConfig good;
    good.accessKey = QStringLiteral("a");
    good.secretKey = QStringLiteral("b");
    QTest::newRow("complete aksk") << good << 0;
    ConnectionConfig noSk = good;
    noSk.secretKey.clear();
    QTest::newRow("missing sk") << noSk << 1;
    ConnectionConfig iam;
    iam.authMode = ConnectionConfig::AuthMode::IamPassword;
    QTest::newRow("empty iam") << iam << 1;
    ConnectionConfig badUrl = good;
    badUrl.workspaceEndpoint = QUrl(QStringLiteral("ftp://x"));
    QTest::newRow("ftp endpoint") << badUrl << 1;
    ConnectionConfig caps = good;
    caps.createCap = 101;
    caps.attachCap = 0;
    caps.timeoutMs = 10;
    caps.requestsPerSecond = 0;
    QTest::newRow("limits") << caps << 4;
}

void tst_ConnectionConfig::problems()
{
    QFETCH(ConnectionConfig, config);
    QFETCH(int, count);
    QCOMPARE(config.problems().size(), count);
}

void tst_ConnectionConfig::regions()
{
    const QList<Region> all = Region::all();
    QCOMPARE(all.size(), 18);
    QVERIFY(Region::find(QStringLiteral("CN-NORTH-4")).has_value());
    QVERIFY(!Region::find(QStringLiteral("mars-1")).has_value());
    QCOMPARE(Region::find(QStringLiteral("cn-north-4"))->displayName(),
             QStringLiteral("CN North-Beijing4"));
    QSet<QString> ids;
    for (const Region &r : all) {
        QVERIFY(!r.displayName().isEmpty());
        ids.insert(r.id);
        QVERIFY(Region::workspaceEndpoint(r.id).isValid());
    }
    QCOMPARE(ids.size(), 18);
}

QTEST_APPLESS_MAIN(tst_ConnectionConfig)
#include "tst_connectionconfig.moc"
