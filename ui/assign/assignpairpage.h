#pragma once

#include "models/csv/csvissue.h"

#include <QPointer>
#include <QString>
#include <QWizardPage>

namespace wsc {

class AssignmentModel;
class AssignmentTablePanel;
class AttachOptionsPanel;
class AttachSubmission;
class CandidateUsersModel;
class CandidateUsersPanel;
class DesktopListModel;
class DesktopPickerPanel;
class SharedUsersDialog;
class WorkspaceClient;

/**
 * The first page of the assignment wizard: desktops waiting for a user on the left, users on
 * the right, the pairing table in the middle and the request-wide options below. Complete when
 * at least one row is paired, no row breaks a rule and the options are valid.
 */
class AssignPairPage : public QWizardPage
{
    Q_OBJECT
public:
    AssignPairPage(WorkspaceClient *client, AssignmentModel *assignment, DesktopListModel *desktops,
                   CandidateUsersModel *candidates, AttachSubmission *submission,
                   QWidget *parent = nullptr);

    /** Reads the desktops and the directory again. */
    void load();
    bool isLoaded() const;
    void setBusy(bool busy);
    bool isComplete() const override;

    /** Reads an assignment CSV (see AssignDesktopsWizard::importCsv). */
    void importCsv(const QString &path);
    CsvIssues importIssues() const { return m_importIssues; }
    /** The CSV the pairing came from; empty when none was read. */
    QString csvPath() const { return m_csvPath; }
    /** Says what the last action did, over the table. */
    void setResult(const QString &text);

signals:
    void loaded();
    void reloadRequested();
    void createMissingUsersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void pairInOrder();
    void chooseCsv();
    void editSharedUsers(int row);
    /** Shows what a pairing did, until the pairs change: then it would no longer be true. */
    void showPairingNote(const QString &text);

    QPointer<WorkspaceClient> m_client;
    AssignmentModel *m_assignment = nullptr;
    DesktopListModel *m_desktops = nullptr;
    CandidateUsersModel *m_candidates = nullptr;
    AttachSubmission *m_submission = nullptr;
    bool m_busy = false;
    QString m_csvPath;
    int m_notedPairs = -1; ///< paired count when the pairing note was shown; -1: none shown
    CsvIssues m_importIssues;
    DesktopPickerPanel *m_desktopPanel = nullptr;
    CandidateUsersPanel *m_usersPanel = nullptr;
    AssignmentTablePanel *m_tablePanel = nullptr;
    AttachOptionsPanel *m_optionsPanel = nullptr;
    QPointer<SharedUsersDialog> m_sharedDialog;
};

} // namespace wsc
