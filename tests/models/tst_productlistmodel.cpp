#include "models/itemmodels/productfiltermodel.h"
#include "models/itemmodels/productlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The product table of the wizard's first page, and its filter/sort proxy. */
class tst_ProductListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsAndRoles();
    void soldOutCannotBeChosen();
    void languageOfDescriptions();
    void filter_data();
    void filter();
    void sortsNumbersAsNumbers();

private:
    ProductListModel *m_model = nullptr;
    ProductFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

namespace {

// Product objects as ListProducts returns them (memory in MB as a string, no os_type).
Product fromJson(const char *json)
{
    return Product::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

QList<Product> sample()
{
    QList<Product> out{
            fromJson(R"({"product_id":"workspace.x86.general.xlarge2.windows","architecture":"x86",
                "cpu":"4","memory":"8192","is_gpu":false,"status":"normal",
                "product_desc":{"en_US":"General Office | 4 vCPUs | 8 GiB","zh_CN":"通用办公版 | 4核 | 8GiB"}})"),
            fromJson(R"({"product_id":"workspace.x86.general.large2.windows","architecture":"x86",
                "cpu":"2","memory":"4096","status":"normal",
                "product_desc":{"en_US":"General Office | 2 vCPUs | 4 GiB"}})"),
            fromJson(
                    R"({"product_id":"workspace.x86.enterprise.2xlarge2.windows","architecture":"x86",
                "cpu":"16","memory":"16384","status":"normal"})"),
            fromJson(
                    R"({"product_id":"workspace.x86.ultimate.4xlarge4.windows","architecture":"x86",
                "cpu":"16","memory":"65536","status":"sellout"})"),
            fromJson(R"({"product_id":"workspace.g6.2xlarge.4.windows","architecture":"x86",
                "cpu":"8","memory":"32768","is_gpu":true,"gpu_desc":"NVIDIA T4","status":"normal"})"),
            fromJson(R"({"product_id":"workspace.k.xlarge.2.linux","architecture":"arm",
                "cpu":"4","memory":"8192","status":"normal"})"),
            fromJson(R"({"product_id":"workspace.x86.agile.medium2.linux","architecture":"x86",
                "cpu":"1","memory":"1536","status":"normal"})"),
    };
    return out;
}

} // namespace

void tst_ProductListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProductListModel::init()
{
    m_model = new ProductListModel(this);
    m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filter = new ProductFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filterTester = new QAbstractItemModelTester(
            m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setProducts(sample());
}

void tst_ProductListModel::cleanup()
{
    delete m_filterTester;
    delete m_filter;
    delete m_tester;
    delete m_model;
}

void tst_ProductListModel::columnsAndRoles()
{
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->columnCount(), int(ProductListModel::ColumnCount));
    const int row = m_model->rowOf(QStringLiteral("workspace.g6.2xlarge.4.windows"));
    QCOMPARE(row, 4);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(ProductListModel::OsColumn).toString(), QStringLiteral("Windows"));
    QCOMPARE(cell(ProductListModel::ArchitectureColumn).toString(), QStringLiteral("x86"));
    QCOMPARE(cell(ProductListModel::CpuColumn).toInt(), 8);
    QCOMPARE(cell(ProductListModel::MemoryColumn).toString(), QStringLiteral("32"));
    QCOMPARE(cell(ProductListModel::GpuColumn).toString(), QStringLiteral("NVIDIA T4"));
    QCOMPARE(cell(ProductListModel::StatusColumn).toString(), QStringLiteral("Available"));
    QCOMPARE(cell(0, ProductListModel::ProductIdRole).toString(),
             QStringLiteral("workspace.g6.2xlarge.4.windows"));
    QCOMPARE(m_model->index(5, ProductListModel::OsColumn).data().toString(),
             QStringLiteral("Linux"));
    // 1536 MB is not a whole number of GB.
    QCOMPARE(m_model->index(6, ProductListModel::MemoryColumn).data().toString(),
             QStringLiteral("1.5"));
    QCOMPARE(m_model->headerData(ProductListModel::MemoryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Memory (GB)"));
}

void tst_ProductListModel::soldOutCannotBeChosen()
{
    const int soldOut = m_model->rowOf(QStringLiteral("workspace.x86.ultimate.4xlarge4.windows"));
    QVERIFY(!(m_model->flags(m_model->index(soldOut, 0)) & Qt::ItemIsEnabled));
    QVERIFY(!(m_model->flags(m_model->index(soldOut, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->index(soldOut, ProductListModel::StatusColumn).data().toString(),
             QStringLiteral("Sold out"));

    const int gpu = m_model->rowOf(QStringLiteral("workspace.g6.2xlarge.4.windows"));
    QVERIFY(m_model->isAvailable(gpu));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setSoldOutInZone({QStringLiteral("workspace.g6.2xlarge.4.windows")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_model->isAvailable(gpu));
    QVERIFY(!(m_model->flags(m_model->index(gpu, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(m_model->index(gpu, ProductListModel::StatusColumn).data().toString(),
             QStringLiteral("Sold out in this zone"));
    QVERIFY(!m_model->index(gpu, 0).data(ProductListModel::AvailableRole).toBool());
    m_model->setSoldOutInZone({});
    QVERIFY(m_model->isAvailable(gpu));
}

void tst_ProductListModel::languageOfDescriptions()
{
    const QModelIndex description = m_model->index(0, ProductListModel::DescriptionColumn);
    m_model->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(description.data().toString(), QStringLiteral("通用办公版 | 4核 | 8GiB"));
    m_model->setLanguage(QStringLiteral("en_US"));
    QCOMPARE(description.data().toString(), QStringLiteral("General Office | 4 vCPUs | 8 GiB"));
    // A product described only in English shows English in Chinese too.
    m_model->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_model->index(1, ProductListModel::DescriptionColumn).data().toString(),
             QStringLiteral("General Office | 2 vCPUs | 4 GiB"));
}

void tst_ProductListModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << ""
                         << ""
                         << "" << 7;
    QTest::newRow("linux") << ""
                           << "Linux"
                           << "" << 2;
    QTest::newRow("windows") << ""
                             << "windows"
                             << "" << 5;
    QTest::newRow("arm") << ""
                         << ""
                         << "arm" << 1;
    QTest::newRow("linux x86") << ""
                               << "Linux"
                               << "x86" << 1;
    QTest::newRow("text gpu") << "t4"
                              << ""
                              << "" << 1;
    QTest::newRow("two words") << "general xlarge2"
                               << ""
                               << "" << 1;
    QTest::newRow("nothing") << "quantum"
                             << ""
                             << "" << 0;
}

void tst_ProductListModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QString, os);
    QFETCH(QString, architecture);
    QFETCH(int, rows);
    m_filter->setText(text);
    m_filter->setOs(os);
    m_filter->setArchitecture(architecture);
    QCOMPARE(m_filter->rowCount(), rows);
}

void tst_ProductListModel::sortsNumbersAsNumbers()
{
    m_filter->sort(ProductListModel::CpuColumn, Qt::AscendingOrder);
    QList<int> cpus;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        cpus << m_filter->index(r, ProductListModel::CpuColumn).data().toInt();
    QCOMPARE(cpus, (QList<int>{1, 2, 4, 4, 8, 16, 16}));
    // "16384" MB sorts after "8192", not before it as text would.
    m_filter->sort(ProductListModel::MemoryColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, ProductListModel::MemoryColumn).data().toString(),
             QStringLiteral("64"));
    QCOMPARE(m_filter->index(6, ProductListModel::MemoryColumn).data().toString(),
             QStringLiteral("1.5"));
}

QTEST_GUILESS_MAIN(tst_ProductListModel)
#include "tst_productlistmodel.moc"
