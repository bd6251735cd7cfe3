#pragma once

#include "api/profiles/profile.h"
#include "api/profiles/profileconnectiontest.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace wsc {

class ProfileEditor;
class ProfileStore;
class SessionManager;

/**
 * The profiles dialog (Ctrl+,): the list of connection profiles and the editor of the selected
 * one, with Save, "Test connection" (IAM and Workspace checked separately, each failure
 * explained by the ErrorCatalog) and "Use this profile".
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, SessionManager *sessions, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    ProfileEditor *editor() const { return m_editor; }
    /** The id of the profile being edited (empty for a new one not saved yet). */
    QString currentId() const { return m_current.id; }
    /** Selects the profile @p id in the list and loads it into the editor. */
    void selectProfile(const QString &id);
    /** Starts a new, unsaved profile. */
    void addProfile();
    /** Saves the editor's profile; false (and the editor shows why) when it has errors. */
    bool saveCurrent();
    /** Runs "Test connection" on the editor's profile as it is. */
    void testConnection();
    ProfileConnectionTest *connectionTest() const { return m_test; }

signals:
    /** The administrator chose to work with @p profileId. */
    void activateRequested(const QString &profileId);
    /** The editor loaded a profile (with its secrets). */
    void profileLoaded(const QString &profileId);
    /** A save finished writing the secrets. */
    void saved(const QString &profileId, bool ok);
    void testFinished(bool passed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillList();
    void updateButtons();
    void showStep(ProfileConnectionTest::Step step, ProfileConnectionTest::Outcome outcome);
    void removeCurrent();

    ProfileStore *m_store;
    SessionManager *m_sessions;
    Profile m_current;
    QPointer<ProfileConnectionTest> m_test;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_iamResult = nullptr;
    QLabel *m_workspaceResult = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_useButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wsc
