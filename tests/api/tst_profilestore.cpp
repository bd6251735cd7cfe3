// ProfileStore and Profile: round trips through QSettings, secrets only in the SecretStore,
// the Sandbox as first-run default, per-field checks and the HUAWEICLOUD_SDK_* prefill.

#include "api/auth/privatefiles.h"
#include "api/http/apitransport.h"
#include "api/http/rategovernor.h"
#include "api/profiles/learnedratekeeper.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "models/i18n/translator.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>

using namespace wsc;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunMakesSandboxActive();
    void sandboxNameFollowsLanguage_data();
    void sandboxNameFollowsLanguage();
    void roundTrip_data();
    void roundTrip();
    void secretsNeverInSettings();
    void emptySecretRemovesStoredOne();
    void removeDropsSettingsAndSecrets();
    void sandboxCannotBeRemoved();
    void check_data();
    void check();
    void duplicateName();
    void fromEnvironment();
    void learnedRate_data();
    void learnedRate();
    void keeperWritesOnlyALearnedLimit_data();
    void keeperWritesOnlyALearnedLimit();
    void filesArePrivate_data();
    void filesArePrivate();

private:
    Profile sampleProfile(const QString &mode) const;
    Profile loadWithSecrets(const QString &id);

    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_store = nullptr;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ProfileStore::init()
{
    static int n = 0;
    const QString file = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(++n));
    m_settings = new QSettings(file, QSettings::IniFormat);
    m_secrets = new SecretStore(QStringLiteral("wsc-test"), SecretStore::Backend::Memory);
    m_store = new ProfileStore(m_settings, m_secrets);
}

void tst_ProfileStore::cleanup()
{
    delete m_store;
    delete m_secrets;
    delete m_settings;
}

void tst_ProfileStore::keeperWritesOnlyALearnedLimit_data()
{
    QTest::addColumn<int>("successes");
    QTest::addColumn<double>("stated"); ///< the limit a 429 states; -1: no 429 at all
    QTest::addColumn<double>("kept");
    QTest::newRow("no 429: the probe's rate is not kept") << 40 << -1.0 << 12.5;
    QTest::newRow("a stated limit") << 40 << 50.0 << 47.5;
    QTest::newRow("a measured limit") << 30 << 0.0 << 28.5;
}

// LearnedRateKeeper writes the pace settled below a limit the service showed, never the rate of
// a probe that met no 429 (a session that ends mid-probe keeps the earlier pace).
void tst_ProfileStore::keeperWritesOnlyALearnedLimit()
{
    QFETCH(int, successes);
    QFETCH(double, stated);
    QFETCH(double, kept);
    Profile p = sampleProfile(QStringLiteral("aksk"));
    p.config.learnedRate = 0;
    const QString id = m_store->save(p);
    m_store->rememberLearnedRate(id, 12.5); // an earlier session's pace
    qint64 now = 0;
    RateGovernor::Settings s;
    s.ratePerSecond = 10;
    s.burst = 1;
    s.maxConcurrent = 100;
    RateGovernor governor(s);
    governor.setClockForTesting([&now] { return now; });
    LearnedRateKeeper keeper(&governor, m_store, id);
    int started = 0;
    for (int i = 0; i < 3; ++i)
        governor.acquire([&] { ++started; });
    QTRY_COMPARE(started, 1); // the others wait for tokens: the rate grows with each success
    for (int i = 0; i < successes; ++i) {
        now += 900 / successes;
        governor.noteSuccess();
    }
    QVERIFY(governor.currentRate() > 10);
    if (stated >= 0)
        governor.noteThrottled(stated);
    keeper.flush();
    QCOMPARE(m_store->profile(id).config.learnedRate, kept);
}

Profile tst_ProfileStore::sampleProfile(const QString &mode) const
{
    Profile p;
    p.name = QStringLiteral("Production %1").arg(mode);
    ConnectionConfig &c = p.config;
    c.region = QStringLiteral("ap-southeast-1");
    c.workspaceEndpoint = QUrl(QStringLiteral("https://workspace.example.test"));
    c.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    if (mode == QLatin1String("aksk")) {
        c.authMode = ConnectionConfig::AuthMode::AkSk;
        c.accessKey = QStringLiteral("AKEXAMPLE0000000001");
        c.secretKey = QStringLiteral("SkSecretValueNeverInSettings42");
        c.securityToken = QStringLiteral("TokSecretValueNeverInSettings43");
    } else {
        c.authMode = ConnectionConfig::AuthMode::IamPassword;
        c.iamDomain = QStringLiteral("acme");
        c.iamUser = QStringLiteral("ops");
        c.iamPassword = QStringLiteral("PwdSecretValueNeverInSettings44");
    }
    if (mode == QLatin1String("proxy")) {
        c.proxyMode = ConnectionConfig::ProxyMode::Manual;
        c.proxyHost = QStringLiteral("proxy.example.test");
        c.proxyPort = 3128;
        c.proxyUser = QStringLiteral("pxuser");
        c.proxyPassword = QStringLiteral("PxySecretValueNeverInSettings45");
    } else if (mode == QLatin1String("iam")) {
        c.proxyMode = ConnectionConfig::ProxyMode::None;
    }
    c.verifyTls = mode != QLatin1String("iam");
    c.createCap = 20;
    c.attachCap = 10;
    c.requestsPerSecond = 35;
    c.rateCeiling = 60;
    c.learnedRate = 47.5;
    return p;
}

void tst_ProfileStore::learnedRate_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("ceiling");
    QTest::addColumn<double>("learned");
    QTest::addColumn<double>("startingRate");
    QTest::addColumn<double>("ceilingRate");
    QTest::newRow("nothing learned") << 20 << 0 << 0.0 << 20.0 << 1000.0;
    QTest::newRow("learned wins") << 20 << 0 << 47.5 << 47.5 << 1000.0;
    QTest::newRow("ceiling bounds the start") << 20 << 10 << 47.5 << 10.0 << 10.0;
    QTest::newRow("ceiling bounds the profile's rate") << 200 << 100 << 0.0 << 100.0 << 100.0;
}

// A session remembers the pace it settled at in the profile; the next one starts there, never
// above the ceiling; forgetting it (0) starts at the profile's rate again.
void tst_ProfileStore::learnedRate()
{
    QFETCH(int, start);
    QFETCH(int, ceiling);
    QFETCH(double, learned);
    QFETCH(double, startingRate);
    QFETCH(double, ceilingRate);
    Profile p = sampleProfile(QStringLiteral("aksk"));
    p.config.requestsPerSecond = start;
    p.config.rateCeiling = ceiling;
    p.config.learnedRate = 0;
    const QString id = m_store->save(p);
    QVERIFY(!id.isEmpty());
    QSignalSpy changed(m_store, &ProfileStore::profilesChanged);
    m_store->rememberLearnedRate(id, learned);
    QVERIFY(changed.isEmpty()); // a running session is not restarted for it
    const ConnectionConfig c = m_store->profile(id).config;
    QCOMPARE(c.learnedRate, learned);
    QCOMPARE(c.startingRate(), startingRate);
    QCOMPARE(c.ceilingRate(), ceilingRate);
    // The client of the next session starts there, knowing the limit the pace came from.
    {
        // The limit, like any learned one, is bounded by the ceiling, and the pace settles at
        // 95 % of it.
        ApiTransport transport(c);
        const double limit = learned > 0 ? std::min(learned / 0.95, ceilingRate) : 0.0;
        QCOMPARE(transport.governor()->learnedLimit(), limit);
        QCOMPARE(transport.governor()->currentRate(),
                 limit > 0 ? std::min(startingRate, 0.95 * limit) : startingRate);
    }
    m_store->rememberLearnedRate(id, 0);
    QCOMPARE(m_store->profile(id).config.startingRate(), std::min<double>(start, ceilingRate));
    // Nothing is written for a profile that does not exist.
    m_store->rememberLearnedRate(QStringLiteral("no-such-profile"), 12);
    QVERIFY(!m_store->contains(QStringLiteral("no-such-profile")));
}

Profile tst_ProfileStore::loadWithSecrets(const QString &id)
{
    Profile out;
    bool done = false;
    m_store->loadWithSecrets(id, this, [&](const Profile &p, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        out = p;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return out;
}

void tst_ProfileStore::firstRunMakesSandboxActive()
{
    QSignalSpy active(m_store, &ProfileStore::activeChanged);
    QVERIFY(m_store->ensureSandbox());
    QCOMPARE(m_store->activeId(), ProfileStore::sandboxId());
    QCOMPARE(active.count(), 1);
    const Profile sandbox = m_store->profile(ProfileStore::sandboxId());
    QVERIFY(sandbox.sandbox);
    QVERIFY(!sandbox.name.isEmpty());
    // The second run keeps what the administrator chose.
    const QString other = m_store->save(sampleProfile(QStringLiteral("aksk")));
    m_store->setActiveId(other);
    QVERIFY(!m_store->ensureSandbox());
    QCOMPARE(m_store->activeId(), other);
    QCOMPARE(m_store->profiles().first().id, ProfileStore::sandboxId());
}

void tst_ProfileStore::sandboxNameFollowsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("rename");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en") << "en" << QString() << "Sandbox";
    QTest::newRow("zh_CN") << "zh_CN" << QString() << QString::fromUtf8("沙盒");
    QTest::newRow("renamed, zh_CN") << "zh_CN"
                                    << "Lab"
                                    << "Lab";
}

void tst_ProfileStore::sandboxNameFollowsLanguage()
{
    // Stored language-neutral (scripts say --profile Sandbox in any language), shown translated.
    QFETCH(QString, language);
    QFETCH(QString, rename);
    QFETCH(QString, shown);
    Translator translator;
    QVERIFY(translator.setLanguage(language));
    m_store->ensureSandbox();
    Profile sandbox = m_store->profile(ProfileStore::sandboxId());
    QCOMPARE(sandbox.name, QStringLiteral("Sandbox"));
    if (!rename.isEmpty()) {
        sandbox.name = rename;
        m_store->save(sandbox);
        sandbox = m_store->profile(ProfileStore::sandboxId());
    }
    QCOMPARE(sandbox.displayName(), shown);
    QVERIFY(translator.setLanguage(QStringLiteral("en")));
}

void tst_ProfileStore::roundTrip_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("aksk") << QStringLiteral("aksk");
    QTest::newRow("iam password") << QStringLiteral("iam");
    QTest::newRow("manual proxy") << QStringLiteral("proxy");
}

void tst_ProfileStore::roundTrip()
{
    QFETCH(QString, mode);
    const Profile p = sampleProfile(mode);
    bool written = false;
    const QString id = m_store->save(p, [&](bool ok, const QString &) { written = ok; });
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(written);

    // A new store on the same file reads the same profile (as the next start would).
    ProfileStore again(m_settings, m_secrets);
    const Profile plain = again.profile(id);
    QCOMPARE(plain.name, p.name);
    QCOMPARE(plain.config.region, p.config.region);
    QCOMPARE(plain.config.workspaceEndpoint, p.config.workspaceEndpoint);
    QCOMPARE(plain.config.projectId, p.config.projectId);
    QCOMPARE(plain.config.authMode, p.config.authMode);
    QCOMPARE(plain.config.accessKey, p.config.accessKey);
    QCOMPARE(plain.config.iamDomain, p.config.iamDomain);
    QCOMPARE(plain.config.iamUser, p.config.iamUser);
    QCOMPARE(plain.config.proxyMode, p.config.proxyMode);
    QCOMPARE(plain.config.proxyHost, p.config.proxyHost);
    QCOMPARE(plain.config.proxyPort, p.config.proxyPort);
    QCOMPARE(plain.config.verifyTls, p.config.verifyTls);
    QCOMPARE(plain.config.createCap, 20);
    QCOMPARE(plain.config.attachCap, 10);
    QCOMPARE(plain.config.requestsPerSecond, 35);
    QCOMPARE(plain.config.rateCeiling, 60);
    QCOMPARE(plain.config.learnedRate, 47.5);
    // profile() never carries secrets; loadWithSecrets() adds them from the store.
    for (const QString &field : Profile::secretFields())
        QVERIFY(plain.secret(field).isEmpty());
    const Profile full = loadWithSecrets(id);
    for (const QString &field : Profile::secretFields())
        QCOMPARE(full.secret(field), p.secret(field));
}

void tst_ProfileStore::secretsNeverInSettings()
{
    for (const QString &mode :
         {QStringLiteral("aksk"), QStringLiteral("iam"), QStringLiteral("proxy")}) {
        bool written = false;
        m_store->save(sampleProfile(mode), [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY(written);
    }
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("AKEXAMPLE0000000001")); // the AK is an identifier, kept
    for (const char *secret : {"SkSecretValue", "TokSecretValue", "PwdSecretValue",
                               "PxySecretValue", "secret_key", "iam_password"})
        QVERIFY2(!text.contains(secret), secret);
}

void tst_ProfileStore::emptySecretRemovesStoredOne()
{
    Profile p = sampleProfile(QStringLiteral("aksk"));
    p.id = m_store->save(p);
    p.config.securityToken.clear();
    bool written = false;
    m_store->save(p, [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    const Profile full = loadWithSecrets(p.id);
    QCOMPARE(full.config.secretKey, p.config.secretKey);
    QVERIFY(full.config.securityToken.isEmpty());
}

void tst_ProfileStore::removeDropsSettingsAndSecrets()
{
    m_store->ensureSandbox();
    const QString id = m_store->save(sampleProfile(QStringLiteral("aksk")));
    m_store->setActiveId(id);
    QSignalSpy changed(m_store, &ProfileStore::profilesChanged);
    QVERIFY(m_store->remove(id));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->contains(id));
    QCOMPARE(m_store->activeId(), ProfileStore::sandboxId());
    bool answered = false;
    m_secrets->read(id + QStringLiteral("/secret_key"), this,
                    [&](bool found, const QString &, const QString &) {
                        QVERIFY(!found);
                        answered = true;
                    });
    QTRY_VERIFY(answered);
}

void tst_ProfileStore::sandboxCannotBeRemoved()
{
    m_store->ensureSandbox();
    QVERIFY(!m_store->remove(ProfileStore::sandboxId()));
    QVERIFY(m_store->contains(ProfileStore::sandboxId()));
}

void tst_ProfileStore::check_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // empty: no error expected

    QTest::newRow("valid") << QString() << QString() << QString();
    QTest::newRow("empty name") << "name"
                                << ""
                                << "name.required";
    QTest::newRow("long name") << "name" << QString(65, u'x') << "name.too_long";
    QTest::newRow("unknown region") << "region"
                                    << "mars-1"
                                    << "region.unknown";
    QTest::newRow("endpoint not a url") << "workspace_endpoint"
                                        << "workspace"
                                        << "workspace_endpoint.invalid";
    QTest::newRow("endpoint ftp") << "iam_endpoint"
                                  << "ftp://iam.example"
                                  << "iam_endpoint.invalid";
    QTest::newRow("project too short") << "project_id"
                                       << "abc"
                                       << "project_id.pattern";
    QTest::newRow("project not hex") << "project_id" << QString(32, u'z') << "project_id.pattern";
    QTest::newRow("no ak") << "access_key"
                           << ""
                           << "access_key.required";
    QTest::newRow("ak with space") << "access_key"
                                   << "AK 1"
                                   << "access_key.blank";
    QTest::newRow("no sk") << "secret_key"
                           << ""
                           << "secret_key.required";
    QTest::newRow("proxy without host") << "proxy_host"
                                        << ""
                                        << "proxy_host.required";
    QTest::newRow("proxy without port") << "proxy_port"
                                        << "0"
                                        << "proxy_port.range";
    QTest::newRow("missing ca file") << "ca_file"
                                     << "/nonexistent/ca.pem"
                                     << "ca_file.missing";
    QTest::newRow("cap too big") << "create_cap"
                                 << "101"
                                 << "create_cap.range";
    QTest::newRow("cap zero") << "create_cap"
                              << "0"
                              << "create_cap.range";
    QTest::newRow("attach cap too big") << "attach_cap"
                                        << "51"
                                        << "attach_cap.range";
    QTest::newRow("no requests per second") << "requests_per_second"
                                            << "0"
                                            << "requests_per_second.range";
    QTest::newRow("requests per second too many") << "requests_per_second"
                                                  << "1001"
                                                  << "requests_per_second.range";
    QTest::newRow("requests per second at the limit") << "requests_per_second"
                                                      << "1000"
                                                      << "";
}

void tst_ProfileStore::check()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    Profile p = sampleProfile(QStringLiteral("aksk"));
    ConnectionConfig &c = p.config;
    c.proxyMode = ConnectionConfig::ProxyMode::Manual;
    c.proxyHost = QStringLiteral("proxy.example.test");
    c.proxyPort = 3128;
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("region"))
        c.region = value;
    else if (field == QLatin1String("workspace_endpoint"))
        c.workspaceEndpoint = QUrl(value);
    else if (field == QLatin1String("iam_endpoint"))
        c.iamEndpoint = QUrl(value);
    else if (field == QLatin1String("project_id"))
        c.projectId = value;
    else if (field == QLatin1String("access_key"))
        c.accessKey = value;
    else if (field == QLatin1String("secret_key"))
        c.secretKey = value;
    else if (field == QLatin1String("proxy_host"))
        c.proxyHost = value;
    else if (field == QLatin1String("proxy_port"))
        c.proxyPort = static_cast<quint16>(value.toUInt());
    else if (field == QLatin1String("ca_file"))
        c.caFile = value;
    else if (field == QLatin1String("create_cap"))
        c.createCap = value.toInt();
    else if (field == QLatin1String("attach_cap"))
        c.attachCap = value.toInt();
    else if (field == QLatin1String("requests_per_second"))
        c.requestsPerSecond = value.toInt();

    const Findings findings = m_store->check(p);
    if (code.isEmpty()) {
        QVERIFY2(!hasErrors(findings), qPrintable(findings.value(0).code));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, code);
    QCOMPARE(findings.first().path, field);
    QVERIFY(findings.first().isError());
    QVERIFY(!findings.first().message.isEmpty());
}

void tst_ProfileStore::duplicateName()
{
    Profile a = sampleProfile(QStringLiteral("aksk"));
    a.id = m_store->save(a);
    Profile b = sampleProfile(QStringLiteral("iam"));
    b.name = a.name.toUpper();
    Findings findings = m_store->check(b);
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const Finding &f) { return !f.isError(); }),
                   findings.end());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("name.duplicate"));
    // The profile itself keeps its name without a finding.
    QVERIFY(m_store->check(a).isEmpty());
    QCOMPARE(m_store->idForName(b.name), a.id);
}

void tst_ProfileStore::fromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKFROMENV"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("skfromenv"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"),
               QStringLiteral("fedcba9876543210fedcba9876543210"));
    QStringList used;
    const Profile p = ProfileStore::fromEnvironment(env, &used);
    QCOMPARE(p.config.authMode, ConnectionConfig::AuthMode::AkSk);
    QCOMPARE(p.config.accessKey, QStringLiteral("AKFROMENV"));
    QCOMPARE(p.config.secretKey, QStringLiteral("skfromenv"));
    QCOMPARE(p.config.projectId, QStringLiteral("fedcba9876543210fedcba9876543210"));
    QVERIFY(used.contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
    QVERIFY(!p.isValid()); // not saved
}

void tst_ProfileStore::filesArePrivate_data()
{
    QTest::addColumn<int>("dirMode");  // 0: the folder does not exist yet
    QTest::addColumn<int>("fileMode"); // 0: the file does not exist yet
    QTest::newRow("fresh") << 0 << 0;
    QTest::newRow("folder only, open to all") << 0755 << 0;
    QTest::newRow("left open by an earlier version") << 0755 << 0644;
    QTest::newRow("world-writable") << 0777 << 0666;
}

void tst_ProfileStore::filesArePrivate()
{
    QFETCH(int, dirMode);
    QFETCH(int, fileMode);
    static int n = 0;
    const QString dir = m_dir.filePath(QStringLiteral("private-%1/WorkspaceConsole").arg(++n));
    const QString file = dir + QStringLiteral("/wsconsole.conf");
    if (dirMode != 0) {
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), dirMode), 0);
    }
    if (fileMode != 0) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\nprofiles_active=sandbox\n");
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), fileMode), 0);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings, m_secrets);
        // Private before anything is written...
        QCOMPARE(PrivateFiles::mode(dir), 0700);
        QCOMPARE(PrivateFiles::mode(file), 0600);
        Profile p = sampleProfile(QStringLiteral("aksk"));
        p.config.secretKey.clear();
        p.config.securityToken.clear();
        store.save(p, {});
        store.setActiveId(store.idForName(p.name));
    }
    // ...and after QSettings' atomic saves.
    QCOMPARE(PrivateFiles::mode(dir), 0700);
    QCOMPARE(PrivateFiles::mode(file), 0600);
    QSettings reread(file, QSettings::IniFormat);
    QVERIFY(reread.allKeys().size() > 1);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
