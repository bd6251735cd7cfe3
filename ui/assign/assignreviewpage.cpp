#include "assignreviewpage.h"

#include "assignmentreviewwidget.h"
#include "attachsubmission.h"
#include "missingusercreator.h"

#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace wsc {

AssignReviewPage::AssignReviewPage(AssignmentModel *assignment, CandidateUsersModel *candidates,
                                   AttachSubmission *submission, QWidget *parent)
    : QWizardPage(parent)
    , m_assignment(assignment)
    , m_candidates(candidates)
    , m_submission(submission)
{
    setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_createMissingCheck = new QCheckBox(this);
    m_createMissingCheck->setObjectName(QStringLiteral("createMissingCheck"));
    m_createMissingCheck->setChecked(true);
    layout->addWidget(m_createMissingCheck);
    m_missingLabel = new QLabel(this);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_missingLabel);
    m_review = new AssignmentReviewWidget(this);
    m_review->setObjectName(QStringLiteral("review"));
    layout->addWidget(m_review, 1);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("submitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("submitProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);
    connect(m_createMissingCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void AssignReviewPage::initializePage()
{
    refresh();
    m_status->clear();
    m_progress->setVisible(false);
    if (wizard() && wizard()->button(QWizard::FinishButton))
        wizard()->button(QWizard::FinishButton)->setFocus();
}

void AssignReviewPage::cleanupPage()
{
    // Back: what was reviewed is not what will be sent any more.
    m_reviewIds.clear();
    m_review->setPlan({});
    updateFinishText();
}

void AssignReviewPage::refresh()
{
    m_reviewIds = m_submission->sendableIds();
    ValidationContext context = m_assignment->context();
    Findings problems;
    const BatchPlan plan = m_submission->plan(m_reviewIds, context, &problems);
    QHash<QString, QString> names;
    for (int row = 0; row < m_assignment->rowCount(); ++row) {
        const DesktopInfo &d = m_assignment->row(row).desktop;
        names.insert(d.desktopId, d.computerName);
    }
    m_review->setDesktopNames(names);
    m_review->setPlan(plan);
    QStringList sizes;
    for (const BatchChunk &c : plan.chunks)
        sizes.append(QString::number(c.sourceIndexes.size()));
    m_summary->setText(tr("%1 will be assigned in %2 of at most %3 desktops each (%4).")
                               .arg(tr("%n desktop(s)", nullptr, int(m_reviewIds.size())),
                                    tr("%n request(s)", nullptr, int(plan.chunks.size())))
                               .arg(context.attachCap)
                               .arg(sizes.join(QStringLiteral(", "))));
    const QList<DirectoryUser> missing = usersToCreate();
    m_createMissingCheck->setVisible(!missing.isEmpty());
    m_createMissingCheck->setText(tr("Create the %n user(s) missing from the directory first",
                                     nullptr, int(missing.size())));
    QStringList lines;
    for (const DirectoryUser &user : missing) {
        lines.append(user.userEmail.isEmpty()
                             ? tr("%1 (no email: the directory needs one to send the activation "
                                  "link; add it on the row)")
                                       .arg(user.userName)
                             : tr("%1 <%2>").arg(user.userName, user.userEmail));
    }
    m_missingLabel->setText(lines.join(QLatin1Char('\n')));
    m_missingLabel->setVisible(!missing.isEmpty());
    if (hasErrors(problems))
        m_status->setText(problems.first().message);
    updateFinishText();
    emit completeChanged();
}

QList<DirectoryUser> AssignReviewPage::usersToCreate() const
{
    return MissingUserCreator::usersToCreate(*m_assignment, *m_candidates);
}

bool AssignReviewPage::createMissingFirst() const
{
    return m_createMissingCheck->isChecked() && !m_assignment->missingUsers().isEmpty();
}

bool AssignReviewPage::isComplete() const
{
    if (m_busy || m_reviewIds.isEmpty())
        return false;
    if (createMissingFirst()) {
        // The directory mails the activation link: without an address nobody could activate.
        for (const DirectoryUser &user : usersToCreate()) {
            if (user.userEmail.isEmpty())
                return false;
        }
    }
    return true;
}

void AssignReviewPage::setBusy(bool busy)
{
    m_busy = busy;
    m_createMissingCheck->setEnabled(!busy);
    emit completeChanged();
}

void AssignReviewPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AssignReviewPage::setProgress(int percent)
{
    m_progress->setVisible(percent >= 0);
    if (percent >= 0)
        m_progress->setValue(percent);
}

void AssignReviewPage::updateFinishText()
{
    setButtonText(QWizard::FinishButton,
                  tr("&Assign %n desktop(s)", nullptr, int(m_reviewIds.size())));
    if (wizard() && wizard()->currentPage() == this) {
        QAbstractButton *finish = wizard()->button(QWizard::FinishButton);
        finish->setAccessibleName(finish->text().remove(QLatin1Char('&')));
    }
}

void AssignReviewPage::retranslateUi()
{
    setTitle(tr("Review the requests"));
    m_createMissingCheck->setAccessibleName(tr("Create missing users first"));
    m_progress->setAccessibleName(tr("Assignment progress"));
    m_status->setAccessibleName(tr("Submission status"));
    m_summary->setAccessibleName(tr("Summary"));
    updateFinishText();
}

void AssignReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_busy && !m_reviewIds.isEmpty())
            refresh(); // the summary and the missing users in the language of the moment
    }
    QWizardPage::changeEvent(event);
}

} // namespace wsc
