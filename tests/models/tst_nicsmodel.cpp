#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/nicsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The ordered NIC list bound to the request: add, move, remove, names and findings. */
class tst_NicsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addMoveRemove();
    void moveRows_data();
    void moveRows();
    void duplicateAndUnknownAreMarked();
};

namespace {

QList<SubnetInfo> subnets()
{
    SubnetInfo office;
    office.id = QStringLiteral("s-office");
    office.name = QStringLiteral("subnet-office");
    office.cidr = QStringLiteral("192.168.0.0/18");
    SubnetInfo lab;
    lab.id = QStringLiteral("s-lab");
    lab.name = QStringLiteral("subnet-lab");
    lab.cidr = QStringLiteral("192.168.64.0/20");
    return {office, lab};
}

} // namespace

void tst_NicsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_NicsModel::addMoveRemove()
{
    CreateRequestModel request;
    request.setSubnets(subnets());
    NicsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSubnet(QStringLiteral("s-office"));
    model.addSubnet(QStringLiteral("s-lab"));
    QCOMPARE(request.nics(), (QStringList{"s-office", "s-lab"}));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("subnet-office (192.168.0.0/18)"));
    QCOMPARE(model.index(1).data(NicsModel::SubnetIdRole).toString(), QStringLiteral("s-lab"));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(model.moveRows({}, 1, 1, {}, 0));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(request.nics(), (QStringList{"s-lab", "s-office"}));
    // The first is the primary NIC.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("subnet-lab (192.168.64.0/20)"));

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(request.nics(), QStringList{"s-office"});
    for (int i = 0; i < NicsModel::MaxNics - 1; ++i)
        model.addSubnet(QStringLiteral("s-lab"));
    QVERIFY(!model.canAdd());
}

void tst_NicsModel::moveRows_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("first to end") << 0 << 3 << true << QStringList{"b", "c", "a"};
    QTest::newRow("last to front") << 2 << 0 << true << QStringList{"c", "a", "b"};
    QTest::newRow("down one") << 0 << 2 << true << QStringList{"b", "a", "c"};
    QTest::newRow("onto itself") << 1 << 1 << false << QStringList{"a", "b", "c"};
    QTest::newRow("just after itself") << 1 << 2 << false << QStringList{"a", "b", "c"};
    QTest::newRow("out of range") << 3 << 0 << false << QStringList{"a", "b", "c"};
}

void tst_NicsModel::moveRows()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, ok);
    QFETCH(QStringList, order);
    CreateRequestModel request;
    request.setNics({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    NicsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.moveRows({}, from, 1, {}, to), ok);
    QCOMPARE(request.nics(), order);
    QCOMPARE(model.subnetIds(), order);
}

void tst_NicsModel::duplicateAndUnknownAreMarked()
{
    CreateRequestModel request;
    request.setSubnets(subnets());
    NicsModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSubnet(QStringLiteral("s-office"));
    model.addSubnet(QStringLiteral("s-office"));
    model.addSubnet(QStringLiteral("s-elsewhere"));
    QSignalSpy findings(&request, &CreateRequestModel::findingsChanged);
    QVERIFY(findings.wait(1000));
    QCOMPARE(model.index(0).data(NicsModel::SeverityRole).toInt(), 0);
    QCOMPARE(model.index(1).data(NicsModel::SeverityRole).toInt(), 2);
    QVERIFY(model.index(1)
                    .data(NicsModel::IssueCodesRole)
                    .toStringList()
                    .contains(QLatin1String("nics.duplicate")));
    QCOMPARE(model.index(2).data(NicsModel::IssueCodesRole).toStringList(),
             QStringList{"nics.subnet_id.unknown"});
    // Unknown subnets show their id.
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("s-elsewhere"));
}

QTEST_GUILESS_MAIN(tst_NicsModel)
#include "tst_nicsmodel.moc"
