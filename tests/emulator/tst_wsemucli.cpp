// The wsemu executable: its first line, its flags (bad ones exit 2), SIGTERM (saves and exits
// 0), and the flags reaching the server. Runs the real process through EmulatorProcess.

#include "emulatortestclient.h"
#include "support/emulatorprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wsemu;

class tst_WsemuCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstLine();
    void projectIdOverride();
    void badFlags_data();
    void badFlags();
    void help();
    void sigtermSavesState();
    void flagsReachTheServer();
    void failRateFlag();
    void customCredentials();
    void configureRejectsUnknownSettings();
};

void tst_WsemuCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(EmulatorProcess::executable()),
             qPrintable(EmulatorProcess::executable()));
}

void tst_WsemuCli::firstLine()
{
    EmulatorProcess emu;
    QVERIFY2(emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(emu.errorString()));
    static const QRegularExpression pattern(QStringLiteral(
            "^wsemu listening on http://127\\.0\\.0\\.1:(\\d+) project_id=([0-9a-f]{32})$"));
    const QRegularExpressionMatch match = pattern.match(emu.firstLine());
    QVERIFY2(match.hasMatch(), qPrintable(emu.firstLine()));
    QCOMPARE(match.captured(1).toUInt(), uint(emu.port()));
    QVERIFY(emu.port() > 0);
    QCOMPARE(emu.projectId(), QString::fromLatin1(EmulatorProcess::DefaultProjectId));
    QCOMPARE(emu.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(emu.state().value(QStringLiteral("project_id")).toString(), emu.projectId());
    QCOMPARE(emu.stop(), 0);
}

void tst_WsemuCli::projectIdOverride()
{
    EmulatorProcess emu;
    const QString id = QStringLiteral("ffeeddccbbaa99887766554433221100");
    QVERIFY2(emu.start({QStringLiteral("--project-id"), id}), qPrintable(emu.errorString()));
    QCOMPARE(emu.projectId(), id);
    EmulatorTestClient client(emu.baseUrl(), id);
    QCOMPARE(client.get(client.projectPath(QStringLiteral("/workspaces"))).status, 200);
    QCOMPARE(client.get(QStringLiteral("/v2/")
                        + QString::fromLatin1(EmulatorProcess::DefaultProjectId)
                        + QStringLiteral("/workspaces"))
                     .status,
             404);
}

void tst_WsemuCli::badFlags_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--bogus")} << "bogus";
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << "unexpected argument";
    QTest::newRow("rps not a number")
            << QStringList{QStringLiteral("--rps"), QStringLiteral("fast")} << "--rps";
    QTest::newRow("rate above 1") << QStringList{QStringLiteral("--fail-rate"), QStringLiteral("2")}
                                  << "--fail-rate";
    QTest::newRow("negative latency")
            << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")} << "--latency-ms";
    QTest::newRow("bad domain type")
            << QStringList{QStringLiteral("--domain-type"), QStringLiteral("AD")} << "LITE_AS";
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")}
                                << "--listen";
    QTest::newRow("ak without sk")
            << QStringList{QStringLiteral("--ak"), QStringLiteral("X")} << "--sk";
    QTest::newRow("missing value") << QStringList{QStringLiteral("--seed")} << "seed";
    QTest::newRow("seed not a number")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << "--seed";
    QTest::newRow("zero cap") << QStringList{QStringLiteral("--create-cap"), QStringLiteral("0")}
                              << "--create-cap";
}

void tst_WsemuCli::badFlags()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    QProcess process;
    process.start(EmulatorProcess::executable(), args);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QLatin1String("wsemu: ")) && err.contains(fragment), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_WsemuCli::help()
{
    QProcess process;
    process.start(EmulatorProcess::executable(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char *flag :
         {"--listen", "--state", "--time-scale", "--seed", "--lost-rate", "--subjob-fail-rate",
          "--token-lifetime", "--create-cap", "--domain-type", "--empty"})
        QVERIFY2(out.contains(flag), flag);
}

void tst_WsemuCli::sigtermSavesState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wsemu-state.json"));
    EmulatorProcess emu;
    QVERIFY2(emu.start({QStringLiteral("--state"), path, QStringLiteral("--time-scale"),
                        QStringLiteral("0")}),
             qPrintable(emu.errorString()));
    EmulatorTestClient client(emu.baseUrl(), emu.projectId());
    QCOMPARE(client.post(client.projectPath(QStringLiteral("/users")),
                         QJsonObject{
                                 {QStringLiteral("user_name"), QStringLiteral("survivor")},
                                 {QStringLiteral("user_email"), QStringLiteral("s@example.com")}})
                     .status,
             201);
    QCOMPARE(emu.stop(), 0); // SIGTERM: saves, exits 0
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("survivor"));

    QVERIFY2(emu.start({QStringLiteral("--state"), path}), qPrintable(emu.errorString()));
    EmulatorTestClient again(emu.baseUrl(), emu.projectId());
    QCOMPARE(again.get(again.projectPath(QStringLiteral("/users?user_names=survivor")))
                     .json()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             1);
    QCOMPARE(emu.stop(), 0);
}

void tst_WsemuCli::flagsReachTheServer()
{
    EmulatorProcess emu;
    QVERIFY2(emu.start({QStringLiteral("--fail-rate"),
                        QStringLiteral("0.25"),
                        QStringLiteral("--reset-rate"),
                        QStringLiteral("0.1"),
                        QStringLiteral("--lost-rate"),
                        QStringLiteral("0.2"),
                        QStringLiteral("--subjob-fail-rate"),
                        QStringLiteral("0.5"),
                        QStringLiteral("--rps"),
                        QStringLiteral("100"),
                        QStringLiteral("--latency-ms"),
                        QStringLiteral("5"),
                        QStringLiteral("--seed"),
                        QStringLiteral("9"),
                        QStringLiteral("--create-cap"),
                        QStringLiteral("7"),
                        QStringLiteral("--desktop-quota"),
                        QStringLiteral("20"),
                        QStringLiteral("--token-lifetime"),
                        QStringLiteral("60"),
                        QStringLiteral("--domain-type"),
                        QStringLiteral("LOCAL_AD"),
                        QStringLiteral("--time-scale"),
                        QStringLiteral("0.5"),
                        QStringLiteral("--empty")}),
             qPrintable(emu.errorString()));
    const QJsonObject state = emu.state();
    const QJsonObject config = state.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("fail_rate")).toDouble(), 0.25);
    QCOMPARE(config.value(QStringLiteral("reset_rate")).toDouble(), 0.1);
    QCOMPARE(config.value(QStringLiteral("lost_rate")).toDouble(), 0.2);
    QCOMPARE(config.value(QStringLiteral("subjob_fail_rate")).toDouble(), 0.5);
    QCOMPARE(config.value(QStringLiteral("rps")).toDouble(), 100.0);
    QCOMPARE(config.value(QStringLiteral("latency_ms")).toInt(), 5);
    QCOMPARE(config.value(QStringLiteral("seed")).toString(), QStringLiteral("9"));
    QCOMPARE(config.value(QStringLiteral("create_cap")).toInt(), 7);
    QCOMPARE(config.value(QStringLiteral("desktop_quota")).toInt(), 20);
    QCOMPARE(config.value(QStringLiteral("token_lifetime")).toInt(), 60);
    QCOMPARE(config.value(QStringLiteral("domain_type")).toString(), QStringLiteral("LOCAL_AD"));
    QCOMPARE(config.value(QStringLiteral("time_scale")).toDouble(), 0.5);
    QCOMPARE(state.value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             0);

    // Without faults, the token lifetime flag shows in the token.
    emu.configure(QJsonObject{{QStringLiteral("fail_rate"), 0},
                              {QStringLiteral("reset_rate"), 0},
                              {QStringLiteral("lost_rate"), 0}});
    EmulatorTestClient client(emu.baseUrl(), emu.projectId());
    const TestReply token = client.issueToken(
            QStringLiteral("admin"), QStringLiteral("Sandbox#2026"), QStringLiteral("sandbox"),
            QJsonObject{{QStringLiteral("project"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("cn-north-4")}}}});
    QCOMPARE(token.status, 201);
    const QJsonObject t = token.json().value(QStringLiteral("token")).toObject();
    QCOMPARE(QDateTime::fromString(t.value(QStringLiteral("issued_at")).toString(),
                                   Qt::ISODateWithMs)
                     .secsTo(QDateTime::fromString(t.value(QStringLiteral("expires_at")).toString(),
                                                   Qt::ISODateWithMs)),
             60);
    QCOMPARE(client.domainType(EmulatorTestClient::Auth::Token), QStringLiteral("LOCAL_AD"));
    QCOMPARE(emu.stop(), 0);
}

void tst_WsemuCli::failRateFlag()
{
    EmulatorProcess emu;
    QVERIFY2(emu.start({QStringLiteral("--fail-rate"), QStringLiteral("1"),
                        QStringLiteral("--verbose")}),
             qPrintable(emu.errorString()));
    EmulatorTestClient client(emu.baseUrl(), emu.projectId());
    const TestReply reply = client.get(client.projectPath(QStringLiteral("/workspaces")));
    QVERIFY2(reply.status == 500 || reply.status == 503, qPrintable(QString::number(reply.status)));
    QCOMPARE(emu.stop(), 0);
    // --verbose logs method, path and status, never credentials.
    const QByteArray log = emu.standardError();
    QVERIFY2(log.contains("GET /v2/"), log.constData());
    QVERIFY(!log.contains("Authorization") && !log.contains(EmulatorProcess::DefaultSecretKey));
}

void tst_WsemuCli::customCredentials()
{
    EmulatorProcess emu;
    QVERIFY2(emu.start({QStringLiteral("--ak"), QStringLiteral("MYAK000000000000000X"),
                        QStringLiteral("--sk"), QStringLiteral("mySecret"),
                        QStringLiteral("--user"), QStringLiteral("ops"),
                        QStringLiteral("--password"), QStringLiteral("P@ss-1234"),
                        QStringLiteral("--domain"), QStringLiteral("acme")}),
             qPrintable(emu.errorString()));
    EmulatorTestClient client(emu.baseUrl(), emu.projectId());
    const QString path = client.projectPath(QStringLiteral("/workspaces"));
    QCOMPARE(client.get(path).status, 401); // the default keys are gone
    client.setAkSk("MYAK000000000000000X", "mySecret");
    QCOMPARE(client.get(path).status, 200);
    const QJsonObject scope{{QStringLiteral("project"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("cn-north-4")}}}};
    QCOMPARE(client.issueToken(QStringLiteral("admin"), QStringLiteral("Sandbox#2026"),
                               QStringLiteral("sandbox"), scope)
                     .status,
             401);
    QCOMPARE(client.issueToken(QStringLiteral("ops"), QStringLiteral("P@ss-1234"),
                               QStringLiteral("acme"), scope)
                     .status,
             201);
    QCOMPARE(client.get(path, EmulatorTestClient::Auth::Token).status, 200);
    QCOMPARE(emu.stop(), 0);
}

void tst_WsemuCli::configureRejectsUnknownSettings()
{
    EmulatorProcess emu;
    QVERIFY2(emu.start(), qPrintable(emu.errorString()));
    const QJsonObject bad = emu.configure(QJsonObject{{QStringLiteral("fail_rat"), 1}});
    QVERIFY(bad.value(QStringLiteral("error_msg")).toString().contains(QLatin1String("fail_rat")));
    const QJsonObject good = emu.configure(QJsonObject{{QStringLiteral("rps"), 5}});
    QCOMPARE(
            good.value(QStringLiteral("config")).toObject().value(QStringLiteral("rps")).toDouble(),
            5.0);
    // One bad value rejects the whole change.
    const QJsonObject partly = emu.configure(
            QJsonObject{{QStringLiteral("rps"), 9}, {QStringLiteral("fail_rate"), 2}});
    QVERIFY(partly.value(QStringLiteral("error_msg"))
                    .toString()
                    .contains(QLatin1String("fail_rate")));
    QCOMPARE(emu.state()
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("rps"))
                     .toDouble(),
             5.0);
    QCOMPARE(emu.reset(true)
                     .value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             0);
    emu.kill();
    QVERIFY(!emu.isRunning());
}

QTEST_GUILESS_MAIN(tst_WsemuCli)
#include "tst_wsemucli.moc"
