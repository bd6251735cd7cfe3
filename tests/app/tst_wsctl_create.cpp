#include "wsctlrunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl desktops create` against wsemu, run as a process: the dry run prints the exact bodies
 * and the chunk plan and sends nothing; bad input is reported by JSON path or CSV line and
 * column and sends nothing; 1 000 desktops are created, exactly once each.
 */
class tst_WsctlCreate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRun_data();
    void dryRun();
    void dryRunText();
    void invalidInput_data();
    void invalidInput();
    void thousandDesktops();
    void withoutWaitThenWatch();
    void takenComputerNames_data();
    void takenComputerNames();
    void modelFieldsAreSent();

private:
    /** A user CSV of @p count rows and the desktops[] items it stands for. */
    static QByteArray usersCsv(int count, const QString &prefix, QJsonArray *desktops = nullptr);
    static int posts(const QJsonObject &state);

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    QString m_spec;
};

QByteArray tst_WsctlCreate::usersCsv(int count, const QString &prefix, QJsonArray *desktops)
{
    QByteArray csv("user_name,user_email,user_group,computer_name\r\n");
    for (int i = 0; i < count; ++i) {
        const QString user
                = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 4, 10, QChar('0'));
        const QString email = user + QStringLiteral("@example.com");
        const QString computer = QStringLiteral("%1-%2").arg(prefix).arg(i, 4, 10, QChar('0'));
        csv += QStringLiteral("%1,%2,users,%3\r\n").arg(user, email, computer).toUtf8();
        if (desktops)
            desktops->append(QJsonObject{{"user_name", user},
                                         {"user_email", email},
                                         {"user_group", "users"},
                                         {"computer_name", computer}});
    }
    return csv;
}

int tst_WsctlCreate::posts(const QJsonObject &state)
{
    const QJsonObject routes = state["requests"].toObject()["by_route"].toObject();
    int n = 0;
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        if (it.key().startsWith(QLatin1String("POST /v2"))) {
            const QJsonObject codes = it.value().toObject();
            for (auto c = codes.begin(); c != codes.end(); ++c)
                n += c.value().toInt();
        }
    }
    return n;
}

void tst_WsctlCreate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--empty", "--time-scale", "0", "--desktop-quota", "3000"}),
             qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_spec = m_wsctl.writeSeedSpec();
}

void tst_WsctlCreate::dryRun_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("offline (directory and OS given)")
            << QStringList{"--domain-type", "LITE_AS", "--os", "Windows"} << 120
            << QList<int>{50, 50, 20};
    QTest::newRow("catalog read from the service") << QStringList{} << 51 << QList<int>{50, 1};
    QTest::newRow("one request") << QStringList{} << 7 << QList<int>{7};
}

void tst_WsctlCreate::dryRun()
{
    QFETCH(QStringList, extra);
    QFETCH(int, rows);
    QFETCH(QList<int>, sizes);
    QJsonArray desktops;
    const QString csv = m_wsctl.write("dry.csv", usersCsv(rows, "DRY", &desktops));
    const int postsBefore = posts(m_emu.state());
    const int desktopsBefore = m_emu.state()["desktops"].toObject()["total"].toInt();

    const auto r = m_wsctl.run(QStringList{"desktops", "create", "--spec", m_spec, "--users", csv,
                                           "--dry-run", "--format", "json"}
                               + extra);
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject plan = WsctlRunner::json(r.out);
    QCOMPARE(plan["dry_run"].toBool(), true);
    QCOMPARE(plan["path"].toString(), QStringLiteral("/v2/{project_id}/desktops"));
    QCOMPARE(plan["desktops"].toInt(), rows);
    QCOMPARE(plan["cap"].toInt(), 50);
    const QJsonArray chunks = plan["chunks"].toArray();
    QCOMPARE(chunks.size(), sizes.size());
    QCOMPARE(plan["requests"].toInt(), sizes.size());
    int row = 0;
    for (int c = 0; c < chunks.size(); ++c) {
        const QJsonObject chunk = chunks.at(c).toObject();
        QCOMPARE(chunk["index"].toInt(), c + 1);
        QCOMPARE(chunk["desktops"].toInt(), sizes.at(c));
        // The exact body: the spec with desktops[] made of this chunk's CSV rows, in order.
        QJsonObject expected = WsctlRunner::seedSpec();
        QJsonArray mine;
        for (int k = 0; k < sizes.at(c); ++k)
            mine.append(desktops.at(row + k));
        expected["desktops"] = mine;
        const QByteArray body = QJsonDocument(expected).toJson(QJsonDocument::Compact);
        QCOMPARE(chunk["body"].toString().toUtf8(), body);
        QCOMPARE(chunk["bytes"].toInt(), body.size());
        const QJsonArray lines = chunk["source_lines"].toArray();
        const QJsonArray sourceRows = chunk["source_rows"].toArray();
        QCOMPARE(lines.size(), sizes.at(c));
        for (int k = 0; k < lines.size(); ++k) {
            QCOMPARE(sourceRows.at(k).toInt(), row + k + 1);
            QCOMPARE(lines.at(k).toInt(), row + k + 2); // line 1 is the header
        }
        row += sizes.at(c);
    }
    // Nothing was sent: no POST, no desktop.
    const QJsonObject after = m_emu.state();
    QCOMPARE(posts(after), postsBefore);
    QCOMPARE(after["desktops"].toObject()["total"].toInt(), desktopsBefore);
}

void tst_WsctlCreate::dryRunText()
{
    QJsonArray desktops;
    const QString csv = m_wsctl.write("text.csv", usersCsv(60, "TXT", &desktops));
    const auto r
            = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", csv, "--dry-run"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(r.out.contains("Dry run: nothing is sent."), qPrintable(r.out));
    // "desktop(s)" until the English plural forms are merged into the catalog.
    const auto has = [&](const QString &pattern) {
        return QRegularExpression(pattern).match(r.out).hasMatch();
    };
    QVERIFY(has(R"(60 desktop(s|\(s\)) in 2 request(s|\(s\)), at most 50 per request)"));
    QVERIFY(has(R"(Request 1 of 2: 50 desktop(s|\(s\)), rows 1-50 \(CSV lines 2-51\))"));
    QVERIFY(has(R"(Request 2 of 2: 10 desktop(s|\(s\)), rows 51-60 \(CSV lines 52-61\))"));
    // Each body stands on its own line, byte for byte.
    const QStringList lines = r.out.split(u'\n');
    QJsonObject expected = WsctlRunner::seedSpec();
    QJsonArray first;
    for (int k = 0; k < 50; ++k)
        first.append(desktops.at(k));
    expected["desktops"] = first;
    QVERIFY(lines.contains(
            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact))));
}

void tst_WsctlCreate::invalidInput_data()
{
    QTest::addColumn<QByteArray>("specBytes");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("issues"); // "file:line:column:path:code"

    const QByteArray good = QJsonDocument(WsctlRunner::seedSpec()).toJson();
    QTest::newRow("JSON syntax") << QByteArray("{\n  \"desktop_type\": \"DEDICATED\",\n  oops\n}")
                                 << QByteArray() << QStringList{"spec.json:0:::json.syntax"};
    QJsonObject typed = WsctlRunner::seedSpec();
    typed["root_volume"] = QJsonObject{{"type", "SAS"}, {"size", "80"}};
    QTest::newRow("wrong type, by JSON path")
            << QJsonDocument(typed).toJson() << QByteArray()
            << QStringList{"spec.json:0::root_volume.size:json.type"};
    QJsonObject small = WsctlRunner::seedSpec();
    small["root_volume"] = QJsonObject{{"type", "SAS"}, {"size", 85}};
    small["product_id"] = "workspace.no.such.product";
    QTest::newRow("rules and catalog")
            << QJsonDocument(small).toJson() << QByteArray()
            << QStringList{"spec.json:0::root_volume.size:volume.size.step",
                           "spec.json:0::product_id:product_id.unknown"};
    // A field in neither the seed page nor the SDK model is refused, not dropped: dropping it
    // would send another request than the one written.
    QJsonObject unknown = WsctlRunner::seedSpec();
    unknown["colour"] = "blue";
    QTest::newRow("field nobody defines") << QJsonDocument(unknown).toJson() << QByteArray()
                                          << QStringList{"spec.json:0::colour:json.unknown_field"};
    // S000 Table 4: the type "must be the same as the disk type provided by the system":
    // ListVolumeProductInfo for AZ3 lists no GPSSD2 (wsemu's seed).
    QJsonObject zone = WsctlRunner::seedSpec();
    zone["availability_zone"] = "cn-north-4c";
    zone["root_volume"] = QJsonObject{{"type", "GPSSD2"}, {"size", 80}};
    QTest::newRow("disk type the zone does not sell")
            << QJsonDocument(zone).toJson() << QByteArray()
            << QStringList{"spec.json:0::root_volume.type:volume.type.not_offered"};
    QTest::newRow("CSV cells by line and column")
            << good
            << QByteArray("user_name,user_email,user_group,computer_name\n"
                          "alice,alice@example.com,users,PC-01\n"
                          "1bob,bob-at-example,users,PC-02\n"
                          "carol,carol@example.com,sudo,PC-03\n")
            << QStringList{"users.csv:3:user_name::user_name.start",
                           "users.csv:3:user_email::user_email.format",
                           "users.csv:4:user_group::user_group.enum"};
}

void tst_WsctlCreate::invalidInput()
{
    QFETCH(QByteArray, specBytes);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, issues);
    const QString specPath = m_wsctl.write("spec.json", specBytes);
    QStringList args{"desktops", "create", "--spec", specPath, "--format", "json"};
    if (!csv.isEmpty())
        args << "--users" << m_wsctl.write("users.csv", csv);
    const int postsBefore = posts(m_emu.state());
    const auto r = m_wsctl.run(args);
    m_wsctl.writeSeedSpec();
    QVERIFY2(r.code == 1, qPrintable(r.all()));
    const QJsonObject report = WsctlRunner::json(r.out);
    QCOMPARE(report["valid"].toBool(true), false);
    QStringList seen;
    for (const QJsonValue &v : report["issues"].toArray()) {
        const QJsonObject i = v.toObject();
        if (i["severity"].toString() != QLatin1String("error"))
            continue;
        QVERIFY(!i["message"].toString().isEmpty());
        seen << QStringLiteral("%1:%2:%3:%4:%5")
                        .arg(QFileInfo(i["file"].toString()).fileName())
                        .arg(i["line"].toInt())
                        .arg(i["column"].toString(), i["path"].toString(), i["code"].toString());
    }
    for (const QString &expected : issues)
        QVERIFY2(seen.contains(expected), qPrintable(seen.join('\n') + "\nmissing " + expected));
    // The JSON report is the requested output; the reason of the exit is one line on stderr.
    QVERIFY2(r.err.startsWith("wsctl desktops create: ") && r.err.contains("nothing was sent")
                     && r.err.count(u'\n') == 1,
             qPrintable(r.all()));

    // In text, the problems are the reason of the exit: all on stderr, stdout stays empty.
    args.removeAll("--format");
    args.removeAll("json");
    m_wsctl.write("spec.json", specBytes);
    const auto text = m_wsctl.run(args);
    m_wsctl.writeSeedSpec();
    QVERIFY2(text.code == 1, qPrintable(text.all()));
    QVERIFY2(text.out.isEmpty(), qPrintable(text.all()));
    QVERIFY2(text.err.contains("error:") && text.err.contains("nothing was sent"),
             qPrintable(text.all()));
    QCOMPARE(posts(m_emu.state()), postsBefore);
}

void tst_WsctlCreate::thousandDesktops()
{
    QVERIFY(m_emu.reset(true).contains("desktops"));
    const QString csv = m_wsctl.write("thousand.csv", usersCsv(1000, "K"));
    const auto r = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", csv, "--wait",
                                "--poll-interval", "0.5", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject batch = WsctlRunner::json(r.out)["batches"].toArray().at(0).toObject();
    QCOMPARE(batch["desktops"].toInt(), 1000);
    QCOMPARE(batch["succeeded"].toInt(), 1000);
    QCOMPARE(batch["failed"].toInt(), 0);
    QCOMPARE(batch["state"].toString(), QStringLiteral("finished"));

    // Exactly 1 000 on the server, each name once, in 20 requests of 50.
    const QJsonObject state = m_emu.state();
    QCOMPARE(state["desktops"].toObject()["total"].toInt(), 1000);
    const QJsonObject names = state["computer_names"].toObject();
    QCOMPARE(names.size(), 1000);
    for (auto it = names.begin(); it != names.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
    const QJsonObject routes = state["requests"].toObject()["by_route"].toObject();
    QCOMPARE(routes["POST /v2/{project_id}/desktops"].toObject()["200"].toInt(), 20);

    // The journal names every desktop, traced to its CSV line.
    const QString id = batch["id"].toString();
    const auto exported = m_wsctl.run({"jobs", "export", id, "--out", "-"});
    QVERIFY2(exported.code == 0, qPrintable(exported.all()));
    const QStringList lines = exported.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1001);
    QCOMPARE(lines.at(0), QStringLiteral("source_row,source_line,user_name,computer_name,"
                                         "desktop_id,job_id,sub_job_id,status,error_code,message,"
                                         "request_id,outcome"));
    QVERIFY(lines.at(1).startsWith("1,2,ku0000,K-0000,"));
    QVERIFY(lines.at(1000).startsWith("1000,1001,ku0999,K-0999,"));
    QVERIFY(lines.at(1000).contains(",SUCCESS,"));
}

void tst_WsctlCreate::withoutWaitThenWatch()
{
    // Without --wait, wsctl returns once every request was accepted; the jobs go on, and
    // `jobs watch` (a new process) follows them to the end.
    QVERIFY(m_emu.reset(true).contains("desktops"));
    QVERIFY(m_emu.configure(QJsonObject{{"time_scale", 0.3}}).contains("config"));
    const QString csv = m_wsctl.write("nowait.csv", usersCsv(12, "NW"));
    const auto r = m_wsctl.run(
            {"desktops", "create", "--spec", m_spec, "--users", csv, "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject batch = WsctlRunner::json(r.out)["batches"].toArray().at(0).toObject();
    QCOMPARE(batch["state"].toString(), QStringLiteral("submitted"));
    QVERIFY(batch["succeeded"].toInt() < 12);

    const auto watch = m_wsctl.run({"jobs", "watch", "--poll-interval", "0.3"});
    QVERIFY2(watch.code == 0, qPrintable(watch.all()));
    QVERIFY2(QRegularExpression(R"(12 desktop(s|\(s\)): 12 succeeded, 0 failed)")
                     .match(watch.out)
                     .hasMatch(),
             qPrintable(watch.out));
    const QJsonObject state = m_emu.state();
    QCOMPARE(state["desktops"].toObject()["total"].toInt(), 12);
    QCOMPARE(state["desktops"].toObject()["by_status"].toObject()["ACTIVE"].toInt(), 12);
    QVERIFY(m_emu.configure(QJsonObject{{"time_scale", 0}}).contains("config"));
}

void tst_WsctlCreate::takenComputerNames_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("dry run") << QStringList{"--dry-run"};
    QTest::newRow("real run") << QStringList{};
}

void tst_WsctlCreate::takenComputerNames()
{
    // S000 Table 7: computer_name "Desktop name, which must be unique." The seed tenant has
    // WKS-FIN-001; a row using it (in any case) is refused by line before anything is sent,
    // instead of the service refusing the whole chunk.
    QFETCH(QStringList, extra);
    QVERIFY(m_emu.reset(false).contains("desktops"));
    const QString csv = m_wsctl.write("taken.csv", QByteArray("user_name,user_group,computer_name\n"
                                                              "alice,users,PC-NEW-01\n"
                                                              "bob,users,wks-fin-001\n"));
    const int postsBefore = posts(m_emu.state());
    const auto r = m_wsctl.run(
            QStringList{"desktops", "create", "--spec", m_spec, "--users", csv, "--format", "json"}
            + extra);
    QVERIFY2(r.code == 1, qPrintable(r.all()));
    bool found = false;
    for (const QJsonValue &v : WsctlRunner::json(r.out)["issues"].toArray()) {
        const QJsonObject i = v.toObject();
        if (i["code"].toString() == QLatin1String("computer_name.taken")) {
            found = true;
            QCOMPARE(i["line"].toInt(), 3);
            QCOMPARE(i["column"].toString(), QStringLiteral("computer_name"));
        }
    }
    QVERIFY2(found, qPrintable(r.out));
    QCOMPARE(posts(m_emu.state()), postsBefore);
}

void tst_WsctlCreate::modelFieldsAreSent()
{
    // Every field of the model's CreateDesktopReq and Desktop (workspace-sdk-operations.md) is
    // modelled: the dry run's body is the spec byte for byte, with nothing dropped.
    QJsonObject full = WsctlRunner::seedSpec();
    full["availability_zone"] = "cn-north-4a";
    full["root_volume"] = QJsonObject{{"type", "GPSSD2"},
                                      {"size", 80},
                                      {"iops", 3000},
                                      {"throughput", 125},
                                      {"kms_id", "kms-key-1"}};
    full["buy_type"] = "custom";
    full["desktop_ips"] = QJsonArray{"192.168.0.30"};
    full["ou_name"] = "OU=Lab";
    full["apply_shared_vpc_dedicated_param"]
            = QJsonObject{{"address", "10.0.0.1"},
                          {"port", 443},
                          {"availability_zone", QJsonArray{"cn-north-4a"}}};
    full["desktop_name_policy_id"] = "policy-1";
    full["hour_package_product_id"] = "hour-1";
    full["hour_package_offering_id"] = "offer-1";
    full["if_mount_old_desktop_disk"] = false;
    full["domain"] = "corp.example";
    full["desktops"] = QJsonArray{QJsonObject{{"user_name", "alice"},
                                              {"domain", "corp.example"},
                                              {"os_host_name", "host-alice"},
                                              {"copy_volume_desktop_id", "dk-1"},
                                              {"copy_volume_ids", QJsonArray{"v-1"}},
                                              {"if_delete_old_desktop", true}}};
    const QString path = m_wsctl.write("full.json", QJsonDocument(full).toJson());
    const auto r
            = m_wsctl.run({"desktops", "create", "--spec", path, "--dry-run", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray chunks = WsctlRunner::json(r.out)["chunks"].toArray();
    QCOMPARE(chunks.size(), 1);
    QCOMPARE(chunks.first().toObject()["body"].toString().toUtf8(),
             QJsonDocument(full).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(tst_WsctlCreate)
#include "tst_wsctl_create.moc"
