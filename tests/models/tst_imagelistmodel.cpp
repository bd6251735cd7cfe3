#include "models/itemmodels/imagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The images offered for the chosen product: by type, OS and architecture; memory marked. */
class tst_ImageListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersByTypeAndProduct_data();
    void filtersByTypeAndProduct();
    void memoryShortfallIsMarked();
    void typesPresent();
};

namespace {

ImageInfo image(const char *id, const char *type, const char *os, const char *arch, int ramMb,
                int diskGb)
{
    ImageInfo i;
    i.id = QString::fromLatin1(id);
    i.name = QString::fromLatin1(id);
    i.imageType = QString::fromLatin1(type);
    i.osType = QString::fromLatin1(os);
    i.architecture = QString::fromLatin1(arch);
    i.minRamMb = ramMb;
    i.minDiskGb = diskGb;
    return i;
}

QList<ImageInfo> sample()
{
    return {image("win2019", "gold", "Windows", "x86", 2048, 80),
            image("win10", "gold", "Windows", "x86", 4096, 80),
            image("win-gpu", "gold", "Windows", "x86", 16384, 100),
            image("ubuntu", "gold", "Linux", "x86", 2048, 80),
            image("kylin", "gold", "Linux", "arm", 4096, 80),
            image("finance", "private", "Windows", "x86", 4096, 100),
            image("toolchain", "private", "Linux", "x86", 8192, 120)};
}

Product product(const char *id, const char *arch, int memoryMb)
{
    Product p;
    p.productId = QString::fromLatin1(id);
    p.architecture = QString::fromLatin1(arch);
    p.memoryMb = memoryMb;
    return p;
}

} // namespace

void tst_ImageListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ImageListModel::filtersByTypeAndProduct_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("productId");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("gold, no product")
            << "gold"
            << ""
            << "" << QStringList{"win2019", "win10", "win-gpu", "ubuntu", "kylin"};
    QTest::newRow("gold windows") << "gold"
                                  << "workspace.x86.general.xlarge2.windows"
                                  << "x86" << QStringList{"win2019", "win10", "win-gpu"};
    QTest::newRow("gold linux arm") << "gold"
                                    << "workspace.k.xlarge.2.linux"
                                    << "arm" << QStringList{"kylin"};
    QTest::newRow("private linux x86") << "private"
                                       << "workspace.x86.agile.medium2.linux"
                                       << "x86" << QStringList{"toolchain"};
    QTest::newRow("all types windows")
            << ""
            << "workspace.x86.general.xlarge2.windows"
            << "x86" << QStringList{"win2019", "win10", "win-gpu", "finance"};
}

void tst_ImageListModel::filtersByTypeAndProduct()
{
    QFETCH(QString, type);
    QFETCH(QString, productId);
    QFETCH(QString, arch);
    QFETCH(QStringList, ids);
    ImageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImages(sample());
    model.setImageType(type);
    if (!productId.isEmpty())
        model.setProduct(product(qPrintable(productId), qPrintable(arch), 8192));
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, 0).data(ImageListModel::ImageIdRole).toString();
    QCOMPARE(shown, ids);
    QCOMPARE(model.countFor(type), int(ids.size()));
}

void tst_ImageListModel::memoryShortfallIsMarked()
{
    ImageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImages(sample());
    model.setImageType(QStringLiteral("gold"));
    model.setProduct(product("workspace.x86.general.xlarge2.windows", "x86", 8192));
    const int gpu = model.rowOf(QStringLiteral("win-gpu"));
    QVERIFY(gpu >= 0);
    const QModelIndex ram = model.index(gpu, ImageListModel::MinMemoryColumn);
    QCOMPARE(ram.data().toString(), QStringLiteral("16"));
    QCOMPARE(ram.data(ImageListModel::SeverityRole).toInt(), 2);
    QVERIFY(ram.data(Qt::ToolTipRole).toString().contains(QLatin1String("8 GB")));
    // Still selectable: the page explains the problem instead of hiding the image.
    QVERIFY(model.flags(ram) & Qt::ItemIsSelectable);
    QCOMPARE(
            model.index(gpu, ImageListModel::NameColumn).data(ImageListModel::SeverityRole).toInt(),
            0);
    const int win = model.rowOf(QStringLiteral("win10"));
    QCOMPARE(model.index(win, ImageListModel::MinMemoryColumn)
                     .data(ImageListModel::SeverityRole)
                     .toInt(),
             0);
    QCOMPARE(model.index(win, ImageListModel::MinDiskColumn).data(ImageListModel::SortRole).toInt(),
             80);

    // A larger product: nothing is short any more.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProduct(product("workspace.g6.2xlarge.4.windows", "x86", 32768));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("win-gpu")), ImageListModel::MinMemoryColumn)
                     .data(ImageListModel::SeverityRole)
                     .toInt(),
             0);
}

void tst_ImageListModel::typesPresent()
{
    ImageListModel model;
    model.setImages(sample());
    QCOMPARE(model.imageTypes(), (QStringList{"gold", "private"}));
    QList<ImageInfo> withMarket = sample();
    withMarket << image("market-cad", "market", "Windows", "x86", 0, 0);
    model.setImages(withMarket);
    QCOMPARE(model.imageTypes(), (QStringList{"gold", "private", "market"}));
}

QTEST_GUILESS_MAIN(tst_ImageListModel)
#include "tst_imagelistmodel.moc"
