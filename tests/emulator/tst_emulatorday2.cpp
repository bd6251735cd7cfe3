// The day-2 routes: power actions, connect status, batch detach and delete, rebuild, resize,
// rename, maintenance mode, data disks and tags — their validation and documented error bodies,
// the jobs and sub-jobs they make, the desktops' states on the way (a frozen clock stepped by the
// test) and at the end, 409 on a busy desktop, and faults failing their sub-jobs.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace wsemu;

namespace {

const QString kFin1 = QStringLiteral("WKS-FIN-001");
const QString kFin2 = QStringLiteral("WKS-FIN-002");
const QString kDev1 = QStringLiteral("WKS-DEV-001");
const QString kPool1 = QStringLiteral("WKS-POOL-01");
const QString kPool2 = QStringLiteral("WKS-POOL-02");
const QString kUnknown = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kArmImage = QStringLiteral("6e5f4a3b-2c1d-4e0f-8a9b-7c6d5e4f3a2b");
const QString kUbuntuPrivate = QStringLiteral("2f3e4d5c-6b7a-4988-a7b6-c5d4e3f2a1b0");
const QString kWindowsGold = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");

} // namespace

class tst_EmulatorDay2 : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void validation_data();
    void validation();
    void powerActions_data();
    void powerActions();
    void powerRefusals();
    void powerTimeline();
    void busyDesktopConflicts_data();
    void busyDesktopConflicts();
    void batchDelete();
    void batchDetach();
    void rebuild();
    void resizeStopsAndRestarts();
    void renameAndMaintenance();
    void connectStatus();
    void dataDisks();
    void tags();
    void faultsFailActions();
    void stateSaved();

private:
    TestReply send(const QByteArray &method, const QString &suffix, const QJsonObject &body);
};

void tst_EmulatorDay2::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorDay2::init()
{
    EmulatorFixture::resetToRealClock(*m_client);
}

TestReply tst_EmulatorDay2::send(const QByteArray &method, const QString &suffix,
                                 const QJsonObject &body)
{
    return m_client->send(method, p(suffix), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

static QJsonArray ids(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void tst_EmulatorDay2::validation_data()
{
    // Desktop ids are given as computer names and replaced in the test ("@NAME").
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QJsonArray fin1{QStringLiteral("@WKS-FIN-001")};
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(QStringLiteral("id-%1").arg(i));

    QTest::newRow("action: no desktop_ids")
            << QByteArray("POST") << "/desktops/action" << QJsonObject{{"op_type", "os-stop"}}
            << 400 << "WKS.00010001";
    QTest::newRow("action: empty desktop_ids")
            << QByteArray("POST") << "/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray()}, {"op_type", "os-stop"}} << 400
            << "WKS.00010002";
    QTest::newRow("action: 101 desktops")
            << QByteArray("POST") << "/desktops/action"
            << QJsonObject{{"desktop_ids", tooMany}, {"op_type", "os-stop"}} << 400
            << "WKS.00010003";
    QTest::newRow("action: bad op_type")
            << QByteArray("POST") << "/desktops/action"
            << QJsonObject{{"desktop_ids", fin1}, {"op_type", "shutdown"}} << 400 << "WKS.00010002";
    QTest::newRow("action: bad type")
            << QByteArray("POST") << "/desktops/action"
            << QJsonObject{{"desktop_ids", fin1}, {"op_type", "os-stop"}, {"type", "FORCE"}} << 400
            << "WKS.00010002";
    QTest::newRow("action: repeated desktop")
            << QByteArray("POST") << "/desktops/action"
            << QJsonObject{{"desktop_ids", QJsonArray{fin1.first(), fin1.first()}},
                           {"op_type", "os-stop"}}
            << 400 << "WKS.00010005";
    QTest::newRow("batch-delete: unknown desktop")
            << QByteArray("POST") << "/desktops/batch-delete"
            << QJsonObject{{"desktop_ids", QJsonArray{kUnknown}}} << 404 << "WKS.00010010";
    QTest::newRow("batch-delete: delete_users not a boolean")
            << QByteArray("POST") << "/desktops/batch-delete"
            << QJsonObject{{"desktop_ids", fin1}, {"delete_users", "yes"}} << 400 << "WKS.00010002";
    QTest::newRow("batch-detach: no desktops")
            << QByteArray("POST") << "/desktops/batch-detach"
            << QJsonObject{{"shutoff_after_detach", false}} << 400 << "WKS.00010001";
    QTest::newRow("batch-detach: neither all users nor a list")
            << QByteArray("POST") << "/desktops/batch-detach"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{{"desktop_id", fin1.first()}}}}}
            << 400 << "WKS.00010001";
    QTest::newRow("rebuild: no image_id")
            << QByteArray("POST") << "/desktops/rebuild"
            << QJsonObject{{"desktop_ids", fin1}, {"image_type", "gold"}} << 400 << "WKS.00010001";
    QTest::newRow("rebuild: unknown image")
            << QByteArray("POST") << "/desktops/rebuild"
            << QJsonObject{{"desktop_ids", fin1}, {"image_type", "gold"}, {"image_id", kUnknown}}
            << 404 << "WKS.00010006";
    QTest::newRow("rebuild: image of another OS") << QByteArray("POST") << "/desktops/rebuild"
                                                  << QJsonObject{{"desktop_ids", fin1},
                                                                 {"image_type", "private"},
                                                                 {"image_id", kUbuntuPrivate}}
                                                  << 400 << "WKS.00010007";
    QTest::newRow("rebuild: image of another architecture")
            << QByteArray("POST") << "/desktops/rebuild"
            << QJsonObject{{"desktop_ids", QJsonArray{QStringLiteral("@WKS-DEV-001")}},
                           {"image_type", "gold"},
                           {"image_id", kArmImage}}
            << 400 << "WKS.00010007";
    QTest::newRow("rebuild: image_type not the image's")
            << QByteArray("POST") << "/desktops/rebuild"
            << QJsonObject{{"desktop_ids", fin1},
                           {"image_type", "private"},
                           {"image_id", kWindowsGold}}
            << 400 << "WKS.00010007";
    QTest::newRow("resize: bad mode")
            << QByteArray("POST") << "/desktops/resize"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{{"desktop_id", fin1.first()}}}},
                           {"product_id", "workspace.x86.enterprise.2xlarge2.windows"},
                           {"mode", "RUNNING"}}
            << 400 << "WKS.00010002";
    QTest::newRow("resize: product of another OS")
            << QByteArray("POST") << "/desktops/resize"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{{"desktop_id", fin1.first()}}}},
                           {"product_id", "workspace.x86.general.large2.linux"},
                           {"mode", "STOP_DESKTOP"}}
            << 400 << "WKS.00010007";
    QTest::newRow("resize: product of another architecture")
            << QByteArray("POST") << "/desktops/resize"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{
                                                {"desktop_id", QStringLiteral("@WKS-DEV-001")}}}},
                           {"product_id", "workspace.k.xlarge.2.linux"},
                           {"mode", "STOP_DESKTOP"}}
            << 400 << "WKS.00010007";
    QTest::newRow("resize: unknown product")
            << QByteArray("POST") << "/desktops/resize"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{{"desktop_id", fin1.first()}}}},
                           {"product_id", "workspace.nope"},
                           {"mode", "STOP_DESKTOP"}}
            << 404 << "WKS.00010006";
    QTest::newRow("rename: unknown desktop")
            << QByteArray("PUT") << "/desktops/" + kUnknown
            << QJsonObject{{"desktop", QJsonObject{{"computer_name", "NEW-01"}}}} << 404
            << "WKS.00010010";
    QTest::newRow("rename: bad name")
            << QByteArray("PUT") << "/desktops/@WKS-FIN-001"
            << QJsonObject{{"desktop", QJsonObject{{"computer_name", "bad name!"}}}} << 400
            << "WKS.00010002";
    QTest::newRow("rename: name taken")
            << QByteArray("PUT") << "/desktops/@WKS-FIN-001"
            << QJsonObject{{"desktop", QJsonObject{{"computer_name", "WKS-FIN-002"}}}} << 400
            << "WKS.00010005";
    QTest::newRow("maintenance: no flag")
            << QByteArray("PUT") << "/desktops/maintenance-mode"
            << QJsonObject{{"desktop_ids", fin1}} << 400 << "WKS.00010001";
    QTest::newRow("maintenance: unknown desktop")
            << QByteArray("PUT") << "/desktops/maintenance-mode"
            << QJsonObject{{"desktop_ids", QJsonArray{kUnknown}}, {"in_maintenance_mode", true}}
            << 404 << "WKS.00010010";
    QTest::newRow("volumes: 20 GB more than 10 disks")
            << QByteArray("POST") << "/desktops/@WKS-FIN-001/volumes"
            << QJsonObject{{"volumes", QJsonArray{QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}},
                                                  QJsonObject{{"type", "SAS"}, {"size", 20}}}}}
            << 400 << "WKS.00010003";
    QTest::newRow("volumes: size not a step of 10")
            << QByteArray("POST") << "/desktops/@WKS-FIN-001/volumes"
            << QJsonObject{{"volumes", QJsonArray{QJsonObject{{"type", "SAS"}, {"size", 15}}}}}
            << 400 << "WKS.00010003";
    QTest::newRow("volumes: bad type")
            << QByteArray("POST") << "/desktops/@WKS-FIN-001/volumes"
            << QJsonObject{{"volumes", QJsonArray{QJsonObject{{"type", "HDD"}, {"size", 20}}}}}
            << 400 << "WKS.00010002";
    QTest::newRow("volumes: remove the system disk")
            << QByteArray("POST") << "/desktops/@WKS-FIN-001/volumes/batch-delete"
            << QJsonObject{{"volume_ids", QJsonArray{QStringLiteral("@root")}}} << 404
            << "WKS.00010006";
    QTest::newRow("tags: forbidden character")
            << QByteArray("POST") << "/desktops/batch-tags"
            << QJsonObject{{"desktops",
                            QJsonArray{QJsonObject{
                                    {"desktop_id", fin1.first()},
                                    {"tags", QJsonArray{QJsonObject{{"key", "cost#center"}}}}}}}}
            << 400 << "WKS.00010002";
    QTest::newRow("tags: _sys_ key")
            << QByteArray("POST") << "/desktops/batch-tags"
            << QJsonObject{{"desktops",
                            QJsonArray{QJsonObject{
                                    {"desktop_id", fin1.first()},
                                    {"tags", QJsonArray{QJsonObject{{"key", "_sys_owner"}}}}}}}}
            << 400 << "WKS.00010002";
    QTest::newRow("tags: value too long")
            << QByteArray("POST") << "/desktops/batch-tags"
            << QJsonObject{{"desktops", QJsonArray{QJsonObject{
                                                {"desktop_id", fin1.first()},
                                                {"tags", QJsonArray{QJsonObject{
                                                                 {"key", "team"},
                                                                 {"value", QString(44, 'v')}}}}}}}}
            << 400 << "WKS.00010002";
    QTest::newRow("connect status: limit 2001")
            << QByteArray("GET") << "/connect-desktops?limit=2001" << QJsonObject{} << 400
            << "WKS.00010003";
}

void tst_EmulatorDay2::validation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    // "@NAME" stands for the id of the desktop named NAME, "@root" for WKS-FIN-001's system disk.
    const QString fin1 = desktopId(kFin1);
    const QString root = desktop(fin1)
                                 .value(QStringLiteral("root_volume"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    QByteArray bytes
            = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (const QString &name : {kFin1, kDev1})
        bytes.replace(QByteArray(QByteArray("@") + name.toUtf8()), desktopId(name).toUtf8());
    bytes.replace("@root", root.toUtf8());
    path.replace(QStringLiteral("@WKS-FIN-001"), fin1);
    const TestReply reply = m_client->send(method, p(path), bytes);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.errorMessage().isEmpty());
    // Nothing happened: no job was made.
    const QJsonObject state
            = m_client->get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None)
                      .json();
    QCOMPARE(state.value(QStringLiteral("jobs")).toObject().value(QStringLiteral("total")).toInt(),
             0);
}

void tst_EmulatorDay2::powerActions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("login");

    QTest::newRow("stop") << kFin1 << "os-stop"
                          << "SOFT"
                          << "SHUTOFF"
                          << "UNREGISTER";
    QTest::newRow("forced stop") << kFin1 << "os-stop"
                                 << "HARD"
                                 << "SHUTOFF"
                                 << "UNREGISTER";
    QTest::newRow("start") << kPool2 << "os-start"
                           << "SOFT"
                           << "ACTIVE"
                           << "REGISTERED";
    QTest::newRow("reboot") << kFin1 << "reboot"
                            << "SOFT"
                            << "ACTIVE"
                            << "REGISTERED";
    QTest::newRow("hibernate") << kDev1 << "os-hibernate"
                               << "SOFT"
                               << "HIBERNATED"
                               << "UNREGISTER";
}

void tst_EmulatorDay2::powerActions()
{
    QFETCH(QString, name);
    QFETCH(QString, op);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, login);
    const QString acted = desktopId(name);
    const TestReply reply = send("POST", QStringLiteral("/desktops/action"),
                                 QJsonObject{{QStringLiteral("desktop_ids"), ids({acted})},
                                             {QStringLiteral("op_type"), op},
                                             {QStringLiteral("type"), type}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.json().value(QStringLiteral("failed_operation_list")).toArray().isEmpty());
    const QJsonObject j = job(reply.json().value(QStringLiteral("job_id")).toString());
    QCOMPARE(j.value(QStringLiteral("job_type")).toString(), QStringLiteral("operateDesktops"));
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(j.value(QStringLiteral("sub_jobs")).toArray().size(), 1);
    const QJsonObject d = desktop(acted);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(d.value(QStringLiteral("login_status")).toString(), login);
    QCOMPARE(d.value(QStringLiteral("task_status")).toString(), QString());
}

void tst_EmulatorDay2::powerRefusals()
{
    // A partly refused request: the refused desktops are listed, the others get a job.
    const QString fin1 = desktopId(kFin1);
    const QString pool2 = desktopId(kPool2);
    const TestReply reply
            = send("POST", QStringLiteral("/desktops/action"),
                   QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1, pool2, kUnknown})},
                               {QStringLiteral("op_type"), QStringLiteral("os-start")}});
    QCOMPARE(reply.status, 200);
    const QJsonArray failed = reply.json().value(QStringLiteral("failed_operation_list")).toArray();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).toObject().value(QStringLiteral("desktop_id")).toString(), fin1);
    QCOMPARE(failed.at(0).toObject().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("WKS.00010032"));
    QCOMPARE(failed.at(0).toObject().value(QStringLiteral("desktop_name")).toString(), kFin1);
    QCOMPARE(failed.at(1).toObject().value(QStringLiteral("error_code")).toString(),
             QStringLiteral("WKS.00010010"));
    const QJsonArray subs = job(reply.json().value(QStringLiteral("job_id")).toString())
                                    .value(QStringLiteral("sub_jobs"))
                                    .toArray();
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.first()
                     .toObject()
                     .value(QStringLiteral("entities"))
                     .toObject()
                     .value(QStringLiteral("desktop_id"))
                     .toString(),
             pool2);
    QCOMPARE(desktop(pool2).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    // Everything refused: no job at all.
    const TestReply none
            = send("POST", QStringLiteral("/desktops/action"),
                   QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                               {QStringLiteral("op_type"), QStringLiteral("os-start")}});
    QCOMPARE(none.status, 200);
    QVERIFY(!none.json().contains(QStringLiteral("job_id")));
}

void tst_EmulatorDay2::powerTimeline()
{
    m_start = QDateTime::currentDateTimeUtc();
    freezeAt(0);
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QString fin1 = desktopId(kFin1);
    const TestReply reply = send("POST", QStringLiteral("/desktops/action"),
                                 QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                                             {QStringLiteral("op_type"), QStringLiteral("reboot")},
                                             {QStringLiteral("type"), QStringLiteral("HARD")}});
    QCOMPARE(reply.status, 200);
    QStringList tasks;
    QStringList jobStates;
    for (qint64 t = 0; t <= 4000; t += 250) {
        freezeAt(t);
        const QString task = desktop(fin1).value(QStringLiteral("task_status")).toString();
        if (tasks.isEmpty() || tasks.last() != task)
            tasks << task;
        const QString s = job(reply.json().value(QStringLiteral("job_id")).toString())
                                  .value(QStringLiteral("status"))
                                  .toString();
        if (jobStates.isEmpty() || jobStates.last() != s)
            jobStates << s;
    }
    QCOMPARE(tasks, (QStringList{QStringLiteral("rebooting_hard"), QString()}));
    QCOMPARE(jobStates, (QStringList{QStringLiteral("RUNNING"), QStringLiteral("SUCCESS")}));
}

void tst_EmulatorDay2::busyDesktopConflicts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");

    QTest::newRow("batch delete") << QByteArray("POST") << "/desktops/batch-delete"
                                  << QJsonObject{{"desktop_ids", QJsonArray{"@ID"}}};
    QTest::newRow("rebuild") << QByteArray("POST") << "/desktops/rebuild"
                             << QJsonObject{{"desktop_ids", QJsonArray{"@ID"}},
                                            {"image_type", "gold"},
                                            {"image_id", kWindowsGold}};
    QTest::newRow("resize") << QByteArray("POST") << "/desktops/resize"
                            << QJsonObject{
                                       {"desktops", QJsonArray{QJsonObject{{"desktop_id", "@ID"}}}},
                                       {"product_id", "workspace.x86.enterprise.2xlarge2.windows"},
                                       {"mode", "STOP_DESKTOP"}};
    QTest::newRow("rename") << QByteArray("PUT") << "/desktops/@ID"
                            << QJsonObject{{"desktop", QJsonObject{{"computer_name", "NEW-01"}}}};
    QTest::newRow("add disk") << QByteArray("POST") << "/desktops/@ID/volumes"
                              << QJsonObject{{"volumes", QJsonArray{QJsonObject{{"type", "SAS"},
                                                                                {"size", 20}}}}};
}

void tst_EmulatorDay2::busyDesktopConflicts()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    m_start = QDateTime::currentDateTimeUtc();
    freezeAt(0);
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QString fin1 = desktopId(kFin1);
    QCOMPARE(send("POST", QStringLiteral("/desktops/action"),
                  QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                              {QStringLiteral("op_type"), QStringLiteral("os-stop")}})
                     .status,
             200);
    QCOMPARE(desktop(fin1).value(QStringLiteral("task_status")).toString(),
             QStringLiteral("powering-off"));
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    bytes.replace("@ID", fin1.toUtf8());
    path.replace(QStringLiteral("@ID"), fin1);
    const TestReply reply = m_client->send(method, p(path), bytes);
    QVERIFY2(reply.status == 409, reply.body.constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010032"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("powering-off")));
    // Once the stop is over the same request goes through.
    freezeAt(5000);
    const TestReply later = m_client->send(method, p(path), bytes);
    QVERIFY2(later.status == 200 || later.status == 204, later.body.constData());
}

void tst_EmulatorDay2::batchDelete()
{
    const QString fin1 = desktopId(kFin1);
    const QString pool1 = desktopId(kPool1);
    const TestReply reply = send("POST", QStringLiteral("/desktops/batch-delete"),
                                 QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1, pool1})},
                                             {QStringLiteral("delete_users"), true},
                                             {QStringLiteral("email_notification"), false}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject j = job(reply.json().value(QStringLiteral("job_id")).toString());
    QCOMPARE(j.value(QStringLiteral("job_type")).toString(), QStringLiteral("deleteDesktops"));
    QCOMPARE(j.value(QStringLiteral("sub_jobs")).toArray().size(), 2);
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(m_client->get(p(QStringLiteral("/desktops/")) + fin1).status, 404);
    QCOMPARE(m_client->get(p(QStringLiteral("/desktops/")) + pool1).status, 404);
    // zhangwei had no other desktop: delete_users removed the user too.
    QCOMPARE(m_client->get(p(QStringLiteral("/users?user_name=zhangwei")))
                     .json()
                     .value(QStringLiteral("users"))
                     .toArray()
                     .size(),
             0);
    // Deleting again: the desktops are gone.
    QCOMPARE(send("POST", QStringLiteral("/desktops/batch-delete"),
                  QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})}})
                     .status,
             404);
}

void tst_EmulatorDay2::batchDetach()
{
    const QString fin1 = desktopId(kFin1);
    const QString pool1 = desktopId(kPool1);
    const TestReply reply = send(
            "POST", QStringLiteral("/desktops/batch-detach"),
            QJsonObject{{QStringLiteral("desktops"),
                         QJsonArray{QJsonObject{{QStringLiteral("desktop_id"), fin1},
                                                {QStringLiteral("is_detach_all_users"), true}},
                                    QJsonObject{{QStringLiteral("desktop_id"), pool1},
                                                {QStringLiteral("is_detach_all_users"), true}}}}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonArray failed = reply.json().value(QStringLiteral("failed_operation_list")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QStringLiteral("desktop_id")).toString(), pool1);
    const QJsonArray jobs = reply.json().value(QStringLiteral("success_job_ids")).toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(job(jobs.first().toString()).value(QStringLiteral("job_type")).toString(),
             QStringLiteral("detachDesktops"));
    const QJsonObject d = desktop(fin1);
    QCOMPARE(d.value(QStringLiteral("attach_state")).toString(), QStringLiteral("UNATTACH"));
    QCOMPARE(d.value(QStringLiteral("user_name")).toString(), QString());
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void tst_EmulatorDay2::rebuild()
{
    const QString dev1 = desktopId(kDev1);
    const TestReply reply
            = send("POST", QStringLiteral("/desktops/rebuild"),
                   QJsonObject{{QStringLiteral("desktop_ids"), ids({dev1})},
                               {QStringLiteral("image_type"), QStringLiteral("private")},
                               {QStringLiteral("image_id"), kUbuntuPrivate},
                               {QStringLiteral("delay_time"), 0}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(job(reply.json().value(QStringLiteral("job_id")).toString())
                     .value(QStringLiteral("job_type"))
                     .toString(),
             QStringLiteral("rebuildDesktops"));
    const QJsonObject d = desktop(dev1);
    QCOMPARE(d.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("metering.image_id"))
                     .toString(),
             kUbuntuPrivate);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void tst_EmulatorDay2::resizeStopsAndRestarts()
{
    m_start = QDateTime::currentDateTimeUtc();
    freezeAt(0);
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QString fin1 = desktopId(kFin1);
    const QString product = QStringLiteral("workspace.x86.enterprise.2xlarge2.windows");
    const TestReply reply
            = send("POST", QStringLiteral("/desktops/resize"),
                   QJsonObject{{QStringLiteral("desktops"),
                                QJsonArray{QJsonObject{{QStringLiteral("desktop_id"), fin1}}}},
                               {QStringLiteral("product_id"), product},
                               {QStringLiteral("mode"), QStringLiteral("STOP_DESKTOP")}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json().value(QStringLiteral("jobs")).toArray().size(), 1);
    QStringList statuses;
    QStringList tasks;
    for (qint64 t = 0; t <= 6000; t += 200) {
        freezeAt(t);
        const QJsonObject d = desktop(fin1);
        const QString s = d.value(QStringLiteral("status")).toString();
        const QString task = d.value(QStringLiteral("task_status")).toString();
        if (statuses.isEmpty() || statuses.last() != s)
            statuses << s;
        if (tasks.isEmpty() || tasks.last() != task)
            tasks << task;
    }
    // Stopped first, resized, then running again as it was.
    QCOMPARE(statuses, (QStringList{QStringLiteral("ACTIVE"), QStringLiteral("SHUTOFF"),
                                    QStringLiteral("ACTIVE")}));
    QCOMPARE(tasks.first(), QStringLiteral("powering-off"));
    QVERIFY(tasks.contains(QStringLiteral("resize_prep")));
    QCOMPARE(tasks.last(), QString());
    QCOMPARE(desktop(fin1).value(QStringLiteral("product_id")).toString(), product);
}

void tst_EmulatorDay2::renameAndMaintenance()
{
    const QString fin1 = desktopId(kFin1);
    TestReply reply = send("PUT", QStringLiteral("/desktops/") + fin1,
                           QJsonObject{{QStringLiteral("desktop"),
                                        QJsonObject{{QStringLiteral("computer_name"),
                                                     QStringLiteral("FIN-ZHANG-01")}}}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(desktop(fin1).value(QStringLiteral("computer_name")).toString(),
             QStringLiteral("FIN-ZHANG-01"));
    QCOMPARE(desktopId(QStringLiteral("FIN-ZHANG-01")), fin1);

    reply = send("PUT", QStringLiteral("/desktops/maintenance-mode"),
                 QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                             {QStringLiteral("in_maintenance_mode"), true}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(desktop(fin1).value(QStringLiteral("in_maintenance_mode")).toBool(), true);
    QCOMPARE(m_client->get(p(QStringLiteral("/desktops/detail?computer_names=FIN-ZHANG-01")))
                     .json()
                     .value(QStringLiteral("desktops"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("in_maintenance_mode"))
                     .toBool(),
             true);
    reply = send("PUT", QStringLiteral("/desktops/maintenance-mode"),
                 QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                             {QStringLiteral("in_maintenance_mode"), false}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(desktop(fin1).value(QStringLiteral("in_maintenance_mode")).toBool(), false);
}

void tst_EmulatorDay2::connectStatus()
{
    const QJsonObject all = m_client->get(p(QStringLiteral("/connect-desktops"))).json();
    QCOMPARE(all.value(QStringLiteral("total_count")).toInt(), 5);
    const QJsonObject connected
            = m_client->get(p(QStringLiteral("/connect-desktops?connect_status=CONNECTED"))).json();
    const QJsonArray list = connected.value(QStringLiteral("desktops")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject d = list.first().toObject();
    QCOMPARE(d.value(QStringLiteral("desktop_name")).toString(), kFin2);
    QCOMPARE(d.value(QStringLiteral("attach_users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("wangfang"));
    const QJsonObject byUser
            = m_client->get(p(QStringLiteral("/connect-desktops?user_names=liuyang"))).json();
    QCOMPARE(byUser.value(QStringLiteral("total_count")).toInt(), 1);
}

void tst_EmulatorDay2::dataDisks()
{
    const QString fin1 = desktopId(kFin1);
    TestReply reply = send(
            "POST", QStringLiteral("/desktops/%1/volumes").arg(fin1),
            QJsonObject{{QStringLiteral("volumes"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("SSD")},
                                                {QStringLiteral("size"), 50}}}}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(job(reply.json().value(QStringLiteral("job_id")).toString())
                     .value(QStringLiteral("job_type"))
                     .toString(),
             QStringLiteral("addVolumes"));
    QJsonArray volumes = desktop(fin1).value(QStringLiteral("data_volumes")).toArray();
    QCOMPARE(volumes.size(), 2);
    const QString added = volumes.at(1).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(volumes.at(1).toObject().value(QStringLiteral("size")).toInt(), 50);

    // Smaller than today: refused; larger: expanded.
    reply = send("POST", QStringLiteral("/desktops/%1/volumes/%2/expand").arg(fin1, added),
                 QJsonObject{{QStringLiteral("new_size"), 40}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010003"));
    reply = send("POST", QStringLiteral("/desktops/%1/volumes/%2/expand").arg(fin1, added),
                 QJsonObject{{QStringLiteral("new_size"), 80}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    volumes = desktop(fin1).value(QStringLiteral("data_volumes")).toArray();
    QCOMPARE(volumes.at(1).toObject().value(QStringLiteral("size")).toInt(), 80);

    reply = send("POST", QStringLiteral("/desktops/%1/volumes/batch-delete").arg(fin1),
                 QJsonObject{{QStringLiteral("volume_ids"), ids({added})}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    volumes = desktop(fin1).value(QStringLiteral("data_volumes")).toArray();
    QCOMPARE(volumes.size(), 1);
    QVERIFY(volumes.first().toObject().value(QStringLiteral("id")).toString() != added);
}

void tst_EmulatorDay2::tags()
{
    const QString fin1 = desktopId(kFin1);
    const QString fin2 = desktopId(kFin2);
    const auto body = [&](const QJsonArray &tags) {
        return QJsonObject{{QStringLiteral("desktops"),
                            QJsonArray{QJsonObject{{QStringLiteral("desktop_id"), fin1},
                                                   {QStringLiteral("tags"), tags}},
                                       QJsonObject{{QStringLiteral("desktop_id"), fin2},
                                                   {QStringLiteral("tags"), tags}},
                                       // Unknown desktops are skipped, not refused (SDK note).
                                       QJsonObject{{QStringLiteral("desktop_id"), kUnknown},
                                                   {QStringLiteral("tags"), tags}}}}};
    };
    TestReply reply = send(
            "POST", QStringLiteral("/desktops/batch-tags"),
            body(QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("部门")},
                                        {QStringLiteral("value"), QStringLiteral("财务 A")}},
                            QJsonObject{{QStringLiteral("key"), QStringLiteral("cost.center")},
                                        {QStringLiteral("value"), QStringLiteral("cc-42")}}}));
    QCOMPARE(reply.status, 204);
    QCOMPARE(desktop(fin2).value(QStringLiteral("tags")).toArray().size(), 2);
    const QJsonObject project = m_client->get(p(QStringLiteral("/desktops/tags"))).json();
    QCOMPARE(project.value(QStringLiteral("totalCount")).toInt(), 2);
    bool found = false;
    for (const QJsonValue &t : project.value(QStringLiteral("tags")).toArray()) {
        if (t.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("部门"))
            found = t.toObject().value(QStringLiteral("values")).toArray()
                    == QJsonArray{QStringLiteral("财务 A")};
    }
    QVERIFY(found);

    reply = send("DELETE", QStringLiteral("/desktops/batch-tags"),
                 body(QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("部门")}}}));
    QCOMPARE(reply.status, 204);
    const QJsonArray left = desktop(fin1).value(QStringLiteral("tags")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("cost.center"));
}

void tst_EmulatorDay2::faultsFailActions()
{
    configure(QJsonObject{{QStringLiteral("subjob_fail_rate"), 1}});
    const QString fin1 = desktopId(kFin1);
    const TestReply reply
            = send("POST", QStringLiteral("/desktops/action"),
                   QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                               {QStringLiteral("op_type"), QStringLiteral("os-stop")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject j = job(reply.json().value(QStringLiteral("job_id")).toString());
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    const QJsonObject sub = j.value(QStringLiteral("sub_jobs")).toArray().first().toObject();
    QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(!sub.value(QStringLiteral("fail_reason")).toString().isEmpty());
    // A failed stop leaves the desktop running.
    QCOMPARE(desktop(fin1).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void tst_EmulatorDay2::stateSaved()
{
    // What the day-2 routes change survives a restart with --state.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const EmulatorOptions options
            = EmulatorFixture::stateFileOptions(dir.filePath(QStringLiteral("day2.json")));
    QString fin1;
    {
        Emulator emulator(options);
        QVERIFY(emulator.start());
        EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
        fin1 = client.desktopId(kFin1);
        const auto put = [&](const QString &path, const QJsonObject &body) {
            return client.send("PUT", client.projectPath(path),
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(put(QStringLiteral("/desktops/maintenance-mode"),
                     QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                                 {QStringLiteral("in_maintenance_mode"), true}})
                         .status,
                 204);
        QCOMPARE(put(QStringLiteral("/desktops/") + fin1,
                     QJsonObject{{QStringLiteral("desktop"),
                                  QJsonObject{{QStringLiteral("computer_name"),
                                               QStringLiteral("KEPT-01")}}}})
                         .status,
                 204);
        QCOMPARE(
                client.post(client.projectPath(QStringLiteral("/desktops/batch-tags")),
                            QJsonObject{
                                    {QStringLiteral("desktops"),
                                     QJsonArray{QJsonObject{
                                             {QStringLiteral("desktop_id"), fin1},
                                             {QStringLiteral("tags"),
                                              QJsonArray{QJsonObject{{QStringLiteral("key"),
                                                                      QStringLiteral("dept")},
                                                                     {QStringLiteral("value"),
                                                                      QStringLiteral("fin")}}}}}}}})
                        .status,
                204);
        QCOMPARE(client.post(client.projectPath(QStringLiteral("/desktops/action")),
                             QJsonObject{{QStringLiteral("desktop_ids"), ids({fin1})},
                                         {QStringLiteral("op_type"), QStringLiteral("os-stop")}})
                         .status,
                 200);
        emulator.stop();
    }
    Emulator reloaded(options);
    QVERIFY(reloaded.start());
    EmulatorTestClient client(reloaded.baseUrl(), reloaded.projectId());
    const QJsonObject d = client.get(client.projectPath(QStringLiteral("/desktops/")) + fin1)
                                  .json()
                                  .value(QStringLiteral("desktop"))
                                  .toObject();
    QCOMPARE(d.value(QStringLiteral("computer_name")).toString(), QStringLiteral("KEPT-01"));
    QCOMPARE(d.value(QStringLiteral("in_maintenance_mode")).toBool(), true);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("SHUTOFF"));
    QCOMPARE(d.value(QStringLiteral("tags")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_EmulatorDay2)
#include "tst_emulatorday2.moc"
