#include "models/domain/volumeproduct.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/datavolumesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

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
    void performanceCells_data();
    void performanceCells();
    void kmsCell();
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

// IOPS and throughput cells are editable where the region provisions the type by them (its
// ListVolumeProductInfo entry lists iops/throughput; GPSSD2 when the list is unknown), and a
// type change to one that is not provisioned drops what they held.
void tst_DataVolumesModel::performanceCells_data()
{
    QTest::addColumn<bool>("regionKnown");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("editable");
    QTest::newRow("unknown region, GPSSD2") << false << "GPSSD2" << true;
    QTest::newRow("unknown region, SAS") << false << "SAS" << false;
    QTest::newRow("region provisions ESSD") << true << "ESSD" << true;
    QTest::newRow("region does not provision GPSSD2") << true << "GPSSD2" << false;
}

void tst_DataVolumesModel::performanceCells()
{
    QFETCH(bool, regionKnown);
    QFETCH(QString, type);
    QFETCH(bool, editable);
    CreateRequestModel request;
    if (regionKnown) {
        VolumeProduct essd;
        essd.volumeType = QStringLiteral("ESSD");
        essd.status = QStringLiteral("normal");
        essd.takesIops = essd.takesThroughput = true;
        VolumeProduct gpssd2;
        gpssd2.volumeType = QStringLiteral("GPSSD2");
        gpssd2.status = QStringLiteral("normal");
        request.setVolumeProducts({essd, gpssd2});
    }
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.setData(model.index(0, DataVolumesModel::TypeColumn), type));
    const QModelIndex iops = model.index(0, DataVolumesModel::IopsColumn);
    const QModelIndex throughput = model.index(0, DataVolumesModel::ThroughputColumn);
    QCOMPARE(bool(model.flags(iops) & Qt::ItemIsEditable), editable);
    QCOMPARE(bool(model.flags(throughput) & Qt::ItemIsEditable), editable);
    if (!editable)
        return;
    QVERIFY(model.setData(iops, 4000));
    QVERIFY(model.setData(throughput, 250));
    QCOMPARE(request.dataVolumes().at(0).iops, std::optional<int>(4000));
    QCOMPARE(request.dataVolumes().at(0).throughput, std::optional<int>(250));
    QVERIFY(model.setData(throughput, 0)); // the editor's "Default"
    QCOMPARE(request.dataVolumes().at(0).throughput, std::nullopt);
    // A type not provisioned by them drops the values.
    QVERIFY(model.setData(model.index(0, DataVolumesModel::TypeColumn), QStringLiteral("SSD")));
    QCOMPARE(request.dataVolumes().at(0).iops, std::nullopt);
    QVERIFY(!(model.flags(iops) & Qt::ItemIsEditable));
}

// The model's kms_id (encryption key) on every Volume: a cell of its own, with its findings.
void tst_DataVolumesModel::kmsCell()
{
    CreateRequestModel request;
    DataVolumesModel model(&request);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 1));
    const QModelIndex kms = model.index(0, DataVolumesModel::KmsColumn);
    QVERIFY(model.flags(kms) & Qt::ItemIsEditable);
    QVERIFY(model.setData(kms, QStringLiteral("  key-1 ")));
    QCOMPARE(request.dataVolumes().at(0).kmsId, QStringLiteral("key-1"));
    QVERIFY(model.setData(kms, QString(65, u'k')));
    QSignalSpy findings(&request, &CreateRequestModel::findingsChanged);
    QVERIFY(findings.wait(1000));
    QCOMPARE(kms.data(DataVolumesModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("volume.kms_id.length")});
    QCOMPARE(model.index(0, DataVolumesModel::SizeColumn)
                     .data(DataVolumesModel::SeverityRole)
                     .toInt(),
             0);
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
