#include "wizardtestsupport.h"

#include "ui/csvimport/csvimportdialog.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizardreviewpage.h"
#include "ui/wizard/wizarduserspage.h"

#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace wsc;
using namespace WizardTest;

/**
 * Submitting from the create wizard against wsemu: a 240-row CSV through the users page goes
 * out as 5 requests (cap 50) and ends as 240 desktops; a refusal (400 naming a field) keeps the
 * wizard open with the finding on the page and row it concerns and nothing lost; desktops other
 * requests created before a refusal leave the form so a second submit cannot double them; one
 * press is one batch; unassigned desktops.
 */
class tst_CreateWizardSubmit : public CreateWizardTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void csv240ThroughTheUsersPage();
    void refusalShowsOnItsPage();
    void acceptedPartLeavesTheForm();
    void onePressIsOneBatch();
    void unassignedDesktops();

private:
    /** Picks product and image, and walks with Next to the users page. */
    bool walkToUsers();
    QPushButton *submitButton() const
    {
        return qobject_cast<QPushButton *>(m_wizard->button(QWizard::FinishButton));
    }
    /** A desktop the tenant already has, named @p computerName (for duplicate refusals). */
    bool createExisting(const QString &computerName);
};

namespace {

DesktopItem user(const QString &name, const QString &computer = {})
{
    DesktopItem item;
    item.userName = name;
    item.userEmail = name + QStringLiteral("@example.com");
    item.computerName = computer;
    return item;
}

} // namespace

void tst_CreateWizardSubmit::initTestCase()
{
    startEmulator(emptyTenant(), QLocale::c());
}

void tst_CreateWizardSubmit::cleanupTestCase()
{
    stopEmulator();
}

void tst_CreateWizardSubmit::init()
{
    // 240 desktops need more than the default quota of 100.
    resetToEmpty({{QStringLiteral("desktop_quota"), 1000}});
}

void tst_CreateWizardSubmit::cleanup()
{
    closeWizard();
}

bool tst_CreateWizardSubmit::walkToUsers()
{
    return walkTo(CreateDesktopWizard::UsersPageId);
}

bool tst_CreateWizardSubmit::createExisting(const QString &computerName)
{
    CreateDesktopRequest r = windowsRequest();
    r.desktops = {user(QStringLiteral("owner"), computerName)};
    auto *call = m_session->client->createDesktops(r);
    QSignalSpy done(call, &ApiCall::finished);
    return done.wait(5000) && call->isOk();
}

void tst_CreateWizardSubmit::csv240ThroughTheUsersPage()
{
    newSession(QStringLiteral("csv"));
    QVERIFY(openWizard());
    QVERIFY(walkToUsers());

    // An HR export: Chinese headers, UTF-8 with BOM, CRLF.
    QByteArray csv("\xEF\xBB\xBF");
    csv += QStringLiteral("用户名,邮箱,计算机名\r\n").toUtf8();
    for (int i = 1; i <= 240; ++i)
        csv += QStringLiteral("staff%1,staff%1@example.com,HR-%1\r\n")
                       .arg(i, 3, 10, QLatin1Char('0'))
                       .toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("staff.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    auto *page = qobject_cast<WizardUsersPage *>(m_wizard->currentPage());
    QVERIFY(page);
    QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("importCsvButton")),
                      Qt::LeftButton);
    CsvImportDialog *dialog = page->csvDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy loaded(dialog, &CsvImportDialog::loaded);
    dialog->openFile(path);
    QVERIFY(loaded.wait(10000));
    auto *import = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);

    ImportedUsersModel *users = m_wizard->requestModel()->users();
    QTRY_COMPARE(users->rowCount(), 240);
    QCOMPARE(users->item(239).computerName, QStringLiteral("HR-240"));
    const QList<int> lines = m_wizard->requestModel()->userLines();
    QCOMPARE(lines.first(), 2); // line 1 is the header
    QCOMPARE(lines.last(), 241);
    QCOMPARE(m_wizard->requestModel()->usersOrigin(), path);

    QVERIFY(next());
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QVERIFY(review);
    QCOMPARE(review->plan().chunks.size(), 5);
    QCOMPARE(m_wizard->findChild<QListWidget *>(QStringLiteral("requestList"))->count(), 5);
    QVERIFY2(review->planText().startsWith(QLatin1String("240")), qPrintable(review->planText()));
    QVERIFY(review->planText().contains(QLatin1String("5 request")));
    // Each chunk is a full body with 50 (the last: 40) desktops and the same top-level fields.
    for (int c = 0; c < 5; ++c) {
        const QJsonObject body = QJsonDocument::fromJson(review->plan().chunks.at(c).body).object();
        QCOMPARE(body.value(QStringLiteral("desktops")).toArray().size(), c < 4 ? 50 : 40);
        QCOMPARE(body.value(QStringLiteral("product_id")).toString(),
                 QStringLiteral("workspace.x86.general.xlarge2.windows"));
    }

    // More than 200 desktops: Submit waits for the count to be typed.
    QVERIFY(!review->isCountConfirmed());
    QVERIFY(!submitButton()->isEnabled());
    auto *typed = m_wizard->findChild<QLineEdit *>(QStringLiteral("typedCountEdit"));
    QVERIFY(typed && typed->isVisible());
    typed->setFocus();
    QTest::keyClicks(typed, QStringLiteral("240"));

    QSignalSpy submitted(m_wizard, &CreateDesktopWizard::submitted);
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QTRY_VERIFY(submitButton()->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    const QString batchId = submitted.constFirst().constFirst().toString();

    // The emulator accepts the five requests and ends with 240 desktops, each name once.
    QTRY_COMPARE_WITH_TIMEOUT(createRequests(m_emu), 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_emu.state()
                                      .value(QStringLiteral("desktops"))
                                      .toObject()
                                      .value(QStringLiteral("total"))
                                      .toInt(),
                              240, 20000);
    const QHash<QString, QJsonObject> desktops = desktopsByName(m_emu);
    QCOMPARE(desktops.size(), 240);
    QVERIFY(desktops.contains(QStringLiteral("HR-001")));
    QCOMPARE(desktops.value(QStringLiteral("HR-240")).value(QStringLiteral("user_name")).toString(),
             QStringLiteral("staff240"));
    // The batch remembers each desktop's CSV line, for results and retries.
    const QList<BatchItem> items = m_session->jobs->items(batchId);
    QCOMPARE(items.size(), 240);
    for (const BatchItem &item : items)
        QCOMPARE(item.sourceLine, item.sourceIndex + 2);
    QCOMPARE(m_session->jobs->batch(batchId).desktops, 240);
}

void tst_CreateWizardSubmit::refusalShowsOnItsPage()
{
    newSession(QStringLiteral("refused"));
    QVERIFY(openWizard());
    QVERIFY(createExisting(QStringLiteral("PC-TAKEN")));
    QVERIFY(walkToUsers());
    ImportedUsersModel *users = m_wizard->requestModel()->users();
    users->setRows({user(QStringLiteral("alice"), QStringLiteral("PC-A1")),
                    user(QStringLiteral("bob"), QStringLiteral("PC-TAKEN")),
                    user(QStringLiteral("carol"))});
    QVERIFY(next());
    QTRY_VERIFY(submitButton()->isEnabled());
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QTest::mouseClick(submitButton(), Qt::LeftButton);

    // The service refuses (the client cannot know the tenant's names): the wizard stays open,
    // back on the users page, the finding on bob's row, everything typed still there.
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CreateDesktopWizard::UsersPageId), 15000);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(users->rowCount(), 3);
    auto *usersMessage = m_wizard->findChild<FieldMessage *>(QStringLiteral("usersMessage"));
    QTRY_VERIFY(usersMessage->isVisible());
    QVERIFY2(usersMessage->text().startsWith(QLatin1String("Row 2: Refused by the service")),
             qPrintable(usersMessage->text()));
    QVERIFY(usersMessage->text().contains(QLatin1String("PC-TAKEN")));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // The cell it names is selected for fixing.
    auto *view = m_wizard->findChild<QTableView *>(QStringLiteral("usersView"));
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(view->currentIndex().column(), users->columnOf(QStringLiteral("computer_name")));
    // Nothing was created by the refused request; the review says why, with the code.
    QCOMPARE(desktopsByName(m_emu).size(), 1);
    auto *submitMessage = m_wizard->findChild<FieldMessage *>(QStringLiteral("submitMessage"));
    QVERIFY(submitMessage->text().contains(QLatin1String("WKS.00010005")));

    QVERIFY(editCell(view,
                     view->model()->index(1, users->columnOf(QStringLiteral("computer_name"))),
                     QStringLiteral("PC-B2")));
    QTRY_VERIFY(!usersMessage->isVisible());
    QVERIFY(next());
    // The refusal was resolved at its field: the review no longer shows it in red.
    QTRY_VERIFY(submitMessage->text().isEmpty());
    QTRY_VERIFY(submitButton()->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    const QHash<QString, QJsonObject> desktops = desktopsByName(m_emu);
    QCOMPARE(desktops.size(), 4);
    QVERIFY(desktops.contains(QStringLiteral("PC-A1"))
            && desktops.contains(QStringLiteral("PC-B2")));
}

void tst_CreateWizardSubmit::acceptedPartLeavesTheForm()
{
    // Two desktops per request; the first request is refused while the other two, already on
    // the wire, are accepted.
    newSession(QStringLiteral("partial"), 2);
    QVERIFY(openWizard());
    QVERIFY(createExisting(QStringLiteral("PC-TAKEN")));
    QVERIFY(walkToUsers());
    ImportedUsersModel *users = m_wizard->requestModel()->users();
    users->setRows({user(QStringLiteral("u1"), QStringLiteral("PC-TAKEN")),
                    user(QStringLiteral("u2"), QStringLiteral("PC-02")),
                    user(QStringLiteral("u3"), QStringLiteral("PC-03")),
                    user(QStringLiteral("u4"), QStringLiteral("PC-04")),
                    user(QStringLiteral("u5"), QStringLiteral("PC-05")),
                    user(QStringLiteral("u6"), QStringLiteral("PC-06"))});
    QVERIFY(next());
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    QCOMPARE(review->plan().chunks.size(), 3);
    m_emu.configure({{QStringLiteral("latency_ms"), 300}}); // all three in flight at once
    QSignalSpy submitted(m_wizard, &CreateDesktopWizard::submitted);
    QTRY_VERIFY(submitButton()->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CreateDesktopWizard::UsersPageId), 15000);

    // Rows 3-6 were created: they left the form; rows 1-2 stay, row 1 with its refusal.
    QCOMPARE(users->rowCount(), 2);
    QCOMPARE(users->item(0).userName, QStringLiteral("u1"));
    QCOMPARE(users->item(1).userName, QStringLiteral("u2"));
    QCOMPARE(submitted.count(), 1); // the jobs panel follows the four
    auto *usersMessage = m_wizard->findChild<FieldMessage *>(QStringLiteral("usersMessage"));
    QTRY_VERIFY2(usersMessage->text().startsWith(QLatin1String("Row 1:")),
                 qPrintable(usersMessage->text()));
    auto *submitMessage = m_wizard->findChild<FieldMessage *>(QStringLiteral("submitMessage"));
    QVERIFY2(submitMessage->text().contains(QLatin1String("4 desktop")),
             qPrintable(submitMessage->text()));
    const QHash<QString, QJsonObject> desktops = desktopsByName(m_emu);
    QCOMPARE(desktops.size(), 5);
    for (const char *name : {"PC-03", "PC-04", "PC-05", "PC-06"})
        QVERIFY2(desktops.contains(QString::fromLatin1(name)), name);
    QVERIFY(!desktops.contains(QStringLiteral("PC-02")));
}

void tst_CreateWizardSubmit::onePressIsOneBatch()
{
    newSession(QStringLiteral("double"));
    QVERIFY(openWizard());
    QVERIFY(walkToUsers());
    m_wizard->requestModel()->users()->setRows(
            {user(QStringLiteral("dana")), user(QStringLiteral("erik"))});
    QVERIFY(next());
    QTRY_VERIFY(submitButton()->isEnabled());
    m_emu.configure({{QStringLiteral("latency_ms"), 400}});
    const int batchesBefore = int(m_session->jobs->batches().size());
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    // While the answer is awaited: Submit, Back, Cancel and the draft buttons are off; a second
    // click, Return or Escape does nothing.
    QVERIFY(m_wizard->isSubmitting());
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::CancelButton)->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QTest::keyClick(m_wizard, Qt::Key_Return);
    m_wizard->accept();
    QTest::keyClick(m_wizard, Qt::Key_Escape);
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(int(m_session->jobs->batches().size()), batchesBefore + 1);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    QCOMPARE(int(m_session->jobs->batches().size()), batchesBefore + 1);
    QTRY_COMPARE(desktopsByName(m_emu).size(), 2);
    QCOMPARE(createRequests(m_emu), 1);
}

void tst_CreateWizardSubmit::unassignedDesktops()
{
    newSession(QStringLiteral("unassigned"));
    QVERIFY(openWizard());
    QVERIFY(walkToUsers());
    CreateRequestModel *request = m_wizard->requestModel();
    QTest::mouseClick(m_wizard->findChild<QAbstractButton *>(QStringLiteral("unassignedModeRadio")),
                      Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(request->usersMode(), CreateRequestModel::UsersMode::Unassigned);
    auto *name = m_wizard->findChild<QLineEdit *>(QStringLiteral("desktopNameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("training-room-a"));
    auto *nameMessage = m_wizard->findChild<FieldMessage *>(QStringLiteral("desktopNameMessage"));
    auto *count = m_wizard->findChild<QSpinBox *>(QStringLiteral("desktopCountSpin"));
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("3"));
    QCOMPARE(request->size(), 3);
    // 15 characters name one desktop; for three it is a prefix, at most 13.
    QTRY_VERIFY(nameMessage->isVisible());
    QVERIFY(nameMessage->hasError());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("train"));
    QTRY_VERIFY(!nameMessage->isVisible());
    QVERIFY(next());
    auto *review = qobject_cast<WizardReviewPage *>(m_wizard->currentPage());
    const QJsonObject body = QJsonDocument::fromJson(review->plan().chunks.at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("size")).toInt(), 3);
    QCOMPARE(body.value(QStringLiteral("desktop_name")).toString(), QStringLiteral("train"));
    QVERIFY(!body.contains(QStringLiteral("desktops")));
    QSignalSpy finished(m_wizard, &QDialog::finished);
    QTRY_VERIFY(submitButton()->isEnabled());
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE(desktopsByName(m_emu).size(), 3);
    for (const QJsonObject &d : desktopsByName(m_emu))
        QVERIFY(d.value(QStringLiteral("user_name")).toString().isEmpty());
}

QTEST_MAIN(tst_CreateWizardSubmit)
#include "tst_createwizardsubmit.moc"
