#include "emulatorapi.h"
#include "wsctlrunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl groups ...` against wsemu: a group's whole life (create, list, rename, members added
 * and removed, delete), names checked before anything is sent, unknown users refused before the
 * request, deleting only with --yes from a script, and a SHARED desktop assigned to a group
 * through `wsctl desktops attach` (a GROUP line with the group's id).
 */
class tst_WsctlGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lifecycle();
    void createRefused_data();
    void createRefused();
    void unknownUserSendsNothing();
    void deleteNeedsYes();
    void assignToGroup();

private:
    /** Requests the service answered on @p route (e.g. "POST /v2/{project_id}/groups"). */
    int requests(const QString &route);
    QStringList members(const QString &group);

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    std::unique_ptr<EmulatorApi> m_api;
};

void tst_WsctlGroups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_api = std::make_unique<EmulatorApi>(m_emu);
}

int tst_WsctlGroups::requests(const QString &route)
{
    return m_emu.requestCount(route);
}

QStringList tst_WsctlGroups::members(const QString &group)
{
    const auto r = m_wsctl.run({"groups", "members", group, "--format", "json"});
    if (r.code != 0)
        return {r.all()};
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        names << v.toObject()["user_name"].toString();
    names.sort();
    return names;
}

void tst_WsctlGroups::lifecycle()
{
    auto r = m_wsctl.run(
            {"groups", "create", "qa-team", "--description", "testers", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject();
    const QString id = created["id"].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created["name"].toString(), QStringLiteral("qa-team"));
    QCOMPARE(created["platform_type"].toString(), QStringLiteral("LOCAL"));
    // The service's own list has it, under that id.
    bool listed = false;
    for (const QJsonValue &v : m_api->get("groups?keyword=qa-team")["user_groups"].toArray())
        listed = listed || v.toObject()["id"].toString() == id;
    QVERIFY(listed);

    r = m_wsctl.run({"groups", "list", "--format", "csv"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("name,description,platform_type,members,desktops,created,id\r\n"));
    QVERIFY(r.out.contains(QStringLiteral("qa-team,testers,LOCAL,0,0,")));

    r = m_wsctl.run({"groups", "add-members", "qa-team", "alice", "bob_chen"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(members("qa-team"), (QStringList{"alice", "bob_chen"}));
    // By id, too; a user named twice is sent once.
    r = m_wsctl.run({"groups", "remove-members", id, "alice", "ALICE"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(members(id), QStringList{"bob_chen"});

    r = m_wsctl.run({"groups", "rename", "qa-team", "quality", "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["name"].toString(),
             QStringLiteral("quality"));
    QCOMPARE(members("quality"), QStringList{"bob_chen"});
    // The member's groups follow the rename (ListUsers' group_name).
    QCOMPARE(m_api->get("users?group_name=quality")["total_count"].toInt(), 1);

    r = m_wsctl.run({"groups", "delete", "quality", "--yes"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QStringLiteral("deleted")));
    QVERIFY(m_api->get("groups?keyword=quality")["user_groups"].toArray().isEmpty());
    r = m_wsctl.run({"groups", "members", "quality"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("no user group \"quality\"")));
}

void tst_WsctlGroups::createRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("says");
    QTest::newRow("a dot in the name") << QStringList{"dev.ops"} << 1 << false << "“.”";
    QTest::newRow("too long") << QStringList{QString(65, 'g')} << 1 << false << "64";
    QTest::newRow("bad type") << QStringList{"ok-name", "--type", "NIS"} << 2 << false << "--type";
    QTest::newRow("no name") << QStringList{} << 2 << false << "name";
    QTest::newRow("taken") << QStringList{"finance"} << 3 << true << "WKS.00170207";
}

void tst_WsctlGroups::createRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(bool, sent);
    QFETCH(QString, says);
    const int before = requests("POST /v2/{project_id}/groups");
    const auto r = m_wsctl.run(QStringList{"groups", "create"} + args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QCOMPARE(requests("POST /v2/{project_id}/groups"), before + (sent ? 1 : 0));
}

void tst_WsctlGroups::unknownUserSendsNothing()
{
    const int before = requests("POST /v2/{project_id}/groups/{group_id}/actions");
    const QStringList was = members("hr");
    const auto r = m_wsctl.run({"groups", "add-members", "hr", "alice", "no_such_person"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no_such_person")), qPrintable(r.err));
    QCOMPARE(requests("POST /v2/{project_id}/groups/{group_id}/actions"), before);
    QCOMPARE(members("hr"), was);
}

void tst_WsctlGroups::deleteNeedsYes()
{
    QCOMPARE(m_wsctl.run({"groups", "create", "temp-group"}).code, 0);
    const int before = requests("DELETE /v2/{project_id}/groups/{group_id}");
    // Standard input is not a terminal here: nobody can be asked.
    auto r = m_wsctl.run({"groups", "delete", "temp-group"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
    QCOMPARE(requests("DELETE /v2/{project_id}/groups/{group_id}"), before);
    QCOMPARE(m_api->get("groups?keyword=temp-group")["user_groups"].toArray().size(), 1);
    r = m_wsctl.run({"groups", "delete", "temp-group", "--yes"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(requests("DELETE /v2/{project_id}/groups/{group_id}"), before + 1);
}

void tst_WsctlGroups::assignToGroup()
{
    // A multi-user (SHARED) Linux desktop, made by wsctl itself.
    const QJsonObject spec{{"desktop_type", "SHARED"},
                           {"product_id", "workspace.x86.general.large2.linux"},
                           {"image_type", "gold"},
                           {"image_id", "1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b"},
                           {"root_volume", QJsonObject{{"type", "SAS"}, {"size", 80}}},
                           {"size", 1},
                           {"desktop_name", "GRP-LX-1"}};
    auto r = m_wsctl.run({"desktops", "create", "--spec",
                          m_wsctl.write("shared.json", QJsonDocument(spec).toJson()), "--wait"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));

    r = m_wsctl.run({"groups", "create", QString::fromUtf8("研发部"), "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QString groupId
            = QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["id"].toString();
    QVERIFY(!groupId.isEmpty());

    // An id that names no group: the service refuses it (the id is checked there).
    QByteArray csv = "computer_name,user_name,type,user_id,user_group\r\n"
                     "GRP-LX-1,"
                     + QString::fromUtf8("研发部").toUtf8() + ",GROUP,grp-0042,default\r\n";
    r = m_wsctl.run(
            {"desktops", "attach", "--assignments", m_wsctl.write("bad.csv", csv), "--wait"});
    QVERIFY2(r.code != 0, qPrintable(r.all()));
    QVERIFY2(r.all().contains(QStringLiteral("WKS.00170208")), qPrintable(r.all()));

    csv = "computer_name,user_name,type,user_id,user_group\r\n"
          "GRP-LX-1,"
          + QString::fromUtf8("研发部").toUtf8() + ",GROUP," + groupId.toUtf8() + ",default\r\n";
    r = m_wsctl.run(
            {"desktops", "attach", "--assignments", m_wsctl.write("group.csv", csv), "--wait"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray desktops
            = m_api->get("desktops/detail?computer_names=GRP-LX-1")["desktops"].toArray();
    QCOMPARE(desktops.size(), 1);
    const QJsonObject info = desktops[0].toObject()["attach_user_infos"].toArray()[0].toObject();
    QCOMPARE(info["type"].toString(), QStringLiteral("GROUP"));
    QCOMPARE(info["user_id"].toString(), groupId);
    // The group counts the desktop, and cannot be deleted while it has it.
    r = m_wsctl.run({"groups", "list", "--name", QString::fromUtf8("研发部"), "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array()[0].toObject()["desktops"].toInt(), 1);
    r = m_wsctl.run({"groups", "delete", QString::fromUtf8("研发部"), "--yes"});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains(QStringLiteral("WKS.00010032")), qPrintable(r.all()));
}

QTEST_GUILESS_MAIN(tst_WsctlGroups)
#include "tst_wsctl_groups.moc"
