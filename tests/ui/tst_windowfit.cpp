#include "ui/settings/appsettings.h"
#include "ui/widgets/windowfit.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace wsc;

/**
 * Windows open within the screen whatever size they ask for, and at the size the user last
 * gave them (again within the screen, should the screen be smaller now).
 */
class tst_WindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void remembersTheUsersSize();
};

void tst_WindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wsc-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    AppSettings().settings()->clear();
}

void tst_WindowFit::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("wanted");
    QTest::addColumn<bool>("bounded");
    QTest::newRow("small") << QSize(400, 300) << false;
    QTest::newRow("the old create wizard") << QSize(1200, 820) << true;
    QTest::newRow("huge") << QSize(5000, 4000) << true;
}

void tst_WindowFit::fitsTheScreen()
{
    QFETCH(QSize, wanted);
    QFETCH(bool, bounded);
    QWidget window;
    WindowFit::fit(&window, wanted);
    const QRect room = WindowFit::room(&window);
    QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(room));
    QVERIFY(window.width() <= room.width());
    QVERIFY(window.height() <= room.height());
    if (!bounded || wanted.width() <= room.width())
        QCOMPARE(window.width(), wanted.width());
    if (!bounded || wanted.height() <= room.height())
        QCOMPARE(window.height(), wanted.height());
}

void tst_WindowFit::remembersTheUsersSize()
{
    const QString name = QStringLiteral("testDialog");
    {
        QWidget window;
        WindowFit::remember(&window, name, QSize(500, 400));
        QCOMPARE(window.size(), QSize(500, 400));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(640, 360); // the user's size
        window.hide();
    }
    {
        QWidget window;
        WindowFit::remember(&window, name, QSize(500, 400));
        QCOMPARE(window.size(), QSize(640, 360));
    }
    // Kept on a larger screen than today's: still within this one.
    AppSettings().setWindowSize(name, QSize(9000, 9000));
    QWidget window;
    WindowFit::remember(&window, name, QSize(500, 400));
    QVERIFY(window.width() <= WindowFit::room(&window).width());
    QVERIFY(window.height() <= WindowFit::room(&window).height());
}

QTEST_MAIN(tst_WindowFit)
#include "tst_windowfit.moc"
