#pragma once

#include "api/profiles/session.h"
#include "models/domain/usergroup.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace wsc {

class AppSettings;
class CreateDesktopWizard;
class DesktopActionController;
class DesktopsView;
class GroupsView;
class ProfileStore;
class SessionManager;
class Translator;
class UsersView;

/**
 * The window an administrator opens every morning: the desktops and users of the active
 * profile, the jobs dock, the actions that start the wizard, the assignment dialog and CSV
 * import, the profiles dialog and the language menu. Shows everywhere when it runs on the
 * Sandbox (title, banner, status bar badge). Remembers its geometry and table layouts.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, ProfileStore *profiles, SessionManager *sessions,
               Translator *translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    DesktopsView *desktopsView() const { return m_desktops; }
    /** The day-2 actions on the selected desktops (menu, toolbar, context menu). */
    DesktopActionController *desktopActions() const { return m_desktopActions; }
    UsersView *usersView() const { return m_users; }
    GroupsView *groupsView() const { return m_groups; }
    QDockWidget *jobsDock() const { return m_jobsDock; }
    Session *session() const { return m_session; }

    /** Opens the profiles dialog (Ctrl+,). */
    void showProfiles();
    /** Switches the UI language ("en", "zh_CN") at once and remembers it. */
    void setLanguage(const QString &language);
    /** Writes geometry, dock state, splitters and column layouts to the settings. */
    void saveLayout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void restoreLayout();
    void onSessionChanged(Session *session);
    void onSessionAboutToChange();
    void onActivationFailed(const QString &profileId, const QString &message);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void setJobsPanel(Session *session);
    /** Opens the wizard; @p prepare fills it before it shows (imported users). */
    void openWizard(const std::function<void(CreateDesktopWizard *)> &prepare = {});
    void createDesktops();
    /** Opens the request of a refused create batch in the wizard, to be fixed and sent again. */
    void openRefusedInWizard(const QString &batchId);
    void assignDesktops();
    /** The assignment dialog with @p group as the entry of the shared desktops. */
    void assignToGroup(const UserGroup &group);
    void importUsers();
    void showAbout();

    AppSettings *m_settings;
    ProfileStore *m_profiles;
    SessionManager *m_sessions;
    Translator *m_translator;
    QPointer<Session> m_session;
    QString m_activationError;

    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    DesktopsView *m_desktops = nullptr;
    DesktopActionController *m_desktopActions = nullptr;
    UsersView *m_users = nullptr;
    GroupsView *m_groups = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    QPointer<QDialog> m_wizard; ///< the open create wizard (one at a time)
    QPointer<QDialog> m_assign; ///< the open assignment dialog
    QPointer<QDialog> m_import; ///< the open CSV import dialog
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_desktopsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_createUserAction = nullptr;
    QAction *m_jobsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_jobsLabel = nullptr;
    QLabel *m_secretsLabel = nullptr;
};

} // namespace wsc
