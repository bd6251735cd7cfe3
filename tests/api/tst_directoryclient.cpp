#include "api/http/apitransport.h"
#include "api/http/workspaceclient.h"

#include "support/apicallwait.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

/** Waits and checks a call succeeded; its result otherwise. */
template<typename T>
T resultOf(TypedCall<T> *call)
{
    if (!waitFor(call)) {
        qWarning("%s: no answer", qPrintable(call->description()));
        return T{};
    }
    if (!call->isOk())
        qWarning("%s: %s", qPrintable(call->description()), qPrintable(call->error().summary()));
    return call->result();
}

QStringList names(const QList<DirectoryUser> &users)
{
    QStringList out;
    for (const DirectoryUser &u : users)
        out.append(u.userName);
    out.sort();
    return out;
}

} // namespace

/**
 * WorkspaceClient's directory calls against wsemu: user groups (list, create with the id read
 * back, rename, members, delete), user detail, update, lock/unlock, password resets, delete one
 * and many, quotas and quota details; the service's refusals arrive as ApiError with its code.
 */
class tst_DirectoryClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void groupLifecycle();
    void groupErrors_data();
    void groupErrors();
    void groupsPaged();
    void userDetailAndUpdate();
    void lockUnlockAndReset();
    void randomPassword();
    void deleteOneAndMany();
    void quotas();

private:
    QString userId(WorkspaceClient &client, const QString &name);

    EmulatorProcess m_emu;
    std::unique_ptr<WorkspaceClient> m_client;
};

void tst_DirectoryClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--desktop-quota"), QStringLiteral("40")}),
             qPrintable(m_emu.errorString()));
    ConnectionConfig c = EmulatorConfig::forEmulator(m_emu);
    c.timeoutMs = 10000;
    m_client = std::make_unique<WorkspaceClient>(c);
    // The emulator on loopback takes more than a cloud profile's pace.
    RateGovernor::Settings fast;
    fast.ratePerSecond = 200;
    fast.burst = 50;
    fast.maxConcurrent = 8;
    m_client->governor()->setSettings(fast);
}

void tst_DirectoryClient::init()
{
    QVERIFY(!m_emu.reset(false).isEmpty());
}

QString tst_DirectoryClient::userId(WorkspaceClient &client, const QString &name)
{
    const QList<DirectoryUser> users
            = resultOf(client.users({{QStringLiteral("user_names"), name}}));
    return users.isEmpty() ? QString() : users.first().id;
}

void tst_DirectoryClient::groupLifecycle()
{
    WorkspaceClient &client = *m_client;
    auto *created = client.createUserGroup(QStringLiteral("contractors"),
                                           QStringLiteral("external staff"));
    const UserGroup group = resultOf(created);
    QVERIFY(created->isOk());
    // The create answer names no id: the client read it back by the name.
    QVERIFY(!group.id.isEmpty());
    QCOMPARE(group.name, QStringLiteral("contractors"));
    QCOMPARE(group.description, QStringLiteral("external staff"));
    QCOMPARE(group.platformType, QStringLiteral("LOCAL"));
    QCOMPARE(group.userQuantity, 0);

    const QString alice = userId(client, QStringLiteral("alice"));
    const QString emma = userId(client, QStringLiteral("emma_schmidt"));
    auto *add = client.addUsersToGroup(group.id, {alice, emma});
    QVERIFY(resultOf(add));
    QCOMPARE(names(resultOf(client.groupUsers(group.id))),
             (QStringList{QStringLiteral("alice"), QStringLiteral("emma_schmidt")}));
    auto *remove = client.removeUsersFromGroup(group.id, {emma});
    QVERIFY(resultOf(remove));
    QCOMPARE(names(resultOf(client.groupUsers(group.id))), QStringList{QStringLiteral("alice")});

    auto *rename = client.updateUserGroup(group.id, QStringLiteral("partners"), std::nullopt);
    QVERIFY(resultOf(rename));
    const QList<UserGroup> found = resultOf(client.userGroups(QStringLiteral("partners")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, group.id);
    QCOMPARE(found.first().description, QStringLiteral("external staff")); // unset: unchanged
    QCOMPARE(found.first().userQuantity, 1);
    // The member's detail names the new group.
    const DirectoryUser detail = resultOf(client.userDetail(alice));
    QVERIFY(detail.groupNames.contains(QStringLiteral("partners")));

    auto *gone = client.deleteUserGroup(group.id);
    QVERIFY(resultOf(gone));
    QVERIFY(resultOf(client.userGroups(QStringLiteral("partners"))).isEmpty());
}

void tst_DirectoryClient::groupErrors_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("create a taken name") << 0 << 409 << "WKS.00170207";
    QTest::newRow("create a bad name") << 1 << 400 << "WKS.00010002";
    QTest::newRow("rename an unknown group") << 2 << 400 << "WKS.00170208";
    QTest::newRow("delete an unknown group") << 3 << 400 << "WKS.00170208";
    QTest::newRow("members of an unknown group") << 4 << 400 << "WKS.00170208";
    QTest::newRow("add an unknown user") << 5 << 400 << "WKS.00170312";
}

void tst_DirectoryClient::groupErrors()
{
    QFETCH(int, which);
    QFETCH(int, status);
    QFETCH(QString, code);
    WorkspaceClient &client = *m_client;
    const QString finance = resultOf(client.userGroups(QStringLiteral("finance"))).value(0).id;
    QVERIFY(!finance.isEmpty());
    ApiCall *call = nullptr;
    switch (which) {
    case 0:
        call = client.createUserGroup(QStringLiteral("finance"));
        break;
    case 1:
        call = client.createUserGroup(QStringLiteral("no spaces"));
        break;
    case 2:
        call = client.updateUserGroup(QStringLiteral("missing"), QStringLiteral("x"), std::nullopt);
        break;
    case 3:
        call = client.deleteUserGroup(QStringLiteral("missing"));
        break;
    case 4:
        call = client.groupUsers(QStringLiteral("missing"));
        break;
    default:
        call = client.addUsersToGroup(finance, {QStringLiteral("nobody")});
        break;
    }
    QVERIFY(waitFor(call));
    QVERIFY(!call->isOk());
    QCOMPARE(call->error().httpStatus, status);
    QCOMPARE(call->error().errorCode, code);
    // A refused write is not retried.
    QCOMPARE(call->attempts(), 1);
}

void tst_DirectoryClient::groupsPaged()
{
    // More groups than one page (100): userGroups() reads them all.
    WorkspaceClient &client = *m_client;
    const int seed = int(resultOf(client.userGroups()).size());
    QVERIFY(seed > 0);
    QList<ApiCall *> calls;
    for (int i = 0; i < 100; ++i)
        calls.append(
                client.createUserGroup(QStringLiteral("team-%1").arg(i, 3, 10, QLatin1Char('0'))));
    for (ApiCall *call : std::as_const(calls)) {
        QVERIFY(waitFor(call));
        QVERIFY2(call->isOk(), qPrintable(call->error().summary()));
    }
    auto *all = client.userGroups();
    const QList<UserGroup> groups = resultOf(all);
    QCOMPARE(groups.size(), seed + 100);
    QVERIFY(all->attempts() >= 2);
    QCOMPARE(resultOf(client.userGroups(QStringLiteral("team-"))).size(), 100);
}

void tst_DirectoryClient::userDetailAndUpdate()
{
    WorkspaceClient &client = *m_client;
    const QString id = userId(client, QStringLiteral("zhangwei"));
    DirectoryUser before = resultOf(client.userDetail(id));
    QCOMPARE(before.userName, QStringLiteral("zhangwei"));
    QCOMPARE(before.userEmail, QStringLiteral("zhang.wei@example.com"));
    QVERIFY(before.groupNames.contains(QStringLiteral("finance")));
    QVERIFY(!before.locked);

    UpdateUserRequest change;
    change.description = QStringLiteral("财务部 主管");
    change.userPhone = QString(); // set and empty: cleared
    change.passwordNeverExpired = true;
    QCOMPARE(change.toJson().size(), 3);
    auto *update = client.updateUser(id, change);
    QCOMPARE(resultOf(update), id);
    const DirectoryUser after = resultOf(client.userDetail(id));
    QCOMPARE(after.description, QStringLiteral("财务部 主管"));
    QCOMPARE(after.userPhone, QString());
    QVERIFY(after.passwordNeverExpired);
    QCOMPARE(after.userEmail, before.userEmail);

    UpdateUserRequest bad;
    bad.userEmail = QStringLiteral("nobody");
    auto *refused = client.updateUser(id, bad);
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error().errorCode, QStringLiteral("WKS.00010002"));
    auto *missing = client.userDetail(QStringLiteral("no-such-user"));
    QVERIFY(waitFor(missing));
    QCOMPARE(missing->error().httpStatus, 404);
    QCOMPARE(missing->error().errorCode, QStringLiteral("WKS.00170312"));
}

void tst_DirectoryClient::lockUnlockAndReset()
{
    WorkspaceClient &client = *m_client;
    const QString id = userId(client, QStringLiteral("wangfang"));
    QVERIFY(resultOf(client.changeUserStatus(id, UserStatusAction::Lock)));
    QVERIFY(resultOf(client.userDetail(id)).locked);
    const QList<DirectoryUser> listed
            = resultOf(client.users({{QStringLiteral("user_names"), QStringLiteral("wangfang")}}));
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().locked);
    QVERIFY(resultOf(client.changeUserStatus(id, UserStatusAction::Unlock)));
    QVERIFY(!resultOf(client.userDetail(id)).locked);
    QVERIFY(resultOf(client.changeUserStatus(id, UserStatusAction::ResetPassword)));
    QVERIFY(resultOf(client.userDetail(id)).nextLoginChangePassword);
}

void tst_DirectoryClient::randomPassword()
{
    WorkspaceClient &client = *m_client;
    const QString id = userId(client, QStringLiteral("alice"));
    QStringList described;
    QObject listening; // disconnects when the test ends
    connect(client.transport(), &ApiTransport::requestSent, &listening,
            [&described](const QString &d) { described.append(d); });
    auto *reset = client.resetRandomPassword(id, {QStringLiteral("email")});
    const QString password = resultOf(reset);
    QCOMPARE(password.size(), 12);
    // The log line names the path template, never the answer.
    for (const QString &line : std::as_const(described))
        QVERIFY(!line.contains(password));
    // A USER_ACTIVATE user needs a way to receive it.
    auto *refused = client.resetRandomPassword(id);
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error().errorCode, QStringLiteral("WKS.00010001"));
    QVERIFY(refused->result().isEmpty());
    QCOMPARE(refused->attempts(), 1);
}

void tst_DirectoryClient::deleteOneAndMany()
{
    WorkspaceClient &client = *m_client;
    const QString alice = userId(client, QStringLiteral("alice"));
    const QString emma = userId(client, QStringLiteral("emma_schmidt"));
    const QString olivia = userId(client, QStringLiteral("olivia-wang"));
    const QString zhangwei = userId(client, QStringLiteral("zhangwei")); // has a desktop
    auto *refused = client.deleteUsers({alice, zhangwei});
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error().httpStatus, 409);
    QVERIFY(!userId(client, QStringLiteral("alice")).isEmpty());

    QVERIFY(resultOf(client.deleteUsers({alice, emma})));
    QVERIFY(userId(client, QStringLiteral("alice")).isEmpty());
    QVERIFY(userId(client, QStringLiteral("emma_schmidt")).isEmpty());
    QVERIFY(resultOf(client.deleteUser(olivia)));
    QVERIFY(userId(client, QStringLiteral("olivia-wang")).isEmpty());
    auto *again = client.deleteUser(olivia);
    QVERIFY(waitFor(again));
    QCOMPARE(again->error().errorCode, QStringLiteral("WKS.00170312"));
}

void tst_DirectoryClient::quotas()
{
    WorkspaceClient &client = *m_client;
    const QList<Quota> shown = resultOf(client.quotas());
    const QList<Quota> detail = resultOf(client.quotaDetails());
    QCOMPARE(detail.size(), shown.size());
    const Quota *instances = nullptr;
    for (const Quota &q : shown) {
        if (q.type == QLatin1String("general_instances"))
            instances = &q;
    }
    QVERIFY(instances);
    // --desktop-quota 40, and the 5 seed desktops.
    QCOMPARE(instances->quota, 40);
    QCOMPARE(instances->used, 5);
    QCOMPARE(instances->remaining(), 35);
    auto *zone = client.quotaDetails(QString(), QStringLiteral("no-such-zone"));
    QVERIFY(waitFor(zone));
    QCOMPARE(zone->error().errorCode, QStringLiteral("WKS.00010006"));
}

QTEST_GUILESS_MAIN(tst_DirectoryClient)
#include "tst_directoryclient.moc"
