// The shared widgets of ui/widgets: FieldMessage (icon + text under a field) and
// LoadStateWidget (busy / error with cause and Retry / content).

#include "api/http/errorcatalog.h"
#include "ui/mainwindow/createuserchecks.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loadstatewidget.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace wsc;

class tst_MainWindowWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldMessage_data();
    void fieldMessage();
    void fieldMessageRestoresTooltip();
    void loadStateSwitchesPages();
    void loadStateExplainsApiErrors_data();
    void loadStateExplainsApiErrors();
    void loadStateErrorScrollsInASmallPanel_data();
    void loadStateErrorScrollsInASmallPanel();
    void busyIndicatorTurnsOnlyWhenShown();
    void createUserChecks_data();
    void createUserChecks();
};

namespace {
Finding finding(const QString &path, Severity severity, const QString &message)
{
    Finding f;
    f.path = path;
    f.code = path + QStringLiteral(".rule");
    f.severity = severity;
    f.message = message;
    return f;
}
} // namespace

void tst_MainWindowWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MainWindowWidgets::fieldMessage_data()
{
    QTest::addColumn<Findings>("findings");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("severity");

    const Finding error = finding(QStringLiteral("desktops[0].user_name"), Severity::Error,
                                  QStringLiteral("Too long."));
    const Finding warning = finding(QStringLiteral("desktops[0].user_name"), Severity::Warning,
                                    QStringLiteral("Unusual."));
    const Finding other = finding(QStringLiteral("desktops[1].user_name"), Severity::Error,
                                  QStringLiteral("Elsewhere."));
    QTest::newRow("none") << Findings() << QString() << QString();
    QTest::newRow("other path only") << Findings{other} << QString() << QString();
    QTest::newRow("warning") << Findings{warning, other} << QStringLiteral("Unusual.")
                             << QStringLiteral("warning");
    QTest::newRow("error before warning")
            << Findings{warning, error} << QStringLiteral("Too long.\nUnusual.")
            << QStringLiteral("error");
    QTest::newRow("same message once")
            << Findings{error, error} << QStringLiteral("Too long.") << QStringLiteral("error");
}

void tst_MainWindowWidgets::fieldMessage()
{
    QFETCH(Findings, findings);
    QFETCH(QString, text);
    QFETCH(QString, severity);
    QWidget window;
    auto *edit = new QLineEdit(&window);
    auto *message = new FieldMessage(QStringLiteral("desktops[0].user_name"), edit, &window);
    window.show();
    message->setFindings(findings);
    QCOMPARE(message->text(), text);
    QCOMPARE(message->isVisible(), !text.isEmpty());
    QCOMPARE(message->hasError(), severity == QLatin1String("error"));
    QCOMPARE(edit->property(FieldMessage::severityProperty()).toString(), severity);
    QCOMPARE(edit->toolTip(), text);
    auto *icon = message->findChild<QLabel *>(QStringLiteral("fieldMessageIcon"));
    QVERIFY(icon);
    QCOMPARE(icon->isVisible(), !text.isEmpty());
    message->clear();
    QVERIFY(!message->isVisible());
}

void tst_MainWindowWidgets::fieldMessageRestoresTooltip()
{
    QLineEdit edit;
    edit.setToolTip(QStringLiteral("The user's sign-in name"));
    FieldMessage message(QStringLiteral("name"), &edit);
    message.setMessage(Severity::Error, QStringLiteral("Required."));
    QCOMPARE(edit.toolTip(), QStringLiteral("Required."));
    message.setFindings({});
    QCOMPARE(edit.toolTip(), QStringLiteral("The user's sign-in name"));
    message.setHint(QStringLiteral("Letters and digits"));
    QCOMPARE(message.text(), QStringLiteral("Letters and digits"));
    QVERIFY(!message.hasError());
}

void tst_MainWindowWidgets::loadStateSwitchesPages()
{
    auto *content = new QLabel(QStringLiteral("the table"));
    LoadStateWidget widget(content, nullptr);
    widget.show();
    auto *stack = widget.findChild<QStackedWidget *>(QStringLiteral("loadStateStack"));
    QVERIFY(stack);
    QCOMPARE(widget.state(), LoadStateWidget::State::Content);
    QCOMPARE(stack->currentWidget(), content);

    QSignalSpy states(&widget, &LoadStateWidget::stateChanged);
    widget.showBusy();
    QCOMPARE(widget.state(), LoadStateWidget::State::Busy);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("loadStateBusy"));
    auto *busyLabel = widget.findChild<QLabel *>(QStringLiteral("loadStateBusyLabel"));
    QVERIFY(!busyLabel->text().isEmpty());

    widget.showError(QStringLiteral("The list could not be read."), QStringLiteral("Try later."));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("loadStateErrorScroll"));
    QCOMPARE(widget.errorText(), QStringLiteral("The list could not be read. Try later."));
    QSignalSpy retry(&widget, &LoadStateWidget::retryRequested);
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("loadStateRetryButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    widget.setRetryEnabled(false);
    QVERIFY(!button->isVisible());

    widget.showContent();
    QCOMPARE(stack->currentWidget(), content);
    QCOMPARE(states.count(), 3);
}

void tst_MainWindowWidgets::loadStateExplainsApiErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("throttled") << ApiError::fromHttp(
            429,
            R"({"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached","request_id":"abc123"})",
            "abc123");
    QTest::newRow("refused") << ApiError::network(ApiError::Kind::ConnectionRefused,
                                                  QStringLiteral("Connection refused"));
    QTest::newRow("signature") << ApiError::fromHttp(
            401,
            R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"})",
            {});
}

void tst_MainWindowWidgets::loadStateExplainsApiErrors()
{
    QFETCH(ApiError, error);
    LoadStateWidget widget;
    widget.showError(error);
    const ErrorCatalog::Explanation e = ErrorCatalog::explain(error);
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("loadStateCause"))->text(), e.cause);
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("loadStateFix"))->text(), e.fix);
    QCOMPARE(widget.error(), error);
    const QString detail = widget.findChild<QLabel *>(QStringLiteral("loadStateDetail"))->text();
    if (!error.errorCode.isEmpty())
        QVERIFY(detail.contains(error.errorCode));
    if (!error.requestId.isEmpty())
        QVERIFY(detail.contains(error.requestId));
}

void tst_MainWindowWidgets::loadStateErrorScrollsInASmallPanel_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("sentences");
    QTest::newRow("wide, one sentence") << 600 << 1;
    QTest::newRow("narrow, one sentence") << 220 << 1;
    QTest::newRow("narrow, long cause and fix") << 220 << 8;
}

// A stack is as tall as its tallest page: the error page must not make the panel (and the
// window holding it) taller than its content needs, however long the message; it scrolls.
void tst_MainWindowWidgets::loadStateErrorScrollsInASmallPanel()
{
    QFETCH(int, width);
    QFETCH(int, sentences);
    auto *content = new QLabel(QStringLiteral("the table"));
    LoadStateWidget widget(content, nullptr);
    const int contentMinimum = widget.minimumSizeHint().height();
    const QString sentence = QStringLiteral("The list of desktops could not be read. ");
    widget.showError(sentence.repeated(sentences), sentence.repeated(sentences));
    const int lines = widget.fontMetrics().height();
    QVERIFY2(widget.minimumSizeHint().height() <= std::max(contentMinimum, 4 * lines),
             qPrintable(QStringLiteral("minimum height %1 with the error shown")
                                .arg(widget.minimumSizeHint().height())));
    widget.resize(width, widget.minimumSizeHint().height());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *scroll = widget.findChild<QScrollArea *>(QStringLiteral("loadStateErrorScroll"));
    QVERIFY(scroll);
    auto *retry = widget.findChild<QPushButton *>(QStringLiteral("loadStateRetryButton"));
    QVERIFY(retry);
    // Whatever the room, the Retry button can be reached.
    scroll->ensureWidgetVisible(retry);
    QApplication::processEvents();
    const QRect shown = QRect(retry->mapTo(scroll->viewport(), QPoint(0, 0)), retry->size());
    QVERIFY2(scroll->viewport()->rect().contains(shown),
             qPrintable(QStringLiteral("Retry at %1,%2 outside a viewport of %3x%4")
                                .arg(shown.x())
                                .arg(shown.y())
                                .arg(scroll->viewport()->width())
                                .arg(scroll->viewport()->height())));
    if (sentences > 1)
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
}

void tst_MainWindowWidgets::busyIndicatorTurnsOnlyWhenShown()
{
    BusyIndicator busy;
    const int start = busy.angle();
    QTest::qWait(0);
    QCOMPARE(busy.angle(), start); // hidden: no timer
    busy.show();
    QTRY_VERIFY(busy.angle() != start);
    busy.hide();
    const int stopped = busy.angle();
    QCoreApplication::processEvents();
    QCOMPARE(busy.angle(), stopped);
}

void tst_MainWindowWidgets::createUserChecks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path"); // empty: no error expected
    QTest::addColumn<QString>("code"); // empty: any code at that path

    QTest::newRow("valid") << QString() << QString() << QString() << QString();
    QTest::newRow("phone instead of e-mail") << "contact"
                                             << "phone" << QString() << QString();
    QTest::newRow("no contact") << "contact"
                                << "none"
                                << "user_email"
                                << "contact.required";
    QTest::newRow("bad name") << "user_name"
                              << "-bad name!"
                              << "user_name" << QString();
    QTest::newRow("bad e-mail") << "user_email"
                                << "not-an-address"
                                << "user_email" << QString();
    QTest::newRow("admin short password") << "password"
                                          << "short"
                                          << "password"
                                          << "password.length";
    QTest::newRow("admin password mismatch") << "password"
                                             << "LongEnough#1"
                                             << "password_confirm"
                                             << "password.mismatch";
    QTest::newRow("admin password ok") << "password"
                                       << "Matching#2026" << QString() << QString();
    QTest::newRow("expired") << "account_expires"
                             << "2020-01-01T00:00:00Z"
                             << "account_expires"
                             << "account_expires.past";
    QTest::newRow("unreadable expiry") << "account_expires"
                                       << "tomorrow"
                                       << "account_expires"
                                       << "account_expires.format";
    QTest::newRow("never expires") << "account_expires"
                                   << "0" << QString() << QString();
    QTest::newRow("long description") << "description" << QString(256, u'd') << "description"
                                      << "description.length";
}

void tst_MainWindowWidgets::createUserChecks()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, code);
    CreateUserRequest r;
    r.userName = QStringLiteral("zhangsan");
    r.userEmail = QStringLiteral("zhangsan@example.com");
    r.activeType = QStringLiteral("USER_ACTIVATE");
    QString confirmation;
    if (field == QLatin1String("contact")) {
        r.userEmail.clear();
        if (value == QLatin1String("phone"))
            r.userPhone = QStringLiteral("13800000000");
    } else if (field == QLatin1String("user_name")) {
        r.userName = value;
    } else if (field == QLatin1String("user_email")) {
        r.userEmail = value;
    } else if (field == QLatin1String("password")) {
        r.activeType = QStringLiteral("ADMIN_ACTIVATE");
        r.password = value;
        confirmation
                = value == QLatin1String("LongEnough#1") ? QStringLiteral("Different#1") : value;
    } else if (field == QLatin1String("account_expires")) {
        r.accountExpires = value;
    } else if (field == QLatin1String("description")) {
        r.description = value;
    }
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const Findings findings = CreateUserChecks::check(r, confirmation, ValidationContext(), now);
    if (path.isEmpty()) {
        QVERIFY2(!hasErrors(findings), qPrintable(findings.value(0).code));
        return;
    }
    QVERIFY(hasErrors(findings));
    QCOMPARE(findings.first().path, path);
    if (!code.isEmpty())
        QCOMPARE(findings.first().code, code);
    QVERIFY(!findings.first().message.isEmpty());
}

QTEST_MAIN(tst_MainWindowWidgets)
#include "tst_mainwindowwidgets.moc"
