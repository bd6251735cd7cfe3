#include "mainwindow.h"

#include "desktopactioncontroller.h"
#include "desktopsview.h"
#include "usersview.h"

#include "api/http/errorcatalog.h"
#include "api/http/region.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/session.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "ui/assign/assigndesktopswizard.h"
#include "ui/csvimport/csvimportdialog.h"
#include "ui/desktopactions/desktopactionset.h"
#include "ui/directory/groupsview.h"
#include "ui/jobs/jobspanel.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/profiledialog.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/windowfit.h"
#include "ui/wizard/createdesktopwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace wsc {

namespace {

QIcon actionIcon(const char *name)
{
    // 1x and @2x PNGs in the resources: QIcon picks the @2x file on High-DPI screens.
    return QIcon(QStringLiteral(":/icons/actions/%1.png").arg(QLatin1String(name)));
}

/** A status bar field that never shrinks below its text. */
QLabel *statusField(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

MainWindow::MainWindow(AppSettings *settings, ProfileStore *profiles, SessionManager *sessions,
                       Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_sessions(sessions)
    , m_translator(translator)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("QLabel#sandboxBanner { background: #f5a623; "
                                           "color: #2b1a00; font-weight: bold; }"));
    m_banner->setVisible(false);

    m_desktops = new DesktopsView(settings, this);
    m_desktopActions = new DesktopActionController(m_desktops, this, this);
    m_users = new UsersView(settings, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_desktops, actionIcon("desktop"), QString());
    m_tabs->addTab(m_users, actionIcon("users"), QString());
    m_groups = new GroupsView(settings, this);
    m_tabs->addTab(m_groups, actionIcon("users"), QString());
    connect(m_groups, &GroupsView::assignRequested, this, &MainWindow::assignToGroup);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // The jobs dock stays (its place is saved with the window state); the jobs panel inside it
    // belongs to the session's JobCenter and is replaced with the session.
    m_jobsDock = new QDockWidget(this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea
                                | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_desktops, &DesktopsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_desktops, &DesktopsView::assignRequested, this, &MainWindow::assignDesktops);
    connect(m_desktopActions, &DesktopActionController::batchStarted, this, [this] {
        m_jobsDock->show();
        m_tabs->setCurrentWidget(m_desktops);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_sessions, &SessionManager::sessionAboutToChange, this,
            &MainWindow::onSessionAboutToChange);
    connect(m_sessions, &SessionManager::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_sessions, &SessionManager::activationFailed, this, &MainWindow::onActivationFailed);
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    SecretStore *secrets = m_profiles->secrets();
    connect(secrets, &SecretStore::persistenceChanged, this, &MainWindow::updateStatus);
    connect(secrets, &SecretStore::probed, this, &MainWindow::updateStatus);

    retranslateUi();
    restoreLayout();
    onSessionChanged(m_sessions->session());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_profilesAction = new QAction(actionIcon("profiles"), QString(), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    m_profilesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_importAction = new QAction(actionIcon("import"), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importUsers);

    m_quitAction = new QAction(QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_createAction = new QAction(actionIcon("create"), QString(), this);
    m_createAction->setObjectName(QStringLiteral("createDesktopsAction"));
    m_createAction->setShortcut(QKeySequence::New);
    connect(m_createAction, &QAction::triggered, this, &MainWindow::createDesktops);

    m_assignAction = new QAction(actionIcon("assign"), QString(), this);
    m_assignAction->setObjectName(QStringLiteral("assignDesktopsAction"));
    m_assignAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    connect(m_assignAction, &QAction::triggered, this, &MainWindow::assignDesktops);

    m_refreshAction = new QAction(actionIcon("refresh"), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_users)
            m_users->refresh();
        else if (m_tabs->currentWidget() == m_groups)
            m_groups->refresh();
        else
            m_desktops->refresh();
    });

    m_createUserAction = new QAction(actionIcon("user-add"), QString(), this);
    m_createUserAction->setObjectName(QStringLiteral("createUserAction"));
    m_createUserAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    connect(m_createUserAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_users);
        m_users->createUser();
    });

    m_jobsAction = m_jobsDock->toggleViewAction();
    m_jobsAction->setObjectName(QStringLiteral("jobsDockAction"));
    m_jobsAction->setIcon(actionIcon("jobs"));
    m_jobsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+J")));

    m_aboutAction = new QAction(QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : Translator::availableLanguages()) {
        // Each language is named in itself, so someone who cannot read the current one finds
        // theirs.
        auto *action = new QAction(Translator::nativeName(language), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_translator && m_translator->language() == language);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_createAction);
    m_toolBar->addAction(m_assignAction);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_jobsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_profilesAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_desktopsMenu = menuBar()->addMenu(QString());
    m_desktopsMenu->setObjectName(QStringLiteral("desktopsMenu"));
    m_desktopsMenu->addAction(m_createAction);
    m_desktopsMenu->addAction(m_assignAction);
    m_desktopsMenu->addSeparator();
    // The tooltips say why an action is disabled for the selection.
    m_desktopsMenu->setToolTipsVisible(true);
    m_desktopActions->actions()->addTo(m_desktopsMenu);
    m_desktopsMenu->addSeparator();
    m_desktopsMenu->addAction(m_createUserAction);
    m_desktopsMenu->addSeparator();
    m_desktopsMenu->addAction(m_refreshAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_jobsAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(actionIcon("language"), QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_sandboxBadge = statusField("sandboxBadge", this);
    m_sandboxBadge->setStyleSheet(QStringLiteral("QLabel#sandboxBadge { background: #f5a623; "
                                                 "color: #2b1a00; font-weight: bold; "
                                                 "border-radius: 3px; padding: 1px 6px; }"));
    m_profileLabel = statusField("profileStatus", this);
    m_regionLabel = statusField("regionStatus", this);
    m_connectionLabel = statusField("connectionStatus", this);
    m_jobsLabel = statusField("jobsStatus", this);
    m_secretsLabel = statusField("secretsStatus", this);
    m_secretsLabel->setStyleSheet(QStringLiteral("QLabel#secretsStatus { color: #8a5a00; }"));
    statusBar()->addWidget(m_sandboxBadge);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_regionLabel);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_secretsLabel);
    statusBar()->addPermanentWidget(m_jobsLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_desktopsMenu->setTitle(tr("&Desktops"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_profilesAction->setText(tr("&Profiles…"));
    m_profilesAction->setToolTip(tr("Connection profiles (Ctrl+,)"));
    m_importAction->setText(tr("&Import Users from CSV…"));
    m_quitAction->setText(tr("&Quit"));
    m_createAction->setText(tr("&Create Desktops…"));
    m_assignAction->setText(tr("&Assign Desktops…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_createUserAction->setText(tr("Create &User…"));
    m_jobsAction->setText(tr("&Jobs Panel"));
    m_aboutAction->setText(tr("&About Workspace Console"));
    m_jobsDock->setWindowTitle(tr("Jobs"));
    m_desktopActions->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_desktops), tr("Desktops"));
    m_tabs->setTabText(m_tabs->indexOf(m_users), tr("Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_groups), tr("Groups"));
    m_banner->setText(tr("SANDBOX — a local emulator with demo data. Nothing here touches a "
                         "real cloud account."));
    m_sandboxBadge->setText(tr("SANDBOX"));
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_desktops->saveLayout();
    m_users->saveLayout();
    m_groups->saveLayout();
    m_settings->sync();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        WindowFit::fit(this, QSize(1360, 820));
    else if (!isMaximized())
        WindowFit::fit(this, size()); // saved on a larger screen
    const QByteArray state = m_settings->windowState();
    if (state.isEmpty() || !restoreState(state)) {
        // First start: the jobs dock takes a fifth of the height, the desktops the rest.
        resizeDocks({m_jobsDock}, {qMax(160, height() / 5)}, Qt::Vertical);
    }
}

void MainWindow::setLanguage(const QString &language)
{
    if (m_translator)
        m_translator->setLanguage(language);
    m_settings->setLanguage(language);
    m_settings->sync();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::showProfiles()
{
    auto *dialog = new ProfileDialog(m_profiles, m_sessions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto editedActive = std::make_shared<bool>(false);
    connect(dialog, &ProfileDialog::saved, this, [this, editedActive](const QString &id, bool) {
        if (m_session && m_session->profile().id == id)
            *editedActive = true;
    });
    connect(dialog, &ProfileDialog::activateRequested, this,
            [this, editedActive](const QString &id) {
                // The running session is kept unless another profile was chosen, its own
                // settings changed, or it never opened.
                if (!m_session || m_session->profile().id != id || *editedActive
                    || !m_activationError.isEmpty())
                    m_sessions->activate(id);
            });
    dialog->open();
}

void MainWindow::onSessionAboutToChange()
{
    // Everything that holds the old session's client or job center goes first.
    for (QPointer<QDialog> *dialog : {&m_wizard, &m_assign, &m_import}) {
        if (*dialog)
            delete dialog->data();
    }
    setJobsPanel(nullptr);
    m_desktopActions->setSession(nullptr);
    m_desktops->setSession(nullptr);
    m_users->setSession(nullptr);
    m_groups->setSession(nullptr);
    m_session = nullptr;
}

void MainWindow::onSessionChanged(Session *session)
{
    m_session = session;
    m_activationError.clear();
    m_desktops->setSession(session);
    m_desktopActions->setSession(session);
    m_users->setSession(session);
    m_groups->setSession(session);
    setJobsPanel(session);
    if (session) {
        connect(session, &Session::stateChanged, this, &MainWindow::updateStatus);
        if (JobCenter *jobs = session->jobCenter()) {
            connect(jobs, &JobCenter::runningCountChanged, this, &MainWindow::updateStatus);
            connect(jobs, &JobCenter::serviceReachabilityChanged, this, &MainWindow::updateStatus);
        }
    }
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::setJobsPanel(Session *session)
{
    QWidget *old = m_jobsDock->widget();
    m_jobsDock->setWidget(nullptr);
    delete old;
    if (session && session->jobCenter()) {
        auto *panel = new JobsPanel(session->jobCenter(), m_jobsDock);
        panel->setObjectName(QStringLiteral("jobsPanel"));
        connect(panel, &JobsPanel::openInWizardRequested, this, &MainWindow::openRefusedInWizard);
        m_jobsDock->setWidget(panel);
    } else {
        auto *placeholder = new QLabel(m_jobsDock);
        placeholder->setObjectName(QStringLiteral("jobsPlaceholder"));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setForegroundRole(QPalette::PlaceholderText);
        m_jobsDock->setWidget(placeholder);
    }
}

void MainWindow::onActivationFailed(const QString &profileId, const QString &message)
{
    m_activationError = message;
    const Profile p = m_profiles->profile(profileId);
    m_desktops->loadState()->showError(tr("The profile \"%1\" could not be opened.")
                                               .arg(p.name.isEmpty() ? profileId : p.displayName()),
                                       message);
    updateTitle();
    updateStatus();
    updateActions();
}

void MainWindow::updateTitle()
{
    // The window system adds the application's display name after the title: it is not
    // repeated here.
    if (!m_session) {
        setWindowTitle(QString());
        m_banner->setVisible(false);
        return;
    }
    const Profile &p = m_session->profile();
    const bool sandbox = m_session->isSandbox();
    m_banner->setVisible(sandbox);
    setWindowTitle(sandbox ? tr("%1 [SANDBOX]").arg(p.displayName()) : p.displayName());
}

void MainWindow::updateStatus()
{
    const bool sandbox = m_session && m_session->isSandbox();
    m_sandboxBadge->setVisible(sandbox);
    if (!m_session) {
        m_profileLabel->setText(tr("No profile open"));
        m_regionLabel->clear();
        m_connectionLabel->setText(m_activationError.isEmpty()
                                           ? tr("Opening the profile…")
                                           : tr("Not connected: %1").arg(m_activationError));
        m_jobsLabel->clear();
    } else {
        const Profile &p = m_session->profile();
        m_profileLabel->setText(tr("Profile: %1").arg(p.displayName()));
        const std::optional<Region> region = Region::find(p.config.region);
        m_regionLabel->setText(
                tr("Region: %1").arg(region ? region->displayName() : p.config.region));
        switch (m_session->state()) {
        case Session::State::Idle:
        case Session::State::Connecting:
            m_connectionLabel->setText(tr("Connecting…"));
            m_connectionLabel->setToolTip(QString());
            break;
        case Session::State::Connected:
            m_connectionLabel->setText(tr("● Connected"));
            m_connectionLabel->setToolTip(p.config.effectiveWorkspaceEndpoint().toString());
            break;
        case Session::State::Failed: {
            const ErrorCatalog::Explanation e = ErrorCatalog::explain(m_session->lastError());
            m_connectionLabel->setText(tr("○ Not connected: %1").arg(e.cause));
            m_connectionLabel->setToolTip(e.fix);
            break;
        }
        }
        const int running = m_session->jobCenter() ? m_session->jobCenter()->runningCount() : 0;
        m_jobsLabel->setText(running > 0 ? tr("%n job(s) running", nullptr, running)
                                         : tr("No jobs running"));
        // While the service cannot be reached the jobs wait: the status bar says so too.
        const QString unreachable = JobsPanel::serviceStateText(m_session->jobCenter());
        if (!unreachable.isEmpty()) {
            m_jobsLabel->setText(
                    tr("⚠ Service unreachable since %1")
                            .arg(QLocale().toString(
                                    m_session->jobCenter()->unreachableSince().toLocalTime().time(),
                                    QLocale::ShortFormat)));
        }
        m_jobsLabel->setToolTip(unreachable);
    }
    const bool persistent = m_profiles->secrets()->isPersistent();
    m_secretsLabel->setVisible(!persistent && !sandbox);
    m_secretsLabel->setText(tr("⚠ Secrets in memory only"));
    m_secretsLabel->setToolTip(
            tr("No keychain service is running: passwords and secret keys are forgotten when the "
               "console closes."));
}

void MainWindow::updateActions()
{
    const bool connected = m_session != nullptr;
    const bool jobs = connected && m_session->jobCenter();
    m_refreshAction->setEnabled(connected);
    m_createUserAction->setEnabled(connected);
    m_createAction->setEnabled(jobs);
    m_assignAction->setEnabled(jobs);
    m_importAction->setEnabled(jobs);
    const QString why = connected ? QString() : tr("Open a profile first.");
    m_createAction->setToolTip(connected ? tr("Create desktops with the wizard (Ctrl+N)") : why);
    m_assignAction->setToolTip(connected ? tr("Assign desktops to users (Ctrl+Shift+A)") : why);
    m_importAction->setToolTip(
            connected ? tr("Create desktops for the users of a CSV file (Ctrl+I)") : why);
    if (auto *placeholder = qobject_cast<QLabel *>(m_jobsDock->widget()))
        placeholder->setText(tr("No profile open."));
}

void MainWindow::openWizard(const std::function<void(CreateDesktopWizard *)> &prepare)
{
    if (!m_session || !m_session->jobCenter())
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto *wizard = new CreateDesktopWizard(m_session->client(), m_session->catalog(),
                                           m_session->jobCenter(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (prepare)
        prepare(wizard);
    connect(wizard, &CreateDesktopWizard::submitted, this, [this] {
        // Show what was started, and keep the list moving while the batch runs.
        m_jobsDock->show();
        m_tabs->setCurrentWidget(m_desktops);
        m_desktops->refresh();
    });
    m_wizard = wizard;
    wizard->show();
}

void MainWindow::createDesktops()
{
    openWizard();
}

void MainWindow::openRefusedInWizard(const QString &batchId)
{
    if (!m_session || !m_session->jobCenter())
        return;
    JobCenter *jobs = m_session->jobCenter();
    // The wizard that submitted it is still open with the administrator's input and the
    // refusal at its field: that is the place to fix it.
    const auto *open = qobject_cast<CreateDesktopWizard *>(m_wizard.data());
    if (open && open->lastBatchId() == batchId) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return; // never replace what is being typed in an open wizard
    }
    Findings problems;
    const CreateDesktopRequest request
            = CreateDesktopRequest::fromJson(jobs->initialPlan(batchId).wholeRequest(), &problems);
    openWizard([request](CreateDesktopWizard *wizard) {
        wizard->requestModel()->setRequest(request);
    });
}

void MainWindow::assignDesktops()
{
    if (!m_session || !m_session->jobCenter())
        return;
    if (m_assign) {
        m_assign->raise();
        m_assign->activateWindow();
        return;
    }
    auto *dialog = new AssignDesktopsWizard(m_session->client(), m_session->jobCenter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const WorkspaceInfo workspace = m_session->workspace();
    if (!workspace.domainType.isEmpty()) {
        ValidationContext context;
        ValidationContext::parseDomainType(workspace.domainType, &context.domainType);
        context.createCap = m_session->profile().config.createCap;
        context.attachCap = m_session->profile().config.attachCap;
        dialog->setContext(context);
    }
    connect(dialog, &AssignDesktopsWizard::submitted, this, [this] {
        m_jobsDock->show();
        m_desktops->refresh();
    });
    connect(dialog, &AssignDesktopsWizard::batchDone, m_desktops, &DesktopsView::refresh);
    m_assign = dialog;
    dialog->show();
}

void MainWindow::assignToGroup(const UserGroup &group)
{
    assignDesktops();
    if (auto *dialog = qobject_cast<AssignDesktopsWizard *>(m_assign.data()))
        dialog->presetGroup(group);
}

void MainWindow::importUsers()
{
    if (!m_session || !m_session->jobCenter())
        return;
    if (m_import) {
        m_import->raise();
        return;
    }
    auto *dialog = new CsvImportDialog(this);
    dialog->setObjectName(QStringLiteral("mainCsvImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ValidationContext context;
    const WorkspaceInfo workspace = m_session->workspace();
    if (!workspace.domainType.isEmpty())
        ValidationContext::parseDomainType(workspace.domainType, &context.domainType);
    context.createCap = m_session->profile().config.createCap;
    dialog->setContext(context);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The rows are copied now: the dialog is deleted when it closes.
        const UserImportRows rows = dialog->acceptedTable();
        const ValidationContext checked = dialog->context();
        const QString origin = dialog->filePath();
        openWizard([rows, checked, origin](CreateDesktopWizard *wizard) {
            wizard->requestModel()->users()->setRows(rows, &checked);
            wizard->requestModel()->setUsersOrigin(origin);
        });
    });
    m_import = dialog;
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Workspace Console"),
            tr("<h3>Workspace Console %1</h3>"
               "<p>Provisions Huawei Cloud Workspace desktops and hands them to "
               "users.</p><p>Built with Qt %2.</p>")
                    .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace wsc
