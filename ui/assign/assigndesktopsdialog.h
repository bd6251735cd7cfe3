#pragma once

#include "models/attachrequest.h"
#include "models/csvissue.h"
#include "models/directoryuser.h"
#include "models/finding.h"
#include "models/validationcontext.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

class AssignmentDelegate;
class AssignmentModel;
class AssignmentReviewWidget;
class CandidateUsersModel;
class DesktopFilterProxy;
class DesktopListModel;
class FieldMessage;
class JobCenter;
class LoadStateWidget;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;
class SeverityStyleProxy;
class SharedUsersDialog;
class WorkspaceClient;

/**
 * Hands out existing desktops in bulk (AttachInstances): desktops waiting for a user on the left,
 * users on the right (directory, typed, or a CSV), a pairing table in the middle checked row by
 * row as it is edited, a review of the exact request bodies, then one batch through JobCenter.
 * What the service refuses (a 409 naming a desktop, a failed sub-job) comes back onto its row;
 * nothing typed is lost on an error, and assigned rows are not sent again.
 */
class AssignDesktopsDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDesktopsDialog(WorkspaceClient *client, JobCenter *jobs, QWidget *parent = nullptr);
    ~AssignDesktopsDialog() override;

    /** The domain type (and caps); without it the dialog asks the service (ListWorkspaces). */
    void setContext(const ValidationContext &context);
    ValidationContext context() const { return m_context; }

    /** Loads the unassigned desktops, the directory and the domain type again. */
    void reload();
    bool isLoaded() const { return m_desktopsLoaded && m_usersLoaded; }

    /**
     * Reads an assignment CSV: with a desktop_id or computer_name column its rows pair desktops
     * (AssignmentImport::map); without, its users join the users list for "Pair in order".
     */
    void importCsv(const QString &path);
    /** Problems of the last import, by line, as shown under the table. */
    CsvIssues importIssues() const { return m_importIssues; }

    /** The request the table makes now (sendable rows, with the image and policy options). */
    AttachRequest currentRequest() const;
    /** Findings of the top-level options (image, name policy). */
    Findings optionFindings() const;
    /** The last batch started, empty before the first submit. */
    QString batchId() const { return m_batchId; }
    bool isSubmitting() const { return m_busy; }

    AssignmentModel *model() const { return m_model; }
    DesktopListModel *desktopModel() const { return m_desktops; }
    CandidateUsersModel *usersModel() const { return m_candidates; }
    AssignmentReviewWidget *review() const { return m_review; }

signals:
    /** Desktops and users have been read (or failed to be; the load widgets say why). */
    void loaded();
    /** A batch was started through JobCenter. */
    void submitted(const QString &batchId);
    /** The batch ended; the rows say what became of each desktop. */
    void batchDone(const QString &batchId);
    /** Users missing from the directory were created (or creating one failed). */
    void usersCreated(int created, int failed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildPairPage();
    QWidget *buildReviewPage();
    void retranslateUi();
    void loadDesktops();
    void loadUsers();
    void loadWorkspace();
    void setDirectory(const QList<DirectoryUser> &users);
    void checkLoaded();

    QList<int> selectedAssignmentRows() const;
    void onAddDesktops(bool all);
    void onRemoveRows();
    void onAddTypedUser();
    void onPairInOrder();
    void onClearPairing();
    void onImportClicked();
    void onSharedUsers();
    void onBulkGroup(int index);
    void onOptionsChanged();
    void onReview();
    void onBack();
    void onSubmit();
    void onCreateMissingClicked();
    void createMissingUsers(const QStringList &names, std::function<void(bool)> done);
    void startBatch();
    void onItemChanged(const QString &batchId);
    void refreshFromBatch();
    void onBatchFinished(const QString &batchId);
    void showImportIssues();
    void updateState();
    void setBusy(bool busy);
    QString emailFor(const QString &userName) const;
    QList<int> rowsOf(const QStringList &desktopIds) const;

    WorkspaceClient *m_client = nullptr;
    QPointer<JobCenter> m_jobs;
    ValidationContext m_context;
    bool m_contextGiven = false;
    bool m_desktopsLoaded = false;
    bool m_usersLoaded = false;
    bool m_busy = false; ///< creating users or a batch in flight
    QList<DirectoryUser> m_directory;
    QString m_csvPath;
    CsvIssues m_importIssues;
    QStringList m_reviewIds; ///< desktops of the reviewed request, in order
    QStringList m_sentIds;   ///< desktop of each source index of the running batch
    QString m_batchId;
    QString m_resultText;
    QString m_statusText;
    QTimer *m_refreshTimer = nullptr;

    AssignmentModel *m_model = nullptr;
    SeverityStyleProxy *m_assignmentProxy = nullptr;
    AssignmentDelegate *m_delegate = nullptr;
    DesktopListModel *m_desktops = nullptr;
    DesktopFilterProxy *m_desktopProxy = nullptr;
    CandidateUsersModel *m_candidates = nullptr;
    QSortFilterProxyModel *m_candidateFilter = nullptr;
    SeverityStyleProxy *m_candidateProxy = nullptr;

    QStackedWidget *m_pages = nullptr;
    // Pair page: desktops.
    QGroupBox *m_desktopsBox = nullptr;
    QLineEdit *m_desktopSearch = nullptr;
    LoadStateWidget *m_desktopsState = nullptr;
    QTableView *m_desktopsView = nullptr;
    QPushButton *m_addDesktopsButton = nullptr;
    QPushButton *m_addAllDesktopsButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    // Pair page: users.
    QGroupBox *m_usersBox = nullptr;
    QLineEdit *m_userSearch = nullptr;
    LoadStateWidget *m_usersState = nullptr;
    QTableView *m_usersView = nullptr;
    QLineEdit *m_typedUserEdit = nullptr;
    QPushButton *m_addTypedUserButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_createUsersButton = nullptr;
    // Pair page: the pairing table.
    QGroupBox *m_assignBox = nullptr;
    QPushButton *m_pairButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_sharedButton = nullptr;
    QLabel *m_bulkGroupLabel = nullptr;
    QComboBox *m_bulkGroupCombo = nullptr;
    QTableView *m_assignView = nullptr;
    QLabel *m_clearDataHint = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QListWidget *m_importIssuesView = nullptr;
    // Pair page: options.
    QGroupBox *m_optionsBox = nullptr;
    QLabel *m_imageTypeLabel = nullptr;
    QComboBox *m_imageTypeCombo = nullptr;
    QLabel *m_imageIdLabel = nullptr;
    QLineEdit *m_imageIdEdit = nullptr;
    QLabel *m_policyLabel = nullptr;
    QLineEdit *m_policyEdit = nullptr;
    FieldMessage *m_optionsMessage = nullptr;
    // Review page.
    QLabel *m_reviewSummary = nullptr;
    QCheckBox *m_createMissingCheck = nullptr;
    QLabel *m_missingLabel = nullptr;
    AssignmentReviewWidget *m_review = nullptr;
    QLabel *m_submitStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    // Buttons.
    QPushButton *m_backButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPointer<SharedUsersDialog> m_sharedDialog;
};
