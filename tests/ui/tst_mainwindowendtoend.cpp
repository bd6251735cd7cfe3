// End to end through the main window on the Sandbox: Ctrl+N opens the wizard, its Submit
// starts a create batch whose desktop appears in the desktops list; Ctrl+Shift+A opens the
// assignment dialog, whose batch assigns the unassigned Sandbox desktops to directory users;
// the jobs dock shows both batches. The Sandbox server is a real wsemu process.

#include "consolefixture.h"

#include "api/jobs/jobcenter.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/session.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "support/emulatorconfig.h"
#include "ui/assign/assigndesktopswizard.h"
#include "ui/jobs/jobspanel.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablefilter.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/appsettings.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizardpage.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsc;

class tst_MainWindowEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createThenAssign();

private:
    int countWhere(DesktopsView *view, const std::function<bool(const DesktopInfo &)> &pred) const;

    ConsoleFixture m_console;
};

void tst_MainWindowEndToEnd::initTestCase()
{
    m_console.start({QStringLiteral("--time-scale"), QStringLiteral("0.02")});
}

void tst_MainWindowEndToEnd::cleanupTestCase()
{
    m_console.stop();
}

int tst_MainWindowEndToEnd::countWhere(DesktopsView *view,
                                       const std::function<bool(const DesktopInfo &)> &pred) const
{
    int n = 0;
    for (const DesktopInfo &d : view->model()->desktops())
        n += pred(d) ? 1 : 0;
    return n;
}

void tst_MainWindowEndToEnd::createThenAssign()
{
    MainWindow window(m_console.settings.get(), m_console.profiles.get(), m_console.sessions.get(),
                      m_console.translator.get());
    window.show();
    DesktopsView *view = window.desktopsView();
    QSignalSpy loaded(view, &DesktopsView::loaded);
    m_console.sessions->activateStored();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(view->model()->rowCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), Session::State::Connected, 10000);
    JobCenter *jobs = window.session()->jobCenter();
    QVERIFY(jobs);
    QVERIFY(window.jobsDock()->findChild<JobsPanel *>());

    // --- create: Ctrl+N, the wizard, Submit -------------------------------------------------
    QAction *create = window.findChild<QAction *>(QStringLiteral("createDesktopsAction"));
    QVERIFY(create->isEnabled());
    QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New));
    create->trigger();
    // The wizard closes (and deletes) itself after a successful submit.
    QPointer<CreateDesktopWizard> wizard = window.findChild<CreateDesktopWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    CreateRequestModel *m = wizard->requestModel();
    m->setAvailabilityZone(QStringLiteral("cn-north-4a"));
    m->setProductId(QStringLiteral("workspace.x86.general.xlarge2.windows"));
    m->setImageId(QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f"));
    m->setNics({QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55")});
    DesktopItem item;
    item.userName = QStringLiteral("e2euser01");
    item.userEmail = QStringLiteral("e2euser01@example.com");
    item.computerName = QStringLiteral("E2E-001");
    m->setUsersMode(CreateRequestModel::UsersMode::Users);
    m->users()->setRows({item}, {0});
    if (WizardPage *shown = wizard->wizardPage(wizard->currentId()))
        shown->readModel();
    // Next through the pages as the administrator would; each waits for its catalogs.
    while (wizard->currentId() != CreateDesktopWizard::ReviewPageId) {
        const int page = wizard->currentId();
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->currentPage()->isComplete(),
                                  qPrintable(QStringLiteral("page %1 incomplete").arg(page)),
                                  15000);
        wizard->next();
        QVERIFY(wizard->currentId() != page);
    }
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);
    QSignalSpy submitted(wizard, &CreateDesktopWizard::submitted);
    QSignalSpy finished(jobs, &JobCenter::batchFinished);
    wizard->accept();
    QVERIFY(submitted.count() > 0 || submitted.wait(20000));
    const QString createBatch = submitted.first().first().toString();
    QVERIFY(!createBatch.isEmpty());
    QVERIFY(window.jobsDock()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(jobs->batch(createBatch).isFinished(), 60000);
    QCOMPARE(jobs->batch(createBatch).succeeded, 1);
    // The window refreshes the list when the batch ends: the new desktop is there, with its user.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(countWhere(view,
                                         [](const DesktopInfo &d) {
                                             return d.computerName == QLatin1String("E2E-001")
                                                    && d.userName == QLatin1String("e2euser01")
                                                    && d.status == QLatin1String("ACTIVE");
                                         }),
                              1, 20000);
    if (wizard)
        wizard->close();

    // --- assign: Ctrl+Shift+A, pair the two unassigned desktops with two users -----------
    const int unassigned = countWhere(view, [](const DesktopInfo &d) { return !d.hasUser(); });
    QCOMPARE(unassigned, 2);
    QAction *assign = window.findChild<QAction *>(QStringLiteral("assignDesktopsAction"));
    QCOMPARE(assign->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    assign->trigger();
    auto *dialog = window.findChild<AssignDesktopsWizard *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 15000);
    QCOMPARE(dialog->desktopModel()->rowCount(), 2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAllDesktopsButton")),
                      Qt::LeftButton);
    const QString csv = m_console.dir.filePath(QStringLiteral("pairs.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user_name\r\nalice\r\nbob_chen\r\n");
    }
    dialog->importCsv(csv);
    QCOMPARE(dialog->importIssues().size(), 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pairInOrderButton")),
                      Qt::LeftButton);
    auto *review = dialog->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    QVERIFY(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    dialog->findChild<QCheckBox *>(QStringLiteral("createMissingCheck"))->setChecked(false);
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(send->isVisible() && send->isEnabled());
    QSignalSpy done(dialog, &AssignDesktopsWizard::batchDone);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(done.count() > 0 || done.wait(60000));
    const QString assignBatch = dialog->batchId();
    QCOMPARE(jobs->batch(assignBatch).kind, BatchKind::Attach);
    QCOMPARE(jobs->batch(assignBatch).succeeded, 2);
    // The list follows: no unassigned desktop is left, and the pool desktops have the users.
    QTRY_COMPARE_WITH_TIMEOUT(countWhere(view, [](const DesktopInfo &d) { return !d.hasUser(); }),
                              0, 20000);
    // A refresh while the attach ran may show the desktops ATTACHING, without a user name yet
    // (they count as assigned above): wait for the refresh the batch's end brings.
    QTRY_COMPARE_WITH_TIMEOUT(countWhere(view,
                                         [](const DesktopInfo &d) {
                                             return d.computerName.startsWith(
                                                            QLatin1String("WKS-POOL"))
                                                    && (d.userName == QLatin1String("alice")
                                                        || d.userName == QLatin1String("bob_chen"));
                                         }),
                              2, 20000);
    QCOMPARE(jobs->batches().size(), 2);
    dialog->close();
    window.close();
}

QTEST_MAIN(tst_MainWindowEndToEnd)
#include "tst_mainwindowendtoend.moc"
