// TypedCountConfirmation: only the exact number confirms, the signal follows every change, and
// the field can be found by assistive technology.

#include "ui/widgets/typedcountconfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

class tst_TypedCountConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void confirms_data();
    void confirms();
    void signalFollowsTyping();
    void newCountClearsTyping();
    void accessible();
};

void tst_TypedCountConfirmation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TypedCountConfirmation::confirms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("confirmed");

    QTest::newRow("exact") << 12 << QStringLiteral("12") << true;
    QTest::newRow("spaces around") << 12 << QStringLiteral(" 12 ") << true;
    QTest::newRow("prefix only") << 12 << QStringLiteral("1") << false;
    QTest::newRow("more") << 12 << QStringLiteral("120") << false;
    QTest::newRow("empty") << 12 << QString() << false;
    QTest::newRow("letters refused") << 12 << QStringLiteral("twelve") << false;
    QTest::newRow("leading zero") << 7 << QStringLiteral("07") << true;
    QTest::newRow("zero never confirms") << 0 << QStringLiteral("0") << false;
    QTest::newRow("large") << 500 << QStringLiteral("500") << true;
}

void tst_TypedCountConfirmation::confirms()
{
    QFETCH(int, count);
    QFETCH(QString, typed);
    QFETCH(bool, confirmed);

    TypedCountConfirmation widget;
    widget.setCount(count);
    QLineEdit *edit = widget.findChild<QLineEdit *>(QStringLiteral("typedCountEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, typed);
    QCOMPARE(widget.isConfirmed(), confirmed);
    auto *state = widget.findChild<QLabel *>(QStringLiteral("typedCountState"));
    QVERIFY(state);
    // The state is said in words, not only by the enabled OK button of the dialog.
    QCOMPARE(state->text().isEmpty(), edit->text().trimmed().isEmpty());
}

void tst_TypedCountConfirmation::signalFollowsTyping()
{
    TypedCountConfirmation widget;
    widget.setCount(12);
    QSignalSpy spy(&widget, &TypedCountConfirmation::confirmedChanged);
    QLineEdit *edit = widget.lineEdit();
    QTest::keyClicks(edit, QStringLiteral("1"));
    QCOMPARE(spy.count(), 0);
    QTest::keyClicks(edit, QStringLiteral("2"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QTest::keyClicks(edit, QStringLiteral("3"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(spy.count(), 3);
    QVERIFY(widget.isConfirmed());
}

void tst_TypedCountConfirmation::newCountClearsTyping()
{
    TypedCountConfirmation widget;
    widget.setCount(3);
    QTest::keyClicks(widget.lineEdit(), QStringLiteral("3"));
    QVERIFY(widget.isConfirmed());
    QSignalSpy spy(&widget, &TypedCountConfirmation::confirmedChanged);
    // A selection that changed after typing must be confirmed again.
    widget.setCount(4);
    QVERIFY(!widget.isConfirmed());
    QCOMPARE(spy.count(), 1);
    QVERIFY(widget.lineEdit()->text().isEmpty());
}

void tst_TypedCountConfirmation::accessible()
{
    TypedCountConfirmation widget;
    widget.setCount(12);
    QVERIFY(!widget.lineEdit()->accessibleName().isEmpty());
    auto *prompt = widget.findChild<QLabel *>(QStringLiteral("typedCountPrompt"));
    QVERIFY(prompt);
    QCOMPARE(prompt->buddy(), widget.lineEdit());
    QVERIFY(prompt->text().contains(QStringLiteral("12")));
}

QTEST_MAIN(tst_TypedCountConfirmation)
#include "tst_typedcountconfirmation.moc"
