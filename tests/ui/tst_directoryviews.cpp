#include "ui/assign/assigndesktopswizard.h"
#include "ui/directory/deleteusersdialog.h"
#include "ui/directory/directoryentrymodel.h"
#include "ui/directory/directorypickerdialog.h"
#include "ui/directory/edituserdialog.h"
#include "ui/directory/groupdialog.h"
#include "ui/directory/groupsview.h"
#include "ui/directory/grouptablemodel.h"
#include "ui/mainwindow/usersview.h"
#include "ui/mainwindow/usertablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/typedcountconfirmation.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizarduserspage.h"
#include "wsemuwidgettest.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "models/domain/createuserrequest.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "models/rules/validationcontext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsc;

/**
 * The directory in the console against a real wsemu: the Groups tab's whole lifecycle (create,
 * refused names, rename, members added from the picker and removed several at once, delete), a
 * group handed shared desktops through the assignment dialog, the Users tab's actions on several
 * users (lock, unlock, edit, reset password, delete after typing the count), and the picker's
 * search. Every model is watched by QAbstractItemModelTester.
 */
class tst_DirectoryViews : public WsemuWidgetTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void groupLifecycle();
    void groupNameChecked_data();
    void groupNameChecked();
    void assignSharedDesktopsToGroup();
    void userActions();
    void pickerSearch_data();
    void pickerSearch();
    void wizardPicksUsers();
    void everyInputIsNamedAndFits();

private:
    bool createUsers(const QStringList &names);
    QString createGroup(const QString &name);
    /** The dialog of type T that a view opened (deleted on close), waited for. */
    template<typename T>
    T *waitDialog(QWidget *parent, const QString &name = {})
    {
        T *found = nullptr;
        [[maybe_unused]] const bool shown = QTest::qWaitFor(
                [&] {
                    found = parent->findChild<T *>(name);
                    return found && found->isVisible();
                },
                5000);
        return found;
    }
    static bool selectRows(QTableView *view, int role, const QStringList &values);

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    int m_number = 0;
};

void tst_DirectoryViews::initTestCase()
{
    startEmulator(emptyTenant(), QLocale(QStringLiteral("en_US")));
}

void tst_DirectoryViews::cleanupTestCase()
{
    stopEmulator();
}

void tst_DirectoryViews::init()
{
    resetToEmpty();
    ++m_number;
    m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(QStringLiteral("console-%1.conf").arg(m_number)));
    Profile profile;
    profile.id = QStringLiteral("test-%1").arg(m_number);
    profile.name = QStringLiteral("test");
    EmulatorConfig::pointAt(profile.config, m_emu);
    m_session = std::make_unique<Session>(
            profile, m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(m_number)));
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Connected, 10000);
}

void tst_DirectoryViews::cleanup()
{
    // Windows first (they hold calls on the session's client); dialogs go with their parent.
    QList<QPointer<QWidget>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->parentWidget())
            windows << w;
    }
    for (const QPointer<QWidget> &w : std::as_const(windows))
        delete w.data();
    m_session.reset();
    m_settings.reset();
}

bool tst_DirectoryViews::createUsers(const QStringList &names)
{
    for (const QString &name : names) {
        CreateUserRequest r;
        r.userName = name;
        r.userEmail = name + QStringLiteral("@example.com");
        auto *call = m_session->client()->createUser(r);
        QSignalSpy done(call, &ApiCall::finished);
        if (!done.wait(5000) || !call->isOk())
            return false;
    }
    return true;
}

QString tst_DirectoryViews::createGroup(const QString &name)
{
    auto *call = m_session->client()->createUserGroup(name);
    QSignalSpy done(call, &ApiCall::finished);
    if (!done.wait(5000) || !call->isOk())
        return {};
    return call->result().id;
}

bool tst_DirectoryViews::selectRows(QTableView *view, int role, const QStringList &values)
{
    view->clearSelection();
    int found = 0;
    QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (values.contains(index.data(role).toString())) {
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++found;
        }
    }
    return found == values.size();
}

void tst_DirectoryViews::groupLifecycle()
{
    QVERIFY(createUsers(
            {QStringLiteral("qzalice"), QStringLiteral("qzbob"), QStringLiteral("qzchen")}));
    auto *view = new GroupsView(m_settings.get());
    QAbstractItemModelTester groupsTester(view->model());
    QAbstractItemModelTester membersTester(view->membersModel());
    view->resize(1200, 600);
    view->show();
    QSignalSpy loaded(view, &GroupsView::loaded);
    view->setSession(m_session.get());
    QVERIFY(loaded.wait(5000));
    const int before = view->model()->rowCount(); // the emulator may list demo groups

    // Create.
    QSignalSpy finished(view, &GroupsView::actionFinished);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("createGroupButton")),
                      Qt::LeftButton);
    auto *dialog = waitDialog<GroupDialog>(view);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("groupOkButton"));
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("groupNameEdit")),
                     QStringLiteral("qzsales"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("groupDescriptionEdit")),
                     QStringLiteral("Sales team"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(view->model()->rowCount(), before + 1);
    QTRY_COMPARE(view->currentGroup().name, QStringLiteral("qzsales"));
    QCOMPARE(view->currentGroup().description, QStringLiteral("Sales team"));

    // Rename (the list is read back from the service).
    finished.clear();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("renameGroupButton")),
                      Qt::LeftButton);
    dialog = waitDialog<GroupDialog>(view);
    QVERIFY(dialog && dialog->isEditing());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("groupNameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("qzsales-east"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("groupOkButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(view->currentGroup().name, QStringLiteral("qzsales-east"));
    QCOMPARE(view->model()->rowCount(), before + 1);
    QVERIFY(view->statusText().contains(QLatin1String("renamed")));

    // Members: two users from the picker; bob and chen.
    finished.clear();
    QTRY_VERIFY(view->findChild<QPushButton *>(QStringLiteral("addMembersButton"))->isEnabled());
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("addMembersButton")),
                      Qt::LeftButton);
    auto *picker = waitDialog<DirectoryPickerDialog>(view);
    QVERIFY(picker);
    QAbstractItemModelTester pickerTester(picker->model());
    QTRY_VERIFY(picker->isLoaded());
    QVERIFY(picker->model()->rowOf(QStringLiteral("qzalice")) >= 0);
    QVERIFY(selectRows(picker->view(), Qt::DisplayRole,
                       {QStringLiteral("qzbob"), QStringLiteral("qzchen")}));
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("pickerOkButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constLast().constFirst().toBool(), true);
    QTRY_COMPARE(view->membersModel()->rowCount(), 2);
    // The service has them.
    const QString groupId = view->currentGroup().id;
    auto *members = m_session->client()->groupUsers(groupId);
    QSignalSpy membersRead(members, &ApiCall::finished);
    QVERIFY(membersRead.wait(5000));
    QCOMPARE(members->result().size(), 2);
    QTRY_COMPARE(view->currentGroup().userQuantity, 2);

    // The picker greys members: bob cannot be added twice.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("addMembersButton")),
                      Qt::LeftButton);
    picker = waitDialog<DirectoryPickerDialog>(view);
    QTRY_VERIFY(picker->isLoaded());
    const int bobRow = picker->model()->rowOf(QStringLiteral("qzbob"));
    QVERIFY(!(picker->model()->flags(picker->model()->index(bobRow, 0)) & Qt::ItemIsSelectable));
    QVERIFY(picker->model()->flags(
                    picker->model()->index(picker->model()->rowOf(QStringLiteral("qzalice")), 0))
            & Qt::ItemIsSelectable);
    picker->reject();

    // Remove both at once, after the question.
    finished.clear();
    QVERIFY(selectRows(view->membersTable(), Qt::DisplayRole,
                       {QStringLiteral("qzbob"), QStringLiteral("qzchen")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("removeMembersButton")),
                      Qt::LeftButton);
    auto *box = waitDialog<QMessageBox>(view, QStringLiteral("removeMembersBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("2 user")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(view->membersModel()->rowCount(), 0);

    // Delete, after the question; Cancel first keeps it.
    createGroup(QStringLiteral("qzsupport"));
    view->refresh();
    QTRY_COMPARE(view->model()->rowCount(), before + 2);
    QVERIFY(selectRows(view->table(), Qt::DisplayRole,
                       {QStringLiteral("qzsales-east"), QStringLiteral("qzsupport")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("deleteGroupsButton")),
                      Qt::LeftButton);
    box = waitDialog<QMessageBox>(view, QStringLiteral("deleteGroupsBox"));
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!view->findChild<QMessageBox *>(QStringLiteral("deleteGroupsBox")));
    QCOMPARE(view->model()->rowCount(), before + 2);
    finished.clear();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("deleteGroupsButton")),
                      Qt::LeftButton);
    box = waitDialog<QMessageBox>(view, QStringLiteral("deleteGroupsBox"));
    QVERIFY(box->text().contains(QLatin1String("2 group")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.constLast().constFirst().toBool(), qPrintable(view->statusText()));
    QTRY_COMPARE(view->model()->rowCount(), before);
    auto *groups = m_session->client()->userGroups();
    QSignalSpy groupsRead(groups, &ApiCall::finished);
    QVERIFY(groupsRead.wait(5000));
    QCOMPARE(groups->result().size(), before);
}

void tst_DirectoryViews::groupNameChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters, digits, - and _") << QStringLiteral("team_a-1") << true;
    QTest::newRow("Chinese") << QStringLiteral("销售部") << true;
    QTest::newRow("space") << QStringLiteral("team a") << false;
    QTest::newRow("taken, other case") << QStringLiteral("OPS") << false;
}

void tst_DirectoryViews::groupNameChecked()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    GroupDialog dialog(m_session->client(), {QStringLiteral("ops")});
    dialog.show();
    // insert(), not key clicks: QTest types ASCII only.
    dialog.findChild<QLineEdit *>(QStringLiteral("groupNameEdit"))->insert(name);
    auto *message = dialog.findChild<FieldMessage *>(QStringLiteral("groupNameMessage"));
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("groupOkButton"))->isEnabled(),
             accepted);
    QCOMPARE(message->hasError(), !accepted);
}

void tst_DirectoryViews::assignSharedDesktopsToGroup()
{
    const QString groupId = createGroup(QStringLiteral("lab"));
    QVERIFY(!groupId.isEmpty());
    // Two shared desktops without users.
    CreateDesktopRequest r = windowsRequest(QStringLiteral("SHARED"));
    r.desktopName = QStringLiteral("lab");
    r.size = 2;
    auto *create = m_session->client()->createDesktops(r);
    QSignalSpy created(create, &ApiCall::finished);
    QVERIFY(created.wait(5000));
    QVERIFY2(create->isOk(), qPrintable(create->error().errorMessage));

    auto *wizard = new AssignDesktopsWizard(m_session->client(), m_session->jobCenter());
    QSignalSpy loaded(wizard, &AssignDesktopsWizard::loaded);
    wizard->show();
    QVERIFY(loaded.wait(10000));
    UserGroup group;
    group.id = groupId;
    group.name = QStringLiteral("lab");
    wizard->presetGroup(group);
    QVERIFY(wizard->windowTitle().contains(QLatin1String("lab")));
    QTRY_COMPARE(wizard->desktopModel()->rowCount(), 2);
    QList<DesktopInfo> desktops;
    for (int row = 0; row < wizard->desktopModel()->rowCount(); ++row)
        desktops << wizard->desktopModel()->desktop(row);
    QCOMPARE(wizard->model()->addDesktops(desktops), 2);
    // Each shared desktop got the group as its entry.
    for (int row = 0; row < 2; ++row) {
        const QList<AttachUserInfo> infos = wizard->model()->row(row).sharedUsers;
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.constFirst().type, QStringLiteral("GROUP"));
        QCOMPARE(infos.constFirst().userId, groupId);
        QCOMPARE(infos.constFirst().userName, QStringLiteral("lab"));
    }
    QVERIFY(wizard->hasUnsentInput());
    // Assign: the service checks the group and attaches it.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AssignDesktopsWizard::ReviewPageId));
    QSignalSpy done(wizard, &AssignDesktopsWizard::batchDone);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(wizard->model()->doneCount(), 2);
    QVERIFY(!wizard->hasUnsentInput());
}

void tst_DirectoryViews::userActions()
{
    QVERIFY(createUsers({QStringLiteral("qzdana"), QStringLiteral("qzeli"), QStringLiteral("qzfay"),
                         QStringLiteral("qzgus")}));
    auto *view = new UsersView(m_settings.get());
    QAbstractItemModelTester tester(view->model());
    view->resize(1300, 600);
    view->show();
    QSignalSpy loaded(view, &UsersView::loaded);
    view->setSession(m_session.get());
    QVERIFY(loaded.wait(5000));
    for (const char *name : {"qzdana", "qzeli", "qzfay", "qzgus"})
        QVERIFY(view->model()->rowOf(QString::fromLatin1(name)) >= 0);
    auto *lock = view->findChild<QPushButton *>(QStringLiteral("lockUsersButton"));
    auto *unlock = view->findChild<QPushButton *>(QStringLiteral("unlockUsersButton"));
    const auto userNamed = [view](const QString &name) {
        return view->model()->user(view->model()->rowOf(name));
    };

    // Lock two at once.
    QSignalSpy finished(view, &UsersView::actionFinished);
    QVERIFY(selectRows(view->table(), Qt::DisplayRole,
                       {QStringLiteral("qzdana"), QStringLiteral("qzeli")}));
    QVERIFY(lock->isEnabled());
    QVERIFY(!unlock->isEnabled());
    QTest::mouseClick(lock, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.constLast().constFirst().toBool(), qPrintable(view->statusText()));
    QTRY_VERIFY(userNamed(QStringLiteral("qzdana")).locked
                && userNamed(QStringLiteral("qzeli")).locked);
    QVERIFY(!userNamed(QStringLiteral("qzfay")).locked);
    QVERIFY(view->statusText().contains(QLatin1String("2 user")));
    // The selection survived the refresh: unlock is offered now.
    QTRY_VERIFY(unlock->isEnabled());
    QVERIFY(!lock->isEnabled());

    // Unlock one.
    finished.clear();
    QVERIFY(selectRows(view->table(), Qt::DisplayRole, {QStringLiteral("qzeli")}));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(!userNamed(QStringLiteral("qzeli")).locked);
    QVERIFY(userNamed(QStringLiteral("qzdana")).locked);

    // Edit: a bad e-mail is refused in the dialog, a good one is saved.
    finished.clear();
    QVERIFY(selectRows(view->table(), Qt::DisplayRole, {QStringLiteral("qzfay")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("editUserButton")),
                      Qt::LeftButton);
    auto *edit = waitDialog<EditUserDialog>(view);
    QVERIFY(edit);
    auto *email = edit->findChild<QLineEdit *>(QStringLiteral("editEmailEdit"));
    QCOMPARE(email->text(), QStringLiteral("qzfay@example.com"));
    auto *save = edit->findChild<QPushButton *>(QStringLiteral("editSaveButton"));
    QVERIFY(!save->isEnabled()); // nothing changed
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    QVERIFY(!save->isEnabled());
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("fay@corp.example.com"));
    QVERIFY(save->isEnabled());
    QCOMPARE(*edit->changes().userEmail, QStringLiteral("fay@corp.example.com"));
    QVERIFY(!edit->changes().userPhone);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(userNamed(QStringLiteral("qzfay")).userEmail,
                 QStringLiteral("fay@corp.example.com"));

    // Reset password: a generated one is shown once.
    finished.clear();
    QVERIFY(selectRows(view->table(), Qt::DisplayRole, {QStringLiteral("qzgus")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("resetPasswordButton")),
                      Qt::LeftButton);
    auto *box = waitDialog<QMessageBox>(view, QStringLiteral("resetPasswordBox"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("generatePasswordButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.constLast().constFirst().toBool(), qPrintable(view->statusText()));
    auto *shown = waitDialog<QMessageBox>(view, QStringLiteral("newPasswordBox"));
    QVERIFY(shown);
    QVERIFY(!shown->informativeText().isEmpty());
    QVERIFY(!view->statusText().contains(shown->informativeText())); // never in the status
    shown->close();
    // ... or a notice sent to several.
    finished.clear();
    QVERIFY(selectRows(view->table(), Qt::DisplayRole,
                       {QStringLiteral("qzgus"), QStringLiteral("qzfay")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("resetPasswordButton")),
                      Qt::LeftButton);
    box = waitDialog<QMessageBox>(view, QStringLiteral("resetPasswordBox"));
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("generatePasswordButton")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("sendResetButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.constLast().constFirst().toBool(), qPrintable(view->statusText()));

    // Delete three: the count must be typed.
    finished.clear();
    QVERIFY(selectRows(
            view->table(), Qt::DisplayRole,
            {QStringLiteral("qzdana"), QStringLiteral("qzeli"), QStringLiteral("qzfay")}));
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("deleteUsersOpenButton")),
                      Qt::LeftButton);
    auto *confirm = waitDialog<DeleteUsersDialog>(view);
    QVERIFY(confirm);
    auto *remove = confirm->findChild<QPushButton *>(QStringLiteral("deleteUsersButton"));
    QVERIFY(!remove->isEnabled());
    QVERIFY(confirm->confirmation());
    QTest::keyClicks(confirm->confirmation()->lineEdit(), QStringLiteral("2"));
    QVERIFY(!remove->isEnabled());
    confirm->confirmation()->lineEdit()->clear();
    QTest::keyClicks(confirm->confirmation()->lineEdit(), QStringLiteral("3"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.constLast().constFirst().toBool(), qPrintable(view->statusText()));
    QTRY_COMPARE(view->model()->rowOf(QStringLiteral("qzdana")), -1);
    QCOMPARE(view->model()->rowOf(QStringLiteral("qzeli")), -1);
    QCOMPARE(view->model()->rowOf(QStringLiteral("qzfay")), -1);
    QVERIFY(view->model()->rowOf(QStringLiteral("qzgus")) >= 0);
}

void tst_DirectoryViews::pickerSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("ours") << QStringLiteral("qz")
                          << QStringList{QStringLiteral("qzhana"), QStringLiteral("qzhugo"),
                                         QStringLiteral("qzivy"), QStringLiteral("qzhr")};
    QTest::newRow("by name, any case")
            << QStringLiteral("QZH")
            << QStringList{QStringLiteral("qzhana"), QStringLiteral("qzhugo"),
                           QStringLiteral("qzhr")};
    QTest::newRow("by e-mail") << QStringLiteral("qzivy@") << QStringList{QStringLiteral("qzivy")};
    QTest::newRow("nothing") << QStringLiteral("qzzz") << QStringList{};
}

void tst_DirectoryViews::pickerSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, shown);
    QVERIFY(createUsers(
            {QStringLiteral("qzhana"), QStringLiteral("qzhugo"), QStringLiteral("qzivy")}));
    QVERIFY(!createGroup(QStringLiteral("qzhr")).isEmpty());
    DirectoryPickerDialog picker(m_session->client(),
                                 DirectoryPickerDialog::Users | DirectoryPickerDialog::Groups);
    QAbstractItemModelTester tester(picker.model());
    QSignalSpy loaded(&picker, &DirectoryPickerDialog::loaded);
    picker.show();
    QVERIFY(loaded.wait(5000));
    QVERIFY(picker.model()->rowCount() >= 4); // the emulator's demo users too
    QTest::keyClicks(picker.findChild<QLineEdit *>(QStringLiteral("pickerSearchEdit")), search);
    QStringList listed;
    for (int r = 0; r < picker.view()->model()->rowCount(); ++r)
        listed << picker.view()->model()->index(r, 0).data().toString();
    listed.sort();
    shown.sort();
    QCOMPARE(listed, shown);
    // Users and groups come back apart.
    if (!shown.isEmpty()) {
        picker.view()->selectAll();
        QCOMPARE(int(picker.pickedUsers().size() + picker.pickedGroups().size()),
                 int(shown.size()));
        QCOMPARE(picker.pickedGroups().size(), shown.contains(QStringLiteral("qzhr")) ? 1 : 0);
    }
}

void tst_DirectoryViews::wizardPicksUsers()
{
    QVERIFY(createUsers(
            {QStringLiteral("qzjin"), QStringLiteral("qzkai"), QStringLiteral("qzlea")}));
    auto *wizard = new CreateDesktopWizard(m_session->client(), m_session->catalog(),
                                           m_session->jobCenter());
    wizard->show();
    auto *page
            = qobject_cast<WizardUsersPage *>(wizard->wizardPage(CreateDesktopWizard::UsersPageId));
    QVERIFY(page);
    ImportedUsersModel *users = wizard->requestModel()->users();
    DesktopItem typed;
    typed.userName = QStringLiteral("qzkai"); // typed before: not added twice
    users->setRows({typed});

    page->findChild<QPushButton *>(QStringLiteral("pickUsersButton"))->click();
    DirectoryPickerDialog *picker = page->picker();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isLoaded());
    const QModelIndex kai
            = picker->model()->index(picker->model()->rowOf(QStringLiteral("qzkai")), 0);
    QVERIFY(!(picker->model()->flags(kai) & Qt::ItemIsSelectable));
    // Searched down to the test's users (the emulator has demo users too).
    QTest::keyClicks(picker->findChild<QLineEdit *>(QStringLiteral("pickerSearchEdit")),
                     QStringLiteral("qz"));
    QCOMPARE(picker->view()->model()->rowCount(), 3);
    picker->view()->selectAll(); // the greyed row is not selectable
    QCOMPARE(picker->pickedUsers().size(), 2);
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("pickerOkButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(users->rowCount(), 3);
    QStringList names;
    for (const DesktopItem &item : users->rows())
        names << item.userName;
    QCOMPARE(names, (QStringList{QStringLiteral("qzkai"), QStringLiteral("qzjin"),
                                 QStringLiteral("qzlea")}));
    QCOMPARE(users->item(1).userEmail, QStringLiteral("qzjin@example.com"));
    QVERIFY(wizard->hasUnsentInput());
    // Adding the same users again adds nothing.
    DirectoryUser again;
    again.userName = QStringLiteral("QZLEA");
    QCOMPARE(page->addDirectoryUsers({again}), 0);
}

void tst_DirectoryViews::everyInputIsNamedAndFits()
{
    DirectoryUser someone;
    someone.id = QStringLiteral("u1");
    someone.userName = QStringLiteral("someone");
    UserGroup group;
    group.id = QStringLiteral("g1");
    group.name = QStringLiteral("ops");
    QList<QWidget *> windows{new GroupsView(m_settings.get()),
                             new UsersView(m_settings.get()),
                             new GroupDialog(m_session->client(), {}),
                             new GroupDialog(m_session->client(), group, {}),
                             new EditUserDialog(m_session->client(), someone, ValidationContext()),
                             new DeleteUsersDialog({someone, someone}),
                             new DirectoryPickerDialog(m_session->client(),
                                                       DirectoryPickerDialog::Users
                                                               | DirectoryPickerDialog::Groups)};
    for (QWidget *window : std::as_const(windows)) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Fits a 1366×768 laptop, frame and title bar included.
        QVERIFY2(window->frameGeometry().width() <= 1366 && window->frameGeometry().height() <= 768,
                 qPrintable(window->objectName()));
        QVERIFY2(window->minimumSizeHint().width() <= 1366
                         && window->minimumSizeHint().height() <= 700,
                 qPrintable(window->objectName()));
        QList<QWidget *> inputs;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QAbstractItemView *>(w))
                inputs << w;
        }
        QVERIFY(!inputs.isEmpty());
        for (QWidget *w : std::as_const(inputs)) {
            // A line edit inside a spin box or combo is named through its owner; the corner
            // button of a table is not an input of its own.
            if (qobject_cast<QLineEdit *>(w) && w->objectName().isEmpty())
                continue;
            if (w->parentWidget()
                && (qobject_cast<QAbstractItemView *>(w->parentWidget())
                    || qobject_cast<QLineEdit *>(w->parentWidget())))
                continue; // a table's corner button, a line edit's clear button
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named
                    = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(window->objectName() + QStringLiteral(": ")
                                       + w->metaObject()->className() + QLatin1Char(' ')
                                       + w->objectName()));
        }
    }
}

QTEST_MAIN(tst_DirectoryViews)
#include "tst_directoryviews.moc"
