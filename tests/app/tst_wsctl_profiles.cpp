#include "wsctlrunner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

/**
 * `wsctl profiles list|add|remove|test|use` on the console's settings under a temporary HOME:
 * secrets go in by standard input or the environment only, and never come out (not in the
 * output, not in any file); `profiles test` tells a good key from a wrong one (401) and from a
 * dead endpoint, each with exit 3.
 */
class tst_WsctlProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void addErrors_data();
    void addErrors();
    void test_data();
    void test();
    void secretsForThisRun_data();
    void secretsForThisRun();
    void secretsNowhere();

private:
    QJsonArray profiles();
    /** Every file under the temporary HOME that contains @p secret. */
    QStringList filesContaining(const QByteArray &secret) const;

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    QStringList m_outputs; ///< everything wsctl printed, for secretsNowhere()
};

// A secret that only ever travels through standard input.
static const QByteArray StdinSecret("stdinOnlySecret-7f3a9c1e5b");
static const QByteArray IamPassword("IamStdinPassword#55e1");

void tst_WsctlProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
}

QJsonArray tst_WsctlProfiles::profiles()
{
    const auto r = m_wsctl.run({"profiles", "list", "--format", "json"});
    m_outputs << r.out << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList tst_WsctlProfiles::filesContaining(const QByteArray &secret) const
{
    QStringList found;
    QDirIterator it(m_wsctl.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found << file.fileName();
    }
    return found;
}

void tst_WsctlProfiles::lifecycle()
{
    // A fresh HOME has the Sandbox, as the console makes it, and it is the default.
    QJsonArray list = profiles();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject()["id"].toString(), QStringLiteral("sandbox"));
    QCOMPARE(list[0].toObject()["default"].toBool(), true);

    // add: SK from standard input, AK masked in the list.
    auto r = m_wsctl.run({"profiles", "add", "prod", "--region", "cn-north-4", "--ak",
                          "AKPRODEXAMPLE0001", "--sk-stdin"},
                         StdinSecret + "\n");
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains("Profile \"prod\" saved"));
    // No keychain in the test: wsctl says the secret was not kept, and how to give it.
    QVERIFY2(r.err.contains("HUAWEICLOUD_SDK_SK"), qPrintable(r.err));
    // add: SK from HUAWEICLOUD_SDK_SK, made the default.
    r = m_wsctl.run({"profiles", "add", "lab", "--region", "cn-north-4", "--use"});
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == 0, qPrintable(r.all()));

    // add: an IAM profile, its password from standard input.
    r = m_wsctl.run({"profiles", "add", "iam", "--auth", "iam", "--iam-domain", "sandbox",
                     "--iam-user", "admin", "--password-stdin"},
                    IamPassword + "\n");
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == 0, qPrintable(r.all()));

    list = profiles();
    QCOMPARE(list.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : list)
        byName.insert(v.toObject()["name"].toString(), v.toObject());
    QCOMPARE(byName["prod"]["access_key"].toString(), QStringLiteral("AKPR…0001"));
    QCOMPARE(byName["prod"]["auth"].toString(), QStringLiteral("aksk"));
    QCOMPARE(byName["prod"]["region"].toString(), QStringLiteral("cn-north-4"));
    QCOMPARE(byName["prod"]["endpoint"].toString(), m_emu.baseUrl().toString());
    QCOMPARE(byName["lab"]["default"].toBool(), true);
    QCOMPARE(byName["iam"]["auth"].toString(), QStringLiteral("iam"));
    QCOMPARE(byName["iam"]["access_key"].toString(), QStringLiteral("sandbox/admin"));
    QCOMPARE(byName["Sandbox"]["default"].toBool(), false);

    // use: prod becomes the default (and "Sandbox" by its id, in any language).
    r = m_wsctl.run({"profiles", "use", "prod"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(r.out.trimmed(), QStringLiteral("\"prod\" is now the default profile."));
    list = profiles();
    for (const QJsonValue &v : list)
        QCOMPARE(v.toObject()["default"].toBool(), v.toObject()["name"].toString() == "prod");

    // The text list marks the default and masks the key.
    r = m_wsctl.run({"profiles", "list"});
    QVERIFY(r.out.contains("AKPR…0001"));
    QVERIFY(!r.out.contains("AKPRODEXAMPLE0001"));

    // remove: gone, then an unknown name; the Sandbox stays.
    r = m_wsctl.run({"profiles", "remove", "lab"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(profiles().size(), 3);
    r = m_wsctl.run({"profiles", "remove", "lab"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no profile named \"lab\""));
    r = m_wsctl.run({"profiles", "remove", "sandbox"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("cannot be removed"));
    r = m_wsctl.run({"profiles", "use", "nothere"});
    QCOMPARE(r.code, 1);
    r = m_wsctl.run({"profiles", "use", "sandbox"});
    QCOMPARE(r.code, 0);
    r = m_wsctl.run({"profiles", "use", "prod"});
    QCOMPARE(r.code, 0);
}

void tst_WsctlProfiles::addErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    // The secret on the command line is refused: there is no such option.
    QTest::newRow("--sk on the command line")
            << QStringList{"profiles", "add", "x", "--region", "r", "--sk", "cmdlineSecret"} << 2
            << "'sk'";
    QTest::newRow("no name") << QStringList{"profiles", "add"} << 2 << "NAME";
    QTest::newRow("bad auth") << QStringList{"profiles", "add", "x", "--auth", "kerberos"} << 2
                              << "--auth";
    QTest::newRow("bad cap") << QStringList{"profiles", "add", "x", "--create-cap", "many"} << 2
                             << "--create-cap";
    QTest::newRow("cap out of range")
            << QStringList{"profiles", "add", "x", "--region", "r", "--create-cap", "500"} << 1
            << "not saved";
    QTest::newRow("bad rate") << QStringList{"profiles", "add", "x", "--rate", "fast"} << 2
                              << "--rate";
    QTest::newRow("rate out of range")
            << QStringList{"profiles", "add", "x", "--region", "r", "--rate", "0"} << 1
            << "requests_per_second";
    QTest::newRow("not an http endpoint")
            << QStringList{"profiles", "add", "x", "--endpoint", "ftp://host"} << 1
            << "workspace_endpoint";
    QTest::newRow("exists") << QStringList{"profiles", "add", "prod", "--region", "r"} << 1
                            << "--replace";
    QTest::newRow("the Sandbox") << QStringList{"profiles", "add", "Sandbox", "--replace"} << 1
                                 << "Sandbox";
    QTest::newRow("list takes no argument") << QStringList{"profiles", "list", "x"} << 2 << "\"x\"";
    QTest::newRow("test takes one name")
            << QStringList{"profiles", "test", "a", "b"} << 2 << "at most one";
    QTest::newRow("--profile unknown")
            << QStringList{"profiles", "test", "--profile", "nope"} << 2 << "no profile named";
}

void tst_WsctlProfiles::addErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mention);
    const auto r = m_wsctl.run(args);
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2(r.err.contains(mention), qPrintable(r.all()));
    QVERIFY(!r.err.contains("cmdlineSecret"));
}

void tst_WsctlProfiles::test_data()
{
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("iam");
    QTest::addColumn<QString>("mention");
    QTest::newRow("0: the right key") << ""
                                      << "" << 0 << "passed"
                                      << "";
    QTest::newRow("3: a wrong SK is refused (401)") << "wrongSecretKeyWrongSecretKeyWrong0123456"
                                                    << "" << 3 << "failed"
                                                    << "signature was rejected";
    QTest::newRow("3: nothing listens at the endpoint") << ""
                                                        << "http://127.0.0.1:1" << 3 << "failed"
                                                        << "Nothing answered";
}

void tst_WsctlProfiles::test()
{
    QFETCH(QString, secretKey);
    QFETCH(QString, endpoint);
    QFETCH(int, code);
    QFETCH(QString, iam);
    QFETCH(QString, mention);
    m_wsctl.setSecretKey(secretKey);
    QStringList args{"profiles", "test", "prod", "--format", "json"};
    if (!endpoint.isEmpty())
        args << "--endpoint" << endpoint << "--iam-endpoint" << endpoint;
    const auto r = m_wsctl.run(args);
    m_wsctl.setSecretKey({});
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == code, qPrintable(r.all()));
    const QJsonObject o = WsctlRunner::json(r.out);
    QCOMPARE(o["profile"].toString(), QStringLiteral("prod"));
    QCOMPARE(o["iam"].toString(), iam);
    if (code == 0) {
        QCOMPARE(o["workspace"].toString(), QStringLiteral("passed"));
        QCOMPARE(o["project_id"].toString(), m_emu.projectId());
        QCOMPARE(o["workspace_status"].toString(), QStringLiteral("SUBSCRIBED"));
        QVERIFY(r.err.isEmpty());
        // The same keys as a CSV row.
        const auto csv = m_wsctl.run({"profiles", "test", "prod", "--format", "csv"});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out,
                 QStringLiteral(
                         "profile,endpoint,iam,workspace,project_id,domain_type,"
                         "workspace_status\r\nprod,%1,passed,passed,%2,LITE_AS,SUBSCRIBED\r\n")
                         .arg(m_emu.baseUrl().toString(), m_emu.projectId()));
    } else {
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QVERIFY2(r.err.contains("the IAM check failed"), qPrintable(r.err));
    }
    // The same 401 from any command that calls the service.
    if (!secretKey.isEmpty()) {
        m_wsctl.setSecretKey(secretKey);
        const auto list = m_wsctl.run({"desktops", "list"});
        m_wsctl.setSecretKey({});
        m_outputs << list.out << list.err;
        QCOMPARE(list.code, 3);
        QVERIFY(list.err.contains("APIG.0301"));
        QVERIFY(list.out.isEmpty());
    }
}

void tst_WsctlProfiles::secretsForThisRun_data()
{
    // Without a keychain, a profile's secret comes for each run from standard input or the
    // environment, for every command that connects.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinText");
    QTest::addColumn<QString>("passwordVariable");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    const QByteArray password = QByteArray(EmulatorProcess::DefaultPassword) + "\n";
    QTest::newRow("IAM: profiles test --password-stdin")
            << QStringList{"profiles", "test", "iam", "--password-stdin"} << password << "" << 0
            << "IAM (credentials): passed";
    QTest::newRow("IAM: desktops list --password-stdin")
            << QStringList{"desktops", "list", "--profile", "iam", "--password-stdin"} << password
            << "" << 0 << "";
    QTest::newRow("IAM: WSCTL_IAM_PASSWORD")
            << QStringList{"profiles", "test", "iam"} << QByteArray()
            << QString::fromLatin1(EmulatorProcess::DefaultPassword) << 0
            << "IAM (credentials): passed";
    QTest::newRow("IAM: no password says which secret is missing")
            << QStringList{"profiles", "test", "iam"} << QByteArray() << "" << 2
            << "The IAM password of admin (account sandbox) is required";
    QTest::newRow("AK/SK: desktops list --sk-stdin")
            << QStringList{"desktops", "list", "--profile", "emu", "--sk-stdin"}
            << QByteArray(EmulatorProcess::DefaultSecretKey) + "\n"
            << "" << 0 << "";
    QTest::newRow("AK/SK: catalog zones --sk-stdin, wrong SK")
            << QStringList{"catalog", "zones", "--profile", "emu", "--sk-stdin"}
            << QByteArray("wrongSecretKeyWrongSecretKeyWrong0123456\n") << "" << 3 << "APIG.0301";
    QTest::newRow("both on stdin is a usage error")
            << QStringList{"profiles", "test", "iam", "--sk-stdin", "--password-stdin"} << password
            << "" << 2 << "cannot be used together";
}

void tst_WsctlProfiles::secretsForThisRun()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinText);
    QFETCH(QString, passwordVariable);
    QFETCH(int, code);
    QFETCH(QString, mention);
    const QJsonArray list = profiles();
    if (std::none_of(list.begin(), list.end(), [](const QJsonValue &v) {
            return v.toObject()["name"].toString() == "emu";
        })) {
        // An AK/SK profile with the emulator's access key and no SK kept (no keychain).
        const auto add = m_wsctl.run({"profiles", "add", "emu", "--region", "cn-north-4", "--ak",
                                      EmulatorProcess::DefaultAccessKey, "--sk-stdin"},
                                     QByteArray(EmulatorProcess::DefaultSecretKey) + "\n");
        QVERIFY2(add.code == 0, qPrintable(add.all()));
    }
    // No HUAWEICLOUD_SDK_AK/SK: the profile and the secret of this run are all there is.
    QProcessEnvironment env = m_wsctl.environment();
    env.remove(QStringLiteral("HUAWEICLOUD_SDK_AK"));
    env.remove(QStringLiteral("HUAWEICLOUD_SDK_SK"));
    if (!passwordVariable.isEmpty())
        env.insert(QStringLiteral("WSCTL_IAM_PASSWORD"), passwordVariable);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(WsctlRunner::executable(), m_wsctl.connection() + args);
    QVERIFY(process.waitForStarted(10000));
    process.write(stdinText);
    process.closeWriteChannel();
    const auto r = WsctlRunner::finish(&process, 60000);
    m_outputs << r.out << r.err;
    QVERIFY2(r.code == code, qPrintable(r.all()));
    if (!mention.isEmpty())
        QVERIFY2((code == 0 ? r.out : r.err).contains(mention), qPrintable(r.all()));
    if (code != 0)
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.all()));
    QVERIFY(!r.out.contains(QLatin1String(EmulatorProcess::DefaultPassword)));
    QVERIFY(!r.err.contains(QLatin1String(EmulatorProcess::DefaultSecretKey)));
}

void tst_WsctlProfiles::secretsNowhere()
{
    const QByteArray envSecret(EmulatorProcess::DefaultSecretKey);
    for (const QByteArray &secret : {StdinSecret, IamPassword, envSecret,
                                     QByteArray("wrongSecretKeyWrongSecretKeyWrong0123456")}) {
        const QStringList files = filesContaining(secret);
        QVERIFY2(files.isEmpty(), qPrintable(files.join('\n')));
        for (const QString &output : std::as_const(m_outputs))
            QVERIFY2(!output.toUtf8().contains(secret), qPrintable(output));
    }
    // The files were there to be searched: settings with both profiles, the journal.
    QVERIFY(!filesContaining("AKPRODEXAMPLE0001").isEmpty());
}

QTEST_GUILESS_MAIN(tst_WsctlProfiles)
#include "tst_wsctl_profiles.moc"
