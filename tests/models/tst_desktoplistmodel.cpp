#include "models/itemmodels/desktopfilterproxy.h"
#include "models/itemmodels/desktoplistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The left-hand list of the assignment dialog and its search: every word must match the name,
 * ID, IP, status (raw or translated), zone, product, type or OS; desktops taken into the
 * assignment disappear from the list and come back when removed from it.
 */
class tst_DesktopListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void columnsAndRoles();
    void search_data();
    void search();
    void addedDesktopsAreHidden();
    void reloadKeepsAddedFlags();
};

namespace {

DesktopInfo desktop(const QString &id, const QString &name, const QString &ip,
                    const QString &status, const QString &zone, const QString &product,
                    const QString &type = QStringLiteral("DEDICATED"))
{
    DesktopInfo d;
    d.desktopId = id;
    d.computerName = name;
    d.ipAddresses = {ip};
    d.status = status;
    d.availabilityZone = zone;
    d.productId = product;
    d.desktopType = type;
    d.osType = product.endsWith(QLatin1String("linux")) ? QStringLiteral("Linux")
                                                        : QStringLiteral("Windows");
    return d;
}

QList<DesktopInfo> sample()
{
    return {desktop("d1", "FIN-001", "192.168.0.11", "ACTIVE", "cn-north-4a",
                    "workspace.x86.general.large2.windows"),
            desktop("d2", "FIN-002", "192.168.0.12", "SHUTOFF", "cn-north-4b",
                    "workspace.x86.general.large2.windows"),
            desktop("d3", "DEV-001", "192.168.64.10", "ACTIVE", "cn-north-4a",
                    "workspace.x86.general.large2.linux", "SHARED"),
            desktop("d4", "LAB-009", "192.168.64.99", "ERROR", "cn-north-4c",
                    "workspace.g6.2xlarge.4.windows")};
}

} // namespace

void tst_DesktopListModel::columnsAndRoles()
{
    DesktopListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDesktops(sample());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(DesktopListModel::ColumnCount));
    QCOMPARE(model.index(1, DesktopListModel::StatusColumn).data().toString(),
             QStringLiteral("Shut off"));
    QCOMPARE(model.index(2, DesktopListModel::TypeColumn).data().toString(),
             QStringLiteral("Shared (multi-user)"));
    QCOMPARE(model.index(2, DesktopListModel::OsColumn).data().toString(), QStringLiteral("Linux"));
    QCOMPARE(model.index(3, DesktopListModel::IpColumn).data().toString(),
             QStringLiteral("192.168.64.99"));
    QCOMPARE(model.index(3, 0).data(DesktopListModel::DesktopIdRole).toString(),
             QStringLiteral("d4"));
    QCOMPARE(model.rowOf(QStringLiteral("d3")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QVERIFY(!model.headerData(DesktopListModel::ZoneColumn, Qt::Horizontal).toString().isEmpty());
}

void tst_DesktopListModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << "" << QStringList{"d1", "d2", "d3", "d4"};
    QTest::newRow("name, any case") << "fin" << QStringList{"d1", "d2"};
    QTest::newRow("two words") << "fin active" << QStringList{"d1"};
    QTest::newRow("ip") << "192.168.64" << QStringList{"d3", "d4"};
    QTest::newRow("raw status") << "SHUTOFF" << QStringList{"d2"};
    QTest::newRow("translated status") << "shut off" << QStringList{"d2"};
    QTest::newRow("zone") << "north-4c" << QStringList{"d4"};
    QTest::newRow("product") << "g6.2xlarge" << QStringList{"d4"};
    QTest::newRow("type") << "shared" << QStringList{"d3"};
    QTest::newRow("os") << "linux" << QStringList{"d3"};
    QTest::newRow("id") << "d4" << QStringList{"d4"};
    QTest::newRow("extra spaces") << "  fin   002 " << QStringList{"d2"};
    QTest::newRow("no match") << "fin error" << QStringList{};
}

void tst_DesktopListModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    DesktopListModel model;
    model.setDesktops(sample());
    DesktopFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSearchText(text);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, 0).data(DesktopListModel::DesktopIdRole).toString());
    shown.sort();
    QCOMPARE(shown, ids);
}

void tst_DesktopListModel::addedDesktopsAreHidden()
{
    DesktopListModel model;
    model.setDesktops(sample());
    DesktopFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAdded(QStringLiteral("d2"), true);
    model.setAdded(QStringLiteral("d2"), true); // no change, no signal
    model.setAdded(QStringLiteral("unknown"), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.addedCount(), 1);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QStringLiteral("fin"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setHideAdded(false);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setHideAdded(true);
    model.setAdded(QStringLiteral("d2"), false);
    QCOMPARE(proxy.rowCount(), 2);
    QVERIFY(!model.isAdded(QStringLiteral("d2")));
}

void tst_DesktopListModel::reloadKeepsAddedFlags()
{
    DesktopListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDesktops(sample());
    model.setAdded(QStringLiteral("d1"), true);
    model.setAdded(QStringLiteral("d4"), true);
    // d4 got a user meanwhile and is no longer listed: its flag goes with it.
    model.setDesktops(sample().mid(0, 3));
    QVERIFY(model.isAdded(QStringLiteral("d1")));
    QVERIFY(!model.isAdded(QStringLiteral("d4")));
    QCOMPARE(model.addedCount(), 1);
    QCOMPARE(model.index(0, 0).data(DesktopListModel::AddedRole).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_DesktopListModel)
#include "tst_desktoplistmodel.moc"
