#include "models/rules/createerrorlocator.h"

#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** Which field of a CreateDesktop body a refusal names, in the batch's terms. */
class tst_CreateErrorLocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldPath_data();
    void fieldPath();
    void toSourcePath_data();
    void toSourcePath();
    void locate();
};

void tst_CreateErrorLocator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CreateErrorLocator::fieldPath_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    QTest::newRow("required") << "desktops[1].user_name is required"
                              << "desktops[1].user_name";
    QTest::newRow("duplicate") << "desktops[0].computer_name 'PC-01' already exists in the tenant"
                               << "desktops[0].computer_name";
    QTest::newRow("range") << "root_volume.size must be between 80 and 32760 (got 70)"
                           << "root_volume.size";
    QTest::newRow("nic") << "nics[0].subnet_id 'x' is not a subnet of the workspace"
                         << "nics[0].subnet_id";
    QTest::newRow("data disk") << "data_volumes[2].size must be a multiple of 10"
                               << "data_volumes[2].size";
    QTest::newRow("tag") << "tags[3].key must not start with _sys_"
                         << "tags[3].key";
    QTest::newRow("eip") << "eip.bandwidth_size must be between 1 and 2000"
                         << "eip.bandwidth_size";
    QTest::newRow("top level") << "image_id 'abc' does not exist"
                               << "image_id";
    QTest::newRow("product in prose") << "The product_id workspace.x is sold out in cn-north-4c"
                                      << "product_id";
    QTest::newRow("size subject") << "size must be between 1 and 50"
                                  << "size";
    QTest::newRow("size as a word") << "The request size is too large"
                                    << "";
    QTest::newRow("none") << "Insufficient quota: general_instances"
                          << "";
    QTest::newRow("not a prefix") << "my_desktops[1].user_name"
                                  << "";
}

void tst_CreateErrorLocator::fieldPath()
{
    QFETCH(QString, message);
    QFETCH(QString, path);
    QCOMPARE(CreateErrorLocator::fieldPath(message), path);
}

void tst_CreateErrorLocator::toSourcePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mapped") << "desktops[1].user_name"
                            << "desktops[51].user_name";
    QTest::newRow("whole item") << "desktops[0]"
                                << "desktops[50]";
    QTest::newRow("out of range") << "desktops[9].user_name"
                                  << "desktops[9].user_name";
    QTest::newRow("other field") << "root_volume.size"
                                 << "root_volume.size";
}

void tst_CreateErrorLocator::toSourcePath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(CreateErrorLocator::toSourcePath(path, {50, 51, 52}), expected);
}

void tst_CreateErrorLocator::locate()
{
    const Finding f = CreateErrorLocator::locate(
            QStringLiteral("desktops[2].computer_name 'PC' already exists"), {100, 101, 102},
            QStringLiteral("Refused"));
    QCOMPARE(f.path, QStringLiteral("desktops[102].computer_name"));
    QCOMPARE(f.row, 102);
    QCOMPARE(f.field, QStringLiteral("computer_name"));
    QCOMPARE(f.code, QStringLiteral("server.rejected"));
    QVERIFY(f.isError());
    QCOMPARE(f.message, QStringLiteral("Refused"));
    QVERIFY(CreateErrorLocator::locate(QStringLiteral("quota"), {}, QStringLiteral("x"))
                    .path.isEmpty());
    QCOMPARE(CreateErrorLocator::locate(QStringLiteral("image_id is wrong"), {}, {}).row, -1);
}

QTEST_GUILESS_MAIN(tst_CreateErrorLocator)
#include "tst_createerrorlocator.moc"
