// The profiles dialog: a profile created and edited through the widgets, its secrets kept out
// of the settings file, field-by-field validation, the read-only Sandbox, and "Test
// connection" telling IAM and Workspace apart against a real wsemu.

#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/sessionmanager.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/profiledialog.h"
#include "ui/settings/profileeditor.h"
#include "ui/widgets/fieldmessage.h"
#include "wsemuwidgettest.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsc;

class tst_ProfileDialog : public WsemuWidgetTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createProfileKeepsSecretsOutOfSettings();
    void editProfileLoadsAndKeepsSecrets();
    void fieldsSayWhatIsWrong_data();
    void fieldsSayWhatIsWrong();
    void sandboxIsReadOnly();
    void secretsInMemoryAreAnnounced();
    void testConnection_data();
    void testConnection();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void type(const char *name, const QString &text);
    QString settingsText() const;

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<ProfileDialog> m_dialog;
    int m_n = 0;
};

void tst_ProfileDialog::initTestCase()
{
    startEmulator({QStringLiteral("--time-scale"), QStringLiteral("0")},
                  QLocale(QStringLiteral("en_US")));
}

void tst_ProfileDialog::init()
{
    m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(QStringLiteral("profiles-%1.conf").arg(++m_n)));
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("wsc-test"),
                                              SecretStore::Backend::Memory);
    m_store = std::make_unique<ProfileStore>(m_settings->settings(), m_secrets.get());
    m_store->ensureSandbox();
    m_sessions = std::make_unique<SessionManager>(m_store.get());
    m_sessions->setSandboxStarter([this](ConnectionConfig *config, QString *) {
        EmulatorConfig::pointAt(*config, m_emu);
        return true;
    });
    m_dialog = std::make_unique<ProfileDialog>(m_store.get(), m_sessions.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ProfileDialog::cleanup()
{
    m_dialog.reset();
    m_sessions.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_ProfileDialog::type(const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

QString tst_ProfileDialog::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void tst_ProfileDialog::createProfileKeepsSecretsOutOfSettings()
{
    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    type("profileNameEdit", QStringLiteral("Shanghai production"));
    auto *region = child<QComboBox>("profileRegionCombo");
    region->setCurrentIndex(region->findData(QStringLiteral("cn-east-3")));
    child<QComboBox>("profileAuthCombo")->setCurrentIndex(0);
    type("profileAccessKeyEdit", QStringLiteral("AKSHANGHAI000000001"));
    type("profileSecretKeyEdit", QStringLiteral("VerySecretSkValue1234567890"));
    type("profileSecurityTokenEdit", QStringLiteral("TemporaryTokenValue0987"));
    auto *proxy = child<QComboBox>("profileProxyCombo");
    proxy->setCurrentIndex(proxy->findData(int(ConnectionConfig::ProxyMode::Manual)));
    type("profileProxyHostEdit", QStringLiteral("proxy.corp.test"));
    child<QWidget>("profileProxyPortSpin")->setProperty("value", 8080);
    type("profileProxyUserEdit", QStringLiteral("corpuser"));
    type("profileProxyPasswordEdit", QStringLiteral("ProxyPasswordValue55"));

    auto *save = child<QPushButton>("saveProfileButton");
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().at(1).toBool(), true);

    const QString id = m_store->idForName(QStringLiteral("Shanghai production"));
    QVERIFY(!id.isEmpty());
    const Profile stored = m_store->profile(id);
    QCOMPARE(stored.config.region, QStringLiteral("cn-east-3"));
    QCOMPARE(stored.config.accessKey, QStringLiteral("AKSHANGHAI000000001"));
    QCOMPARE(stored.config.proxyPort, quint16(8080));
    QCOMPARE(stored.config.proxyUser, QStringLiteral("corpuser"));

    const QString text = settingsText();
    QVERIFY(text.contains(QStringLiteral("AKSHANGHAI000000001")));
    for (const char *secret : {"VerySecretSkValue", "TemporaryTokenValue", "ProxyPasswordValue"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);

    bool done = false;
    m_store->loadWithSecrets(id, this, [&](const Profile &p, const QString &) {
        QCOMPARE(p.config.secretKey, QStringLiteral("VerySecretSkValue1234567890"));
        QCOMPARE(p.config.securityToken, QStringLiteral("TemporaryTokenValue0987"));
        QCOMPARE(p.config.proxyPassword, QStringLiteral("ProxyPasswordValue55"));
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(child<QListWidget>("profileList")->count(), 2);
}

void tst_ProfileDialog::editProfileLoadsAndKeepsSecrets()
{
    Profile p;
    p.name = QStringLiteral("Guangzhou");
    p.config.region = QStringLiteral("cn-south-1");
    p.config.authMode = ConnectionConfig::AuthMode::IamPassword;
    p.config.iamDomain = QStringLiteral("acme");
    p.config.iamUser = QStringLiteral("ops");
    p.config.iamPassword = QStringLiteral("IamPasswordValue#77");
    bool written = false;
    p.id = m_store->save(p, [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);

    QSignalSpy loaded(m_dialog.get(), &ProfileDialog::profileLoaded);
    m_dialog->selectProfile(p.id);
    QVERIFY(loaded.wait(5000));
    auto *password = child<QLineEdit>("profileIamPasswordEdit");
    QCOMPARE(password->text(), QStringLiteral("IamPasswordValue#77"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QComboBox>("profileAuthCombo")->currentIndex(), 1);

    type("profileNameEdit", QStringLiteral("Guangzhou (ops)"));
    type("profileIamPasswordEdit", QStringLiteral("ChangedPasswordValue#88"));
    QSignalSpy saved(m_dialog.get(), &ProfileDialog::saved);
    QTest::mouseClick(child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_store->profile(p.id).name, QStringLiteral("Guangzhou (ops)"));
    const QString text = settingsText();
    QVERIFY(!text.contains(QStringLiteral("PasswordValue")));
    bool done = false;
    m_store->loadWithSecrets(p.id, this, [&](const Profile &again, const QString &) {
        QCOMPARE(again.config.iamPassword, QStringLiteral("ChangedPasswordValue#88"));
        done = true;
    });
    QTRY_VERIFY(done);
}

void tst_ProfileDialog::fieldsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << QByteArray("profileNameEdit") << QString() << "nameMessage";
    QTest::newRow("no secret key")
            << QByteArray("profileSecretKeyEdit") << QString() << "secret_keyMessage";
    QTest::newRow("bad endpoint") << QByteArray("profileWorkspaceEndpointEdit") << "not a url"
                                  << "workspace_endpointMessage";
    QTest::newRow("bad project") << QByteArray("profileProjectEdit") << "1234"
                                 << "project_idMessage";
}

void tst_ProfileDialog::fieldsSayWhatIsWrong()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    type("profileAccessKeyEdit", QStringLiteral("AK0000000000000001"));
    type("profileSecretKeyEdit", QStringLiteral("sk"));
    auto *save = child<QPushButton>("saveProfileButton");
    QVERIFY(save->isEnabled());
    auto *fieldMessage = m_dialog->findChild<FieldMessage *>(message);
    QVERIFY(fieldMessage);
    QVERIFY(!fieldMessage->isVisible());

    type(field.constData(), value);
    QVERIFY(fieldMessage->isVisible());
    QVERIFY(fieldMessage->hasError());
    QVERIFY(!fieldMessage->text().isEmpty());
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>("testConnectionButton")->isEnabled());
    QVERIFY(!m_dialog->saveCurrent());
}

void tst_ProfileDialog::sandboxIsReadOnly()
{
    m_dialog->selectProfile(ProfileStore::sandboxId());
    QVERIFY(child<QLabel>("sandboxNote")->isVisible());
    QVERIFY(!child<QComboBox>("profileRegionCombo")->isEnabled());
    QVERIFY(!child<QLineEdit>("profileSecretKeyEdit")->isEnabled());
    QVERIFY(child<QLineEdit>("profileNameEdit")->isEnabled());
    QVERIFY(!child<QPushButton>("removeProfileButton")->isEnabled());
    QVERIFY(child<QPushButton>("useProfileButton")->isEnabled());
}

void tst_ProfileDialog::secretsInMemoryAreAnnounced()
{
    // The tests run with a memory store: the editor must say that secrets will not survive.
    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    auto *note = child<QLabel>("secretsNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("memory")));
}

void tst_ProfileDialog::testConnection_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<bool>("badEndpoint");
    QTest::addColumn<bool>("setProject");
    QTest::addColumn<QString>("iam");       // expected start of the IAM line
    QTest::addColumn<QString>("workspace"); // expected start of the Workspace line
    QTest::addColumn<QString>("contains");  // a word of the failure's explanation

    const QString sk = QString::fromLatin1(EmulatorProcess::DefaultSecretKey);
    QTest::newRow("good") << sk << false << false << "✔"
                          << "✔" << QString();
    QTest::newRow("wrong sk, project discovered")
            << "wrongSecretKey0000000000000000000000000000" << false << false << "✘"
            << "Workspace: not checked"
            << "signature";
    QTest::newRow("wrong sk, project given")
            << "wrongSecretKey0000000000000000000000000000" << false << true << "✘"
            << "✘"
            << "signature";
    QTest::newRow("nothing listens") << sk << true << false << "✘"
                                     << "Workspace: not checked"
                                     << "";
}

void tst_ProfileDialog::testConnection()
{
    QFETCH(QString, secretKey);
    QFETCH(bool, badEndpoint);
    QFETCH(bool, setProject);
    QFETCH(QString, iam);
    QFETCH(QString, workspace);
    QFETCH(QString, contains);

    QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
    type("profileAccessKeyEdit", QString::fromLatin1(EmulatorProcess::DefaultAccessKey));
    type("profileSecretKeyEdit", secretKey);
    QUrl endpoint = m_emu.baseUrl();
    if (badEndpoint)
        endpoint.setPort(1); // nothing listens there
    type("profileWorkspaceEndpointEdit", endpoint.toString());
    type("profileIamEndpointEdit", endpoint.toString());
    if (setProject)
        type("profileProjectEdit", m_emu.projectId());
    auto *proxy = child<QComboBox>("profileProxyCombo");
    proxy->setCurrentIndex(proxy->findData(int(ConnectionConfig::ProxyMode::None)));

    QSignalSpy finished(m_dialog.get(), &ProfileDialog::testFinished);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const bool passed = finished.first().first().toBool();
    QCOMPARE(passed, iam == QStringLiteral("✔") && workspace == QStringLiteral("✔"));
    const QString iamText = child<QLabel>("iamTestResult")->text();
    const QString workspaceText = child<QLabel>("workspaceTestResult")->text();
    QVERIFY2(iamText.startsWith(iam), qPrintable(iamText));
    QVERIFY2(workspaceText.startsWith(workspace), qPrintable(workspaceText));
    if (!contains.isEmpty())
        QVERIFY2(iamText.contains(contains, Qt::CaseInsensitive), qPrintable(iamText));
    if (passed)
        QVERIFY(iamText.contains(m_emu.projectId()));
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
