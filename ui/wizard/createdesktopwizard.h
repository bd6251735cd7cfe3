#pragma once

#include "api/profiles/catalogcache.h"
#include "models/rules/finding.h"

#include <QPointer>
#include <QString>
#include <QWizard>

class QMessageBox;

namespace wsc {

class CreateRequestModel;
class CreateSubmission;
class JobCenter;
class WizardPage;
class WizardQuota;
class WizardReviewPage;
class WorkspaceClient;

/**
 * The create-desktops wizard: type and product → image → disks → network → EIP → users →
 * review. Its pages edit one CreateRequestModel, each finding is shown next to its field as it
 * happens, catalogs come from the service through the session's CatalogCache, drafts are the
 * wsctl spec format, and Submit hands the batch to the JobCenter (the jobs panel follows it).
 */
class CreateDesktopWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        TypePageId,
        ImagePageId,
        DisksPageId,
        NetworkPageId,
        EipPageId,
        UsersPageId,
        ReviewPageId,
    };
    Q_ENUM(PageId)

    CreateDesktopWizard(WorkspaceClient *client, CatalogCache *catalog, JobCenter *jobs,
                        QWidget *parent = nullptr);
    ~CreateDesktopWizard() override;

    CreateRequestModel *requestModel() const { return m_request; }
    /** The tenant's quotas, read on open and again on the review page. */
    WizardQuota *quota() const { return m_quota; }
    WizardPage *wizardPage(int id) const;
    /** The page that shows findings at @p path (the review page for whole-request ones). */
    static int pageForPath(const QString &path);

    /**
     * Opens a draft (the JSON spec format wsctl reads). Returns false with @p error when the
     * file cannot be read as a JSON object; otherwise the request is replaced and @p problems
     * holds what CreateDesktopRequest::fromJson reported (unknown or mistyped fields).
     */
    bool openDraft(const QString &path, Findings *problems, QString *error);
    /** Saves the request as it stands (CreateDesktopRequest::toJson, indented). */
    bool saveDraft(const QString &path, QString *error) const;
    /** What openDraft() reported about the last draft opened. */
    Findings draftFindings() const { return m_draftFindings; }

    bool isSubmitting() const;
    /** The batch started by the last Submit (empty before). */
    QString lastBatchId() const { return m_lastBatchId; }

    /** Submit (the Finish button): starts the batch and waits for its first answer. */
    void accept() override;
    /**
     * Cancel, Escape or closing the window; refused while a submit waits for its answer. With
     * unsent input it asks first (DiscardPrompt) and closes only when told to discard.
     */
    void reject() override;
    /** Something was entered that Cancel would lose (a choice, a row, a draft opened). */
    bool hasUnsentInput() const;
    /** The question asked by reject() while it is open, else null (tests answer it). */
    QMessageBox *discardPrompt() const;

signals:
    /** A batch was handed to the JobCenter and the service took (some of) it. */
    void submitted(const QString &batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyCatalog(CatalogCache::Kind kind);
    void loadTakenComputerNames();
    void loadVolumeProducts();
    void applyWorkspaceSubnets();
    void onOpenDraft();
    void onSaveDraft();
    void onSubmitAccepted(const QString &batchId);
    void onSubmitRejected(const QString &batchId);
    void setSubmitting(bool submitting);
    void goBackTo(int id);

    QPointer<WorkspaceClient> m_client;
    QPointer<CatalogCache> m_catalog;
    QPointer<JobCenter> m_jobs;
    CreateRequestModel *m_request = nullptr;
    CreateSubmission *m_submission = nullptr;
    WizardReviewPage *m_review = nullptr;
    WizardQuota *m_quota = nullptr;
    Findings m_draftFindings;
    bool m_draftOpened = false;
    QPointer<QMessageBox> m_discardPrompt;
    QString m_lastBatchId;
    QString m_draftDir;
};

} // namespace wsc
