#include "ui/assign/assigndesktopswizard.h"
#include "ui/assign/assignmentreviewwidget.h"
#include "ui/assign/sharedusersdialog.h"
#include "wsemuwidgettest.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"

#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/attachuserinfomodel.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "models/itemmodels/desktoplistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsc;

/**
 * The assignment wizard driven by objectName against a real wsemu: many desktops paired and
 * sent in API-sized requests, a refused request shown on the desktop that caused it, a shared
 * desktop given to users and a group, users created first, and rules checked as cells change.
 * Its pages are walked with the wizard's own buttons (Review = Next, Assign = Finish, Back).
 */
class tst_AssignDialog : public WsemuWidgetTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void attach120InThreeRequests();
    void conflictShownOnItsRow();
    void sharedDesktopUsersAndGroup();
    void failedSubJobsShownAndResent();
    void missingUsersCreatedFirst();
    void liveValidationBlocksReview_data();
    void liveValidationBlocksReview();
    void csvPairsByComputerName();
    void brokenAndTakenDesktops();
    void searchFiltersDesktops_data();
    void searchFiltersDesktops();
    void everyControlIsNamed();
    void modelsFollowEachOther_data();
    void modelsFollowEachOther();
    void fitsSmallScreens();

private:
    ConnectionConfig config() const;
    QStringList createDesktops(int count, const QString &type = QStringLiteral("DEDICATED"),
                               const QString &prefix = QStringLiteral("WKS"));
    AssignDesktopsWizard *openDialog();
    int attachRequests(const QString &status = QStringLiteral("200"));
    QString write(const QString &name, const QString &text);
    bool submit(AssignDesktopsWizard *dialog, bool createMissing, int timeoutMs = 60000);
    template<typename T>
    T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobCenter> m_jobs;
    QList<QPointer<AssignDesktopsWizard>> m_dialogs;
};

void tst_AssignDialog::initTestCase()
{
    startEmulator(emptyTenant()
                          + QStringList{QStringLiteral("--desktop-quota"), QStringLiteral("1000"),
                                        QStringLiteral("--seed"), QStringLiteral("11")},
                  QLocale(QStringLiteral("en_US")));
}

void tst_AssignDialog::init()
{
    resetToEmpty({{QStringLiteral("subjob_fail_rate"), 0}});
    m_client = std::make_unique<WorkspaceClient>(config());
    m_jobs = startJobs(m_client.get(), &m_journal);
    QVERIFY(m_jobs);
}

void tst_AssignDialog::cleanup()
{
    // Windows first: they hold calls on the client and listen to the job center. Only the
    // dialogs this test opened: a completer's popup is a top-level its completer deletes.
    for (const QPointer<AssignDesktopsWizard> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
    m_jobs.reset();
    m_journal.reset();
    m_client.reset();
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

ConnectionConfig tst_AssignDialog::config() const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu);
    c.timeoutMs = 5000;
    return c;
}

/** Desktops without users (CreateDesktop with size), in requests of the emulator's cap. */
QStringList tst_AssignDialog::createDesktops(int count, const QString &type, const QString &prefix)
{
    QStringList jobs;
    for (int done = 0; done < count;) {
        const int n = qMin(50, count - done);
        CreateDesktopRequest r = windowsRequest(type);
        r.size = n;
        // A prefix per request keeps names unique; size 1 names the desktop itself.
        r.desktopName = n == 1 ? QStringLiteral("%1-%2").arg(prefix).arg(done)
                               : QStringLiteral("%1%2").arg(prefix).arg(done / 50);
        auto *call = m_client->createDesktops(r);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(10000) || !call->isOk()) {
            qWarning("create failed: %s", qPrintable(call->error().summary()));
            return {};
        }
        jobs.append(call->result());
        done += n;
    }
    return jobs;
}

AssignDesktopsWizard *tst_AssignDialog::openDialog()
{
    auto *dialog = new AssignDesktopsWizard(m_client.get(), m_jobs.get());
    m_dialogs.append(dialog);
    new QAbstractItemModelTester(dialog->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    new QAbstractItemModelTester(dialog->desktopModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    new QAbstractItemModelTester(dialog->usersModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
    QSignalSpy loaded(dialog, &AssignDesktopsWizard::loaded);
    dialog->show();
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog))
        qWarning("the dialog is not active");
    if (!dialog->isLoaded() && !loaded.wait(15000))
        qWarning("the dialog did not load");
    return dialog;
}

int tst_AssignDialog::attachRequests(const QString &status)
{
    return m_emu.requestCount(QStringLiteral("POST /v2/{project_id}/desktops/attach"), status);
}

QString tst_AssignDialog::write(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
}

/** Review, then Assign; waits for the batch to end. */
bool tst_AssignDialog::submit(AssignDesktopsWizard *dialog, bool createMissing, int timeoutMs)
{
    auto *review = child<QPushButton>(dialog, "reviewButton");
    if (!review || !review->isEnabled()) {
        qWarning("review is not possible");
        return false;
    }
    QTest::mouseClick(review, Qt::LeftButton);
    auto *check = child<QCheckBox>(dialog, "createMissingCheck");
    check->setChecked(createMissing);
    auto *assign = child<QPushButton>(dialog, "submitButton");
    if (!assign->isVisible() || !assign->isEnabled()) {
        qWarning("submit is not possible");
        return false;
    }
    QSignalSpy done(dialog, &AssignDesktopsWizard::batchDone);
    QTest::mouseClick(assign, Qt::LeftButton);
    // Disabled while in flight, and no way back to edit the rows being sent.
    auto *back = child<QPushButton>(dialog, "backButton");
    if (dialog->isSubmitting() && (assign->isEnabled() || back->isEnabled())) {
        qWarning("submit or back stayed enabled in flight");
        return false;
    }
    if (done.count() == 0 && !done.wait(timeoutMs))
        return false;
    // Back on the table, where each row says what became of its desktop.
    if (dialog->currentId() != AssignDesktopsWizard::PairPageId) {
        qWarning("the wizard did not go back to the pairing page");
        return false;
    }
    return true;
}

// The headline case: 120 desktops, users pasted from a CSV, "Pair in order", reviewed as three
// bodies (50 + 50 + 20) and sent as exactly three AttachInstances requests.
void tst_AssignDialog::attach120InThreeRequests()
{
    QVERIFY(!createDesktops(120).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QCOMPARE(dialog->desktopModel()->rowCount(), 120);

    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    QCOMPARE(dialog->model()->rowCount(), 120);
    QCOMPARE(child<QTableView>(dialog, "desktopsView")->model()->rowCount(), 0);

    QString csv = QStringLiteral("用户名,邮箱\r\n");
    for (int i = 1; i <= 120; ++i)
        csv += QStringLiteral("staff%1,staff%1@example.com\r\n").arg(i, 3, 10, QLatin1Char('0'));
    dialog->importCsv(write(QStringLiteral("users120.csv"), csv));
    QCOMPARE(dialog->importIssues().size(), 0);
    QTest::mouseClick(child<QPushButton>(dialog, "pairInOrderButton"), Qt::LeftButton);
    AssignmentModel *model = dialog->model();
    QCOMPARE(model->pairedCount(), 120);
    QCOMPARE(model->errorCount(), 0);
    // Not in the directory: flagged, not blocking (the service creates LITE_AS users).
    QCOMPARE(model->missingUsers().size(), 120);
    QCOMPARE(model->row(0).userName, QStringLiteral("staff001"));
    QCOMPARE(model->row(119).userName, QStringLiteral("staff120"));
    QCOMPARE(model->row(0).line, 2);

    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    QCOMPARE(dialog->review()->chunkCount(), 3);
    const QJsonObject first
            = QJsonDocument::fromJson(dialog->review()->bodyText(0).toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("desktops")).toArray().size(), 50);
    QCOMPARE(first.value(QStringLiteral("desktops"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("user_name")),
             QJsonValue(QStringLiteral("staff001")));
    QCOMPARE(QJsonDocument::fromJson(dialog->review()->bodyText(2).toUtf8())
                     .object()
                     .value(QStringLiteral("desktops"))
                     .toArray()
                     .size(),
             20);
    QCOMPARE(child<QPlainTextEdit>(dialog, "bodyView")->toPlainText(),
             dialog->review()->bodyText(0));
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);

    QCOMPARE(attachRequests(), 0);
    QVERIFY(submit(dialog, false));
    QCOMPARE(attachRequests(), 3);
    QCOMPARE(model->doneCount(), 120);
    const QJsonObject byState = m_emu.state()
                                        .value(QStringLiteral("desktops"))
                                        .toObject()
                                        .value(QStringLiteral("by_attach_state"))
                                        .toObject();
    QCOMPARE(byState.value(QStringLiteral("ATTACHED")).toInt(), 120);
    QVERIFY(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("120")));
    // Nothing is left to send: assigned rows are done.
    QVERIFY(!child<QPushButton>(dialog, "reviewButton")->isEnabled());
    const BatchSummary summary = m_jobs->batch(dialog->batchId());
    QCOMPARE(summary.kind, BatchKind::Attach);
    QCOMPARE(summary.succeeded, 120);
    QVERIFY(m_jobs->items(dialog->batchId()).first().sourceLine == 2);
}

// A desktop taken through the API after the dialog listed it makes the service refuse the
// whole request with a 409 naming it: the error lands on that row, the others are marked as
// not applied, nothing typed is lost, and a second submit without that row succeeds.
void tst_AssignDialog::conflictShownOnItsRow()
{
    QVERIFY(!createDesktops(5).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QCOMPARE(dialog->desktopModel()->rowCount(), 5);
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    AssignmentModel *model = dialog->model();
    for (int i = 0; i < 5; ++i)
        model->setUser(i, QStringLiteral("conf%1").arg(i));
    const QString taken = model->row(2).desktop.desktopId;
    const QString takenName = model->row(2).desktop.computerName;

    attachElsewhere(m_client.get(), taken);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(submit(dialog, false));
    QCOMPARE(attachRequests(QStringLiteral("409")), 1);
    QCOMPARE(model->row(2).state, AssignmentRow::State::Failed);
    const QModelIndex status = model->index(2, AssignmentModel::StatusColumn);
    // The service's code, next to the directory warning (conf2 is not in the directory).
    QVERIFY(status.data(AssignmentModel::IssueCodesRole)
                    .toStringList()
                    .contains(QStringLiteral("WKS.00010032")));
    QCOMPARE(status.data(AssignmentModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY2(status.data().toString().contains(taken), qPrintable(status.data().toString()));
    for (const int other : {0, 1, 3, 4}) {
        QCOMPARE(model->row(other).state, AssignmentRow::State::Blocked);
        const QString text = model->index(other, AssignmentModel::StatusColumn).data().toString();
        QVERIFY2(text.contains(takenName) && text.contains(QStringLiteral("row 3")),
                 qPrintable(text));
        QCOMPARE(model->row(other).userName, QStringLiteral("conf%1").arg(other));
    }
    QVERIFY(child<QLabel>(dialog, "resultLabel")->text().contains(QStringLiteral("not assigned")));

    // Remove the taken desktop (keyboard: select its row, Delete) and send the rest again.
    auto *view = child<QTableView>(dialog, "assignmentView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, AssignmentModel::DesktopColumn));
    view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(submit(dialog, false));
    QCOMPARE(attachRequests(), 2); // the direct attach and this one
    QCOMPARE(model->doneCount(), 4);
}

// A SHARED desktop gets two directory users and a group through the users-and-groups dialog;
// the body carries attach_user_infos and the emulator's desktop ends with all three.
void tst_AssignDialog::sharedDesktopUsersAndGroup()
{
    QVERIFY(!createDesktops(1, QStringLiteral("SHARED"), QStringLiteral("SHR")).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QCOMPARE(dialog->desktopModel()->rowCount(), 1);
    auto *desktops = child<QTableView>(dialog, "desktopsView");
    desktops->selectRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "addDesktopsButton"), Qt::LeftButton);
    QCOMPARE(dialog->model()->rowCount(), 1);
    auto *view = child<QTableView>(dialog, "assignmentView");
    view->setCurrentIndex(view->model()->index(0, AssignmentModel::UserColumn));
    auto *sharedButton = child<QPushButton>(dialog, "sharedUsersButton");
    QVERIFY(sharedButton->isEnabled());
    QTest::mouseClick(sharedButton, Qt::LeftButton);
    auto *shared = dialog->findChild<SharedUsersDialog *>();
    QVERIFY(shared);
    QVERIFY(shared->isVisible());

    auto *userEdit = child<QLineEdit>(shared, "sharedUserEdit");
    QTest::keyClicks(userEdit, QStringLiteral("zhangwei"));
    QTest::keyClick(userEdit, Qt::Key_Return);
    QTest::keyClicks(userEdit, QStringLiteral("wangfang"));
    QTest::mouseClick(child<QPushButton>(shared, "addSharedUserButton"), Qt::LeftButton);
    child<QLineEdit>(shared, "sharedGroupNameEdit")->insert(QStringLiteral("研发部"));
    auto *ok = child<QPushButton>(shared, "sharedOkButton");
    QTest::mouseClick(child<QPushButton>(shared, "addSharedGroupButton"), Qt::LeftButton);
    // A group without its ID is refused before anything is sent.
    QVERIFY(shared->model()->hasErrors());
    QVERIFY(!ok->isEnabled());
    shared->model()->removeRows(2, 1);
    // The service checks that the group id exists: the group is made first.
    auto *made = m_client->createUserGroup(QStringLiteral("研发部"));
    QSignalSpy madeSpy(made, &ApiCall::finished);
    QVERIFY(madeSpy.wait(10000));
    QVERIFY2(made->isOk(), qPrintable(made->error().summary()));
    const QString groupId = made->result().id;
    child<QLineEdit>(shared, "sharedGroupNameEdit")->insert(QStringLiteral("研发部"));
    QTest::keyClicks(child<QLineEdit>(shared, "sharedGroupIdEdit"), groupId);
    QTest::mouseClick(child<QPushButton>(shared, "addSharedGroupButton"), Qt::LeftButton);
    QCOMPARE(shared->model()->userCount(), 2);
    QCOMPARE(shared->model()->groupCount(), 1);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    AssignmentModel *model = dialog->model();
    QCOMPARE(model->row(0).sharedUsers.size(), 3);
    QVERIFY(!model->rowHasErrors(0));
    QVERIFY(model->index(0, AssignmentModel::UserColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("zhangwei, wangfang + 1 group")));

    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    const QJsonObject body
            = QJsonDocument::fromJson(dialog->review()->bodyText(0).toUtf8()).object();
    const QJsonArray infos = body.value(QStringLiteral("desktops"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("attach_user_infos"))
                                     .toArray();
    QCOMPARE(infos.size(), 3);
    QCOMPARE(infos.at(2).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("GROUP")));
    QCOMPARE(infos.at(2).toObject().value(QStringLiteral("user_id")), QJsonValue(groupId));
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);

    QVERIFY(submit(dialog, false));
    QCOMPARE(model->row(0).state, AssignmentRow::State::Assigned);
    auto *read = m_client->desktop(model->row(0).desktop.desktopId);
    QSignalSpy got(read, &ApiCall::finished);
    QVERIFY(got.wait(10000));
    QVERIFY(read->isOk());
    QStringList names;
    for (const DesktopInfo::AttachedUser &u : read->result().attachedUsers)
        names.append(u.type + QLatin1Char(':') + u.userName);
    QCOMPARE(names, (QStringList{"USER:zhangwei", "USER:wangfang", "GROUP:研发部"}));
}

// The request is accepted but the service's job fails for the desktops (a failed sub-job): each
// row shows the failure reason and code from its BatchItem, keeps its pairing, and is sent
// again by the next submit, which succeeds once the service does.
void tst_AssignDialog::failedSubJobsShownAndResent()
{
    QVERIFY(!createDesktops(2).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    AssignmentModel *model = dialog->model();
    model->setUser(0, QStringLiteral("zhangwei"));
    model->setUser(1, QStringLiteral("wangfang"));
    m_emu.configure({{QStringLiteral("subjob_fail_rate"), 1}});
    QVERIFY(submit(dialog, false));
    QCOMPARE(attachRequests(), 1);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(model->row(row).state, AssignmentRow::State::Failed);
        const QModelIndex status = model->index(row, AssignmentModel::StatusColumn);
        const QStringList codes = status.data(AssignmentModel::IssueCodesRole).toStringList();
        QCOMPARE(codes.size(), 1);
        QVERIFY2(codes.first().startsWith(QLatin1String("WKS.")), qPrintable(codes.first()));
        QVERIFY2(status.data().toString().contains(codes.first()),
                 qPrintable(status.data().toString()));
    }
    QCOMPARE(model->row(1).userName, QStringLiteral("wangfang"));
    QVERIFY(child<QPushButton>(dialog, "reviewButton")->isEnabled());

    m_emu.configure({{QStringLiteral("subjob_fail_rate"), 0}});
    QVERIFY(submit(dialog, false));
    QCOMPARE(attachRequests(), 2);
    QCOMPARE(model->doneCount(), 2);
}

// Users typed by hand that the directory lacks are flagged, and created (POST users) before
// the desktops are sent when the review's box stays checked.
void tst_AssignDialog::missingUsersCreatedFirst()
{
    QVERIFY(!createDesktops(2).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    auto *typed = child<QLineEdit>(dialog, "typedUserEdit");
    QTest::keyClicks(typed, QStringLiteral("newhire1"));
    QTest::keyClick(typed, Qt::Key_Return);
    QTest::keyClicks(typed, QStringLiteral("zhangwei"));
    QTest::mouseClick(child<QPushButton>(dialog, "addTypedUserButton"), Qt::LeftButton);
    // Both typed names are selected in the list; pair them in the order the list shows them
    // (zhangwei is a directory user, listed before the names typed here).
    QTest::mouseClick(child<QPushButton>(dialog, "pairInOrderButton"), Qt::LeftButton);
    AssignmentModel *model = dialog->model();
    QCOMPARE(model->row(0).userName, QStringLiteral("zhangwei"));
    QCOMPARE(model->row(1).userName, QStringLiteral("newhire1"));
    QCOMPARE(model->missingUsers(), QStringList{"newhire1"});
    QCOMPARE(model->index(1, AssignmentModel::UserColumn)
                     .data(AssignmentModel::IssueCodesRole)
                     .toStringList(),
             QStringList{"assign.user_missing"});
    QCOMPARE(model->index(0, AssignmentModel::UserColumn)
                     .data(AssignmentModel::IssueCodesRole)
                     .toStringList(),
             QStringList{});
    const int row = dialog->usersModel()->rowOf(QStringLiteral("newhire1"));
    QCOMPARE(dialog->usersModel()->index(row, 0).data(CandidateUsersModel::SeverityRole).toInt(),
             1);

    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    auto *check = child<QCheckBox>(dialog, "createMissingCheck");
    QVERIFY(check->isVisible() && check->isChecked());
    // The directory mails the activation link: without an email the user cannot be created.
    QVERIFY(!child<QPushButton>(dialog, "submitButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "backButton"), Qt::LeftButton);
    QVERIFY(model->setData(model->index(1, AssignmentModel::EmailColumn),
                           QStringLiteral("newhire1@example.com")));
    QSignalSpy created(dialog, &AssignDesktopsWizard::usersCreated);
    QVERIFY(submit(dialog, true));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toInt(), 1);
    QCOMPARE(model->missingUsers(), QStringList{});
    QCOMPARE(model->doneCount(), 2);
    auto *users = m_client->users({{QStringLiteral("user_name"), QStringLiteral("newhire1")}});
    QSignalSpy got(users, &ApiCall::finished);
    QVERIFY(got.wait(10000));
    QCOMPARE(users->result().size(), 1);
    QCOMPARE(users->result().first().userEmail, QStringLiteral("newhire1@example.com"));
}

void tst_AssignDialog::liveValidationBlocksReview_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("checkedColumn");
    QTest::addColumn<QString>("code");

    QTest::newRow("user starts with a digit")
            << int(AssignmentModel::UserColumn) << "9lives" << int(AssignmentModel::UserColumn)
            << "user_name.start";
    QTest::newRow("new name with a space")
            << int(AssignmentModel::NewNameColumn) << "PC 01" << int(AssignmentModel::NewNameColumn)
            << "computer_name.chars";
    QTest::newRow("user like the new name")
            << int(AssignmentModel::NewNameColumn) << "alice" << int(AssignmentModel::UserColumn)
            << "user_name.same_as_computer_name";
    QTest::newRow("bad email") << int(AssignmentModel::EmailColumn) << "alice.example.com"
                               << int(AssignmentModel::EmailColumn) << "user_email.format";
}

// Typing into a cell (keyboard, through the delegate's editor) re-checks the row at once; a
// row with an error keeps "Review" disabled and says why in its status cell.
void tst_AssignDialog::liveValidationBlocksReview()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(int, checkedColumn);
    QFETCH(QString, code);

    QVERIFY(!createDesktops(1).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    dialog->model()->setUser(0, QStringLiteral("alice"));
    auto *review = child<QPushButton>(dialog, "reviewButton");
    QVERIFY(review->isEnabled());

    auto *view = child<QTableView>(dialog, "assignmentView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, column));
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QCOMPARE(editor->parentWidget(), view->viewport());
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_VERIFY(dialog->model()
                        ->index(0, checkedColumn)
                        .data(AssignmentModel::IssueCodesRole)
                        .toStringList()
                        .contains(code));
    QVERIFY(!review->isEnabled());
    QVERIFY(dialog->model()->index(0, AssignmentModel::StatusColumn).data().toString()
            != QStringLiteral("Ready"));
    // The view shows it with an icon, not only a colour.
    QVERIFY(!view->model()
                     ->index(0, AssignmentModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .isNull());
}

// A CSV with a computer_name column pairs desktops by name (any case); its problems are
// listed by line, and the rows keep their CSV line for the jobs' results.
void tst_AssignDialog::csvPairsByComputerName()
{
    QVERIFY(!createDesktops(3, QStringLiteral("DEDICATED"), QStringLiteral("FIN")).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QStringList names;
    for (const DesktopInfo &d : dialog->desktopModel()->desktops())
        names.append(d.computerName);
    names.sort();
    QCOMPARE(names.size(), 3);
    const QString csv = QStringLiteral("计算机名,用户名,用户组,新计算机名,是否清除数据\n"
                                       "%1,alice,administrators,FIN-ALICE,否\n"
                                       "%2,bob,,,\n"
                                       "NO-SUCH-PC,carol,,,\n")
                                .arg(names.at(0).toLower(), names.at(1));
    dialog->importCsv(write(QStringLiteral("pairs.csv"), csv));
    AssignmentModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 2);
    const AssignmentRow &alice = model->row(0);
    QCOMPARE(alice.desktop.computerName, names.at(0));
    QCOMPARE(alice.userName, QStringLiteral("alice"));
    QCOMPARE(alice.userGroup, QStringLiteral("administrators"));
    QCOMPARE(alice.newComputerName, QStringLiteral("FIN-ALICE"));
    QCOMPARE(alice.isClearData, std::optional<bool>(false));
    QCOMPARE(alice.line, 2);
    QCOMPARE(model->row(1).userGroup, QStringLiteral("users"));
    QCOMPARE(dialog->importIssues().size(), 1);
    QCOMPARE(dialog->importIssues().first().line, 4);
    auto *issues = child<QListWidget>(dialog, "importIssuesView");
    QVERIFY(issues->isVisible());
    QVERIFY(issues->item(0)->text().startsWith(QStringLiteral("Line 4:")));
    // Paired desktops leave the left list.
    QCOMPARE(child<QTableView>(dialog, "desktopsView")->model()->rowCount(), 1);

    QVERIFY(submit(dialog, false));
    QCOMPARE(model->doneCount(), 2);
    QList<int> lines;
    for (const BatchItem &i : m_jobs->items(dialog->batchId()))
        lines.append(i.sourceLine);
    QCOMPARE(lines, (QList<int>{2, 3}));
    QCOMPARE(m_jobs->batch(dialog->batchId()).origin, m_dir.filePath(QStringLiteral("pairs.csv")));
}

// A desktop in ERROR is not offered (the service refuses it); a CSV naming it, or a desktop
// that has a user already, says so instead of "there is no desktop named"; a second desktop
// for a user is mentioned; the pairing note goes when the pairs change; the review reads as
// a desktop → user table, with the JSON one click away.
void tst_AssignDialog::brokenAndTakenDesktops()
{
    m_emu.configure({{QStringLiteral("subjob_fail_rate"), 1}});
    QVERIFY(!createDesktops(1, QStringLiteral("DEDICATED"), QStringLiteral("BAD")).isEmpty());
    const auto listed = [this] {
        auto *call = m_client->allDesktops(DesktopQuery());
        QSignalSpy done(call, &ApiCall::finished);
        if (!call->isFinished())
            done.wait(10000);
        const QList<DesktopInfo> out = call->result();
        call->deleteLater();
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listed().isEmpty() && listed().constFirst().isInError(), 10000);
    const QString broken = listed().constFirst().computerName;
    m_emu.configure({{QStringLiteral("subjob_fail_rate"), 0}});
    QVERIFY(!createDesktops(3, QStringLiteral("DEDICATED"), QStringLiteral("OK")).isEmpty());

    // Give alice the first good desktop.
    AssignDesktopsWizard *first = openDialog();
    QStringList good;
    for (const DesktopInfo &d : first->desktopModel()->desktops())
        good.append(d.computerName);
    good.sort();
    QCOMPARE(good.size(), 3);
    QVERIFY2(!good.contains(broken), "a desktop in ERROR is offered");
    first->importCsv(write(QStringLiteral("alice.csv"),
                           QStringLiteral("computer_name,user_name\n%1,alice\n").arg(good.at(0))));
    QVERIFY(submit(first, false));

    AssignDesktopsWizard *dialog = openDialog();
    QStringList offered;
    for (const DesktopInfo &d : dialog->desktopModel()->desktops())
        offered.append(d.computerName);
    offered.sort();
    QCOMPARE(offered, good.mid(1));
    dialog->importCsv(write(QStringLiteral("mixed.csv"),
                            QStringLiteral("computer_name,user_name\n%1,bob\n%2,carol\n%3,alice\n")
                                    .arg(good.at(0), broken, good.at(1))));
    QStringList said;
    for (const CsvIssue &issue : dialog->importIssues())
        said << issue.code + QLatin1Char(' ') + issue.message;
    QVERIFY2(said.filter(QStringLiteral("assign.desktop_has_user")).size() == 1
                     && said.filter(QStringLiteral("alice")).size() == 1,
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.filter(QStringLiteral("assign.desktop_error")).size() == 1,
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.filter(QStringLiteral("There is no desktop")).isEmpty(),
             qPrintable(said.join(QLatin1Char('\n'))));

    // alice gets a second desktop: the row says so, and it is allowed.
    AssignmentModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
            model->index(0, 0)
                            .data(AssignmentModel::IssueCodesRole)
                            .toStringList()
                            .contains(QStringLiteral("assign.user_more_desktops"))
                    || std::any_of(model->rowFindings(0).cbegin(), model->rowFindings(0).cend(),
                                   [](const Finding &f) {
                                       return f.code == QLatin1String("assign.user_more_desktops");
                                   }),
            10000);
    QCOMPARE(model->errorCount(), 0);

    // The note of the import holds while the pairs do, and goes when they change.
    auto *note = child<QLabel>(dialog, "resultLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("mixed.csv")), qPrintable(note->text()));
    model->setUser(0, QStringLiteral("alice"));
    QVERIFY(note->isVisible()); // same pairs
    model->clearPairing({0});
    QVERIFY(!note->isVisible());
    model->setUser(0, QStringLiteral("dave"));

    // The review: who gets which desktop, in a table; the exact JSON in the other tab.
    QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
    AssignmentReviewWidget *review = dialog->review();
    QTableWidget *table = review->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), good.at(1));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("dave"));
    QVERIFY(!child<QPlainTextEdit>(dialog, "bodyView")->isVisible());
    review->showJson(true);
    QVERIFY(child<QPlainTextEdit>(dialog, "bodyView")->isVisible());
    QVERIFY(review->bodyText(0).contains(QLatin1String("\"user_name\": \"dave\"")));
}

void tst_AssignDialog::searchFiltersDesktops_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("shown");
    QTest::newRow("all") << "" << 4;
    QTest::newRow("prefix") << "lab" << 2;
    QTest::newRow("case and two words") << "LAB active" << 2;
    QTest::newRow("ip") << "192.168." << 4;
    QTest::newRow("zone") << "cn-north-4a" << 4;
    QTest::newRow("product") << "general.large2" << 4;
    QTest::newRow("translated status") << "Active" << 4;
    QTest::newRow("nothing") << "zzz" << 0;
}

void tst_AssignDialog::searchFiltersDesktops()
{
    QFETCH(QString, search);
    QFETCH(int, shown);
    QVERIFY(!createDesktops(2, QStringLiteral("DEDICATED"), QStringLiteral("LAB")).isEmpty());
    QVERIFY(!createDesktops(2, QStringLiteral("DEDICATED"), QStringLiteral("OPS")).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    auto *edit = child<QLineEdit>(dialog, "desktopSearchEdit");
    QTest::keyClicks(edit, search);
    QCOMPARE(child<QTableView>(dialog, "desktopsView")->model()->rowCount(), shown);
}

// Every control a person can reach has an objectName for tests and an accessible name for
// screen readers, and a language change re-runs the texts without losing the table.
void tst_AssignDialog::everyControlIsNamed()
{
    QVERIFY(!createDesktops(1).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    dialog->model()->setUser(0, QStringLiteral("alice"));
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                                 || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QAbstractItemView *>(w);
        if (!interactive || w->parentWidget() == nullptr)
            continue;
        // Scroll bars' and headers' internals are Qt's, not ours.
        if (w->objectName().startsWith(QLatin1String("qt_")) || !w->focusPolicy())
            continue;
        // LoadStateWidget's own controls belong to ui/widgets (reported to its owner).
        if (w->objectName().startsWith(QLatin1String("loadState")))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(dialog, &change);
    QCOMPARE(dialog->model()->row(0).userName, QStringLiteral("alice"));
    QCOMPARE(child<QPushButton>(dialog, "reviewButton")->text(), QStringLiteral("Re&view…"));
}

void tst_AssignDialog::modelsFollowEachOther_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("listed");   ///< desktops left in the list on the left
    QTest::addColumn<int>("rows");     ///< rows of the table
    QTest::addColumn<int>("paired");   ///< the users list's count for zhangwei
    QTest::addColumn<bool>("missing"); ///< newhire is flagged as missing from the directory

    QTest::newRow("add all") << "add" << 0 << 3 << 0 << false;
    QTest::newRow("pair through the model") << "pair" << 0 << 3 << 2 << true;
    QTest::newRow("remove a row through the model") << "remove" << 1 << 2 << 0 << false;
    QTest::newRow("clear the table") << "clear" << 3 << 0 << 0 << false;
    QTest::newRow("reload keeps taken desktops out") << "reload" << 0 << 3 << 0 << false;
    QTest::newRow("the directory grows") << "directory" << 0 << 3 << 2 << false;
}

// However a model is changed (a button, a CSV, code), the others follow by signal: the list
// hides exactly the desktops of the table, the users list counts pairings, and the table flags
// names by the users list's directory.
void tst_AssignDialog::modelsFollowEachOther()
{
    QFETCH(QString, action);
    QFETCH(int, listed);
    QFETCH(int, rows);
    QFETCH(int, paired);
    QFETCH(bool, missing);

    QVERIFY(!createDesktops(3).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    AssignmentModel *model = dialog->model();
    CandidateUsersModel *users = dialog->usersModel();
    if (action == QLatin1String("pair") || action == QLatin1String("directory")) {
        model->setUser(0, QStringLiteral("zhangwei"));
        model->setUser(1, QStringLiteral("ZhangWei"));
        model->setUser(2, QStringLiteral("newhire"));
    } else if (action == QLatin1String("remove")) {
        QVERIFY(model->removeRows(1, 1));
    } else if (action == QLatin1String("clear")) {
        model->clear();
    } else if (action == QLatin1String("reload")) {
        QSignalSpy loaded(dialog, &AssignDesktopsWizard::loaded);
        QTest::mouseClick(child<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
    }
    if (action == QLatin1String("directory")) {
        DirectoryUser hired;
        hired.id = QStringLiteral("u-new");
        hired.userName = QStringLiteral("newhire");
        users->addDirectoryUsers({hired});
    }
    QCOMPARE(child<QTableView>(dialog, "desktopsView")->model()->rowCount(), listed);
    QCOMPARE(dialog->desktopModel()->addedCount(), rows);
    QCOMPARE(model->rowCount(), rows);
    const int zhang = users->rowOf(QStringLiteral("zhangwei"));
    QVERIFY(zhang >= 0);
    QCOMPARE(users->index(zhang, 0).data(CandidateUsersModel::PairedCountRole).toInt(), paired);
    QCOMPARE(model->missingUsers().contains(QStringLiteral("newhire")), missing);
}

// A 1366×768 laptop shows the whole window: the wizard never asks for more than that screen's
// free area, and opens within the screen it is on.
void tst_AssignDialog::fitsSmallScreens()
{
    QVERIFY(!createDesktops(1).isEmpty());
    AssignDesktopsWizard *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, "addAllDesktopsButton"), Qt::LeftButton);
    dialog->model()->setUser(0, QStringLiteral("alice"));
    const QSize laptop(1366 - 16, 768 - 48); // minus the frame and a panel
    for (const int page :
         {int(AssignDesktopsWizard::PairPageId), int(AssignDesktopsWizard::ReviewPageId)}) {
        if (page == AssignDesktopsWizard::ReviewPageId)
            QTest::mouseClick(child<QPushButton>(dialog, "reviewButton"), Qt::LeftButton);
        QCOMPARE(dialog->currentId(), page);
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(minimum.width() <= laptop.width() && minimum.height() <= laptop.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    }
    const QRect available = dialog->screen()->availableGeometry();
    QVERIFY(dialog->width() <= available.width());
    QVERIFY(dialog->height() <= available.height());
}

QTEST_MAIN(tst_AssignDialog)
#include "tst_assigndialog.moc"
