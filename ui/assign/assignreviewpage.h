#pragma once

#include "models/domain/directoryuser.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace wsc {

class AssignmentModel;
class AssignmentReviewWidget;
class AttachSubmission;
class CandidateUsersModel;

/**
 * The last page of the assignment wizard: the requests exactly as JobCenter will send them (one
 * per chunk), the users missing from the directory and whether to create them first, and, once
 * Assign is pressed, how the batch is going. Complete when there is something to send, nothing is
 * in flight, and every user to create has an email for the activation link.
 */
class AssignReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    AssignReviewPage(AssignmentModel *assignment, CandidateUsersModel *candidates,
                     AttachSubmission *submission, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /** The desktops reviewed, in the order of the request. */
    QStringList reviewedIds() const { return m_reviewIds; }
    /** The box "create the missing users first" is checked and there are some. */
    bool createMissingFirst() const;
    /** Users to create before assigning, with the email each will be sent. */
    QList<DirectoryUser> usersToCreate() const;
    AssignmentReviewWidget *review() const { return m_review; }

    void setBusy(bool busy);
    void setStatus(const QString &text);
    /** Shows the progress bar at @p percent; a negative value hides it. */
    void setProgress(int percent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateFinishText();

    AssignmentModel *m_assignment = nullptr;
    CandidateUsersModel *m_candidates = nullptr;
    AttachSubmission *m_submission = nullptr;
    QStringList m_reviewIds;
    bool m_busy = false;
    QLabel *m_summary = nullptr;
    QCheckBox *m_createMissingCheck = nullptr;
    QLabel *m_missingLabel = nullptr;
    AssignmentReviewWidget *m_review = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace wsc
