// The main window on a Sandbox profile whose emulator is a real wsemu process (the app embeds
// the same emulator in-process; the test goes through the same SessionManager starter hook).
// Covers: the Sandbox opens and lists its desktops, filters and details, users and "create
// user", live language switching, layout persistence across a re-created window, and a clean
// switch to another profile.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/session.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/mainwindow/createuserdialog.h"
#include "ui/mainwindow/desktopdetailspanel.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/usersview.h"
#include "ui/mainwindow/usertablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/loadstatewidget.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace wsc;

namespace {

/** A pseudo-translation: every text of our contexts comes back marked and twice as long. */
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString s = QString::fromUtf8(source);
        if (QByteArray(context).startsWith("Q")) // Qt's own contexts stay as they are
            return {};
        return QStringLiteral("‹") + s + QStringLiteral(" ") + s + QStringLiteral("›");
    }
    bool isEmpty() const override { return false; }
};

/** "5 desktops" once the English plural forms are merged, "5 desktop(s)" before. */
QString fiveDesktops()
{
    return QCoreApplication::translate("wsc::DesktopsView", "%n desktop(s)", nullptr, 5);
}

QString pseudo(const QString &s)
{
    return QStringLiteral("‹") + s + QStringLiteral(" ") + s + QStringLiteral("›");
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sandboxOpensAndListsDesktops();
    void filters_data();
    void filters();
    void detailsShowSelection();
    void createUserEndToEnd();
    void languageSwitchRetranslatesLive();
    void languageMenuSwitchesAndRemembers();
    void layoutPersistsAcrossWindows();
    void switchingProfileReplacesSession();
    void sandboxFailureIsShown();

private:
    MainWindow *openWindow();
    void waitForDesktops(MainWindow *window, int count);

    EmulatorProcess m_emu;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<Translator> m_translator;
    bool m_sandboxFails = false;
    int m_settingsNumber = 0;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
}

void tst_MainWindow::init()
{
    m_sandboxFails = false;
    m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(QStringLiteral("console-%1.conf").arg(++m_settingsNumber)));
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("wsc-test"),
                                              SecretStore::Backend::Memory);
    m_profiles = std::make_unique<ProfileStore>(m_settings->settings(), m_secrets.get());
    m_profiles->ensureSandbox();
    m_sessions = std::make_unique<SessionManager>(m_profiles.get());
    m_sessions->setJournalPath(
            m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(m_settingsNumber)));
    // What app/wsconsole's SandboxHost does, with the test's wsemu process instead.
    m_sessions->setSandboxStarter([this](ConnectionConfig *config, QString *error) {
        if (m_sandboxFails) {
            *error = QStringLiteral("port in use");
            return false;
        }
        EmulatorConfig::pointAt(*config, m_emu);
        return true;
    });
    m_translator = std::make_unique<Translator>();
    m_translator->setLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void tst_MainWindow::cleanup()
{
    m_sessions.reset();
    m_translator.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_settings.reset();
    QVERIFY(QApplication::topLevelWidgets().isEmpty());
}

MainWindow *tst_MainWindow::openWindow()
{
    auto *window = new MainWindow(m_settings.get(), m_profiles.get(), m_sessions.get(),
                                  m_translator.get());
    window->show();
    return window;
}

void tst_MainWindow::waitForDesktops(MainWindow *window, int count)
{
    QSignalSpy loaded(window->desktopsView(), &DesktopsView::loaded);
    if (window->desktopsView()->model()->rowCount() == count)
        return;
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.last().at(0).toBool(), true);
    QCOMPARE(loaded.last().at(1).toInt(), count);
}

void tst_MainWindow::sandboxOpensAndListsDesktops()
{
    std::unique_ptr<MainWindow> window(openWindow());
    QSignalSpy changed(m_sessions.get(), &SessionManager::sessionChanged);
    m_sessions->activateStored();
    QVERIFY(changed.wait(5000));
    waitForDesktops(window.get(), 5);

    QAbstractItemModelTester tester(window->desktopsView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window->desktopsView()->table()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window->desktopsView()->loadState()->state(), LoadStateWidget::State::Content);
    QVERIFY(window->desktopsView()->model()->rowOf(QStringLiteral("0")) < 0);
    QStringList names;
    for (const DesktopInfo &d : window->desktopsView()->model()->desktops())
        names << d.computerName;
    QVERIFY(names.contains(QStringLiteral("WKS-FIN-001")));
    QVERIFY(names.contains(QStringLiteral("WKS-POOL-02")));

    // Sandbox is badged everywhere: title, banner, status bar.
    QVERIFY(window->windowTitle().contains(QStringLiteral("SANDBOX")));
    // The window system adds the application's name after the title: not named there twice.
    QVERIFY2(!window->windowTitle().contains(QLatin1String("Workspace Console")),
             qPrintable(window->windowTitle()));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("sandboxBanner"))->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))
                        ->text()
                        .contains(QStringLiteral("Connected")));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("regionStatus"))
                    ->text()
                    .contains(QStringLiteral("Beijing")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("desktopCount"))->text(), fiveDesktops());
    // Refresh (F5) reads the list again and keeps the rows in place.
    QSignalSpy rowsInserted(window->desktopsView()->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(window->desktopsView(), &DesktopsView::loaded);
    window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(rowsInserted.count(), 0);
    QCOMPARE(window->desktopsView()->model()->rowCount(), 5);
}

void tst_MainWindow::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("assignment");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("all") << QString() << QString() << 0
                         << QStringList{"WKS-DEV-001", "WKS-FIN-001", "WKS-FIN-002", "WKS-POOL-01",
                                        "WKS-POOL-02"};
    QTest::newRow("unassigned") << QString() << QString() << 2
                                << QStringList{"WKS-POOL-01", "WKS-POOL-02"};
    QTest::newRow("assigned") << QString() << QString() << 1
                              << QStringList{"WKS-DEV-001", "WKS-FIN-001", "WKS-FIN-002"};
    QTest::newRow("shut off") << QString() << "SHUTOFF" << 0 << QStringList{"WKS-POOL-02"};
    QTest::newRow("search name") << "fin" << QString() << 0
                                 << QStringList{"WKS-FIN-001", "WKS-FIN-002"};
    QTest::newRow("search user") << "zhangwei" << QString() << 0 << QStringList{"WKS-FIN-001"};
    QTest::newRow("search two words") << "wks pool"
                                      << "ACTIVE" << 2 << QStringList{"WKS-POOL-01"};
    QTest::newRow("nothing") << "no-such-desktop" << QString() << 0 << QStringList();
}

void tst_MainWindow::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(int, assignment);
    QFETCH(QStringList, expected);
    std::unique_ptr<MainWindow> window(openWindow());
    m_sessions->activateStored();
    waitForDesktops(window.get(), 5);
    DesktopsView *view = window->desktopsView();
    view->findChild<QLineEdit *>(QStringLiteral("desktopSearch"))->setText(search);
    auto *statusCombo = view->findChild<QComboBox *>(QStringLiteral("desktopStatusFilter"));
    statusCombo->setCurrentIndex(statusCombo->findData(status));
    view->findChild<QComboBox *>(QStringLiteral("desktopAssignmentFilter"))
            ->setCurrentIndex(assignment);
    QTableView *table = view->table();
    table->sortByColumn(DesktopTableModel::NameColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, DesktopTableModel::NameColumn).data().toString();
    QCOMPARE(shown, expected);
    const QString count = view->findChild<QLabel *>(QStringLiteral("desktopCount"))->text();
    QCOMPARE(count, expected.size() == 5 ? fiveDesktops()
                                         : QStringLiteral("%1 of 5 shown").arg(expected.size()));
}

void tst_MainWindow::detailsShowSelection()
{
    std::unique_ptr<MainWindow> window(openWindow());
    m_sessions->activateStored();
    waitForDesktops(window.get(), 5);
    DesktopsView *view = window->desktopsView();
    view->findChild<QLineEdit *>(QStringLiteral("desktopSearch"))
            ->setText(QStringLiteral("FIN-002"));
    QCOMPARE(view->table()->model()->rowCount(), 1);
    view->table()->selectRow(0);
    const DesktopInfo selected = view->selectedDesktops().value(0);
    QCOMPARE(selected.computerName, QStringLiteral("WKS-FIN-002"));
    DesktopDetailsPanel *details = view->details();
    QCOMPARE(details->value(QStringLiteral("desktop_id")), selected.desktopId);
    QCOMPARE(details->value(QStringLiteral("users")), QStringLiteral("wangfang"));
    QCOMPARE(details->value(QStringLiteral("availability_zone")), selected.availabilityZone);
    QVERIFY(!details->value(QStringLiteral("created")).isEmpty());
    // Copying an id puts exactly the id on the clipboard.
    auto *copy = details->findChild<QAbstractButton *>(QStringLiteral("copy_desktop_id"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), selected.desktopId);
    view->table()->clearSelection();
    QVERIFY(details->findChild<QLabel *>(QStringLiteral("desktopDetailsEmpty"))->isVisible());
}

void tst_MainWindow::createUserEndToEnd()
{
    std::unique_ptr<MainWindow> window(openWindow());
    m_sessions->activateStored();
    UsersView *users = window->usersView();
    QSignalSpy loaded(users, &UsersView::loaded);
    QVERIFY(loaded.wait(10000));
    QAbstractItemModelTester tester(users->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = users->model()->rowCount();
    QVERIFY(before >= 20);

    window->findChild<QAction *>(QStringLiteral("createUserAction"))->trigger();
    auto *dialog = window->findChild<CreateUserDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createUserButton"));
    // A name the directory has already: the service refuses and the dialog says so in place.
    QTest::keyClicks(name, QStringLiteral("zhangwei"));
    QVERIFY(!create->isEnabled()); // no e-mail or phone yet
    auto *emailMessage = dialog->findChild<QWidget *>(QStringLiteral("userEmailEditMessage"));
    QVERIFY(emailMessage->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userEmailEdit")),
                     QStringLiteral("new.user@example.com"));
    QVERIFY(create->isEnabled());
    QVERIFY(!emailMessage->isVisible());
    create->click();
    auto *nameMessage = dialog->findChild<QWidget *>(QStringLiteral("userNameEditMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(nameMessage->isVisible(), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("zhangwei")); // nothing typed is lost

    name->clear();
    QTest::keyClicks(name, QStringLiteral("newuser01"));
    QSignalSpy created(users, &UsersView::userCreated);
    create->click();
    QVERIFY(created.wait(10000));
    QCOMPARE(created.first().first().toString(), QStringLiteral("newuser01"));
    QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), before + 1, 10000);
    QVERIFY(users->model()->rowOf(QStringLiteral("newuser01")) >= 0);
    QTRY_VERIFY(!window->findChild<CreateUserDialog *>());
}

void tst_MainWindow::languageSwitchRetranslatesLive()
{
    std::unique_ptr<MainWindow> window(openWindow());
    m_sessions->activateStored();
    waitForDesktops(window.get(), 5);
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *createUser = window->findChild<QPushButton *>(QStringLiteral("createUserOpenButton"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("desktopCount"));
    const QString menu = fileMenu->title();
    const QString dock = window->jobsDock()->windowTitle();
    const QString button = createUser->text();
    const QString header
            = window->desktopsView()->model()->headerData(0, Qt::Horizontal).toString();
    QCOMPARE(menu, QStringLiteral("&File"));
    QCOMPARE(dock, QStringLiteral("Jobs"));

    PseudoTranslator pseudoTranslator;
    QCoreApplication::installTranslator(&pseudoTranslator);
    // QApplication posts LanguageChange to every window: it arrives from the event loop.
    QTRY_COMPARE(fileMenu->title(), pseudo(menu));
    QCOMPARE(window->jobsDock()->windowTitle(), pseudo(dock));
    QCOMPARE(createUser->text(), pseudo(button));
    QCOMPARE(window->desktopsView()->model()->headerData(0, Qt::Horizontal).toString(),
             pseudo(header));
    QVERIFY(count->text().startsWith(QStringLiteral("‹")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("‹")));
    // The doubled texts still fit: the window did not have to grow past the screen.
    QVERIFY(window->minimumSizeHint().width() < 1440);

    QCoreApplication::removeTranslator(&pseudoTranslator);
    QTRY_COMPARE(fileMenu->title(), menu);
    QCOMPARE(window->jobsDock()->windowTitle(), dock);
    QCOMPARE(createUser->text(), button);
}

void tst_MainWindow::languageMenuSwitchesAndRemembers()
{
    std::unique_ptr<MainWindow> window(openWindow());
    auto *zh = window->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    auto *en = window->findChild<QAction *>(QStringLiteral("language_en"));
    QVERIFY(zh && en);
    QVERIFY(en->isChecked());
    QCOMPARE(zh->text(), Translator::nativeName(QStringLiteral("zh_CN")));
    zh->trigger();
    QCOMPARE(m_translator->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
    QVERIFY(zh->isChecked());
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN")); // numbers and dates follow
    // The main window's own texts come from the merged catalog; the window asks tr() again.
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QTRY_COMPARE(fileMenu->title(), QCoreApplication::translate("wsc::MainWindow", "&File"));
    en->trigger();
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void tst_MainWindow::layoutPersistsAcrossWindows()
{
    int nameWidth = 0;
    QList<int> splitterSizes;
    QSize size;
    {
        std::unique_ptr<MainWindow> window(openWindow());
        window->resize(700, 500); // within the test's 800×600 screen: windows stay on it
        QTableView *table = window->desktopsView()->table();
        table->horizontalHeader()->resizeSection(DesktopTableModel::NameColumn, 233);
        table->horizontalHeader()->moveSection(DesktopTableModel::IpColumn, 1);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("desktopSplitter"));
        splitter->setSizes({400, 280});
        splitterSizes = splitter->sizes();
        nameWidth = table->horizontalHeader()->sectionSize(DesktopTableModel::NameColumn);
        size = window->size();
        window->close(); // closeEvent saves the layout
    }
    std::unique_ptr<MainWindow> again(openWindow());
    QCOMPARE(again->size(), size);
    QTableView *table = again->desktopsView()->table();
    QCOMPARE(table->horizontalHeader()->sectionSize(DesktopTableModel::NameColumn), nameWidth);
    QCOMPARE(table->horizontalHeader()->visualIndex(DesktopTableModel::IpColumn), 1);
    QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("desktopSplitter"))->sizes(),
             splitterSizes);
}

void tst_MainWindow::switchingProfileReplacesSession()
{
    std::unique_ptr<MainWindow> window(openWindow());
    m_sessions->activateStored();
    waitForDesktops(window.get(), 5);
    QPointer<Session> sandbox = m_sessions->session();
    QVERIFY(sandbox && sandbox->isSandbox());

    // A real-cloud-style profile (AK/SK, explicit endpoints) that happens to point at wsemu.
    Profile other;
    other.name = QStringLiteral("Branch office");
    EmulatorConfig::pointAt(other.config, m_emu, false);
    bool saved = false;
    other.id = m_profiles->save(other, [&](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved);

    QSignalSpy about(m_sessions.get(), &SessionManager::sessionAboutToChange);
    QSignalSpy changed(m_sessions.get(), &SessionManager::sessionChanged);
    m_sessions->activate(other.id);
    QVERIFY(changed.wait(5000));
    QCOMPARE(about.count(), 1);
    QVERIFY(!sandbox); // the old session is gone, with its client and job center
    QCOMPARE(window->session()->profile().name, QStringLiteral("Branch office"));
    QVERIFY(!window->windowTitle().contains(QStringLiteral("SANDBOX")));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("sandboxBanner"))->isVisible());
    QCOMPARE(m_profiles->activeId(), other.id);
    // The project id was not configured: the session discovers it and lists the desktops.
    waitForDesktops(window.get(), 5);
    QCOMPARE(window->session()->client()->projectId(), m_emu.projectId());
    QTRY_COMPARE(window->session()->state(), Session::State::Connected);
}

void tst_MainWindow::sandboxFailureIsShown()
{
    m_sandboxFails = true;
    std::unique_ptr<MainWindow> window(openWindow());
    QSignalSpy failed(m_sessions.get(), &SessionManager::activationFailed);
    m_sessions->activateStored();
    QVERIFY(failed.wait(5000));
    LoadStateWidget *state = window->desktopsView()->loadState();
    QCOMPARE(state->state(), LoadStateWidget::State::Error);
    QVERIFY(state->errorText().contains(QStringLiteral("port in use")));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("connectionStatus"))
                    ->text()
                    .contains(QStringLiteral("port in use")));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
