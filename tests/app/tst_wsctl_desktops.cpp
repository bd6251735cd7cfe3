#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>

/**
 * `wsctl desktops list` and `desktops attach` against wsemu. The list is checked against the
 * service's own counts for each filter, on a tenant of more than 1 000 desktops so that it has
 * to read several pages; the assignment is checked as a dry run (exact bodies), with bad rows
 * (line and column, exit 1, nothing sent), Chinese headers in GBK, and for real with --wait.
 */
class tst_WsctlDesktops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list_data();
    void list();
    void listPaging_data();
    void listPaging();
    void listOrder();
    void listUsage_data();
    void listUsage();
    void attachDryRun_data();
    void attachDryRun();
    void attachInvalid_data();
    void attachInvalid();
    void attachWait();

private:
    int requests(const QString &route);
    QString desktopId(const QString &computerName);

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
    int m_total = 0;
};

// The seed's five desktops plus these: more than one page of 1 000.
static constexpr int Created = 1100;

void tst_WsctlDesktops::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0", "--desktop-quota", "5000"}),
             qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);

    // A large tenant, made as an administrator would: wsctl itself, from a CSV.
    const QString specPath = m_wsctl.writeSeedSpec();
    QByteArray csv("user_name,user_group,computer_name\n");
    for (int i = 0; i < Created; ++i)
        csv += QStringLiteral("lu%1,users,LST-%1\n").arg(i, 4, 10, QChar('0')).toUtf8();
    const auto r = m_wsctl.run({"desktops", "create", "--spec", specPath, "--users",
                                m_wsctl.write("large.csv", csv), "--wait", "--poll-interval", "0.3",
                                "--domain-type", "LITE_AS", "--os", "Windows"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    m_total = m_emu.state()["desktops"].toObject()["total"].toInt();
    QCOMPARE(m_total, Created + 5);
}

int tst_WsctlDesktops::requests(const QString &route)
{
    return m_emu.requestCount(route);
}

QString tst_WsctlDesktops::desktopId(const QString &computerName)
{
    const QJsonArray found = m_api->get("desktops/detail?computer_names=" + computerName)
                                     .value("desktops")
                                     .toArray();
    return found.size() == 1 ? found[0].toObject()["desktop_id"].toString() : QString();
}

void tst_WsctlDesktops::list_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("query"); // the same filter on the service's route
    QTest::newRow("no filter") << QStringList() << "";
    QTest::newRow("--status shutoff") << QStringList{"--status", "shutoff"} << "status=SHUTOFF";
    QTest::newRow("--unassigned") << QStringList{"--unassigned"} << "user_attached=false";
    QTest::newRow("--assigned") << QStringList{"--assigned"} << "user_attached=true";
    QTest::newRow("--user (contains)") << QStringList{"--user", "lu10"} << "user_name=lu10";
    QTest::newRow("--user twice (exact names)")
            << QStringList{"--user", "lu0001", "--user", "zhangwei"}
            << "user_names=lu0001&user_names=zhangwei";
    QTest::newRow("--computer-name")
            << QStringList{"--computer-name", "POOL"} << "computer_name=POOL";
    QTest::newRow("--type and --zone")
            << QStringList{"--type", "dedicated", "--zone", "cn-north-4a"}
            << "desktop_type=DEDICATED&availability_zone=cn-north-4a";
    QTest::newRow("--image") << QStringList{"--image", "a866298d-67db-44b0-a1f1-9d09bdddc20f"}
                             << "image_id=a866298d-67db-44b0-a1f1-9d09bdddc20f";
    QTest::newRow("--subnet (nothing there)")
            << QStringList{"--subnet", "7a3c9e51-4b2d-4f6a-9c8e-2d1b0a9f8e7d"}
            << "subnet_id=7a3c9e51-4b2d-4f6a-9c8e-2d1b0a9f8e7d";
}

void tst_WsctlDesktops::list()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, query);
    const int expected = m_api->get("desktops/detail?limit=0&" + query)["total_count"].toInt(-1);
    QVERIFY(expected >= 0);

    for (const char *format : {"json", "csv", "text"}) {
        const auto r = m_wsctl.run(QStringList{"desktops", "list", "--format", format} + filters);
        QVERIFY2(r.code == 0, qPrintable(r.all().left(2000)));
        if (qstrcmp(format, "json") == 0) {
            const QJsonArray desktops = QJsonDocument::fromJson(r.out.toUtf8()).array();
            QCOMPARE(desktops.size(), expected);
            QSet<QString> ids;
            for (const QJsonValue &v : desktops)
                ids.insert(v.toObject()["desktop_id"].toString());
            QCOMPARE(ids.size(), expected); // each desktop once, across pages
        } else if (qstrcmp(format, "csv") == 0) {
            QVERIFY(r.out.startsWith("desktop_id,computer_name,status,user_name,attach_state,"));
            QCOMPARE(r.out.count("\r\n"), expected + 1);
        } else if (expected == 0) {
            QCOMPARE(r.out, QStringLiteral("No desktop matches.\n"));
        } else {
            QCOMPARE(r.out.count(u'\n'), expected + 2); // header, rows, count
            QVERIFY2(QRegularExpression(
                             QStringLiteral("\\n%1 desktops?(\\(s\\))?\\n$").arg(expected))
                             .match(r.out)
                             .hasMatch(),
                     qPrintable(r.out.right(200)));
        }
    }
}

void tst_WsctlDesktops::listPaging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1000 per page") << 1000;
    QTest::newRow("500 per page (default)") << 500;
    QTest::newRow("400 per page") << 400;
}

void tst_WsctlDesktops::listPaging()
{
    QFETCH(int, pageSize);
    const QString route = QStringLiteral("GET /v2/{project_id}/desktops/detail");
    const int before = requests(route);
    const auto r = m_wsctl.run(
            {"desktops", "list", "--format", "json", "--page-size", QString::number(pageSize)});
    QVERIFY2(r.code == 0, qPrintable(r.all().left(2000)));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), m_total);
    // Every page once: ceil(total / page size) requests.
    QCOMPARE(requests(route) - before, (m_total + pageSize - 1) / pageSize);
}

void tst_WsctlDesktops::listOrder()
{
    const auto r = m_wsctl.run({"desktops", "list", "--computer-name", "LST-00", "--sort",
                                "computer_name", "--desc", "--format", "csv"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QStringList names;
    for (const QString &line : r.out.split("\r\n", Qt::SkipEmptyParts).mid(1))
        names << line.section(u',', 1, 1);
    QCOMPARE(names.size(), 100);
    QCOMPARE(names.first(), QStringLiteral("LST-0099"));
    QCOMPARE(names.last(), QStringLiteral("LST-0000"));
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
    QCOMPARE(names, sorted);
}

void tst_WsctlDesktops::listUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("bad status") << QStringList{"--status", "RUNNING"} << "--status";
    QTest::newRow("page size 0") << QStringList{"--page-size", "0"} << "--page-size";
    QTest::newRow("page size 1001") << QStringList{"--page-size", "1001"} << "--page-size";
    QTest::newRow("both assigned and unassigned")
            << QStringList{"--assigned", "--unassigned"} << "exclude each other";
    QTest::newRow("bad sort") << QStringList{"--sort", "name"} << "--sort";
    QTest::newRow("stray argument") << QStringList{"WKS-POOL-01"} << "\"WKS-POOL-01\"";
}

void tst_WsctlDesktops::listUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const auto r = m_wsctl.run(QStringList{"desktops", "list"} + args);
    QVERIFY2(r.code == 2, qPrintable(r.all()));
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QVERIFY(r.err.contains("wsctl desktops list --help"));
}

void tst_WsctlDesktops::attachDryRun_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("English headers, computer names")
            << QByteArray("computer_name,user_name,user_group\n"
                          "WKS-POOL-01,chenjing,users\n"
                          "WKS-POOL-02,alice,administrators\n")
            << "";
    QStringEncoder gbk("GB18030");
    QTest::newRow("Chinese headers in GBK, semicolons")
            << QByteArray(gbk.encode(QStringLiteral("计算机名;用户名;用户组\r\n"
                                                    "WKS-POOL-01;chenjing;users\r\n"
                                                    "WKS-POOL-02;alice;administrators\r\n")))
            << "";
    QTest::newRow("Chinese headers, forced encoding")
            << QByteArray(gbk.encode(QStringLiteral("计算机名;用户名;用户组\r\n"
                                                    "WKS-POOL-01;chenjing;users\r\n"
                                                    "WKS-POOL-02;alice;administrators\r\n")))
            << "GBK";
}

void tst_WsctlDesktops::attachDryRun()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, encoding);
    const QString path = m_wsctl.write("assign.csv", csv);
    QStringList args{"desktops", "attach", "--assignments", path, "--dry-run", "--format", "json"};
    if (!encoding.isEmpty())
        args << "--encoding" << encoding;
    const QString attachRoute = QStringLiteral("POST /v2/{project_id}/desktops/attach");
    const int before = requests(attachRoute);
    const auto r = m_wsctl.run(args);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject plan = WsctlRunner::json(r.out);
    QCOMPARE(plan["dry_run"].toBool(), true);
    QCOMPARE(plan["kind"].toString(), QStringLiteral("attach"));
    QCOMPARE(plan["path"].toString(), QStringLiteral("/v2/{project_id}/desktops/attach"));
    QCOMPARE(plan["requests"].toInt(), 1);
    const QJsonObject chunk = plan["chunks"].toArray()[0].toObject();
    // The exact body: the desktops found by name, in the file's order.
    const QJsonObject body{
            {"desktops", QJsonArray{QJsonObject{{"desktop_id", desktopId("WKS-POOL-01")},
                                                {"user_group", "users"},
                                                {"user_name", "chenjing"}},
                                    QJsonObject{{"desktop_id", desktopId("WKS-POOL-02")},
                                                {"user_group", "administrators"},
                                                {"user_name", "alice"}}}}};
    QCOMPARE(chunk["body"].toString().toUtf8(), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(chunk["source_lines"].toArray().toVariantList(), (QVariantList{2, 3}));
    QCOMPARE(requests(attachRoute), before); // nothing sent

    // CSV: one line per request; the body field, unquoted, is the same bytes.
    QStringList csvArgs = args;
    csvArgs.replaceInStrings(QRegularExpression("^json$"), "csv");
    const auto csvPlan = m_wsctl.run(csvArgs);
    QVERIFY2(csvPlan.code == 0, qPrintable(csvPlan.all()));
    const QStringList csvLines = csvPlan.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 2);
    QCOMPARE(csvLines[0],
             QStringLiteral(
                     "index,method,path,desktops,source_rows,source_lines,bytes,sha256,body"));
    QVERIFY(csvLines[1].startsWith("1,POST,/v2/{project_id}/desktops/attach,2,1-2,2-3,"));
    QString quoted = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    quoted.replace("\"", "\"\"");
    QVERIFY(csvLines[1].endsWith(",\"" + quoted + "\""));

    // The text plan shows the same body on a line of its own.
    QStringList textArgs = args;
    textArgs.removeAll(QStringLiteral("json"));
    textArgs.removeAll(QStringLiteral("--format"));
    const auto text = m_wsctl.run(textArgs);
    QVERIFY2(text.code == 0, qPrintable(text.all()));
    QVERIFY(text.out.contains("Dry run: nothing is sent."));
    QVERIFY(text.out.split(u'\n').contains(
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
}

void tst_WsctlDesktops::attachInvalid_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues"); // "line:column:code"

    QTest::newRow("unknown desktop, assigned desktop, bad group")
            << QByteArray("computer_name,user_name,user_group\n"
                          "WKS-POOL-01,chenjing,users\n"
                          "WKS-NOPE,alice,users\n"
                          "WKS-FIN-001,bob_chen,users\n"
                          "WKS-POOL-02,olivia-wang,wheel\n")
            << QStringList{"3:computer_name:assign.desktop_not_found",
                           "4:computer_name:assign.desktop_has_user",
                           "5:user_group:user_group.enum"};
    QTest::newRow("a desktop named twice") << QByteArray("computer_name,user_name\n"
                                                         "WKS-POOL-01,chenjing\n"
                                                         "WKS-POOL-01,alice\n")
                                           << QStringList{"3:computer_name:"};
    QTest::newRow("Chinese headers, unknown desktop id")
            << QStringLiteral("桌面ID,用户名\nffffffff-0000-0000-0000-000000000000,chenjing\n")
                       .toUtf8()
            << QStringList{"2:desktop_id:assign.desktop_not_found"};
}

void tst_WsctlDesktops::attachInvalid()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    const QString path = m_wsctl.write("invalid.csv", csv);
    const QString attachRoute = QStringLiteral("POST /v2/{project_id}/desktops/attach");
    const int before = requests(attachRoute);
    const auto r = m_wsctl.run(
            {"desktops", "attach", "--assignments", path, "--format", "json", "--wait"});
    QVERIFY2(r.code == 1, qPrintable(r.all()));
    // The JSON report is the requested output; stderr has the one-line reason.
    QVERIFY2(r.err.startsWith("wsctl desktops attach: ") && r.err.contains("nothing was sent")
                     && r.err.count(u'\n') == 1,
             qPrintable(r.all()));
    QStringList seen;
    for (const QJsonValue &v : WsctlRunner::json(r.out)["issues"].toArray()) {
        const QJsonObject i = v.toObject();
        if (i["severity"].toString() == QLatin1String("error"))
            seen << QStringLiteral("%1:%2:%3")
                            .arg(i["line"].toInt())
                            .arg(i["column"].toString(), i["code"].toString());
    }
    for (const QString &expected : issues) {
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(),
                             [&](const QString &s) { return s.startsWith(expected); }),
                 qPrintable(seen.join('\n') + "\nmissing " + expected));
    }
    QCOMPARE(requests(attachRoute), before);

    // The text report names the file, the line and the column of each error.
    const auto text = m_wsctl.run({"desktops", "attach", "--assignments", path});
    QCOMPARE(text.code, 1);
    const QString first = issues.first();
    // The reason of the exit goes to stderr; stdout carries only requested output.
    QVERIFY2(text.out.isEmpty(), qPrintable(text.all()));
    QVERIFY2(text.err.contains(QStringLiteral("invalid.csv line %1, %2: error:")
                                       .arg(first.section(u':', 0, 0), first.section(u':', 1, 1))),
             qPrintable(text.err));
    QVERIFY(text.err.contains("nothing was sent"));
}

void tst_WsctlDesktops::attachWait()
{
    const QString path = m_wsctl.write(
            "assign.csv", QStringLiteral("计算机名,用户名,用户组\nWKS-POOL-01,chenjing,users\n"
                                         "WKS-POOL-02,alice,administrators\n")
                                  .toUtf8());
    const auto r = m_wsctl.run({"desktops", "attach", "--assignments", path, "--wait",
                                "--poll-interval", "0.2", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject batch = WsctlRunner::json(r.out)["batches"].toArray()[0].toObject();
    QCOMPARE(batch["desktops"].toInt(), 2);
    QCOMPARE(batch["succeeded"].toInt(), 2);
    QCOMPARE(batch["state"].toString(), QStringLiteral("finished"));
    // The service agrees: both have their users now; nothing is left unassigned.
    QCOMPARE(m_api->get("desktops/detail?limit=0&user_attached=false")["total_count"].toInt(-1), 0);
    const QJsonArray pool
            = m_api->get("desktops/detail?computer_name=WKS-POOL-01")["desktops"].toArray();
    QCOMPARE(pool.size(), 1);
    QCOMPARE(pool[0].toObject()["user_name"].toString(), QStringLiteral("chenjing"));

    // The same file again: both desktops have a user now, so every line is refused, by line.
    const auto again = m_wsctl.run({"desktops", "attach", "--assignments", path});
    QCOMPARE(again.code, 1);
    QCOMPARE(again.err.count("assign.desktop_has_user"), 2);
    QVERIFY(again.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WsctlDesktops)
#include "tst_wsctl_desktops.moc"
