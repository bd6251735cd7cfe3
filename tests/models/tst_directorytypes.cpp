#include "models/domain/directoryuser.h"
#include "models/domain/updateuserrequest.h"
#include "models/domain/usergroup.h"
#include "models/domain/userstatusaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wsc;

/** The directory's wire types: groups, the user detail, the update body, the status actions. */
class tst_DirectoryTypes : public QObject
{
    Q_OBJECT

private slots:
    void userGroup();
    void userDetail();
    void updateBody_data();
    void updateBody();
    void statusActions();
};

void tst_DirectoryTypes::userGroup()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"id":"g1","name":"研发部",
        "create_time":"2026-01-02T03:04:05.000Z","description":"d","user_quantity":"12",
        "platform_type":"LOCAL","domain":"x.local","sid":"S-1","total_desktops":3,
        "parent":null})")
                                  .object();
    const UserGroup g = UserGroup::fromJson(o);
    QCOMPARE(g.id, QStringLiteral("g1"));
    QCOMPARE(g.name, QStringLiteral("研发部"));
    QCOMPARE(g.userQuantity, 12); // numbers as strings are read too
    QCOMPARE(g.totalDesktops, 3);
    QCOMPARE(g.platformType, QStringLiteral("LOCAL"));
    QCOMPARE(g.createTime, QStringLiteral("2026-01-02T03:04:05.000Z"));
    // A mistyped field gives the default, never a crash.
    QCOMPARE(UserGroup::fromJson(QJsonValue(42)).id, QString());
}

void tst_DirectoryTypes::userDetail()
{
    // ListUserDetail spells account_expires in ms and says user_expired.
    const QJsonObject o = QJsonDocument::fromJson(R"({"id":"u1","user_name":"zhangwei",
        "account_expires":1893456000000,"user_expired":true,"locked":true,
        "enable_change_password":false,"next_login_change_password":true,
        "password_never_expired":true,"group_names":["finance"],"total_desktops":2})")
                                  .object();
    const DirectoryUser u = DirectoryUser::fromJson(o);
    QCOMPARE(u.accountExpires, QStringLiteral("1893456000000"));
    QVERIFY(u.accountExpired);
    QVERIFY(u.locked);
    QVERIFY(!u.enableChangePassword);
    QVERIFY(u.nextLoginChangePassword);
    QVERIFY(u.passwordNeverExpired);
    QCOMPARE(u.groupNames, QStringList{QStringLiteral("finance")});
    QCOMPARE(u.totalDesktops, 2);
}

void tst_DirectoryTypes::updateBody_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("nothing") << 0 << QByteArray("{}");
    QTest::newRow("cleared email") << 1 << QByteArray(R"({"user_email":""})");
    QTest::newRow("flags") << 2
                           << QByteArray(R"({"disabled":false,"password_never_expired":true})");
    QTest::newRow("every text")
            << 3
            << QByteArray(
                       R"({"account_expires":"0","active_type":"ADMIN_ACTIVATE","description":"d","user_phone":"+86 1"})");
}

void tst_DirectoryTypes::updateBody()
{
    QFETCH(int, which);
    QFETCH(QByteArray, json);
    UpdateUserRequest r;
    switch (which) {
    case 1:
        r.userEmail = QString();
        break;
    case 2:
        r.disabled = false;
        r.passwordNeverExpired = true;
        break;
    case 3:
        r.accountExpires = QStringLiteral("0");
        r.activeType = QStringLiteral("ADMIN_ACTIVATE");
        r.description = QStringLiteral("d");
        r.userPhone = QStringLiteral("+86 1");
        break;
    default:
        break;
    }
    QCOMPARE(r.toJson(), QJsonDocument::fromJson(json).object());
    QCOMPARE(r.isEmpty(), which == 0);
}

void tst_DirectoryTypes::statusActions()
{
    QCOMPARE(UserStatusActions::opType(UserStatusAction::Lock), QStringLiteral("LOCK"));
    QCOMPARE(UserStatusActions::opType(UserStatusAction::Unlock), QStringLiteral("UNLOCK"));
    QCOMPARE(UserStatusActions::opType(UserStatusAction::ResetPassword),
             QStringLiteral("RESET_PWD"));
}

QTEST_GUILESS_MAIN(tst_DirectoryTypes)
#include "tst_directorytypes.moc"
