// SecretStore and ProfileStore against a real Secret Service, and against the memory fallback
// on the same bus before the service runs. The test starts a D-Bus session bus of its own (no
// service activation, so nothing else starts on it) and gnome-keyring-daemon on it, unlocked with
// a password on standard input, in a temporary HOME: the user's keychain is never touched.

#include "secretstoretest.h"

#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wsc;

class tst_Keychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stores_data();
    void stores();

private:
    bool startKeyring(QString *error);
    bool nameHasOwner(const QString &name);

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

namespace {

const QString SecretKey = QStringLiteral("KeychainTestSecretKey0123456789abcdefghij");
const QString Password = QStringLiteral("密码#Keychain-2026");

} // namespace

void tst_Keychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon"}) {
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not installed: run scripts/deps.sh (it installs "
                                           "dbus-daemon and gnome-keyring)")
                                    .arg(QLatin1String(tool))));
    }
    // A session bus without service activation: the Secret Service is there only once this
    // test starts it, so the fallback can be seen first.
    const QString config = m_dir.filePath(QStringLiteral("session.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                              "Configuration 1.0//EN\" "
                              "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type>"
                              "<listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                              "<policy context=\"default\">"
                              "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                              "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                              "</policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
    file.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    QVERIFY2(m_bus.waitForStarted(10000), qPrintable(m_bus.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine() || m_bus.waitForReadyRead(100), 10000);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    QVERIFY2(m_address.startsWith(QLatin1String("unix:")), qPrintable(m_address));
    // Read when QtKeychain first connects, which is after this.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    qunsetenv("WSC_SECRET_STORE");
}

void tst_Keychain::cleanupTestCase()
{
    for (QProcess *p : {&m_keyring, &m_bus}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(2000);
        }
    }
}

bool tst_Keychain::nameHasOwner(const QString &name)
{
    QProcess send;
    send.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--bus=") + m_address, QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:") + name});
    send.waitForFinished(5000);
    return send.readAllStandardOutput().contains("boolean true");
}

bool tst_Keychain::startKeyring(QString *error)
{
    if (m_keyring.state() == QProcess::Running)
        return true;
    // Its own HOME, data and runtime folders: the keyring file lives in the temporary folder.
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(home + QStringLiteral("/.local/share"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
        return false;
    }
    // The login keyring's password, as a desktop session's PAM module would give it.
    m_keyring.write("keychain-test-login\n");
    m_keyring.closeWriteChannel();
    for (int i = 0; i < 100; ++i) {
        if (nameHasOwner(QStringLiteral("org.freedesktop.secrets")))
            return true;
        if (m_keyring.state() != QProcess::Running)
            break;
        QTest::qWait(100);
    }
    *error = QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets on the "
                            "test's bus: ")
             + QString::fromUtf8(m_keyring.readAll());
    return false;
}

void tst_Keychain::stores_data()
{
    // In this order: the fallback while nothing serves secrets, then the real service.
    QTest::addColumn<bool>("realKeychain");
    QTest::newRow("memory fallback (no Secret Service on the bus)") << false;
    QTest::newRow("gnome-keyring-daemon") << true;
}

void tst_Keychain::stores()
{
    QFETCH(bool, realKeychain);
    if (realKeychain) {
        QString error;
        QVERIFY2(startKeyring(&error), qPrintable(error));
    }
    const QString service
            = QStringLiteral("wsc-keychain-test-") + QUuid::createUuid().toString(QUuid::Id128);
    auto store = std::make_unique<SecretStore>(service, SecretStore::Backend::Auto);
    QSignalSpy probed(store.get(), &SecretStore::probed);
    store->probe();
    QVERIFY(probed.wait(30000));
    QCOMPARE(store->isPersistent(), realKeychain);
    if (!realKeychain) {
        // Said in words a person can act on, never QtKeychain's bare "Unknown error".
        QVERIFY(!store->fallbackReason().isEmpty());
        qInfo("fallback reason: %s", qPrintable(store->fallbackReason()));
        QVERIFY2(!store->fallbackReason().contains(QLatin1String("Unknown error")),
                 qPrintable(store->fallbackReason()));
    }

    // A profile with its secrets: the settings keep none of them.
    const QString settingsPath
            = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".conf"));
    QString id;
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileStore profiles(&settings, store.get());
        Profile p;
        p.name = QStringLiteral("keychain");
        p.config.region = QStringLiteral("cn-north-4");
        p.config.authMode = ConnectionConfig::AuthMode::IamPassword;
        p.config.iamDomain = QStringLiteral("acme");
        p.config.iamUser = QStringLiteral("ops");
        p.config.iamPassword = Password;
        p.config.accessKey = QStringLiteral("AKKEYCHAIN0001");
        p.config.secretKey = SecretKey;
        bool saved = false;
        QString saveError;
        id = profiles.save(p, [&](bool ok, const QString &e) {
            saved = ok;
            saveError = e;
        });
        QTRY_VERIFY2_WITH_TIMEOUT(saved, qPrintable(saveError), 30000);
    }
    QFile settingsFile(settingsPath);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY(!settingsBytes.contains(Password.toUtf8()));
    QVERIFY(!settingsBytes.contains(SecretKey.toUtf8()));

    // A new process's view: a store of its own. Only a real keychain still has the secrets.
    if (realKeychain)
        store = std::make_unique<SecretStore>(service, SecretStore::Backend::Auto);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileStore profiles(&settings, store.get());
        Profile loaded;
        bool done = false;
        profiles.loadWithSecrets(id, this, [&](const Profile &p, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            loaded = p;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(loaded.config.iamPassword, Password);
        QCOMPARE(loaded.config.secretKey, SecretKey);
        QVERIFY(store->isPersistent() == realKeychain);

        // Removing the profile removes its secrets from the keychain.
        QVERIFY(profiles.remove(id));
        QTRY_COMPARE_WITH_TIMEOUT(store->pendingJobs(), 0, 30000);
    }
    auto fresh = std::make_unique<SecretStore>(service, SecretStore::Backend::Auto);
    bool found = true;
    SecretStoreTest::read(*fresh, id + QStringLiteral("/iam_password"), &found, 30000);
    QVERIFY(!found);
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
