#include "ui/directory/directoryentrymodel.h"
#include "ui/directory/grouptablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

UserGroup group(const QString &id, const QString &name, int members, int desktops = 0,
                const QString &platform = QStringLiteral("LOCAL"))
{
    UserGroup g;
    g.id = id;
    g.name = name;
    g.userQuantity = members;
    g.totalDesktops = desktops;
    g.platformType = platform;
    g.createTime = QStringLiteral("2026-03-01T08:30:00.000Z");
    return g;
}

DirectoryUser user(const QString &id, const QString &name, int desktops = 0)
{
    DirectoryUser u;
    u.id = id;
    u.userName = name;
    u.userEmail = name + QStringLiteral("@example.com");
    u.totalDesktops = desktops;
    return u;
}

} // namespace

/**
 * The models of the directory views, under QAbstractItemModelTester: the groups table (columns,
 * numeric sorting, lookups, platform names) and the picker's users-and-groups list (kinds, taken
 * entries not selectable, lookups by name in any case).
 */
class tst_DirectoryModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupTable();
    void groupSorting_data();
    void groupSorting();
    void entries_data();
    void entries();
};

void tst_DirectoryModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_DirectoryModels::groupTable()
{
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setGroups(
            {group(QStringLiteral("g1"), QStringLiteral("sales"), 12, 3),
             group(QStringLiteral("g2"), QStringLiteral("运维"), 2, 0, QStringLiteral("AD"))});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(GroupTableModel::ColumnCount));
    QCOMPARE(model.index(0, GroupTableModel::NameColumn).data().toString(),
             QStringLiteral("sales"));
    QCOMPARE(model.index(0, GroupTableModel::MembersColumn).data().toString(),
             QStringLiteral("12"));
    QCOMPARE(model.index(1, GroupTableModel::PlatformColumn).data().toString(),
             QStringLiteral("AD"));
    QCOMPARE(model.index(0, GroupTableModel::PlatformColumn).data().toString(),
             QStringLiteral("Local"));
    QCOMPARE(model.index(1, 0).data(GroupTableModel::GroupIdRole).toString(), QStringLiteral("g2"));
    QVERIFY(!model.index(0, GroupTableModel::CreatedColumn).data().toString().isEmpty());
    QCOMPARE(model.rowOfName(QStringLiteral("SALES")), 0);
    QCOMPARE(model.rowOfId(QStringLiteral("g2")), 1);
    QCOMPARE(model.rowOfName(QStringLiteral("none")), -1);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(header.size(), 1);
    model.setGroups({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_DirectoryModels::groupSorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("members, as numbers")
            << int(GroupTableModel::MembersColumn)
            << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
    QTest::newRow("name, any case")
            << int(GroupTableModel::NameColumn)
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("desktops") << int(GroupTableModel::DesktopsColumn)
                              << QStringList{QStringLiteral("c"), QStringLiteral("a"),
                                             QStringLiteral("b")};
}

void tst_DirectoryModels::groupSorting()
{
    QFETCH(int, column);
    QFETCH(QStringList, order);
    GroupTableModel model;
    model.setGroups({group(QStringLiteral("1"), QStringLiteral("a"), 100, 5),
                     group(QStringLiteral("2"), QStringLiteral("B"), 9, 10),
                     group(QStringLiteral("3"), QStringLiteral("c"), 20, 0)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(GroupTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column);
    QStringList names;
    for (int r = 0; r < proxy.rowCount(); ++r)
        names << proxy.index(r, GroupTableModel::NameColumn).data().toString().toLower();
    QCOMPARE(names, order);
}

void tst_DirectoryModels::entries_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("selectable");
    QTest::newRow("nothing taken")
            << QStringList{}
            << QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("ops")};
    QTest::newRow("by id") << QStringList{QStringLiteral("u2"), QStringLiteral("g1")}
                           << QStringList{QStringLiteral("alice")};
    QTest::newRow("by name, any case") << QStringList{QStringLiteral("ALICE")}
                                       << QStringList{QStringLiteral("bob"), QStringLiteral("ops")};
}

void tst_DirectoryModels::entries()
{
    QFETCH(QStringList, taken);
    QFETCH(QStringList, selectable);
    DirectoryEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers({user(QStringLiteral("u1"), QStringLiteral("alice"), 2),
                    user(QStringLiteral("u2"), QStringLiteral("bob"))});
    model.setGroups({group(QStringLiteral("g1"), QStringLiteral("ops"), 4)});
    model.setTaken(taken);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isGroup(1));
    QVERIFY(model.isGroup(2));
    QCOMPARE(model.group(2).id, QStringLiteral("g1"));
    QCOMPARE(model.index(2, DirectoryEntryModel::KindColumn).data().toString(),
             QStringLiteral("Group"));
    QCOMPARE(model.index(0, DirectoryEntryModel::DetailColumn).data().toString(),
             QStringLiteral("alice@example.com"));
    QCOMPARE(model.index(0, DirectoryEntryModel::CountColumn)
                     .data(DirectoryEntryModel::SortRole)
                     .toInt(),
             2);
    QCOMPARE(model.rowOf(QStringLiteral("BOB")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("ops")), -1); // a user of that name: none
    QCOMPARE(model.rowOf(QStringLiteral("OPS"), true), 2);
    QStringList canPick;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, 0);
        const bool pick = model.flags(index) & Qt::ItemIsSelectable;
        QCOMPARE(index.data(DirectoryEntryModel::TakenRole).toBool(), !pick);
        if (pick)
            canPick << index.data().toString();
    }
    QCOMPARE(canPick, selectable);
}

QTEST_MAIN(tst_DirectoryModels)
#include "tst_directorymodels.moc"
