#include "models/rules/attacherrorlocator.h"

#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * Which rows a refused AttachInstances request is about: the service's texts name a desktop by
 * "resource id [ID]" (409), by "desktops[k]" within the refused request (400), or by its id.
 */
class tst_AttachErrorLocator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void locate_data();
    void locate();
    void resourceId_data();
    void resourceId();
};

void tst_AttachErrorLocator::locate_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QList<int>>("chunk");
    QTest::addColumn<QList<int>>("expected");

    // Source 0..5 are desktops "id-0".."id-5"; the refused chunk held sources 3, 4, 5.
    const QList<int> chunk{3, 4, 5};
    QTest::newRow("409 resource id")
            << "Operation conflict. The desktop current instance status is [ATTACHED] and deny "
               "operation [attach], resource id [id-4]."
            << chunk << QList<int>{4};
    QTest::newRow("resource id outside the chunk is ignored")
            << "deny operation [attach], resource id [id-1]." << chunk << QList<int>{};
    QTest::newRow("resource id of an unknown desktop")
            << "deny operation [attach], resource id [zzz]." << chunk << QList<int>{};
    QTest::newRow("desktops index counts within the chunk")
            << "desktops[2].user_name 'PC' must differ from the computer name 'PC'" << chunk
            << QList<int>{5};
    QTest::newRow("two indexes")
            << "desktops[1].computer_name 'A' is also used by desktops[0] of this request" << chunk
            << QList<int>{4, 3};
    QTest::newRow("index beyond the chunk")
            << "desktops[7].user_name is required" << chunk << QList<int>{};
    QTest::newRow("404 names the id and the index")
            << "desktops[0].desktop_id 'id-3' does not exist" << chunk << QList<int>{3};
    QTest::newRow("bare id") << "desktop id-5 is busy" << chunk << QList<int>{5};
    QTest::newRow("whole request")
            << "Internal service error. Try again later." << chunk << QList<int>{};
    QTest::newRow("empty message") << QString() << chunk << QList<int>{};
}

void tst_AttachErrorLocator::locate()
{
    QFETCH(QString, message);
    QFETCH(QList<int>, chunk);
    QFETCH(QList<int>, expected);
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(QStringLiteral("id-%1").arg(i));
    QCOMPARE(AttachErrorLocator::locate(message, chunk, ids), expected);
}

void tst_AttachErrorLocator::resourceId_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("id");
    QTest::newRow("documented") << "deny operation [attach], resource id [abc-123]."
                                << "abc-123";
    QTest::newRow("underscore, upper case") << "RESOURCE_ID [x1]"
                                            << "x1";
    QTest::newRow("none") << "Operation conflict."
                          << "";
}

void tst_AttachErrorLocator::resourceId()
{
    QFETCH(QString, message);
    QFETCH(QString, id);
    QCOMPARE(AttachErrorLocator::resourceId(message), id);
}

QTEST_APPLESS_MAIN(tst_AttachErrorLocator)
#include "tst_attacherrorlocator.moc"
