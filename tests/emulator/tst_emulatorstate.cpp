// The state file: saved atomically after mutations and on stop, reloaded on start (jobs in
// progress resume their timeline), refused when corrupt, and free of secrets.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wsemu;

class tst_EmulatorState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndReload();
    void savedSoonAfterAMutation();
    void runningJobResumes();
    void corruptFileRefused();
    void noSecretsInTheFile();
    void restartInProcess();

private:
    static QByteArray readFile(const QString &path);
    static QJsonObject createBody(const QStringList &users);
    static int postUser(EmulatorTestClient &client, const QString &name, const QString &email);
    static int totalCount(EmulatorTestClient &client, const QString &suffix);

    QTemporaryDir m_dir;
};

void tst_EmulatorState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QByteArray tst_EmulatorState::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject tst_EmulatorState::createBody(const QStringList &users)
{
    QJsonArray desktops;
    for (const QString &user : users)
        desktops.append(QJsonObject{{QStringLiteral("user_name"), user}});
    return EmulatorFixture::createBody(QJsonObject{{QStringLiteral("desktops"), desktops}});
}

/** POST /users of an activated-by-mail user; the status. */
int tst_EmulatorState::postUser(EmulatorTestClient &client, const QString &name,
                                const QString &email)
{
    return client
            .post(client.projectPath(QStringLiteral("/users")),
                  QJsonObject{{QStringLiteral("user_name"), name},
                              {QStringLiteral("user_email"), email}})
            .status;
}

/** The total_count of the project-scoped list @p suffix. */
int tst_EmulatorState::totalCount(EmulatorTestClient &client, const QString &suffix)
{
    return client.get(client.projectPath(suffix))
            .json()
            .value(QStringLiteral("total_count"))
            .toInt();
}

void tst_EmulatorState::saveAndReload()
{
    const QString path = m_dir.filePath(QStringLiteral("reload.json"));
    const EmulatorOptions options = EmulatorFixture::stateFileOptions(path);
    QString jobId;
    {
        Emulator emulator(options);
        QVERIFY(emulator.start());
        EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
        QCOMPARE(postUser(client, QStringLiteral("persisted"), QStringLiteral("p@example.com")),
                 201);
        const TestReply created
                = client.post(client.projectPath(QStringLiteral("/desktops")),
                              createBody({QStringLiteral("chenjing"), QStringLiteral("yangli")}));
        QCOMPARE(created.status, 200);
        jobId = created.json().value(QStringLiteral("job_id")).toString();
        emulator.stop();
    }
    const QJsonObject saved = QJsonDocument::fromJson(readFile(path)).object();
    QCOMPARE(saved.value(QStringLiteral("format")).toString(), QStringLiteral("wsemu-state"));
    QCOMPARE(saved.value(QStringLiteral("desktops")).toArray().size(), 7);

    Emulator reloaded(options);
    QVERIFY(reloaded.start());
    EmulatorTestClient client(reloaded.baseUrl(), reloaded.projectId());
    QCOMPARE(totalCount(client, QStringLiteral("/users?user_names=persisted")), 1);
    QCOMPARE(totalCount(client, QStringLiteral("/desktops/detail")), 7);
    QCOMPARE(client.get(client.projectPath(QStringLiteral("/workspace-jobs/")) + jobId)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
             QStringLiteral("SUCCESS"));
    // The per-name counters survive too, so "none twice" holds across restarts.
    const QJsonObject created
            = client.get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None)
                      .json()
                      .value(QStringLiteral("created_computer_names"))
                      .toObject();
    QCOMPARE(created.size(), 7);
}

void tst_EmulatorState::savedSoonAfterAMutation()
{
    const QString path = m_dir.filePath(QStringLiteral("debounce.json"));
    const EmulatorOptions options = EmulatorFixture::stateFileOptions(path);
    Emulator emulator(options);
    QVERIFY(emulator.start());
    EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
    QCOMPARE(postUser(client, QStringLiteral("debounced"), QStringLiteral("d@example.com")), 201);
    // Without stop(): the debounced save lands within a moment, and the file always parses.
    QTRY_VERIFY_WITH_TIMEOUT(readFile(path).contains("\"debounced\""), 3000);
    QVERIFY(QJsonDocument::fromJson(readFile(path)).isObject());
}

void tst_EmulatorState::runningJobResumes()
{
    const QString path = m_dir.filePath(QStringLiteral("resume.json"));
    EmulatorOptions options;
    options.timeScale = 1; // about 6 s per desktop
    options.empty = true;
    options.stateFile = path;
    QString jobId;
    {
        Emulator emulator(options);
        QVERIFY(emulator.start());
        EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
        const TestReply created
                = client.post(client.projectPath(QStringLiteral("/desktops")),
                              createBody({QStringLiteral("chenjing"), QStringLiteral("yangli")}));
        QCOMPARE(created.status, 200);
        jobId = created.json().value(QStringLiteral("job_id")).toString();
        emulator.stop();
    }
    Emulator reloaded(options);
    QVERIFY(reloaded.start());
    EmulatorTestClient client(reloaded.baseUrl(), reloaded.projectId());
    const QString jobPath = client.projectPath(QStringLiteral("/workspace-jobs/")) + jobId;
    QCOMPARE(client.get(jobPath).json().value(QStringLiteral("status")).toString(),
             QStringLiteral("RUNNING"));
    QCOMPARE(client.get(client.projectPath(QStringLiteral("/desktops/detail")))
                     .json()
                     .value(QStringLiteral("desktops"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
             QStringLiteral("BUILD"));
    // A minute later (by the emulator's clock) the resumed timeline has finished.
    QCOMPARE(client.post(QStringLiteral("/_emulator/config"),
                         QJsonObject{{QStringLiteral("clock"),
                                      QJsonObject{{QStringLiteral("offset_ms"), 60000}}}},
                         EmulatorTestClient::Auth::None)
                     .status,
             200);
    const QJsonObject job
            = client.send("GET", jobPath, {}, EmulatorTestClient::Auth::AkSk,
                          {{"X-Sdk-Date", QDateTime::currentDateTimeUtc()
                                                  .addSecs(60)
                                                  .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                                  .toLatin1()}})
                      .json();
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
}

void tst_EmulatorState::corruptFileRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
    }
    EmulatorOptions options;
    options.stateFile = path;
    Emulator emulator(options);
    QVERIFY(!emulator.start());
    QVERIFY2(emulator.errorString().contains(path), qPrintable(emulator.errorString()));
    emulator.stop();
    // The bad file is left alone for a human to look at.
    QCOMPARE(readFile(path), QByteArray("{ this is not json"));
}

void tst_EmulatorState::noSecretsInTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("secrets.json"));
    const EmulatorOptions options = EmulatorFixture::stateFileOptions(path);
    Emulator emulator(options);
    QVERIFY(emulator.start());
    EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
    QCOMPARE(client.issueToken(QStringLiteral("admin"), QStringLiteral("Sandbox#2026"),
                               QStringLiteral("sandbox"),
                               QJsonObject{{QStringLiteral("project"),
                                            QJsonObject{{QStringLiteral("name"),
                                                         QStringLiteral("cn-north-4")}}}})
                     .status,
             201);
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/users")),
                         QJsonObject{
                                 {QStringLiteral("user_name"), QStringLiteral("withpassword")},
                                 {QStringLiteral("active_type"), QStringLiteral("ADMIN_ACTIVATE")},
                                 {QStringLiteral("password"), QStringLiteral("Very#Secret42")}})
                     .status,
             201);
    QVERIFY(emulator.saveState());
    const QByteArray content = readFile(path);
    QVERIFY(content.contains("withpassword"));
    for (const QByteArray &secret :
         {QByteArray("Very#Secret42"), QByteArray(EmulatorOptions::DefaultSecretKey),
          QByteArray(EmulatorOptions::DefaultPassword), QByteArray("MIIwsemu")})
        QVERIFY2(!content.contains(secret), secret.constData());
}

void tst_EmulatorState::restartInProcess()
{
    // The console stops and restarts its embedded Sandbox: the memory state carries over.
    EmulatorOptions options;
    options.timeScale = 0;
    Emulator emulator(options);
    QVERIFY(emulator.start());
    {
        EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
        QCOMPARE(postUser(client, QStringLiteral("kept"), QStringLiteral("k@example.com")), 201);
    }
    emulator.stop();
    QVERIFY(!emulator.isRunning());
    QCOMPARE(emulator.port(), quint16(0));
    QVERIFY(emulator.start());
    EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
    QCOMPARE(totalCount(client, QStringLiteral("/users?user_names=kept")), 1);
}

QTEST_GUILESS_MAIN(tst_EmulatorState)
#include "tst_emulatorstate.moc"
