#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/datavolumesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

/** The data-disk table bound to the request: edits, limits and per-cell findings. */
class tst_DataVolumesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addEditRemove();
    void limitOfTen();
    void cellFindings_data();
    void cellFindings();
    void followsTheRequest();
};

void tst_DataVolumesModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DataVolumesModel::addEditRemove()
{
    CreateRequestModel request;
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Volume root = request.rootVolume();
    root.type = QStringLiteral("SSD");
    request.setRootVolume(root);

    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(request.dataVolumes().size(), 2);
    // New disks take the system disk's type and the default size.
    QCOMPARE(request.dataVolumes().at(0).type, QStringLiteral("SSD"));
    QCOMPARE(request.dataVolumes().at(0).size, DataVolumesModel::DefaultSize);

    QVERIFY(model.setData(model.index(1, DataVolumesModel::SizeColumn), 200));
    QVERIFY(model.setData(model.index(1, DataVolumesModel::TypeColumn), QStringLiteral("GPSSD")));
    QCOMPARE(request.dataVolumes().at(1).size, 200);
    QCOMPARE(request.dataVolumes().at(1).type, QStringLiteral("GPSSD"));
    QVERIFY(!model.setData(model.index(1, DataVolumesModel::SizeColumn), QStringLiteral("big")));

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(request.dataVolumes().size(), 1);
    QCOMPARE(request.dataVolumes().at(0).size, 200);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Disk 1"));
}

void tst_DataVolumesModel::limitOfTen()
{
    CreateRequestModel request;
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, DataVolumesModel::MaxVolumes));
    QVERIFY(!model.canAdd());
    QVERIFY(!model.insertRows(0, 1));
    QCOMPARE(model.rowCount(), DataVolumesModel::MaxVolumes);
}

void tst_DataVolumesModel::cellFindings_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("typeSeverity");
    QTest::addColumn<int>("sizeSeverity");
    QTest::addColumn<QString>("sizeCode");
    QTest::newRow("fine") << "SAS" << 100 << 0 << 0 << "";
    QTest::newRow("step") << "SAS" << 105 << 0 << 2 << "volume.size.step";
    QTest::newRow("too small") << "SSD" << 5 << 0 << 2 << "volume.size.range";
    QTest::newRow("too big") << "SSD" << 40000 << 0 << 2 << "volume.size.range";
    QTest::newRow("bad type") << "HDD" << 100 << 2 << 0 << "";
}

void tst_DataVolumesModel::cellFindings()
{
    QFETCH(QString, type);
    QFETCH(int, size);
    QFETCH(int, typeSeverity);
    QFETCH(int, sizeSeverity);
    QFETCH(QString, sizeCode);
    CreateRequestModel request;
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 2));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setData(model.index(1, DataVolumesModel::TypeColumn), type);
    model.setData(model.index(1, DataVolumesModel::SizeColumn), size);
    // The cells learn their findings when the request announces them.
    QSignalSpy findings(&request, &CreateRequestModel::findingsChanged);
    QVERIFY(findings.wait(1000));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(1, DataVolumesModel::TypeColumn)
                     .data(DataVolumesModel::SeverityRole)
                     .toInt(),
             typeSeverity);
    QCOMPARE(model.index(1, DataVolumesModel::SizeColumn)
                     .data(DataVolumesModel::SeverityRole)
                     .toInt(),
             sizeSeverity);
    // Row 0 is fine whatever row 1 holds.
    QCOMPARE(model.index(0, DataVolumesModel::SizeColumn)
                     .data(DataVolumesModel::SeverityRole)
                     .toInt(),
             0);
    if (!sizeCode.isEmpty()) {
        QCOMPARE(model.index(1, DataVolumesModel::SizeColumn)
                         .data(DataVolumesModel::IssueCodesRole)
                         .toStringList(),
                 QStringList{sizeCode});
        QVERIFY(!model.index(1, DataVolumesModel::SizeColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }
}

void tst_DataVolumesModel::followsTheRequest()
{
    CreateRequestModel request;
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Volume v;
    v.type = QStringLiteral("SAS");
    v.size = 30;
    request.setDataVolumes({v, v, v});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, DataVolumesModel::SizeColumn).data().toInt(), 30);
    // Its own edit coming back through the request does not reset the view.
    model.setData(model.index(0, DataVolumesModel::SizeColumn), 40);
    QCOMPARE(reset.count(), 1);
}

QTEST_GUILESS_MAIN(tst_DataVolumesModel)
#include "tst_datavolumesmodel.moc"
