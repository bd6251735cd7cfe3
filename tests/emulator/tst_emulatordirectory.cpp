// The directory routes of the emulator over real sockets: user groups and their members, groups
// in AttachInstances, what an administrator does to users (edit, lock, reset, delete many), and
// the quotas that count what exists and what is being created. Each answer is checked against
// the documented shapes (workspace-sdk-operations.md) and the error bodies docs/EMULATOR.md lists.

#include "emulator/emulator.h"
#include "emulatorfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wsemu;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject newGroup(const QString &name, const QString &platform = QStringLiteral("LOCAL"))
{
    return QJsonObject{{QStringLiteral("group_name"), name},
                       {QStringLiteral("platform_type"), platform},
                       {QStringLiteral("description"), QStringLiteral("made by a test")}};
}

} // namespace

class tst_EmulatorDirectory : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void seedGroups();
    void listPaging_data();
    void listPaging();
    void createGroup_data();
    void createGroup();
    void groupLifecycle();
    void adGroupKeepsItsName();
    void unknownGroup_data();
    void unknownGroup();
    void membership();
    void membershipRefusedChangesNothing();
    void createUserInGroups();
    void attachToGroup();
    void updateUser_data();
    void updateUser();
    void lockUnlockReset();
    void randomPassword_data();
    void randomPassword();
    void batchDelete();
    void quotasCountWhatIsBeingCreated();
    void quotaRefusesCreate();
    void quotaDetails();
    void faultsApply();
    void groupsSurviveRestart();

private:
    /** The group named @p name from ListUserGroups (empty object when missing). */
    QJsonObject group(const QString &name);
    QString userId(const QString &name);
    QStringList memberNames(const QString &groupId);
    QJsonObject quota(const QString &type);
};

void tst_EmulatorDirectory::initTestCase()
{
    QVERIFY(startEmulator());
}

void tst_EmulatorDirectory::init()
{
    EmulatorFixture::reset(*m_client);
    configure(QJsonObject{{QStringLiteral("time_scale"), 0},
                          {QStringLiteral("desktop_quota"), 100},
                          {QStringLiteral("fail_rate"), 0}});
}

QJsonObject tst_EmulatorDirectory::group(const QString &name)
{
    const TestReply reply = m_client->get(p(QStringLiteral("/groups?keyword=")) + name);
    for (const QJsonValue &v : reply.json().value(QStringLiteral("user_groups")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QString tst_EmulatorDirectory::userId(const QString &name)
{
    const TestReply reply = m_client->get(p(QStringLiteral("/users?user_names=")) + name);
    return reply.json()
            .value(QStringLiteral("users"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
}

QStringList tst_EmulatorDirectory::memberNames(const QString &groupId)
{
    const TestReply reply = m_client->get(p(QStringLiteral("/groups/%1/users")).arg(groupId));
    if (reply.status != 200)
        return {QStringLiteral("status %1").arg(reply.status)};
    QStringList names;
    for (const QJsonValue &v : reply.json().value(QStringLiteral("users")).toArray())
        names.append(v.toObject().value(QStringLiteral("user_name")).toString());
    names.sort();
    return names;
}

QJsonObject tst_EmulatorDirectory::quota(const QString &type)
{
    const TestReply reply = m_client->get(p(QStringLiteral("/quotas")));
    const QJsonArray resources = reply.json()
                                         .value(QStringLiteral("quotas"))
                                         .toObject()
                                         .value(QStringLiteral("resources"))
                                         .toArray();
    for (const QJsonValue &v : resources) {
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            return v.toObject();
    }
    return {};
}

void tst_EmulatorDirectory::seedGroups()
{
    // The seed users name their departments; each is a group with those users as members.
    const TestReply reply = m_client->get(p(QStringLiteral("/groups")));
    QCOMPARE(reply.status, 200);
    const QJsonArray groups = reply.json().value(QStringLiteral("user_groups")).toArray();
    QCOMPARE(reply.json().value(QStringLiteral("total_count")).toInt(), groups.size());
    QVERIFY(groups.size() >= 5);
    const QJsonObject developers = group(QStringLiteral("developers"));
    for (const char *field : {"id", "name", "create_time", "description", "user_quantity",
                              "platform_type", "sid", "total_desktops", "domain", "group_dn"})
        QVERIFY2(developers.contains(QLatin1String(field)), field);
    QCOMPARE(developers.value(QStringLiteral("platform_type")).toString(), QStringLiteral("LOCAL"));
    const QStringList members = memberNames(developers.value(QStringLiteral("id")).toString());
    QCOMPARE(developers.value(QStringLiteral("user_quantity")).toInt(), members.size());
    QVERIFY(members.contains(QStringLiteral("liuyang")));
    QVERIFY(members.contains(QStringLiteral("bob_chen")));
    // ListUsers' group_name filter agrees with the group's members.
    const TestReply users = m_client->get(p(QStringLiteral("/users?group_name=developers")));
    QCOMPARE(users.json().value(QStringLiteral("total_count")).toInt(), members.size());
}

void tst_EmulatorDirectory::listPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("returned"); // -1: not checked
    QTest::newRow("limit 2") << "limit=2" << 200 << 2;
    QTest::newRow("limit 0 is the default 100") << "limit=0" << 200 << -1;
    QTest::newRow("offset past the end") << "limit=5&offset=1000" << 200 << 0;
    QTest::newRow("limit over 100") << "limit=101" << 400 << -1;
    QTest::newRow("limit not a number") << "limit=ten" << 400 << -1;
    QTest::newRow("platform_type UOS") << "platform_type=UOS" << 200 << 0;
    QTest::newRow("platform_type unknown") << "platform_type=NIS" << 400 << -1;
}

void tst_EmulatorDirectory::listPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, returned);
    const TestReply reply = m_client->get(p(QStringLiteral("/groups?")) + query);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QVERIFY(reply.errorCode().startsWith(QLatin1String("WKS.")));
        return;
    }
    if (returned >= 0)
        QCOMPARE(reply.json().value(QStringLiteral("user_groups")).toArray().size(), returned);
}

void tst_EmulatorDirectory::createGroup_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << newGroup(QStringLiteral("qa-team")) << 200 << ""
                           << "";
    QTest::newRow("chinese name") << newGroup(QString::fromUtf8("研发部")) << 200 << ""
                                  << "";
    QTest::newRow("AD") << newGroup(QStringLiteral("ad_group"), QStringLiteral("AD")) << 200 << ""
                        << "";
    QTest::newRow("taken name") << newGroup(QStringLiteral("developers")) << 409 << "WKS.00170207"
                                << "developers";
    QTest::newRow("taken name other case")
            << newGroup(QStringLiteral("Developers")) << 409 << "WKS.00170207"
            << "developers";
    QTest::newRow("dot in name") << newGroup(QStringLiteral("dev.ops")) << 400 << "WKS.00010002"
                                 << "group_name";
    QTest::newRow("name too long")
            << newGroup(QString(65, QLatin1Char('g'))) << 400 << "WKS.00010003"
            << "group_name";
    QTest::newRow("UOS not created")
            << newGroup(QStringLiteral("uos"), QStringLiteral("UOS")) << 400 << "WKS.00010002"
            << "platform_type";
    QJsonObject noType = newGroup(QStringLiteral("notype"));
    noType.remove(QStringLiteral("platform_type"));
    QTest::newRow("platform_type missing") << noType << 400 << "WKS.00010001"
                                           << "platform_type";
    QJsonObject noName = newGroup(QStringLiteral("x"));
    noName.remove(QStringLiteral("group_name"));
    QTest::newRow("group_name missing") << noName << 400 << "WKS.00010001"
                                        << "group_name";
    QJsonObject longText = newGroup(QStringLiteral("described"));
    longText.insert(QStringLiteral("description"), QString(256, QLatin1Char('d')));
    QTest::newRow("description too long") << longText << 400 << "WKS.00010003"
                                          << "description";
}

void tst_EmulatorDirectory::createGroup()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const int before = m_client->get(p(QStringLiteral("/groups")))
                               .json()
                               .value(QStringLiteral("total_count"))
                               .toInt();
    const TestReply reply = m_client->post(p(QStringLiteral("/groups")), body);
    QCOMPARE(reply.status, status);
    const int after = m_client->get(p(QStringLiteral("/groups")))
                              .json()
                              .value(QStringLiteral("total_count"))
                              .toInt();
    if (status == 200) {
        QCOMPARE(after, before + 1);
        const QJsonObject made = group(body.value(QStringLiteral("group_name")).toString());
        QVERIFY(!made.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(made.value(QStringLiteral("user_quantity")).toInt(), 0);
        QCOMPARE(made.value(QStringLiteral("description")).toString(),
                 QStringLiteral("made by a test"));
        return;
    }
    QCOMPARE(after, before);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.errorMessage()));
}

void tst_EmulatorDirectory::groupLifecycle()
{
    QCOMPARE(m_client->post(p(QStringLiteral("/groups")), newGroup(QStringLiteral("night-shift")))
                     .status,
             200);
    const QString id = group(QStringLiteral("night-shift")).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString alice = userId(QStringLiteral("alice"));
    QCOMPARE(m_client->post(p(QStringLiteral("/groups/%1/actions")).arg(id),
                            QJsonObject{{QStringLiteral("user_ids"), QJsonArray{alice}},
                                        {QStringLiteral("op_type"), QStringLiteral("ADD")}})
                     .status,
             200);

    // Renamed: the members follow (ListUsers shows and filters by the new name).
    TestReply reply = m_client->send(
            "PUT", p(QStringLiteral("/groups/%1")).arg(id),
            compact(QJsonObject{{QStringLiteral("group_name"), QStringLiteral("late-shift")},
                                {QStringLiteral("description"), QStringLiteral("22:00-06:00")}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(group(QStringLiteral("night-shift")).isEmpty());
    const QJsonObject renamed = group(QStringLiteral("late-shift"));
    QCOMPARE(renamed.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(renamed.value(QStringLiteral("description")).toString(),
             QStringLiteral("22:00-06:00"));
    QCOMPARE(renamed.value(QStringLiteral("user_quantity")).toInt(), 1);
    const QJsonObject detail = m_client->get(p(QStringLiteral("/users/")) + alice)
                                       .json()
                                       .value(QStringLiteral("user_detail"))
                                       .toObject();
    QVERIFY(detail.value(QStringLiteral("group_names"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("late-shift"))));
    QCOMPARE(m_client->get(p(QStringLiteral("/users?group_name=late-shift")))
                     .json()
                     .value(QStringLiteral("total_count"))
                     .toInt(),
             1);

    // Renaming onto another group's name is refused.
    reply = m_client->send(
            "PUT", p(QStringLiteral("/groups/%1")).arg(id),
            compact(QJsonObject{{QStringLiteral("group_name"), QStringLiteral("finance")}}));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170207"));

    // Deleted: 204, the members leave it, a second delete finds nothing.
    reply = m_client->send("DELETE", p(QStringLiteral("/groups/%1")).arg(id));
    QCOMPARE(reply.status, 204);
    QVERIFY(group(QStringLiteral("late-shift")).isEmpty());
    QVERIFY(!m_client->get(p(QStringLiteral("/users/")) + alice)
                     .json()
                     .value(QStringLiteral("user_detail"))
                     .toObject()
                     .value(QStringLiteral("group_names"))
                     .toArray()
                     .contains(QJsonValue(QStringLiteral("late-shift"))));
    reply = m_client->send("DELETE", p(QStringLiteral("/groups/%1")).arg(id));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170208"));
}

void tst_EmulatorDirectory::adGroupKeepsItsName()
{
    // UpdateUserGroup: "注意AD用户组不支持改名"; its description may change.
    QCOMPARE(m_client->post(p(QStringLiteral("/groups")),
                            newGroup(QStringLiteral("ad-admins"), QStringLiteral("AD")))
                     .status,
             200);
    const QString id = group(QStringLiteral("ad-admins")).value(QStringLiteral("id")).toString();
    TestReply reply = m_client->send(
            "PUT", p(QStringLiteral("/groups/%1")).arg(id),
            compact(QJsonObject{{QStringLiteral("group_name"), QStringLiteral("ad-root")}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    reply = m_client->send(
            "PUT", p(QStringLiteral("/groups/%1")).arg(id),
            compact(QJsonObject{{QStringLiteral("description"), QStringLiteral("domain admins")}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(group(QStringLiteral("ad-admins")).value(QStringLiteral("description")).toString(),
             QStringLiteral("domain admins"));
}

void tst_EmulatorDirectory::unknownGroup_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QJsonObject>("body");
    const QJsonObject action{{QStringLiteral("user_ids"), QJsonArray{QStringLiteral("x")}},
                             {QStringLiteral("op_type"), QStringLiteral("ADD")}};
    QTest::newRow("update") << QByteArray("PUT") << QString()
                            << QJsonObject{{QStringLiteral("description"), QStringLiteral("d")}};
    QTest::newRow("delete") << QByteArray("DELETE") << QString() << QJsonObject();
    QTest::newRow("members") << QByteArray("GET") << QStringLiteral("/users") << QJsonObject();
    QTest::newRow("actions") << QByteArray("POST") << QStringLiteral("/actions") << action;
}

void tst_EmulatorDirectory::unknownGroup()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QJsonObject, body);
    // TF's user_group resource: "WKS.00170208: The user group does not exist." (400).
    const TestReply reply
            = m_client->send(method, p(QStringLiteral("/groups/no-such-group")) + suffix,
                             body.isEmpty() ? QByteArray() : compact(body));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170208"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("no-such-group")));
}

void tst_EmulatorDirectory::membership()
{
    const QString id = group(QStringLiteral("finance")).value(QStringLiteral("id")).toString();
    const QStringList before = memberNames(id);
    QVERIFY(before.contains(QStringLiteral("zhangwei")));
    const QString alice = userId(QStringLiteral("alice"));
    const QString bob = userId(QStringLiteral("bob_chen"));
    const auto act = [&](const QString &op, const QJsonArray &ids) {
        return m_client->post(
                p(QStringLiteral("/groups/%1/actions")).arg(id),
                QJsonObject{{QStringLiteral("user_ids"), ids}, {QStringLiteral("op_type"), op}});
    };
    QCOMPARE(act(QStringLiteral("ADD"), QJsonArray{alice, bob}).status, 200);
    QStringList expected = before;
    expected << QStringLiteral("alice") << QStringLiteral("bob_chen");
    expected.sort();
    QCOMPARE(memberNames(id), expected);
    // Adding again changes nothing; the member list is the same.
    QCOMPARE(act(QStringLiteral("ADD"), QJsonArray{alice}).status, 200);
    QCOMPARE(memberNames(id), expected);
    QCOMPARE(group(QStringLiteral("finance")).value(QStringLiteral("user_quantity")).toInt(),
             expected.size());
    // A user may be in several groups.
    const QJsonArray groups = m_client->get(p(QStringLiteral("/users/")) + bob)
                                      .json()
                                      .value(QStringLiteral("user_detail"))
                                      .toObject()
                                      .value(QStringLiteral("group_names"))
                                      .toArray();
    QVERIFY(groups.contains(QJsonValue(QStringLiteral("developers"))));
    QVERIFY(groups.contains(QJsonValue(QStringLiteral("finance"))));

    QCOMPARE(act(QStringLiteral("DELETE"), QJsonArray{alice}).status, 200);
    expected.removeOne(QStringLiteral("alice"));
    QCOMPARE(memberNames(id), expected);

    // ListUsersOfGroup's filters and paging.
    TestReply reply = m_client->get(p(QStringLiteral("/groups/%1/users?user_name=BOB")).arg(id));
    QCOMPARE(reply.json().value(QStringLiteral("total_count")).toInt(), 1);
    const QJsonObject member
            = reply.json().value(QStringLiteral("users")).toArray().first().toObject();
    for (const char *field : {"id", "user_name", "domain", "user_email", "user_phone",
                              "total_desktops", "enterprise_project_id", "description"})
        QVERIFY2(member.contains(QLatin1String(field)), field);
    reply = m_client->get(p(QStringLiteral("/groups/%1/users?limit=1&offset=1")).arg(id));
    QCOMPARE(reply.json().value(QStringLiteral("users")).toArray().size(), 1);
    QCOMPARE(reply.json().value(QStringLiteral("total_count")).toInt(), expected.size());
    reply = m_client->get(p(QStringLiteral("/groups/%1/users?limit=10001")).arg(id));
    QCOMPARE(reply.status, 400);
}

void tst_EmulatorDirectory::membershipRefusedChangesNothing()
{
    const QString id = group(QStringLiteral("hr")).value(QStringLiteral("id")).toString();
    const QStringList before = memberNames(id);
    const QString alice = userId(QStringLiteral("alice"));
    const auto act = [&](const QJsonObject &body) {
        return m_client->post(p(QStringLiteral("/groups/%1/actions")).arg(id), body);
    };
    // One unknown id refuses the whole request: alice is not added either.
    TestReply reply = act(QJsonObject{{QStringLiteral("user_ids"), QJsonArray{alice, "nobody"}},
                                      {QStringLiteral("op_type"), QStringLiteral("ADD")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170312"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("user_ids[1]")));
    QCOMPARE(memberNames(id), before);
    reply = act(QJsonObject{{QStringLiteral("user_ids"), QJsonArray{alice}},
                            {QStringLiteral("op_type"), QStringLiteral("MOVE")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    reply = act(QJsonObject{{QStringLiteral("user_ids"), QJsonArray{}},
                            {QStringLiteral("op_type"), QStringLiteral("ADD")}});
    QCOMPARE(reply.status, 400);
    reply = act(QJsonObject{{QStringLiteral("op_type"), QStringLiteral("ADD")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010001"));
    QCOMPARE(memberNames(id), before);
}

void tst_EmulatorDirectory::createUserInGroups()
{
    // CreateDesktopUser's group_ids name existing groups; the user joins them.
    const QString ops = group(QStringLiteral("ops")).value(QStringLiteral("id")).toString();
    TestReply reply = m_client->post(
            p(QStringLiteral("/users")),
            QJsonObject{{QStringLiteral("user_name"), QStringLiteral("oncall")},
                        {QStringLiteral("user_email"), QStringLiteral("oncall@example.com")},
                        {QStringLiteral("group_ids"), QJsonArray{ops}}});
    QCOMPARE(reply.status, 201);
    QVERIFY(memberNames(ops).contains(QStringLiteral("oncall")));
    reply = m_client->post(
            p(QStringLiteral("/users")),
            QJsonObject{{QStringLiteral("user_name"), QStringLiteral("lost")},
                        {QStringLiteral("user_email"), QStringLiteral("lost@example.com")},
                        {QStringLiteral("group_ids"), QJsonArray{QStringLiteral("no-group")}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170208"));
    QVERIFY(userId(QStringLiteral("lost")).isEmpty());
}

void tst_EmulatorDirectory::attachToGroup()
{
    // A SHARED Linux desktop (attach_user_infos apply to multi-user desktops).
    const QJsonObject create = EmulatorFixture::createBody(
            QJsonObject{{QStringLiteral("size"), 1},
                        {QStringLiteral("desktop_name"), QStringLiteral("GRP-LX-1")}},
            QStringLiteral("SHARED"), QStringLiteral("workspace.x86.general.large2.linux"),
            QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b"));
    QCOMPARE(m_client->post(p(QStringLiteral("/desktops")), create).status, 200);
    const QString desktop = desktopId(QStringLiteral("GRP-LX-1"));
    QVERIFY(!desktop.isEmpty());
    const QJsonObject developers = group(QStringLiteral("developers"));
    const QString groupId = developers.value(QStringLiteral("id")).toString();
    const auto attach = [&](const QString &name, const QString &id) {
        const QJsonObject info{{QStringLiteral("type"), QStringLiteral("GROUP")},
                               {QStringLiteral("user_id"), id},
                               {QStringLiteral("user_name"), name},
                               {QStringLiteral("user_group"), QStringLiteral("default")}};
        return m_client->post(
                p(QStringLiteral("/desktops/attach")),
                QJsonObject{{QStringLiteral("desktops"),
                             QJsonArray{QJsonObject{
                                     {QStringLiteral("desktop_id"), desktop},
                                     {QStringLiteral("attach_user_infos"), QJsonArray{info}}}}}});
    };

    // "后端服务会校验组id是否存在": an id that names no group is refused.
    TestReply reply = attach(QStringLiteral("developers"), QStringLiteral("grp-0042"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170208"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("attach_user_infos[0].user_id")));
    // The id of another group than the name says.
    reply = attach(QStringLiteral("finance"), groupId);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));

    reply = attach(QStringLiteral("developers"), groupId);
    QCOMPARE(reply.status, 200);
    const QJsonObject shown = m_client->get(p(QStringLiteral("/desktops/")) + desktop)
                                      .json()
                                      .value(QStringLiteral("desktop"))
                                      .toObject();
    const QJsonObject info
            = shown.value(QStringLiteral("attach_user_infos")).toArray().first().toObject();
    QCOMPARE(info.value(QStringLiteral("type")).toString(), QStringLiteral("GROUP"));
    QCOMPARE(info.value(QStringLiteral("user_id")).toString(), groupId);
    QCOMPARE(group(QStringLiteral("developers")).value(QStringLiteral("total_desktops")).toInt(),
             developers.value(QStringLiteral("total_desktops")).toInt() + 1);

    // A group with desktops assigned is not deleted.
    reply = m_client->send("DELETE", p(QStringLiteral("/groups/%1")).arg(groupId));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010032"));
    QVERIFY(!group(QStringLiteral("developers")).isEmpty());
}

void tst_EmulatorDirectory::updateUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // in error_msg, or the field checked after a 200
    QTest::newRow("description") << QJsonObject{{"description", QString::fromUtf8("财务部 主管")}}
                                 << 200 << ""
                                 << "description";
    QTest::newRow("email") << QJsonObject{{"user_email", "zw@example.org"}} << 200 << ""
                           << "user_email";
    QTest::newRow("disabled") << QJsonObject{{"disabled", true}} << 200 << ""
                              << "disabled";
    QTest::newRow("password never expires")
            << QJsonObject{{"password_never_expired", true}} << 200 << ""
            << "password_never_expired";
    QTest::newRow("expires") << QJsonObject{{"account_expires", "2030-01-31T00:00:00Z"}} << 200
                             << ""
                             << "account_expires";
    QTest::newRow("bad email") << QJsonObject{{"user_email", "not-an-address"}} << 400
                               << "WKS.00010002"
                               << "user_email";
    QTest::newRow("bad phone") << QJsonObject{{"user_phone", "call me"}} << 400 << "WKS.00010002"
                               << "user_phone";
    QTest::newRow("bad active_type")
            << QJsonObject{{"active_type", "SELF"}} << 400 << "WKS.00010002"
            << "active_type";
    QTest::newRow("bad expiry") << QJsonObject{{"account_expires", "next year"}} << 400
                                << "WKS.00010002"
                                << "account_expires";
    QTest::newRow("boolean as text") << QJsonObject{{"disabled", "true"}} << 400 << "WKS.00010002"
                                     << "disabled";
    QTest::newRow("nowhere to activate")
            << QJsonObject{{"user_email", ""}, {"user_phone", ""}} << 400 << "WKS.00010001"
            << "user_email or user_phone";
    QTest::newRow("admin activation without a password")
            << QJsonObject{{"active_type", "ADMIN_ACTIVATE"}} << 400 << "WKS.00010001"
            << "password";
}

void tst_EmulatorDirectory::updateUser()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString id = userId(QStringLiteral("zhangwei"));
    const QJsonObject before = m_client->get(p(QStringLiteral("/users/")) + id)
                                       .json()
                                       .value(QStringLiteral("user_detail"))
                                       .toObject();
    const TestReply reply = m_client->send("PUT", p(QStringLiteral("/users/")) + id, compact(body));
    QCOMPARE(reply.status, status);
    const QJsonObject after = m_client->get(p(QStringLiteral("/users/")) + id)
                                      .json()
                                      .value(QStringLiteral("user_detail"))
                                      .toObject();
    if (status != 200) {
        QCOMPARE(reply.errorCode(), code);
        QVERIFY2(reply.errorMessage().contains(field), qPrintable(reply.errorMessage()));
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), id);
    if (field == QLatin1String("account_expires")) {
        // The detail spells it in ms (§1.8).
        QCOMPARE(qint64(after.value(field).toDouble()),
                 QDateTime::fromString(body.value(field).toString(), Qt::ISODate)
                         .toMSecsSinceEpoch());
    } else {
        QCOMPARE(after.value(field), body.value(field));
    }
    // Nothing else changed.
    QCOMPARE(after.value(QStringLiteral("user_name")), before.value(QStringLiteral("user_name")));
    QCOMPARE(after.value(QStringLiteral("user_phone")), before.value(QStringLiteral("user_phone")));
}

void tst_EmulatorDirectory::lockUnlockReset()
{
    const QString id = userId(QStringLiteral("wangfang"));
    const auto act = [&](const QString &op) {
        return m_client->post(p(QStringLiteral("/users/%1/actions")).arg(id),
                              QJsonObject{{QStringLiteral("op_type"), op}});
    };
    const auto detail = [&] {
        return m_client->get(p(QStringLiteral("/users/")) + id)
                .json()
                .value(QStringLiteral("user_detail"))
                .toObject();
    };
    QCOMPARE(detail().value(QStringLiteral("locked")).toBool(), false);
    QCOMPARE(act(QStringLiteral("LOCK")).status, 200);
    QCOMPARE(detail().value(QStringLiteral("locked")).toBool(), true);
    // ListUsers shows it too.
    QCOMPARE(m_client->get(p(QStringLiteral("/users?user_names=wangfang")))
                     .json()
                     .value(QStringLiteral("users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("locked"))
                     .toBool(),
             true);
    QCOMPARE(act(QStringLiteral("UNLOCK")).status, 200);
    QCOMPARE(detail().value(QStringLiteral("locked")).toBool(), false);
    const TestReply reset = act(QStringLiteral("RESET_PWD"));
    QCOMPARE(reset.status, 200);
    // The new password goes to the user, never into the answer.
    QVERIFY(!reset.body.contains("password"));
    QCOMPARE(detail().value(QStringLiteral("next_login_change_password")).toBool(), true);

    TestReply reply = act(QStringLiteral("DISABLE"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010002"));
    reply = m_client->post(p(QStringLiteral("/users/nobody/actions")),
                           QJsonObject{{QStringLiteral("op_type"), QStringLiteral("LOCK")}});
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170312"));
}

void tst_EmulatorDirectory::randomPassword_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("email") << "alice"
                           << "?notification_type=email" << 200 << "";
    QTest::newRow("email and phone") << "zhangwei"
                                     << "?notification_type=email,phone" << 200 << "";
    QTest::newRow("user activation needs a notification") << "alice"
                                                          << "" << 400 << "WKS.00010001";
    QTest::newRow("no phone to send to") << "alice"
                                         << "?notification_type=phone" << 400 << "WKS.00010002";
    QTest::newRow("unknown notification") << "alice"
                                          << "?notification_type=fax" << 400 << "WKS.00010002";
}

void tst_EmulatorDirectory::randomPassword()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString id = userId(user);
    const TestReply reply
            = m_client->get(p(QStringLiteral("/users/%1/random-password")).arg(id) + query);
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.body.contains("\"password\""));
        return;
    }
    const QString password = reply.json().value(QStringLiteral("password")).toString();
    QCOMPARE(password.size(), 12);
    // Each call makes another.
    const TestReply again
            = m_client->get(p(QStringLiteral("/users/%1/random-password")).arg(id) + query);
    QVERIFY(again.json().value(QStringLiteral("password")).toString() != password);
}

void tst_EmulatorDirectory::batchDelete()
{
    const QString alice = userId(QStringLiteral("alice"));
    const QString emma = userId(QStringLiteral("emma_schmidt"));
    const QString zhangwei = userId(QStringLiteral("zhangwei")); // has a seed desktop
    const auto remove = [&](const QJsonArray &ids) {
        return m_client->post(p(QStringLiteral("/users/batch-delete")),
                              QJsonObject{{QStringLiteral("user_ids"), ids}});
    };
    // One user with a desktop refuses the batch: nobody is deleted.
    TestReply reply = remove(QJsonArray{alice, zhangwei});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010032"));
    QVERIFY(reply.errorMessage().contains(QLatin1String("zhangwei")));
    QCOMPARE(userId(QStringLiteral("alice")), alice);
    reply = remove(QJsonArray{alice, QStringLiteral("nobody")});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00170312"));
    QCOMPARE(userId(QStringLiteral("alice")), alice);
    reply = remove(QJsonArray{});
    QCOMPARE(reply.status, 400);

    reply = remove(QJsonArray{alice, emma});
    QCOMPARE(reply.status, 200);
    QVERIFY(userId(QStringLiteral("alice")).isEmpty());
    QVERIFY(userId(QStringLiteral("emma_schmidt")).isEmpty());
    // A deleted user leaves its groups.
    QVERIFY(!memberNames(group(QStringLiteral("sales")).value(QStringLiteral("id")).toString())
                     .contains(QStringLiteral("alice")));
}

void tst_EmulatorDirectory::quotasCountWhatIsBeingCreated()
{
    // Jobs that run for a while: the desktops being created already count.
    configure(QJsonObject{{QStringLiteral("time_scale"), 1}});
    const QJsonObject before = quota(QStringLiteral("general_instances"));
    QCOMPARE(before.value(QStringLiteral("quota")).toInt(), 100);
    const int used = before.value(QStringLiteral("used")).toInt();
    QCOMPARE(used, 5); // the seed desktops
    const QJsonObject create = EmulatorFixture::createBody(
            QJsonObject{{QStringLiteral("size"), 3},
                        {QStringLiteral("desktop_name"), QStringLiteral("QUOTA")}});
    const TestReply created = m_client->post(p(QStringLiteral("/desktops")), create);
    QCOMPARE(created.status, 200);
    const QString job = created.json().value(QStringLiteral("job_id")).toString();
    const QString status = m_client->get(p(QStringLiteral("/workspace-jobs/")) + job)
                                   .json()
                                   .value(QStringLiteral("status"))
                                   .toString();
    QVERIFY2(status != QLatin1String("SUCCESS"), qPrintable(status));
    QCOMPARE(quota(QStringLiteral("general_instances")).value(QStringLiteral("used")).toInt(),
             used + 3);
    // cores, memory and disks count the three too (a large2: 4 vCPUs, 8 GB; 80 GB each).
    const QJsonObject volumes = quota(QStringLiteral("volume_gigabytes"));
    QCOMPARE(volumes.value(QStringLiteral("unit")).toString(), QStringLiteral("GB"));
    QVERIFY(volumes.value(QStringLiteral("used")).toInt() >= 3 * 80);
}

void tst_EmulatorDirectory::quotaRefusesCreate()
{
    configure(QJsonObject{{QStringLiteral("desktop_quota"), 7}});
    const auto create = [&](int size) {
        return m_client->post(
                p(QStringLiteral("/desktops")),
                EmulatorFixture::createBody(QJsonObject{
                        {QStringLiteral("size"), size},
                        {QStringLiteral("desktop_name"), QStringLiteral("Q%1").arg(size)}}));
    };
    // 5 seed desktops: 3 more do not fit in 7, and nothing is made.
    TestReply reply = create(3);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010008"));
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("Quota exceeded: general_instances quota is 7, 5 used, 3 requested."));
    QCOMPARE(quota(QStringLiteral("general_instances")).value(QStringLiteral("used")).toInt(), 5);
    QCOMPARE(create(2).status, 200);
    reply = create(1);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010008"));
}

void tst_EmulatorDirectory::quotaDetails()
{
    const TestReply show = m_client->get(p(QStringLiteral("/quotas")));
    const TestReply detail = m_client->get(p(QStringLiteral("/quotas/detail")));
    QCOMPARE(detail.status, 200);
    QCOMPARE(detail.json().value(QStringLiteral("resources")).toArray(),
             show.json()
                     .value(QStringLiteral("quotas"))
                     .toObject()
                     .value(QStringLiteral("resources"))
                     .toArray());
    QSet<QString> types;
    for (const QJsonValue &v : detail.json().value(QStringLiteral("resources")).toArray())
        types.insert(v.toObject().value(QStringLiteral("type")).toString());
    for (const char *type : {"general_instances", "gpu_instances", "cores", "Memory", "volumes",
                             "volume_gigabytes", "users"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
    QCOMPARE(m_client->get(p(QStringLiteral("/quotas/detail?az_code=cn-north-4a"))).status, 200);
    const TestReply unknown = m_client->get(p(QStringLiteral("/quotas/detail?az_code=mars-1")));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QStringLiteral("WKS.00010006"));
}

void tst_EmulatorDirectory::faultsApply()
{
    // The directory routes go through the same fault injector as every other.
    configure(QJsonObject{{QStringLiteral("fail_rate"), 1}});
    // (half of the failures are 500 WKS.00010500, half 503 APIG.0203).
    TestReply reply = m_client->get(p(QStringLiteral("/groups")));
    QVERIFY2(reply.status == 500 || reply.status == 503, qPrintable(QString::number(reply.status)));
    reply = m_client->post(p(QStringLiteral("/groups")), newGroup(QStringLiteral("never")));
    QVERIFY2(reply.status == 500 || reply.status == 503, qPrintable(QString::number(reply.status)));
    configure(QJsonObject{{QStringLiteral("fail_rate"), 0}});
    QVERIFY(group(QStringLiteral("never")).isEmpty());
}

void tst_EmulatorDirectory::groupsSurviveRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const EmulatorOptions options
            = EmulatorFixture::stateFileOptions(dir.filePath(QStringLiteral("groups.json")));
    QString id;
    {
        Emulator emulator(options);
        QVERIFY(emulator.start());
        EmulatorTestClient client(emulator.baseUrl(), emulator.projectId());
        QCOMPARE(client.post(client.projectPath(QStringLiteral("/groups")),
                             newGroup(QStringLiteral("kept")))
                         .status,
                 200);
        const QJsonArray groups = client.get(client.projectPath(QStringLiteral("/groups"
                                                                               "?keyword=kept")))
                                          .json()
                                          .value(QStringLiteral("user_groups"))
                                          .toArray();
        QCOMPARE(groups.size(), 1);
        id = groups.first().toObject().value(QStringLiteral("id")).toString();
        const QString alice = client.get(client.projectPath(QStringLiteral("/users?user_names="
                                                                           "alice")))
                                      .json()
                                      .value(QStringLiteral("users"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        QCOMPARE(client.post(client.projectPath(QStringLiteral("/groups/%1/actions")).arg(id),
                             QJsonObject{{QStringLiteral("user_ids"), QJsonArray{alice}},
                                         {QStringLiteral("op_type"), QStringLiteral("ADD")}})
                         .status,
                 200);
        emulator.stop();
    }
    Emulator reloaded(options);
    QVERIFY(reloaded.start());
    EmulatorTestClient client(reloaded.baseUrl(), reloaded.projectId());
    const TestReply members
            = client.get(client.projectPath(QStringLiteral("/groups/%1/users")).arg(id));
    QCOMPARE(members.status, 200);
    QCOMPARE(members.json().value(QStringLiteral("total_count")).toInt(), 1);
    QCOMPARE(members.json()
                     .value(QStringLiteral("users"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("user_name"))
                     .toString(),
             QStringLiteral("alice"));
}

QTEST_GUILESS_MAIN(tst_EmulatorDirectory)
#include "tst_emulatordirectory.moc"
