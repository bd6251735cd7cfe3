#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

/**
 * The day-2 commands of wsctl against wsemu: `desktops start|stop|reboot|hibernate|detach|
 * delete|rebuild|resize`, the desktops named by id, computer name, CSV or filter. Dry runs print
 * the exact bodies and send nothing; bad input (unknown desktops, a product of another OS, an
 * image of another architecture, a destructive action without --yes in a script) exits with a
 * clear error and sends nothing; real runs end with the service in the asked state, and a partly
 * refused batch exits 4.
 */
class tst_WsctlDay2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dryRun_data();
    void dryRun();
    void invalid_data();
    void invalid();
    void run_data();
    void run();
    void partlyRefused();
    void listStillFilters();
    void warnsAboutConnectedUsers();
    void renameMaintenanceTags();
    void disks();

private:
    QString desktopId(const QString &computerName);
    QJsonObject desktop(const QString &computerName);
    int sentActions();

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
};

void tst_WsctlDay2::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);
}

void tst_WsctlDay2::init()
{
    // The seed tenant again: WKS-FIN-001/002, WKS-DEV-001 (Linux), WKS-POOL-01, WKS-POOL-02
    // (stopped), and a fresh journal for each test.
    QVERIFY(!m_emu.reset(false).contains(QStringLiteral("error_code")));
    m_wsctl.setJournal(QStringLiteral("%1.sqlite").arg(QTest::currentDataTag()).replace(' ', '_'));
}

QString tst_WsctlDay2::desktopId(const QString &computerName)
{
    return desktop(computerName).value("desktop_id").toString();
}

QJsonObject tst_WsctlDay2::desktop(const QString &computerName)
{
    const QJsonArray found = m_api->get("desktops/detail?computer_names=" + computerName)
                                     .value("desktops")
                                     .toArray();
    return found.size() == 1 ? found[0].toObject() : QJsonObject();
}

int tst_WsctlDay2::sentActions()
{
    // Every day-2 route that changes something.
    const QJsonObject routes = m_emu.state()["requests"].toObject()["by_route"].toObject();
    int n = 0;
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        const QString route = it.key();
        if (route.startsWith("GET "))
            continue;
        const QJsonObject codes = it.value().toObject();
        for (auto c = codes.begin(); c != codes.end(); ++c)
            n += c.value().toInt();
    }
    return n;
}

void tst_WsctlDay2::dryRun_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body"); // "@NAME" stands for the desktop's id
    QTest::addColumn<int>("requests");

    QTest::newRow("stop by names")
            << QStringList{"desktops", "stop", "WKS-FIN-001", "wks-fin-002"}
            << "/v2/{project_id}/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-FIN-001", "@WKS-FIN-002"}},
                           {"op_type", "os-stop"},
                           {"type", "SOFT"}}
            << 1;
    QTest::newRow("forced reboot by id")
            << QStringList{"desktops", "reboot", "@WKS-DEV-001", "--force"}
            << "/v2/{project_id}/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-DEV-001"}},
                           {"op_type", "reboot"},
                           {"type", "HARD"}}
            << 1;
    QTest::newRow("start by filter")
            << QStringList{"desktops", "start", "--filter", "status=SHUTOFF"}
            << "/v2/{project_id}/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-POOL-02"}},
                           {"op_type", "os-start"},
                           {"type", "SOFT"}}
            << 1;
    QTest::newRow("hibernate from a CSV")
            << QStringList{"desktops", "hibernate", "--from-csv", "@CSV"}
            << "/v2/{project_id}/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-FIN-001", "@WKS-POOL-01"}},
                           {"op_type", "os-hibernate"},
                           {"type", "SOFT"}}
            << 1;
    QTest::newRow("delete with users, no mail")
            << QStringList{"desktops", "delete", "WKS-POOL-01", "--delete-users", "--no-email"}
            << "/v2/{project_id}/desktops/batch-delete"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-POOL-01"}},
                           {"delete_users", true},
                           {"email_notification", false}}
            << 1;
    QTest::newRow("detach") << QStringList{"desktops", "detach", "WKS-FIN-002"}
                            << "/v2/{project_id}/desktops/batch-detach"
                            << QJsonObject{{"desktops",
                                            QJsonArray{QJsonObject{{"desktop_id", "@WKS-FIN-002"},
                                                                   {"is_detach_all_users", true}}}}}
                            << 1;
    QTest::newRow("resize")
            << QStringList{"desktops", "resize", "WKS-FIN-001", "--product-id",
                           "workspace.x86.enterprise.2xlarge2.windows"}
            << "/v2/{project_id}/desktops/resize"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{{"desktop_id", "@WKS-FIN-001"}}}},
                           {"product_id", "workspace.x86.enterprise.2xlarge2.windows"},
                           {"mode", "STOP_DESKTOP"}}
            << 1;
    QTest::newRow("rebuild with its own image again")
            << QStringList{"desktops",
                           "rebuild",
                           "WKS-DEV-001",
                           "--image-id",
                           "1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b",
                           "--message",
                           "Back at 9"}
            << "/v2/{project_id}/desktops/rebuild"
            << QJsonObject{{"desktop_ids", QJsonArray{"@WKS-DEV-001"}},
                           {"image_type", "gold"},
                           {"image_id", "1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b"},
                           {"message", "Back at 9"}}
            << 1;
}

void tst_WsctlDay2::dryRun()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, requests);
    // One line by name, one by id.
    const QString csv = m_wsctl.write(
            "pick.csv", QStringLiteral("desktop_id,computer_name\n,WKS-FIN-001\n%1,\n")
                                .arg(desktopId("WKS-POOL-01"))
                                .toUtf8());
    for (QString &a : args) {
        if (a == QLatin1String("@CSV"))
            a = csv;
        else if (a.startsWith('@'))
            a = desktopId(a.mid(1));
    }
    QByteArray expected = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (const char *name :
         {"WKS-FIN-001", "WKS-FIN-002", "WKS-DEV-001", "WKS-POOL-01", "WKS-POOL-02"})
        expected.replace(QByteArray(QByteArray("@") + name),
                         desktopId(QString::fromLatin1(name)).toUtf8());
    const int before = sentActions();
    const auto r = m_wsctl.run(args + QStringList{"--dry-run", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(plan["path"].toString(), path);
    QCOMPARE(plan["requests"].toInt(), requests);
    // The exact bytes, in the service's field order (key order of a QJsonObject: sorted).
    const QJsonObject sent
            = QJsonDocument::fromJson(
                      plan["chunks"].toArray()[0].toObject()["body"].toString().toUtf8())
                      .object();
    QCOMPARE(sent, QJsonDocument::fromJson(expected).object());
    QCOMPARE(sentActions(), before);
}

void tst_WsctlDay2::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown name") << QStringList{"desktops", "stop", "WKS-NOPE-9"} << 1
                                  << "No desktop is named WKS-NOPE-9";
    QTest::newRow("unknown id") << QStringList{"desktops", "delete",
                                               "00000000-0000-0000-0000-000000000000", "--yes"}
                                << 1
                                << "No desktop has the id 00000000-0000-0000-0000-000000000000";
    QTest::newRow("named twice") << QStringList{"desktops", "stop", "WKS-FIN-001", "wks-fin-001"}
                                 << 1 << "is named twice";
    QTest::newRow("product of another OS") << QStringList{"desktops",
                                                          "resize",
                                                          "WKS-FIN-001",
                                                          "--product-id",
                                                          "workspace.x86.general.large2.linux",
                                                          "--yes"}
                                           << 1 << "desktop WKS-FIN-001 runs Windows";
    QTest::newRow("product of another architecture") << QStringList{
            "desktops", "resize", "WKS-DEV-001", "--product-id", "workspace.k.xlarge.2.linux",
            "--yes"} << 1 << "desktop WKS-DEV-001 is x86";
    QTest::newRow("unknown product")
            << QStringList{"desktops", "resize", "WKS-DEV-001", "--product-id", "nope", "--yes"}
            << 1 << "No product has the id nope";
    QTest::newRow("image of another architecture")
            << QStringList{"desktops",
                           "rebuild",
                           "WKS-DEV-001",
                           "--image-id",
                           "6e5f4a3b-2c1d-4e0f-8a9b-7c6d5e4f3a2b",
                           "--yes"}
            << 1 << "is built for arm";
    QTest::newRow("image of another OS") << QStringList{"desktops",
                                                        "rebuild",
                                                        "WKS-FIN-001",
                                                        "--image-id",
                                                        "2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0",
                                                        "--yes"}
                                         << 1 << "WKS-FIN-001";
    QTest::newRow("detach a desktop without user")
            << QStringList{"desktops", "detach", "WKS-POOL-01", "--yes"} << 1
            << "WKS-POOL-01 has no user to detach";
    QTest::newRow("CSV line naming nothing known")
            << QStringList{"desktops", "stop", "--from-csv", "@BADCSV"} << 1
            << "bad.csv line 3, computer_name: error: No desktop is named WKS-GONE-1";
    QTest::newRow("filter matching nothing")
            << QStringList{"desktops", "stop", "--filter", "computer-name=ZZZ"} << 1
            << "No desktop matches the filters";
    QTest::newRow("bad filter") << QStringList{"desktops", "stop", "--filter", "colour=red"} << 2
                                << "not a filter";
    QTest::newRow("no desktops") << QStringList{"desktops", "stop"} << 2 << "name the desktops";
    QTest::newRow("two ways") << QStringList{"desktops", "stop", "WKS-FIN-001", "--filter",
                                             "status=ACTIVE"}
                              << 2 << "one way only";
    QTest::newRow("rebuild without image")
            << QStringList{"desktops", "rebuild", "WKS-FIN-001"} << 2 << "--image-id";
    QTest::newRow("delete in a script without --yes")
            << QStringList{"desktops", "delete", "WKS-POOL-01"} << 2 << "--yes";
    QTest::newRow("rename: bad name")
            << QStringList{"desktops", "rename", "WKS-FIN-001", "bad name!"} << 1
            << "computer_name";
    QTest::newRow("rename: name taken")
            << QStringList{"desktops", "rename", "WKS-FIN-001", "wks-fin-002"} << 1
            << "is already named WKS-FIN-002";
    QTest::newRow("maintenance: neither on nor off")
            << QStringList{"desktops", "maintenance", "WKS-FIN-001"} << 2 << "on or off";
    QTest::newRow("tag with a forbidden character")
            << QStringList{"desktops", "tags", "add", "WKS-FIN-001", "--tag", "cost#center=1"} << 1
            << "cost#center";
    QTest::newRow("tag key starting with _sys_")
            << QStringList{"desktops", "tags", "add", "WKS-FIN-001", "--tag", "_sys_x=1"} << 1
            << "_sys_";
    QTest::newRow("data disk smaller than today")
            << QStringList{"desktops",    "disks",  "expand", "WKS-FIN-001",
                           "--volume-id", "@DATA0", "--size", "50"}
            << 1 << "can only grow";
    QTest::newRow("remove the system disk")
            << QStringList{"desktops",    "disks", "remove", "WKS-FIN-001",
                           "--volume-id", "@ROOT", "--yes"}
            << 1 << "cannot be removed";
    QTest::newRow("data disk of an odd size")
            << QStringList{"desktops", "disks", "add", "WKS-FIN-001", "--size", "15"} << 1 << "15";
    QTest::newRow("forced stop in a script without --yes")
            << QStringList{"desktops", "stop", "WKS-FIN-001", "--force"} << 2 << "--yes";
}

void tst_WsctlDay2::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString bad = m_wsctl.write("bad.csv", "desktop_id,computer_name\n,WKS-FIN-001\n,"
                                                 "WKS-GONE-1\n");
    const QJsonObject fin1
            = m_api->get("desktops/" + desktopId("WKS-FIN-001")).value("desktop").toObject();
    for (QString &a : args) {
        if (a == QLatin1String("@BADCSV"))
            a = bad;
        else if (a == QLatin1String("@ROOT"))
            a = fin1["root_volume"].toObject()["id"].toString();
        else if (a == QLatin1String("@DATA0"))
            a = fin1["data_volumes"].toArray()[0].toObject()["id"].toString();
    }
    const int before = sentActions();
    const auto r = m_wsctl.run(args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2(r.err.contains(message), qPrintable(r.all()));
    QCOMPARE(sentActions(), before);
    QCOMPARE(m_emu.state()["jobs"].toObject()["total"].toInt(), 0);
}

void tst_WsctlDay2::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // "" with field "": the desktop is gone

    QTest::newRow("stop") << QStringList{"desktops", "stop", "WKS-FIN-001"} << "WKS-FIN-001"
                          << "status"
                          << "SHUTOFF";
    QTest::newRow("start") << QStringList{"desktops", "start", "--filter", "status=SHUTOFF"}
                           << "WKS-POOL-02"
                           << "status"
                           << "ACTIVE";
    QTest::newRow("hibernate") << QStringList{"desktops", "hibernate", "WKS-DEV-001"}
                               << "WKS-DEV-001"
                               << "status"
                               << "HIBERNATED";
    QTest::newRow("detach") << QStringList{"desktops", "detach", "WKS-FIN-002", "--yes"}
                            << "WKS-FIN-002"
                            << "attach_state"
                            << "UNATTACH";
    QTest::newRow("resize") << QStringList{"desktops",
                                           "resize",
                                           "WKS-FIN-001",
                                           "--product-id",
                                           "workspace.x86.enterprise.2xlarge2.windows",
                                           "--yes"}
                            << "WKS-FIN-001"
                            << "product_id"
                            << "workspace.x86.enterprise.2xlarge2.windows";
    QTest::newRow("rebuild") << QStringList{"desktops",
                                            "rebuild",
                                            "WKS-FIN-001",
                                            "--image-id",
                                            "4b9d2e71-0c5a-4f83-9e16-7a2b3c4d5e6f",
                                            "--yes"}
                             << "WKS-FIN-001"
                             << "metadata/metering.image_id"
                             << "4b9d2e71-0c5a-4f83-9e16-7a2b3c4d5e6f";
    QTest::newRow("delete") << QStringList{"desktops", "delete", "WKS-POOL-01", "--yes"}
                            << "WKS-POOL-01" << QString() << QString();
}

void tst_WsctlDay2::run()
{
    QFETCH(QStringList, args);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const auto r = m_wsctl.run(args + QStringList{"--wait", "--poll-interval", "0.2"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("Batch "), qPrintable(r.all()));
    const QJsonObject d = desktop(name);
    if (field.isEmpty()) {
        QVERIFY2(d.isEmpty(), "the desktop is still listed");
        return;
    }
    const QStringList path = field.split('/');
    QCOMPARE(path.size() == 2 ? d.value(path[0]).toObject().value(path[1]).toString()
                              : d.value(field).toString(),
             value);
}

void tst_WsctlDay2::partlyRefused()
{
    // WKS-FIN-001 already runs: the service refuses it alone; WKS-POOL-02 starts. Exit 4.
    const auto r = m_wsctl.run({"desktops", "start", "WKS-FIN-001", "WKS-POOL-02", "--wait",
                                "--poll-interval", "0.2", "--format", "json"});
    QVERIFY2(r.code == 4, qPrintable(r.all()));
    QCOMPARE(desktop("WKS-POOL-02")["status"].toString(), QStringLiteral("ACTIVE"));
    QVERIFY2(r.out.contains("WKS.00010032"), qPrintable(r.out));
    QVERIFY2(r.out.contains("WKS-FIN-001"), qPrintable(r.out));
}

void tst_WsctlDay2::listStillFilters()
{
    // `desktops list` shares its filters with --filter: the same desktops either way.
    const auto list = m_wsctl.run({"desktops", "list", "--status", "SHUTOFF", "--format", "csv"});
    QVERIFY2(list.code == 0, qPrintable(list.all()));
    QVERIFY(list.out.contains("WKS-POOL-02"));
    QCOMPARE(list.out.count('\n'), 2);
}

void tst_WsctlDay2::warnsAboutConnectedUsers()
{
    // wangfang uses WKS-FIN-002 now (the seed): a delete says so; a start has nothing to end.
    auto r = m_wsctl.run({"desktops", "delete", "WKS-FIN-002", "WKS-FIN-001", "--dry-run"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("WKS-FIN-002: wangfang is connected now; the session ends."),
             qPrintable(r.all()));
    QVERIFY2(!r.out.contains("WKS-FIN-001:"), qPrintable(r.all()));
    r = m_wsctl.run(
            {"desktops", "stop", "--filter", "user=wangfang", "--dry-run", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray warnings
            = QJsonDocument::fromJson(r.out.toUtf8()).object()["warnings"].toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject()["code"].toString(), QStringLiteral("desktop.connected"));
}

void tst_WsctlDay2::renameMaintenanceTags()
{
    auto r = m_wsctl.run({"desktops", "rename", "WKS-FIN-001", "FIN-ZW-01"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(desktop("WKS-FIN-001").isEmpty());
    QVERIFY(!desktop("FIN-ZW-01").isEmpty());

    r = m_wsctl.run({"desktops", "maintenance", "on", "FIN-ZW-01", "WKS-FIN-002"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    // A journaled batch like the others, every desktop's outcome reported.
    QVERIFY2(r.out.contains("journaled in") && r.out.contains("2 succeeded, 0 failed"),
             qPrintable(r.all()));
    QCOMPARE(desktop("FIN-ZW-01")["in_maintenance_mode"].toBool(), true);
    QCOMPARE(desktop("WKS-FIN-002")["in_maintenance_mode"].toBool(), true);
    r = m_wsctl.run({"desktops", "maintenance", "off", "--filter", "user=wangfang"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(desktop("WKS-FIN-002")["in_maintenance_mode"].toBool(), false);

    r = m_wsctl.run({"desktops", "tags", "add", "FIN-ZW-01", "WKS-FIN-002", "--tag", "dept=finance",
                     "--tag", "楼层=3"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("journaled in") && r.out.contains("2 succeeded, 0 failed"),
             qPrintable(r.all()));
    QCOMPARE(desktop("WKS-FIN-002")["tags"].toArray().size(), 2);
    r = m_wsctl.run({"desktops", "tags", "list", "--format", "csv"});
    QVERIFY2(r.code == 0 && r.out.contains("dept,finance"), qPrintable(r.all()));
    QVERIFY2(r.out.contains(QStringLiteral("楼层,3")), qPrintable(r.all()));
    // The tag filter of desktops list selects them again.
    r = m_wsctl.run(
            {"desktops", "tags", "remove", "--filter", "tag=dept=finance", "--tag", "dept"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray left = desktop("FIN-ZW-01")["tags"].toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].toObject()["key"].toString(), QStringLiteral("楼层"));
}

void tst_WsctlDay2::disks()
{
    auto r = m_wsctl.run({"desktops", "disks", "add", "WKS-FIN-001", "--size", "50", "--type",
                          "ssd", "--count", "2", "--wait", "--poll-interval", "0.2"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    r = m_wsctl.run({"desktops", "disks", "list", "WKS-FIN-001", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 4); // system disk, the seed's data disk, two new ones
    QCOMPARE(rows[3].toObject()["size_gb"].toInt(), 50);
    QCOMPARE(rows[3].toObject()["type"].toString(), QStringLiteral("SSD"));
    const QString added = rows[3].toObject()["volume_id"].toString();

    r = m_wsctl.run({"desktops", "disks", "expand", "WKS-FIN-001", "--volume-id", added, "--size",
                     "120", "--wait", "--poll-interval", "0.2"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QJsonArray data = m_api->get("desktops/" + desktopId("WKS-FIN-001"))
                              .value("desktop")
                              .toObject()["data_volumes"]
                              .toArray();
    QCOMPARE(data[2].toObject()["size"].toInt(), 120);

    r = m_wsctl.run({"desktops", "disks", "remove", "WKS-FIN-001", "--volume-id", added});
    QVERIFY2(r.code == 2 && r.err.contains("--yes"), qPrintable(r.all()));
    r = m_wsctl.run({"desktops", "disks", "remove", "WKS-FIN-001", "--volume-id", added, "--yes",
                     "--wait", "--poll-interval", "0.2"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    data = m_api->get("desktops/" + desktopId("WKS-FIN-001"))
                   .value("desktop")
                   .toObject()["data_volumes"]
                   .toArray();
    QCOMPARE(data.size(), 2);
}

QTEST_GUILESS_MAIN(tst_WsctlDay2)
#include "tst_wsctl_day2.moc"
