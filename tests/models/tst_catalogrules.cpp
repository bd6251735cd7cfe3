#include "models/rules/catalogrules.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The catalog rules: a product and an image that fit each other, a disk that fits the image. */
class tst_CatalogRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productOs_data();
    void productOs();
    void imageFits_data();
    void imageFits();
    void productChecks_data();
    void productChecks();
    void imageChecks_data();
    void imageChecks();
    void systemDisk_data();
    void systemDisk();
};

namespace {

Product product(const QString &id, const QString &arch, qint64 memoryMb,
                const QString &status = QStringLiteral("normal"), const QString &os = {})
{
    Product p;
    p.productId = id;
    p.architecture = arch;
    p.memoryMb = memoryMb;
    p.status = status;
    p.osType = os;
    return p;
}

ImageInfo image(const QString &os, const QString &arch, qint64 minRamMb, int minDiskGb,
                const QString &type = QStringLiteral("gold"))
{
    ImageInfo i;
    i.id = QStringLiteral("img");
    i.name = QStringLiteral("Image");
    i.osType = os;
    i.architecture = arch;
    i.minRamMb = minRamMb;
    i.minDiskGb = minDiskGb;
    i.imageType = type;
    return i;
}

QStringList codes(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.code;
    return out;
}

} // namespace

void tst_CatalogRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CatalogRules::productOs_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("osType");
    QTest::addColumn<int>("expected");
    QTest::newRow("os_type wins") << "workspace.x86.general.large2.linux"
                                  << "Windows" << int(OsType::Windows);
    QTest::newRow("id says windows") << "workspace.c2.large.windows.2"
                                     << "" << int(OsType::Windows);
    QTest::newRow("id says linux") << "workspace.k.xlarge.2.linux"
                                   << "" << int(OsType::Linux);
    QTest::newRow("case") << "WORKSPACE.X.LINUX"
                          << "" << int(OsType::Linux);
    QTest::newRow("unknown") << "workspace.x86.ultimate.large2"
                             << "" << int(OsType::Unknown);
}

void tst_CatalogRules::productOs()
{
    QFETCH(QString, id);
    QFETCH(QString, osType);
    QFETCH(int, expected);
    QCOMPARE(int(CatalogRules::productOs(product(id, QStringLiteral("x86"), 4096, {}, osType))),
             expected);
}

void tst_CatalogRules::imageFits_data()
{
    QTest::addColumn<QString>("productOs");
    QTest::addColumn<QString>("productArch");
    QTest::addColumn<QString>("imageOs");
    QTest::addColumn<QString>("imageArch");
    QTest::addColumn<bool>("fits");
    QTest::newRow("same") << "Windows"
                          << "x86"
                          << "Windows"
                          << "x86" << true;
    QTest::newRow("other os") << "Windows"
                              << "x86"
                              << "Linux"
                              << "x86" << false;
    QTest::newRow("other arch") << "Linux"
                                << "x86"
                                << "Linux"
                                << "arm" << false;
    QTest::newRow("arch case") << "Linux"
                               << "ARM"
                               << "Linux"
                               << "arm" << true;
    QTest::newRow("product os unknown") << ""
                                        << "x86"
                                        << "Linux"
                                        << "x86" << true;
    QTest::newRow("image os Other") << "Linux"
                                    << "x86"
                                    << "Other"
                                    << "x86" << false;
}

void tst_CatalogRules::imageFits()
{
    QFETCH(QString, productOs);
    QFETCH(QString, productArch);
    QFETCH(QString, imageOs);
    QFETCH(QString, imageArch);
    QFETCH(bool, fits);
    const Product p = product(QStringLiteral("p"), productArch, 4096, {}, productOs);
    QCOMPARE(CatalogRules::imageFitsProduct(image(imageOs, imageArch, 0, 0), p), fits);
}

void tst_CatalogRules::productChecks_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("soldOutInZone");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("normal") << "normal" << false << QStringList();
    QTest::newRow("empty status") << "" << false << QStringList();
    QTest::newRow("sellout") << "sellout" << false << QStringList{"product_id.sold_out"};
    QTest::newRow("abandon") << "abandon" << false << QStringList{"product_id.sold_out"};
    QTest::newRow("sold out in zone") << "normal" << true << QStringList{"product_id.sold_out"};
}

void tst_CatalogRules::productChecks()
{
    QFETCH(QString, status);
    QFETCH(bool, soldOutInZone);
    QFETCH(QStringList, expected);
    Findings out;
    CatalogRules::checkProduct(product(QStringLiteral("p"), QStringLiteral("x86"), 4096, status),
                               soldOutInZone, QStringLiteral("product_id"), out);
    QCOMPARE(codes(out), expected);
    for (const Finding &f : out) {
        QCOMPARE(f.path, QStringLiteral("product_id"));
        QVERIFY(f.isError());
        QVERIFY(f.message.contains(QLatin1String("p")));
    }
}

void tst_CatalogRules::imageChecks_data()
{
    QTest::addColumn<QString>("imageOs");
    QTest::addColumn<QString>("imageArch");
    QTest::addColumn<qint64>("minRam");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fits") << "Windows"
                          << "x86" << qint64(4096) << QStringList();
    QTest::newRow("os") << "Linux"
                        << "x86" << qint64(0) << QStringList{"image_id.os"};
    QTest::newRow("arch") << "Windows"
                          << "arm" << qint64(0) << QStringList{"image_id.architecture"};
    QTest::newRow("ram") << "Windows"
                         << "x86" << qint64(16384) << QStringList{"image_id.min_ram"};
    QTest::newRow("all three") << "Linux"
                               << "arm" << qint64(16384)
                               << QStringList{"image_id.os", "image_id.architecture",
                                              "image_id.min_ram"};
}

void tst_CatalogRules::imageChecks()
{
    QFETCH(QString, imageOs);
    QFETCH(QString, imageArch);
    QFETCH(qint64, minRam);
    QFETCH(QStringList, expected);
    const Product p = product(QStringLiteral("workspace.x86.general.xlarge2.windows"),
                              QStringLiteral("x86"), 8192);
    Findings out;
    CatalogRules::checkImageForProduct(image(imageOs, imageArch, minRam, 80), p,
                                       QStringLiteral("image_id"), out);
    QCOMPARE(codes(out), expected);
    if (expected.contains(QLatin1String("image_id.min_ram"))) {
        // The message names both sizes in GB.
        const QString message = out.constLast().message;
        QVERIFY2(message.contains(QLatin1String("16")) && message.contains(QLatin1String("8")),
                 qPrintable(message));
    }
    Findings typeOut;
    CatalogRules::checkImageType(image(imageOs, imageArch, 0, 0, QStringLiteral("private")),
                                 QStringLiteral("gold"), QStringLiteral("image_type"), typeOut);
    QCOMPARE(codes(typeOut), QStringList{"image_type.mismatch"});
}

void tst_CatalogRules::systemDisk_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("minDisk");
    QTest::addColumn<bool>("finding");
    QTest::newRow("above") << 120 << 100 << false;
    QTest::newRow("equal") << 100 << 100 << false;
    QTest::newRow("below") << 90 << 100 << true;
    QTest::newRow("no minimum") << 80 << 0 << false;
}

void tst_CatalogRules::systemDisk()
{
    QFETCH(int, size);
    QFETCH(int, minDisk);
    QFETCH(bool, finding);
    Volume root;
    root.type = QStringLiteral("SAS");
    root.size = size;
    Findings out;
    CatalogRules::checkSystemDiskForImage(
            root, image(QStringLiteral("Windows"), QStringLiteral("x86"), 0, minDisk),
            QStringLiteral("root_volume.size"), out);
    QCOMPARE(out.size(), finding ? 1 : 0);
    if (finding) {
        QCOMPARE(out.constFirst().code, QStringLiteral("root_volume.size.min_disk"));
        QCOMPARE(out.constFirst().path, QStringLiteral("root_volume.size"));
    }
}

QTEST_GUILESS_MAIN(tst_CatalogRules)
#include "tst_catalogrules.moc"
