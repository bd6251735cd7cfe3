#include "wizardtestsupport.h"

#include "ui/assign/assigndesktopswizard.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/typedcountconfirmation.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/quotapanel.h"
#include "ui/wizard/wizardquota.h"
#include "ui/wizard/wizardreviewpage.h"
#include "ui/wizard/wizardtypepage.h"

#include "models/itemmodels/candidateusersmodel.h"
#include "models/itemmodels/createrequestmodel.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace wsc;
using namespace WizardTest;

/**
 * What keeps work and tenants safe in the two wizards, against wsemu: Cancel, Escape and
 * closing the window ask before unsent input is discarded (and do not ask when nothing was
 * entered); a batch of more than 200 desktops is submitted only once its count is typed.
 */
class tst_WizardSafety : public CreateWizardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void discardPrompt_data();
    void discardPrompt();
    void assignDiscardPrompt_data();
    void assignDiscardPrompt();
    void bigBatchTypedCount_data();
    void bigBatchTypedCount();
    void quotaBlocksBatch_data();
    void quotaBlocksBatch();

private:
    bool walkToReview(int desktops);
    /** Triggers the way out named @p how: "cancel", "escape" or "close". */
    static void leave(QWizard *wizard, const QString &how);
    static QMessageBox *prompt(QWidget *window);

    QPointer<AssignDesktopsWizard> m_assign;
};

void tst_WizardSafety::initTestCase()
{
    startEmulator(emptyTenant(), QLocale::c());
}

void tst_WizardSafety::cleanupTestCase()
{
    stopEmulator();
}

void tst_WizardSafety::init()
{
    resetToEmpty({{QStringLiteral("desktop_quota"), 1000}});
    newSession(QStringLiteral("journal"));
}

void tst_WizardSafety::cleanup()
{
    delete m_assign.data();
    closeWizard();
}

bool tst_WizardSafety::walkToReview(int desktops)
{
    return walkTo(CreateDesktopWizard::ReviewPageId, [desktops](CreateRequestModel *request) {
        request->setUsersMode(CreateRequestModel::UsersMode::Unassigned);
        request->setDesktopName(QStringLiteral("lab"));
        request->setSize(desktops);
    });
}

void tst_WizardSafety::leave(QWizard *wizard, const QString &how)
{
    if (how == QLatin1String("cancel"))
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    else if (how == QLatin1String("escape"))
        QTest::keyClick(wizard, Qt::Key_Escape);
    else
        wizard->close();
}

QMessageBox *tst_WizardSafety::prompt(QWidget *window)
{
    return window->findChild<QMessageBox *>(QStringLiteral("discardPromptBox"));
}

void tst_WizardSafety::discardPrompt_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("entered");
    for (const char *how : {"cancel", "escape", "close"}) {
        QTest::addRow("%s, nothing entered", how) << QString::fromLatin1(how) << false;
        QTest::addRow("%s, a product chosen", how) << QString::fromLatin1(how) << true;
    }
}

void tst_WizardSafety::discardPrompt()
{
    QFETCH(QString, how);
    QFETCH(bool, entered);
    QVERIFY(openWizard());
    QTRY_VERIFY_WITH_TIMEOUT(catalogsReady(m_session->catalog.get()), 10000);
    QVERIFY(!m_wizard->hasUnsentInput()); // the catalogs' defaults are not input
    QSignalSpy finished(m_wizard.data(), &QDialog::finished);
    if (entered) {
        // The first product that can be chosen (sold-out ones cannot).
        auto *products = m_wizard->findChild<QTableView *>(QStringLiteral("productView"));
        QModelIndex sellable;
        for (int r = 0; r < products->model()->rowCount() && !sellable.isValid(); ++r) {
            const QModelIndex index = products->model()->index(r, 0);
            if (index.flags() & Qt::ItemIsSelectable)
                sellable = index;
        }
        QVERIFY(sellable.isValid());
        products->scrollTo(sellable);
        QTest::mouseClick(products->viewport(), Qt::LeftButton, {},
                          products->visualRect(sellable).center());
        QVERIFY(m_wizard->hasUnsentInput());
    }

    leave(m_wizard, how);
    if (!entered) {
        // Nothing to lose: no question, the window goes.
        QCOMPARE(finished.size(), 1);
        QVERIFY(!prompt(m_wizard));
        QVERIFY(!m_wizard->isVisible());
        return;
    }
    QMessageBox *box = prompt(m_wizard);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QLatin1String("not been submitted")));
    QCOMPARE(finished.size(), 0);
    // Enter keeps editing (the default button): the form and the choice stay.
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!prompt(m_wizard));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(finished.size(), 0);
    QVERIFY(!m_wizard->requestModel()->productId().isEmpty());

    // Asked again, "Discard" closes it.
    leave(m_wizard, how);
    box = prompt(m_wizard);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Rejected));
    QVERIFY(!m_wizard->isVisible());
}

void tst_WizardSafety::assignDiscardPrompt_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("entered");
    for (const char *how : {"cancel", "escape", "close"}) {
        QTest::addRow("%s, nothing entered", how) << QString::fromLatin1(how) << false;
        QTest::addRow("%s, a name typed", how) << QString::fromLatin1(how) << true;
    }
}

void tst_WizardSafety::assignDiscardPrompt()
{
    QFETCH(QString, how);
    QFETCH(bool, entered);
    m_assign = new AssignDesktopsWizard(m_session->client.get(), m_session->jobs.get());
    QSignalSpy loaded(m_assign.data(), &AssignDesktopsWizard::loaded);
    m_assign->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_assign));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!m_assign->hasUnsentInput());
    QSignalSpy finished(m_assign.data(), &QDialog::finished);
    if (entered) {
        auto *name = m_assign->findChild<QLineEdit *>(QStringLiteral("typedUserEdit"));
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("newcomer01"));
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(m_assign->usersModel()->rowOf(QStringLiteral("newcomer01")) >= 0, true);
        QVERIFY(m_assign->hasUnsentInput());
    }
    leave(m_assign, how);
    if (!entered) {
        QCOMPARE(finished.size(), 1);
        QVERIFY(!prompt(m_assign));
        return;
    }
    QMessageBox *box = prompt(m_assign);
    QVERIFY(box);
    QCOMPARE(finished.size(), 0);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepEditingButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!prompt(m_assign));
    QVERIFY(m_assign->isVisible());
    leave(m_assign, how);
    box = prompt(m_assign);
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
}

void tst_WizardSafety::bigBatchTypedCount_data()
{
    QTest::addColumn<int>("desktops");
    QTest::addColumn<bool>("asks");
    QTest::newRow("200: no question") << 200 << false;
    QTest::newRow("201: typed count") << 201 << true;
}

void tst_WizardSafety::bigBatchTypedCount()
{
    QFETCH(int, desktops);
    QFETCH(bool, asks);
    QVERIFY(openWizard());
    QVERIFY(walkToReview(desktops));
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QVERIFY(review);
    QAbstractButton *submit = m_wizard->button(QWizard::FinishButton);
    TypedCountConfirmation *confirm = review->countConfirmation();
    QCOMPARE(confirm->isVisible(), asks);
    if (asks) {
        QVERIFY(!submit->isEnabled());
        QCOMPARE(confirm->count(), desktops);
        QLineEdit *edit = confirm->lineEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QString::number(desktops - 1));
        QVERIFY(!submit->isEnabled());
        QCOMPARE(createRequests(m_emu), 0);
        edit->clear();
        QTest::keyClicks(edit, QString::number(desktops));
        QTRY_VERIFY(submit->isEnabled());

        // Another count is another question: going back and changing it clears the answer.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        m_wizard->requestModel()->setSize(desktops + 1);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(CreateDesktopWizard::ReviewPageId));
        QTRY_COMPARE(confirm->count(), desktops + 1);
        QVERIFY(!submit->isEnabled());
        QTest::keyClicks(edit, QString::number(desktops + 1));
        desktops += 1;
    }
    QTRY_VERIFY(submit->isEnabled());
    QSignalSpy finished(m_wizard.data(), &QDialog::finished);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    QTRY_COMPARE_WITH_TIMEOUT(desktopsByName(m_emu).size(), desktops, 20000);
}

void tst_WizardSafety::quotaBlocksBatch_data()
{
    QTest::addColumn<int>("quota");
    QTest::addColumn<int>("existing");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("fits");
    QTest::newRow("6 left, 7 asked") << 10 << 4 << 7 << false;
    QTest::newRow("6 left, 6 asked") << 10 << 4 << 6 << true;
    QTest::newRow("none left") << 3 << 3 << 1 << false;
}

void tst_WizardSafety::quotaBlocksBatch()
{
    QFETCH(int, quota);
    QFETCH(int, existing);
    QFETCH(int, batch);
    QFETCH(bool, fits);
    m_emu.configure({{QStringLiteral("desktop_quota"), quota}});
    if (existing > 0) {
        CreateDesktopRequest r = windowsRequest();
        r.desktopName = QStringLiteral("old");
        r.size = existing;
        auto *call = m_session->client->createDesktops(r);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY2(call->isOk(), qPrintable(call->error().errorMessage));
    }
    QTRY_COMPARE_WITH_TIMEOUT(desktopsByName(m_emu).size(), existing, 10000);
    const int before = createRequests(m_emu);

    QVERIFY(openWizard());
    // The type page says what is left, and the other quotas.
    auto *typePanel = m_wizard->findChild<QuotaPanel *>(QStringLiteral("typeQuotaPanel"));
    QVERIFY(typePanel);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->quota()->state(), WizardQuota::State::Ready, 10000);
    const QString left = QStringLiteral("%1 of %2 left (%3 in use)")
                                 .arg(quota - existing)
                                 .arg(quota)
                                 .arg(existing);
    QVERIFY2(typePanel->headline().contains(left), qPrintable(typePanel->headline()));
    QVERIFY2(typePanel->details().contains(QLatin1String("vCPUs")),
             qPrintable(typePanel->details()));
    QVERIFY(typePanel->isVisible());

    QVERIFY(walkToReview(batch));
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->quota()->state(), WizardQuota::State::Ready, 10000);
    QAbstractButton *submit = m_wizard->button(QWizard::FinishButton);
    QuotaPanel *panel = review->quotaPanel();
    QVERIFY(panel->isVisible());
    if (!fits) {
        QVERIFY(!review->fitsQuota());
        QVERIFY(!submit->isEnabled());
        const QString text = panel->blockText();
        // Every figure is named: what the batch needs, what is left, the quota, what is used.
        QVERIFY2(
                text.contains(QStringLiteral("needs %1, %2 of the quota of %3 are left (%4 in use)")
                                      .arg(batch)
                                      .arg(quota - existing)
                                      .arg(quota)
                                      .arg(existing)),
                qPrintable(text));
        auto *message = panel->findChild<FieldMessage *>(QStringLiteral("quotaMessage"));
        QVERIFY(message && message->isVisible() && message->hasError());
        // Nothing is sent, whatever is pressed.
        m_wizard->accept();
        QCOMPARE(createRequests(m_emu), before);
        // Fewer desktops fit: Submit comes back.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        m_wizard->requestModel()->setSize(quota - existing > 0 ? quota - existing : 1);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (quota == existing) {
            QTRY_COMPARE(m_wizard->quota()->state(), WizardQuota::State::Ready);
            QVERIFY(!submit->isEnabled());
            return;
        }
        batch = quota - existing;
    }
    QTRY_VERIFY(review->fitsQuota());
    QTRY_VERIFY(submit->isEnabled());
    QVERIFY(panel->blockText().isEmpty());
    QSignalSpy finished(m_wizard.data(), &QDialog::finished);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(desktopsByName(m_emu).size(), existing + batch, 20000);
}

QTEST_MAIN(tst_WizardSafety)
#include "tst_wizardsafety.moc"
