#pragma once

#include "models/csv/csvissue.h"
#include "models/domain/attachrequest.h"
#include "models/domain/usergroup.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QPointer>
#include <QString>
#include <QWizard>

class QMessageBox;

namespace wsc {

class AssignPairPage;
class AssignReviewPage;
class AssignmentModel;
class AssignmentReviewWidget;
class AttachSubmission;
class CandidateUsersModel;
class DesktopListModel;
class JobCenter;
class MissingUserCreator;
class WorkspaceClient;

/**
 * Hands out existing desktops in bulk (AttachInstances) as a two-page QWizard, like the create
 * wizard: pair desktops with users (AssignPairPage), then review the exact requests and assign
 * (AssignReviewPage). It owns the three models, which follow each other through signals, and
 * the objects that do the work: AttachSubmission (the batch and its results on the rows) and
 * MissingUserCreator. Finish (Assign) does not close it: the outcome comes back onto the rows,
 * nothing typed is lost on an error, and assigned rows are not sent again.
 */
class AssignDesktopsWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PairPageId, ReviewPageId };
    Q_ENUM(PageId)

    AssignDesktopsWizard(WorkspaceClient *client, JobCenter *jobs, QWidget *parent = nullptr);
    ~AssignDesktopsWizard() override;

    /** The domain type (and caps); without it the wizard asks the service (ListWorkspaces). */
    void setContext(const ValidationContext &context);
    ValidationContext context() const;

    /**
     * Assigning to a user group: every shared desktop taken into the table without users gets
     * @p group as its entry (attach_user_infos type GROUP, with the OS's standard rights). Groups
     * can only be given shared desktops; dedicated ones are paired with users as usual.
     */
    void presetGroup(const UserGroup &group);
    UserGroup presetGroupOf() const { return m_presetGroup; }

    /** Loads the unassigned desktops, the directory and the domain type again. */
    void reload();
    bool isLoaded() const;

    /**
     * Reads an assignment CSV: with a desktop_id or computer_name column its rows pair desktops
     * (AssignmentImport::map); without, its users join the users list for "Pair in order".
     */
    void importCsv(const QString &path);
    /** Problems of the last import, by line, as shown under the table. */
    CsvIssues importIssues() const;

    /** The request the table makes now (sendable rows, with the image and policy options). */
    AttachRequest currentRequest() const;
    /** Findings of the top-level options (image, name policy). */
    Findings optionFindings() const;
    /** The last batch started, empty before the first submit. */
    QString batchId() const;
    /** Creating users or a batch in flight. */
    bool isSubmitting() const { return m_busy; }

    AssignmentModel *model() const { return m_assignment; }
    DesktopListModel *desktopModel() const { return m_desktops; }
    CandidateUsersModel *usersModel() const { return m_candidates; }
    AssignmentReviewWidget *review() const;
    AttachSubmission *submission() const { return m_submission; }

    /** Assign (the Finish button): creates missing users if asked, then starts the batch. */
    void accept() override;
    /**
     * Close, Escape or closing the window. With unsent input it asks first (DiscardPrompt); a
     * batch already started goes on in the jobs panel either way.
     */
    void reject() override;
    /** Rows paired or taken into the table and not sent, or names typed or imported. */
    bool hasUnsentInput() const;
    /** The question asked by reject() while it is open, else null (tests answer it). */
    QMessageBox *discardPrompt() const;

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
    void followModels();
    void retranslateUi();
    void loadWorkspace();
    void fitToScreen();
    void createMissingUsers(bool thenAssign);
    void onUsersCreated(int created, int failed);
    void startBatch();
    void onBatchFinished(const QString &batchId, int assigned, int notAssigned);
    void setBusy(bool busy);
    void backToPairing();
    void applyPresetGroup(int first, int last);

    QPointer<WorkspaceClient> m_client;
    QPointer<JobCenter> m_jobs;
    bool m_contextGiven = false;
    bool m_busy = false;
    bool m_assignAfterCreate = false;
    AssignmentModel *m_assignment = nullptr;
    DesktopListModel *m_desktops = nullptr;
    CandidateUsersModel *m_candidates = nullptr;
    AttachSubmission *m_submission = nullptr;
    MissingUserCreator *m_creator = nullptr;
    AssignPairPage *m_pairPage = nullptr;
    AssignReviewPage *m_reviewPage = nullptr;
    QPointer<QMessageBox> m_discardPrompt;
    UserGroup m_presetGroup;
};

} // namespace wsc
