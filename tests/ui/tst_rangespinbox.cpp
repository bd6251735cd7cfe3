#include "ui/widgets/rangespinbox.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * Typed numbers stay as typed, even out of range, so that the field can say what is wrong
 * (EIP bandwidth 3000 must not become 300, a data disk of 5 GB must not go back to 100); the
 * arrow keys lead back into the range.
 */
class tst_RangeSpinBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keepsWhatIsTyped_data();
    void keepsWhatIsTyped();
    void arrowsStayInRange();
};

void tst_RangeSpinBox::keepsWhatIsTyped_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("EIP bandwidth above the maximum") << 1 << 2000 << 5 << "3000" << 3000 << false;
    QTest::newRow("data disk below the minimum") << 10 << 32760 << 100 << "5" << 5 << false;
    QTest::newRow("system disk in range") << 80 << 32760 << 80 << "85" << 85 << true;
    QTest::newRow("zero") << 1 << 10000 << 3 << "0" << 0 << false;
}

void tst_RangeSpinBox::keepsWhatIsTyped()
{
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(int, before);
    QFETCH(QString, typed);
    QFETCH(int, value);
    QFETCH(bool, allowed);
    QWidget window;
    RangeSpinBox spin(&window);
    QLineEdit other(&window);
    other.move(0, 60);
    spin.setAllowedRange(minimum, maximum);
    spin.setValue(before);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy changed(&spin, &QSpinBox::valueChanged);
    spin.setFocus();
    spin.selectAll();
    QTest::keyClicks(&spin, typed);
    // Leaving the field does not correct it either.
    other.setFocus();
    QTRY_VERIFY(other.hasFocus());
    QCOMPARE(spin.value(), value);
    QCOMPARE(spin.text(), typed);
    QCOMPARE(spin.isInAllowedRange(), allowed);
    QCOMPARE(changed.last().first().toInt(), value);
}

void tst_RangeSpinBox::arrowsStayInRange()
{
    RangeSpinBox spin;
    spin.setAllowedRange(1, 2000);
    spin.setSingleStep(10);
    spin.setValue(3000);
    spin.stepBy(1);
    QCOMPARE(spin.value(), 2000); // back into the range, not further out
    spin.setValue(1995);
    spin.stepBy(1);
    QCOMPARE(spin.value(), 2000);
    spin.stepBy(3);
    QCOMPARE(spin.value(), 2000);
    spin.setValue(5);
    spin.stepBy(-1);
    QCOMPARE(spin.value(), 1);
    spin.stepBy(-2);
    QCOMPARE(spin.value(), 1);
}

QTEST_MAIN(tst_RangeSpinBox)
#include "tst_rangespinbox.moc"
