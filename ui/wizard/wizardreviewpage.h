#pragma once

#include "wizardpage.h"

#include "api/http/apierror.h"
#include "api/jobs/batchplan.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace wsc {

class BusyIndicator;
class FieldMessage;
class TypedCountConfirmation;
class QuotaPanel;
class WizardQuota;

/**
 * Page 7 of the create wizard: what will happen, in plain words; the exact JSON body of every
 * request the batch is cut into (one per chunk of the client's cap) and the chunk plan; every
 * warning. Submit (the wizard's Finish button) hands the batch to the jobs centre; this page
 * shows that it is being sent, and why it was refused when it was.
 */
class WizardReviewPage : public WizardPage
{
    Q_OBJECT
public:
    WizardReviewPage(CreateRequestModel *requestModel, CatalogCache *catalogCache,
                     QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /** While true the page is not complete (Submit disabled) and shows a busy indicator. */
    void setSubmitting(bool submitting);
    bool isSubmitting() const { return m_submitting; }
    /** Shows why the submit failed (cause and fix from ErrorCatalog), with @p note under it. */
    void showSubmitError(const ApiError &error, const QString &note = {});
    /** Shows a plain failure (e.g. the journal could not be written). */
    void showSubmitProblem(const QString &text);
    void clearSubmitStatus();

    /** The plan shown: one chunk per request, with its exact body. */
    const BatchPlan &plan() const { return m_plan; }
    /** Problems of the plan (each request checked as it will be sent). */
    Findings planFindings() const { return m_planFindings; }
    QString summaryText() const;
    QString planText() const;

    /** Batches of more desktops than this need the count typed before Submit. */
    static constexpr int ConfirmAbove = 200;
    /** True when the batch is small or its count was typed (a part of isComplete()). */
    bool isCountConfirmed() const;
    TypedCountConfirmation *countConfirmation() const { return m_countConfirmation; }

    /**
     * Shows the tenant's quotas and blocks Submit while the batch does not fit in them (or they
     * are being read); read again each time the page opens.
     */
    void setQuota(WizardQuota *quota);
    QuotaPanel *quotaPanel() const { return m_quotaPanel; }
    /** False while the quotas are read or the batch does not fit (a part of isComplete()). */
    bool fitsQuota() const;

protected:
    void retranslateUi() override;

private:
    void rebuild();
    void showBody(int chunk);
    QString summaryHtml() const;

    BatchPlan m_plan;
    Findings m_planFindings;
    bool m_submitting = false;
    /** The message shows a refusal that named a field: it goes once that field is edited. */
    bool m_refusalAtField = false;

    QLabel *m_summaryLabel = nullptr;
    QTextBrowser *m_summaryView = nullptr;
    QLabel *m_planLabel = nullptr;
    QLabel *m_requestsLabel = nullptr;
    QListWidget *m_requestList = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_bodyView = nullptr;
    QPushButton *m_copyButton = nullptr;
    FieldMessage *m_problemsMessage = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_statusLabel = nullptr;
    FieldMessage *m_submitMessage = nullptr;
    QWidget *m_confirmPane = nullptr;
    QLabel *m_confirmIntro = nullptr;
    TypedCountConfirmation *m_countConfirmation = nullptr;
    WizardQuota *m_quota = nullptr;
    QuotaPanel *m_quotaPanel = nullptr;
};

} // namespace wsc
