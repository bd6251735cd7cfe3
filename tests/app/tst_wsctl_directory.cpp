#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl users update|lock|unlock|reset-password|delete` and `wsctl quotas` against wsemu, and
 * `wsctl desktops create` refusing a batch past the quota before anything is sent (dry run too),
 * with the figures. Passwords the service makes are printed only when asked for.
 */
class tst_WsctlDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void update();
    void updateRefused_data();
    void updateRefused();
    void lockAndUnlock();
    void resetPassword();
    void randomPassword();
    void deleteUsers();
    void deleteAsksOnATerminal_data();
    void deleteAsksOnATerminal();
    void quotas();
    void createPastQuotaSendsNothing_data();
    void createPastQuotaSendsNothing();

private:
    int requests(const QString &method);
    QJsonObject user(const QString &name);

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
};

void tst_WsctlDirectory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0", "--desktop-quota", "7"}),
             qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);
}

void tst_WsctlDirectory::init()
{
    QVERIFY(!m_emu.reset(false).isEmpty());
}

int tst_WsctlDirectory::requests(const QString &method)
{
    // Every request of that method on a Workspace route.
    const QJsonObject routes = m_emu.state()["requests"].toObject()["by_route"].toObject();
    int n = 0;
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        if (!it.key().startsWith(method + QStringLiteral(" /v2")))
            continue;
        const QJsonObject codes = it.value().toObject();
        for (auto c = codes.begin(); c != codes.end(); ++c)
            n += c.value().toInt();
    }
    return n;
}

QJsonObject tst_WsctlDirectory::user(const QString &name)
{
    const QJsonArray users = m_api->get("users?user_names=" + name)["users"].toArray();
    return users.isEmpty() ? QJsonObject() : users[0].toObject();
}

void tst_WsctlDirectory::update()
{
    const auto r = m_wsctl.run({"users", "update", "zhangwei", "--email", "zw@example.org",
                                "--description", "财务部 主管", "--expires", "2031-12-31T00:00:00Z",
                                "--disabled", "yes", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
    QCOMPARE(row["user_email"].toString(), QStringLiteral("zw@example.org"));
    QCOMPARE(row["account_expires"].toString(), QStringLiteral("2031-12-31T00:00:00Z"));
    QCOMPARE(row["disabled"].toBool(), true);
    const QJsonObject u = user("zhangwei");
    QCOMPARE(u["user_email"].toString(), QStringLiteral("zw@example.org"));
    QCOMPARE(u["description"].toString(), QStringLiteral("财务部 主管"));
    QCOMPARE(u["disabled"].toBool(), true);
    QCOMPARE(u["user_phone"].toString(), QStringLiteral("13800138001")); // not given: kept

    // --dry-run prints the body and sends nothing.
    const int puts = requests("PUT");
    const auto dry = m_wsctl.run({"users", "update", "zhangwei", "--phone", "", "--dry-run"});
    QVERIFY2(dry.code == 0, qPrintable(dry.all()));
    QVERIFY(dry.out.contains(QStringLiteral("{\"user_phone\":\"\"}")));
    QCOMPARE(requests("PUT"), puts);
}

void tst_WsctlDirectory::updateRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing to change") << QStringList{"zhangwei"} << 2 << false << "field";
    QTest::newRow("bad expiry") << QStringList{"zhangwei", "--expires", "soon"} << 2 << false
                                << "--expires";
    QTest::newRow("bad flag") << QStringList{"zhangwei", "--disabled", "maybe"} << 2 << false
                              << "--disabled";
    QTest::newRow("unknown user") << QStringList{"nobody_here", "--description", "x"} << 1 << false
                                  << "nobody_here";
    QTest::newRow("the service refuses the e-mail")
            << QStringList{"zhangwei", "--email", "not-an-address"} << 3 << true << "WKS.00010002";
}

void tst_WsctlDirectory::updateRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(bool, sent);
    QFETCH(QString, says);
    const int puts = requests("PUT");
    const QJsonObject before = user("zhangwei");
    const auto r = m_wsctl.run(QStringList{"users", "update"} + args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(requests("PUT"), puts + (sent ? 1 : 0));
    QCOMPARE(user("zhangwei"), before);
}

void tst_WsctlDirectory::lockAndUnlock()
{
    auto r = m_wsctl.run({"users", "lock", "alice", "wangfang"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(user("alice")["locked"].toBool());
    QVERIFY(user("wangfang")["locked"].toBool());
    r = m_wsctl.run({"users", "unlock", "alice", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["result"].toString(),
             QStringLiteral("unlocked"));
    QVERIFY(!user("alice")["locked"].toBool());
    QVERIFY(user("wangfang")["locked"].toBool());
    const int posts = requests("POST");
    r = m_wsctl.run({"users", "lock", "alice", "ghost"});
    QCOMPARE(r.code, 1);
    QCOMPARE(requests("POST"), posts);
    QVERIFY(!user("alice")["locked"].toBool());
}

void tst_WsctlDirectory::resetPassword()
{
    // The default: the service sends the user a new password; wsctl has none to print.
    const auto r = m_wsctl.run({"users", "reset-password", "alice", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
    QVERIFY(!row.contains(QStringLiteral("password")));
    QCOMPARE(row["result"].toString(), QStringLiteral("reset, sent to the user"));
    QCOMPARE(m_emu.requestCount("POST /v2/{project_id}/users/{user_id}/actions", "200"), 1);
    const auto wrong = m_wsctl.run({"users", "reset-password", "alice", "--show-password"});
    QCOMPARE(wrong.code, 2);
}

void tst_WsctlDirectory::randomPassword()
{
    // Made by the service and answered: not printed unless asked for.
    auto r = m_wsctl.run({"users", "reset-password", "alice", "--random", "--notify", "email"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("--show-password")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("Password")));
    r = m_wsctl.run({"users", "reset-password", "alice", "--random", "--notify", "email",
                     "--show-password", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString password
            = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["password"].toString();
    QCOMPARE(password.size(), 12);
    QVERIFY(!r.err.contains(password));
    // A self-activated user needs a way to receive it: the service refuses, nothing printed.
    r = m_wsctl.run({"users", "reset-password", "alice", "--random", "--show-password"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("WKS.00010001")), qPrintable(r.all()));
}

void tst_WsctlDirectory::deleteUsers()
{
    // Standard input is not a terminal: --yes is needed, and nothing is sent without it.
    const int posts = requests("POST");
    const int deletes = requests("DELETE");
    auto r = m_wsctl.run({"users", "delete", "alice", "emma_schmidt"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
    QCOMPARE(requests("POST"), posts);
    QVERIFY(!user("alice").isEmpty());

    // A user with a desktop refuses the whole batch: nobody is deleted.
    r = m_wsctl.run({"users", "delete", "alice", "zhangwei", "--yes"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("WKS.00010032")), qPrintable(r.all()));
    QVERIFY(!user("alice").isEmpty());

    r = m_wsctl.run({"users", "delete", "alice", "emma_schmidt", "--yes", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
    QVERIFY(user("alice").isEmpty());
    QVERIFY(user("emma_schmidt").isEmpty());
    // One user: DeleteUser.
    r = m_wsctl.run({"users", "delete", "olivia-wang", "--yes"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(user("olivia-wang").isEmpty());
    QCOMPARE(requests("DELETE"), deletes + 1);
}

void tst_WsctlDirectory::deleteAsksOnATerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("y") << QByteArray("y\n") << 0 << true;
    QTest::newRow("yes") << QByteArray("YES\n") << 0 << true;
    QTest::newRow("n") << QByteArray("n\n") << 2 << false;
    QTest::newRow("just Enter") << QByteArray("\n") << 2 << false;
}

void tst_WsctlDirectory::deleteAsksOnATerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, code);
    QFETCH(bool, deleted);
    // util-linux script(1) gives wsctl a terminal; what is written to it is typed there.
    QStringList command{WsctlRunner::executable()};
    command << m_wsctl.connection() << QStringList{"users", "delete", "alice", "emma_schmidt"};
    for (QString &word : command)
        word = QLatin1Char('\'') + word.replace(QLatin1String("'"), QLatin1String("'\\''"))
               + QLatin1Char('\'');
    QProcess process;
    process.setProcessEnvironment(m_wsctl.environment());
    process.start(QStringLiteral("script"),
                  {"-q", "-e", "-c", command.join(QLatin1Char(' ')), "/dev/null"});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    process.write(answer);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString shown = QString::fromUtf8(process.readAll());
    QCOMPARE(process.exitCode(), code);
    QVERIFY2(shown.contains(QStringLiteral("Delete 2 user")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("alice, emma_schmidt? [y/N]")), qPrintable(shown));
    QCOMPARE(user("alice").isEmpty(), deleted);
    QCOMPARE(user("emma_schmidt").isEmpty(), deleted);
}

void tst_WsctlDirectory::quotas()
{
    const auto r = m_wsctl.run({"quotas", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QMap<QString, QJsonObject> byType;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        byType.insert(v.toObject()["type"].toString(), v.toObject());
    // The service's own figures, read independently.
    const QJsonArray service = m_api->get("quotas")["quotas"].toObject()["resources"].toArray();
    QCOMPARE(byType.size(), service.size());
    for (const QJsonValue &v : service) {
        const QJsonObject s = v.toObject();
        const QJsonObject mine = byType.value(s["type"].toString());
        QCOMPARE(mine["quota"].toInt(), s["quota"].toInt());
        QCOMPARE(mine["used"].toInt(), s["used"].toInt());
        QCOMPARE(mine["remaining"].toInt(), qMax(0, s["quota"].toInt() - s["used"].toInt()));
    }
    QCOMPARE(byType["general_instances"]["quota"].toInt(), 7);
    QCOMPARE(byType["general_instances"]["used"].toInt(), 5);
    QCOMPARE(byType["general_instances"]["name"].toString(), QStringLiteral("Desktops"));

    const auto zh = m_wsctl.run({"quotas", "--zone", "cn-north-4a"}, {}, "zh_CN.UTF-8");
    QVERIFY2(zh.code == 0, qPrintable(zh.all()));
    QVERIFY(zh.out.contains(QStringLiteral("general_instances")));
    const auto bad = m_wsctl.run({"quotas", "--zone", "mars-1"});
    QCOMPARE(bad.code, 3);
}

void tst_WsctlDirectory::createPastQuotaSendsNothing_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("code");
    QTest::newRow("3 in a quota of 7 with 5 used") << 3 << false << 1;
    QTest::newRow("the same in a dry run") << 3 << true << 1;
    QTest::newRow("2 fit (dry run)") << 2 << true << 0;
}

void tst_WsctlDirectory::createPastQuotaSendsNothing()
{
    QFETCH(int, size);
    QFETCH(bool, dryRun);
    QFETCH(int, code);
    const QJsonObject spec{{"desktop_type", "DEDICATED"},
                           {"product_id", "workspace.x86.general.large2.windows"},
                           {"image_type", "gold"},
                           {"image_id", "a866298d-67db-44b0-a1f1-9d09bdddc20f"},
                           {"root_volume", QJsonObject{{"type", "SAS"}, {"size", 80}}},
                           {"size", size},
                           {"desktop_name", "QUOTA"}};
    const QString path = m_wsctl.write("quota.json", QJsonDocument(spec).toJson());
    const int posts = requests("POST");
    QStringList args{"desktops", "create", "--spec", path};
    if (dryRun)
        args << "--dry-run";
    const auto r = m_wsctl.run(args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QCOMPARE(requests("POST"), posts);
    QCOMPARE(m_emu.state()["desktops"].toObject()["total"].toInt(), 5);
    if (code == 0)
        return;
    // The figures: which quota, its limit, what is used and left, what the batch needs.
    QVERIFY2(r.err.contains(QStringLiteral("quota.exceeded")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("general_instances")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("quota 7, used 5, free 2, this batch needs 3")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing was sent")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_WsctlDirectory)
#include "tst_wsctl_directory.moc"
