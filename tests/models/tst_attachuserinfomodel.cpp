#include "models/itemmodels/attachuserinfomodel.h"
#include "support/testcontexts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The users and groups of one SHARED desktop: each entry checked as it is edited (user names by
 * domain and OS, group names, a group's ID, user group by OS), nobody twice, at most 500, and
 * users the directory lacks flagged.
 */
class tst_AttachUserInfoModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entryRules_data();
    void entryRules();
    void duplicatesAndDirectory();
    void atMost500();
    void editCells();
};

void tst_AttachUserInfoModel::entryRules_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("user") << "USER"
                          << "alice"
                          << ""
                          << "users" << int(AttachUserInfoModel::NameColumn) << QStringList{};
    QTest::newRow("user named like the desktop") << "USER"
                                                 << "shr-01"
                                                 << ""
                                                 << "users" << int(AttachUserInfoModel::NameColumn)
                                                 << QStringList{"user_name.same_as_computer_name"};
    QTest::newRow("user with a dot")
            << "USER"
            << "a.b"
            << ""
            << "users" << int(AttachUserInfoModel::NameColumn) << QStringList{"user_name.chars"};
    QTest::newRow("chinese group")
            << "GROUP"
            << "研发部"
            << "g-1"
            << "users" << int(AttachUserInfoModel::NameColumn) << QStringList{};
    QTest::newRow("group named like the desktop is fine")
            << "GROUP"
            << "SHR-01"
            << "g-1"
            << "users" << int(AttachUserInfoModel::NameColumn) << QStringList{};
    QTest::newRow("group with a space")
            << "GROUP"
            << "dev ops"
            << "g-1"
            << "users" << int(AttachUserInfoModel::NameColumn) << QStringList{"group_name.chars"};
    QTest::newRow("group without id")
            << "GROUP"
            << "dev"
            << ""
            << "users" << int(AttachUserInfoModel::IdColumn) << QStringList{"user_id.required"};
    QTest::newRow("linux group on windows")
            << "USER"
            << "alice"
            << ""
            << "sudo" << int(AttachUserInfoModel::GroupColumn) << QStringList{"user_group.enum"};
}

void tst_AttachUserInfoModel::entryRules()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, group);
    QFETCH(int, column);
    QFETCH(QStringList, codes);
    AttachUserInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContext(TestContexts::windowsLite(), QStringLiteral("SHR-01"));
    if (type == QLatin1String("GROUP"))
        model.addGroup(name, id, group);
    else
        model.addUser(name, group);
    QCOMPARE(model.index(0, column).data(AttachUserInfoModel::IssueCodesRole).toStringList(),
             codes);
    QCOMPARE(model.hasErrors(), !codes.isEmpty());
    QCOMPARE(model.index(0, column).data(AttachUserInfoModel::SeverityRole).toInt(),
             codes.isEmpty() ? 0 : 2);
    for (const Finding &f : model.findings())
        QVERIFY2(f.path.startsWith(QLatin1String("attach_user_infos[0]")), qPrintable(f.path));
}

void tst_AttachUserInfoModel::duplicatesAndDirectory()
{
    AttachUserInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContext(TestContexts::windowsLite(), QStringLiteral("SHR-01"));
    DirectoryUser alice;
    alice.id = QStringLiteral("u-1");
    alice.userName = QStringLiteral("alice");
    model.setDirectory({alice});
    model.addUser(QStringLiteral("Alice"));
    QCOMPARE(model.infos().first().userId, QStringLiteral("u-1"));
    QCOMPARE(model.infos().first().userGroup, QStringLiteral("users"));
    model.addUser(QStringLiteral("ALICE"));
    model.addGroup(QStringLiteral("alice"), QStringLiteral("g-9")); // a group may share a name
    model.addUser(QStringLiteral("ghost"));
    QCOMPARE(model.index(1, AttachUserInfoModel::NameColumn)
                     .data(AttachUserInfoModel::IssueCodesRole)
                     .toStringList(),
             QStringList{"attach_user_infos.duplicate"});
    QCOMPARE(model.index(2, AttachUserInfoModel::NameColumn)
                     .data(AttachUserInfoModel::IssueCodesRole)
                     .toStringList(),
             QStringList{});
    QCOMPARE(model.index(3, AttachUserInfoModel::NameColumn)
                     .data(AttachUserInfoModel::IssueCodesRole)
                     .toStringList(),
             QStringList{"assign.user_missing"});
    QCOMPARE(model.index(3, AttachUserInfoModel::NameColumn)
                     .data(AttachUserInfoModel::SeverityRole)
                     .toInt(),
             1);
    QCOMPARE(model.userCount(), 3);
    QCOMPARE(model.groupCount(), 1);
    QVERIFY(model.removeRows(1, 1));
    QVERIFY(!model.hasErrors());
}

void tst_AttachUserInfoModel::atMost500()
{
    AttachUserInfoModel model;
    model.setContext(TestContexts::windowsLite(), QStringLiteral("SHR-01"));
    QList<AttachUserInfo> infos;
    for (int i = 0; i < 501; ++i)
        infos.append({QString(), QString(), QStringLiteral("u%1").arg(i), QStringLiteral("users"),
                      QString()});
    model.setInfos(infos);
    QCOMPARE(model.infos().first().type, QStringLiteral("USER")); // empty means USER
    QVERIFY(model.hasErrors());
    QCOMPARE(model.findings().first().code, QStringLiteral("attach_user_infos.too_many"));
    model.removeRows(0, 1);
    QVERIFY(!model.hasErrors());
}

void tst_AttachUserInfoModel::editCells()
{
    AttachUserInfoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContext(TestContexts::windowsLite(), QStringLiteral("SHR-01"));
    model.addUser(QStringLiteral("bob"));
    QSignalSpy findings(&model, &AttachUserInfoModel::findingsChanged);
    QVERIFY(model.setData(model.index(0, AttachUserInfoModel::TypeColumn),
                          QStringLiteral("group")));
    QCOMPARE(model.index(0, AttachUserInfoModel::TypeColumn).data().toString(),
             QStringLiteral("Group"));
    QCOMPARE(model.index(0, AttachUserInfoModel::TypeColumn).data(Qt::EditRole).toString(),
             QStringLiteral("GROUP"));
    QVERIFY(model.hasErrors()); // a group needs its ID
    QVERIFY(model.setData(model.index(0, AttachUserInfoModel::IdColumn), QStringLiteral("g-7")));
    QVERIFY(!model.hasErrors());
    QVERIFY(!model.setData(model.index(0, AttachUserInfoModel::TypeColumn),
                           QStringLiteral("ROBOT")));
    QVERIFY(model.setData(model.index(0, AttachUserInfoModel::GroupColumn),
                          QStringLiteral("administrators")));
    QCOMPARE(model.infos().first().userGroup, QStringLiteral("administrators"));
    QVERIFY(findings.size() >= 3);
    QCOMPARE(model.index(0, 0).data(AttachUserInfoModel::AllowedGroupsRole).toStringList(),
             (QStringList{"users", "administrators"}));
}

QTEST_GUILESS_MAIN(tst_AttachUserInfoModel)
#include "tst_attachuserinfomodel.moc"
