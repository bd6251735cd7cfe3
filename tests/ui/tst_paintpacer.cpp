#include "ui/widgets/paintpacer.h"

#include "support/paintcounter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace wsc;

/** PaintPacer on a real table: paints held to one per interval, input and release paint at once. */
class TstPaintPacer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdsOnlyAfterAPaint();
    void paintsOncePerInterval_data();
    void paintsOncePerInterval();
    void hiddenViewIsNotHeld();
    void inputPaintsAtOnce_data();
    void inputPaintsAtOnce();
    void releaseShowsTheChanges();

private:
    bool waitForPaint(int timeoutMs = 2000);

    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    PaintCounter m_paints;
};

void TstPaintPacer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstPaintPacer::init()
{
    m_model = new QStandardItemModel(50, 3);
    for (int row = 0; row < 50; ++row)
        m_model->setItem(row, 0, new QStandardItem(QStringLiteral("row %1").arg(row)));
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->resize(400, 300);
    m_paints.count = 0;
    m_view->viewport()->installEventFilter(&m_paints);
}

void TstPaintPacer::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_model;
    m_model = nullptr;
}

bool TstPaintPacer::waitForPaint(int timeoutMs)
{
    const int before = m_paints.count;
    return QTest::qWaitFor([&] { return m_paints.count > before; }, timeoutMs);
}

void TstPaintPacer::holdsOnlyAfterAPaint()
{
    PaintPacer pacer(m_view, {}, 50);
    m_view->show();
    // The change before the first paint shows in that paint: nothing is held yet.
    pacer.hold();
    QVERIFY(!pacer.isHolding());
    QVERIFY(m_view->updatesEnabled());
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QTRY_VERIFY(m_paints.count > 0);
    pacer.hold();
    QVERIFY(pacer.isHolding());
    QVERIFY(!m_view->updatesEnabled());
}

void TstPaintPacer::paintsOncePerInterval_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("25 ms") << 25;
    QTest::newRow("100 ms") << 100;
}

void TstPaintPacer::paintsOncePerInterval()
{
    QFETCH(int, intervalMs);
    PaintPacer pacer(m_view, {}, intervalMs);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->viewport()->update();
    QVERIFY(waitForPaint());

    // A change per turn for a while (five intervals, and at least 200 changes): the view paints
    // at most once per interval that passed, not once per change. Bounded by the time that
    // passed, so a busy machine (fewer turns) does not change the verdict.
    QElapsedTimer clock;
    clock.start();
    m_paints.count = 0;
    int changes = 0;
    while (clock.elapsed() < 5 * intervalMs || changes < 200) {
        m_model->setData(m_model->index(changes % 20, 1), changes);
        ++changes;
        pacer.hold();
        QCoreApplication::processEvents();
    }
    const qint64 intervals = clock.elapsed() / intervalMs;
    QVERIFY2(m_paints.count <= intervals + 2, qPrintable(QStringLiteral("%1 paints in %2 intervals")
                                                                 .arg(m_paints.count)
                                                                 .arg(intervals)));
    QVERIFY2(m_paints.count < changes,
             qPrintable(
                     QStringLiteral("%1 paints for %2 changes").arg(m_paints.count).arg(changes)));
    // Held changes are painted when the interval ends, without any further change.
    if (pacer.isHolding()) {
        QTRY_VERIFY_WITH_TIMEOUT(!pacer.isHolding(), 10 * intervalMs);
        QVERIFY(waitForPaint());
    }
    QVERIFY(m_view->updatesEnabled());
}

void TstPaintPacer::hiddenViewIsNotHeld()
{
    PaintPacer pacer(m_view, {}, 50);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->viewport()->update();
    QVERIFY(waitForPaint());
    m_view->hide();
    pacer.hold();
    QVERIFY(!pacer.isHolding());
    QVERIFY(m_view->updatesEnabled());
}

void TstPaintPacer::inputPaintsAtOnce_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("wheel") << QStringLiteral("wheel");
    QTest::newRow("key") << QStringLiteral("key");
    QTest::newRow("mouse press") << QStringLiteral("press");
    QTest::newRow("drag") << QStringLiteral("drag");
    QTest::newRow("resize") << QStringLiteral("resize");
}

void TstPaintPacer::inputPaintsAtOnce()
{
    QFETCH(QString, input);
    PaintPacer pacer(m_view, {m_view->verticalScrollBar()}, 10'000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->viewport()->update();
    QVERIFY(waitForPaint());
    pacer.hold();
    QVERIFY(pacer.isHolding());

    QWidget *viewport = m_view->viewport();
    const QPointF at(10, 10);
    const int before = m_paints.count;
    if (input == QLatin1String("wheel")) {
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
    } else if (input == QLatin1String("key")) {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
        QApplication::sendEvent(m_view, &key);
    } else if (input == QLatin1String("press")) {
        QMouseEvent press(QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->verticalScrollBar(), &press);
    } else if (input == QLatin1String("drag")) {
        QMouseEvent drag(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drag);
    } else {
        m_view->resize(420, 320);
    }
    QVERIFY(!pacer.isHolding());
    QVERIFY(m_view->updatesEnabled());
    QTRY_VERIFY(m_paints.count > before);
    // Right after input the view is not held again: the user sees each step. A resize only
    // paints what it exposed.
    pacer.hold();
    QCOMPARE(pacer.isHolding(), input == QLatin1String("resize"));
}

void TstPaintPacer::releaseShowsTheChanges()
{
    PaintPacer pacer(m_view, {}, 10'000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->viewport()->update();
    QVERIFY(waitForPaint());
    pacer.hold();
    m_model->setData(m_model->index(0, 0), QStringLiteral("changed"));
    const int held = m_paints.count;
    QCoreApplication::processEvents();
    QCOMPARE(m_paints.count, held); // held: not painted
    pacer.release();
    QVERIFY(!pacer.isHolding());
    QVERIFY(waitForPaint());
    // Hovering is not input that stops the pacing.
    QMouseEvent hover(QEvent::MouseMove, QPointF(5, 5), QPointF(5, 5), Qt::NoButton, Qt::NoButton,
                      Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &hover);
    pacer.hold();
    QVERIFY(pacer.isHolding());
}

QTEST_MAIN(TstPaintPacer)
#include "tst_paintpacer.moc"
