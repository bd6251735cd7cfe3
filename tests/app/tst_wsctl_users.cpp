#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl users list|create` against wsemu's directory: the list agrees with the service's
 * users route for each filter; users are created one at a time or from a CSV, checked before
 * the first is sent (bad cells and names twice in the file: exit 1, nothing sent); a user that
 * exists already is named as such (exit 3) while the others are still created; the password
 * comes from standard input and is never printed.
 */
class tst_WsctlUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list_data();
    void list();
    void createOne();
    void createFromCsv();
    void createExisting();
    void createInvalid_data();
    void createInvalid();
    void dryRunMasksPassword();

private:
    int usersOnServer() { return m_emu.state()["users"].toInt(-1); }
    int userPosts();

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
};

void tst_WsctlUsers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);
    QVERIFY(usersOnServer() >= 20);
}

int tst_WsctlUsers::userPosts()
{
    return m_emu.requestCount(QStringLiteral("POST /v2/{project_id}/users"));
}

void tst_WsctlUsers::list_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("query");
    QTest::newRow("everyone") << QStringList() << "";
    QTest::newRow("--name (contains)") << QStringList{"--name", "wang"} << "user_name=wang";
    QTest::newRow("--group") << QStringList{"--group", "finance"} << "group_name=finance";
    QTest::newRow("nobody") << QStringList{"--name", "nosuchuser"} << "user_name=nosuchuser";
}

void tst_WsctlUsers::list()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, query);
    QStringList expected;
    for (const QJsonValue &v : m_api->get("users?" + query)["users"].toArray())
        expected << v.toObject()["user_name"].toString();

    const auto json = m_wsctl.run(QStringList{"users", "list", "--format", "json"} + filters);
    QVERIFY2(json.code == 0, qPrintable(json.all()));
    QStringList seen;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QJsonObject u = v.toObject();
        seen << u["user_name"].toString();
        QVERIFY(u["locked"].isBool());
        QVERIFY(u["desktops"].isDouble());
    }
    QCOMPARE(seen, expected);

    const auto csv = m_wsctl.run(QStringList{"users", "list", "--format", "csv"} + filters);
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("user_name,user_email,user_phone,active_type,desktops,locked,"
                               "disabled,groups,id\r\n"));
    QCOMPARE(csv.out.count("\r\n"), expected.size() + 1);

    const auto text = m_wsctl.run(QStringList{"users", "list"} + filters);
    QCOMPARE(text.code, 0);
    if (expected.isEmpty())
        QCOMPARE(text.out, QStringLiteral("No user matches.\n"));
    else
        QCOMPARE(text.out.count(u'\n'), expected.size() + 2); // header, rows, count
}

void tst_WsctlUsers::createOne()
{
    const int before = usersOnServer();
    const auto r = m_wsctl.run({"users", "create", "--name", "newbie01", "--email",
                                "newbie01@example.com", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject row = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
    QCOMPARE(row["result"].toString(), QStringLiteral("created"));
    QVERIFY(!row["id"].toString().isEmpty());
    QCOMPARE(usersOnServer(), before + 1);
    const QJsonArray found = m_api->get("users?user_names=newbie01")["users"].toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].toObject()["id"].toString(), row["id"].toString());
    QCOMPARE(found[0].toObject()["user_email"].toString(), QStringLiteral("newbie01@example.com"));
}

void tst_WsctlUsers::createFromCsv()
{
    const int before = usersOnServer();
    const QString csv = m_wsctl.write(
            "users.csv", QStringLiteral("用户名,邮箱,手机号\r\ncsvuser1,c1@example.com,\r\n"
                                        "csvuser2,,13800138999\r\ncsvuser3,c3@example.com,\r\n")
                                 .toUtf8());
    const auto r = m_wsctl.run({"users", "create", "--csv", csv});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(usersOnServer(), before + 3);
    // One line per user with its CSV line, then the count.
    QVERIFY(r.out.contains(QRegularExpression("csvuser2\\s+3\\s+created")));
    QVERIFY2(r.out.contains(QRegularExpression("3 users?(\\(s\\))? created, 0 failed")),
             qPrintable(r.out));
}

void tst_WsctlUsers::createExisting()
{
    const int before = usersOnServer();
    const QString csv = m_wsctl.write("again.csv", "user_name,user_email\n"
                                                   "zhangwei,zw@example.com\n"
                                                   "freshuser,fresh@example.com\n");
    const auto r = m_wsctl.run({"users", "create", "--csv", csv, "--format", "json"});
    QVERIFY2(r.code == 3, qPrintable(r.all()));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject existing = rows[0].toObject();
    QCOMPARE(existing["result"].toString(), QStringLiteral("exists"));
    QCOMPARE(existing["line"].toInt(), 2);
    QVERIFY2(existing["message"].toString().contains("zhangwei exists already"),
             qPrintable(existing["message"].toString()));
    // The id of the user that is there, from the service.
    QCOMPARE(existing["id"].toString(),
             m_api->get("users?user_names=zhangwei")["users"][0].toObject()["id"].toString());
    QCOMPARE(rows[1].toObject()["result"].toString(), QStringLiteral("created"));
    QCOMPARE(usersOnServer(), before + 1);
}

void tst_WsctlUsers::createInvalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no contact for self-activation")
            << QStringList{"--name", "nocontact"} << QByteArray() << 1 << "contact.required";
    QTest::newRow("bad name") << QStringList{"--name", "1bad", "--email", "b@example.com"}
                              << QByteArray() << 1 << "user_name.start";
    QTest::newRow("expired already")
            << QStringList{"--name",        "old01",     "--email",
                           "o@example.com", "--expires", "2001-01-01T00:00:00Z"}
            << QByteArray() << 1 << "account_expires.past";
    QTest::newRow("a name twice in the file")
            << QStringList()
            << QByteArray("user_name,user_email\ndup1,a@example.com\n"
                          "DUP1,b@example.com\n")
            << 1 << "user_name.duplicate";
    QTest::newRow("bad cell") << QStringList()
                              << QByteArray("user_name,user_email\nok01,a@example.com\n"
                                            "ok02,not-an-address\n")
                              << 1 << "user_email";
    QTest::newRow("both --name and --csv")
            << QStringList{"--name", "a", "--csv", "x.csv"} << QByteArray() << 2 << "--name";
    QTest::newRow("neither") << QStringList() << QByteArray() << 2 << "--csv";
    QTest::newRow("bad --activate") << QStringList{"--name", "a", "--activate", "robot"}
                                    << QByteArray() << 2 << "--activate";
    QTest::newRow("missing file") << QStringList{"--csv", "/nonexistent/users.csv"} << QByteArray()
                                  << 2 << "users.csv";
}

void tst_WsctlUsers::createInvalid()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, csv);
    QFETCH(int, code);
    QFETCH(QString, mention);
    if (!csv.isEmpty())
        args << "--csv" << m_wsctl.write("invalid.csv", csv);
    const int before = userPosts();
    const auto r = m_wsctl.run(QStringList{"users", "create", "--format", "json"} + args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2((code == 1 ? r.out : r.err).contains(mention), qPrintable(r.all()));
    // Every non-zero exit says why on stderr, also when the report is JSON on stdout.
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.all()));
    if (code == 1 && !csv.isEmpty()) {
        // Reported by line and column.
        bool located = false;
        for (const QJsonValue &v : WsctlRunner::json(r.out)["issues"].toArray())
            located = located
                      || (v.toObject()["line"].toInt() == 3
                          && !v.toObject()["column"].toString().isEmpty());
        QVERIFY2(located, qPrintable(r.out));
    }
    QCOMPARE(userPosts(), before); // nothing sent
}

void tst_WsctlUsers::dryRunMasksPassword()
{
    const QByteArray password("Adm1n#Secret-94d2");
    const int before = userPosts();
    const auto r = m_wsctl.run({"users", "create", "--name", "adminmade", "--activate", "admin",
                                "--password-stdin", "--dry-run"},
                               password + "\n");
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains("Dry run: nothing is sent."));
    QVERIFY(r.out.contains("\"password\":\"********\""));
    QVERIFY(r.out.contains("\"active_type\":\"ADMIN_ACTIVATE\""));
    QVERIFY(!r.out.toUtf8().contains(password));
    QVERIFY(!r.err.toUtf8().contains(password));
    QCOMPARE(userPosts(), before);

    // For real: created, and the password is still nowhere in the output.
    const auto made = m_wsctl.run(
            {"users", "create", "--name", "adminmade", "--activate", "admin", "--password-stdin"},
            password + "\n");
    QVERIFY2(made.code == 0, qPrintable(made.all()));
    QVERIFY(!made.out.toUtf8().contains(password));
    QCOMPARE(userPosts(), before + 1);
    // Too short a password is refused before anything is sent.
    const auto tooShort = m_wsctl.run(
            {"users", "create", "--name", "adminmade2", "--activate", "admin", "--password-stdin"},
            "short\n");
    QCOMPARE(tooShort.code, 1);
    // Invalid input is the reason of the exit: on stderr, stdout empty.
    QVERIFY2(tooShort.err.contains("password.length") && tooShort.out.isEmpty(),
             qPrintable(tooShort.all()));
    QCOMPARE(userPosts(), before + 1);
}

QTEST_GUILESS_MAIN(tst_WsctlUsers)
#include "tst_wsctl_users.moc"
