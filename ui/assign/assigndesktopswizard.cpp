#include "assigndesktopswizard.h"

#include "assignpairpage.h"
#include "assignreviewpage.h"
#include "attachsubmission.h"
#include "missingusercreator.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "ui/widgets/discardprompt.h"
#include "ui/widgets/windowfit.h"

#include <QAbstractButton>
#include <QEvent>
#include <QMessageBox>
#include <QScreen>

#include <algorithm>

namespace wsc {

AssignDesktopsWizard::AssignDesktopsWizard(WorkspaceClient *client, JobCenter *jobs,
                                           QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_jobs(jobs)
    , m_assignment(new AssignmentModel(this))
    , m_desktops(new DesktopListModel(this))
    , m_candidates(new CandidateUsersModel(this))
    , m_submission(new AttachSubmission(jobs, m_assignment, this))
    , m_creator(new MissingUserCreator(client, this))
{
    setObjectName(QStringLiteral("AssignDesktopsWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    // Enter in the name box or a cell must not jump to the review or assign at once.
    setOption(QWizard::NoDefaultButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("reviewButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("submitButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("closeButton"));
    // Shown instead of Review while a batch holds the pairing page (see setBusy).
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitButton"));
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});

    ValidationContext context;
    if (m_client)
        context.attachCap = m_client->config().attachCap;
    m_assignment->setContext(context);
    followModels();

    m_pairPage = new AssignPairPage(client, m_assignment, m_desktops, m_candidates, m_submission,
                                    this);
    m_reviewPage = new AssignReviewPage(m_assignment, m_candidates, m_submission, this);
    setPage(PairPageId, m_pairPage);
    setPage(ReviewPageId, m_reviewPage);
    setStartId(PairPageId);

    connect(m_pairPage, &AssignPairPage::loaded, this, &AssignDesktopsWizard::loaded);
    connect(m_pairPage, &AssignPairPage::reloadRequested, this, &AssignDesktopsWizard::reload);
    connect(m_pairPage, &AssignPairPage::createMissingUsersRequested, this,
            [this] { createMissingUsers(false); });
    connect(m_creator, &MissingUserCreator::finished, this, &AssignDesktopsWizard::onUsersCreated);
    connect(m_submission, &AttachSubmission::started, this, &AssignDesktopsWizard::submitted);
    connect(m_submission, &AttachSubmission::progressChanged, this,
            [this](int percent, const QString &text) {
                m_reviewPage->setProgress(percent);
                m_reviewPage->setStatus(text);
            });
    connect(m_submission, &AttachSubmission::finished, this,
            &AssignDesktopsWizard::onBatchFinished);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Screen readers read the count the Assign button shows on this page.
        QAbstractButton *finish = button(QWizard::FinishButton);
        finish->setAccessibleName(finish->text().remove(QLatin1Char('&')));
        if (id == ReviewPageId)
            finish->setFocus();
    });

    retranslateUi();
    fitToScreen();
    reload();
}

AssignDesktopsWizard::~AssignDesktopsWizard() = default;

void AssignDesktopsWizard::followModels()
{
    // One source of truth per fact; the others follow by signal, whoever changes it.
    // The rows of the assignment are the desktops taken: the list hides exactly those.
    connect(m_assignment, &QAbstractItemModel::rowsInserted, m_desktops,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_desktops->setAdded(m_assignment->row(row).desktop.desktopId, true);
            });
    connect(m_assignment, &QAbstractItemModel::rowsAboutToBeRemoved, m_desktops,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_desktops->setAdded(m_assignment->row(row).desktop.desktopId, false);
            });
    connect(m_assignment, &QAbstractItemModel::modelAboutToBeReset, m_desktops, [this] {
        for (const AssignmentRow &row : m_assignment->rows())
            m_desktops->setAdded(row.desktop.desktopId, false);
    });
    const auto markAll = [this] {
        for (const AssignmentRow &row : m_assignment->rows())
            m_desktops->setAdded(row.desktop.desktopId, true);
    };
    connect(m_assignment, &QAbstractItemModel::modelReset, m_desktops, markAll);
    // A reloaded list flags the desktops the assignment holds, wherever they were listed.
    connect(m_desktops, &QAbstractItemModel::modelReset, m_desktops, markAll);
    // Assigning to a group: shared desktops taken into the table get it as their entry.
    connect(m_assignment, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { applyPresetGroup(first, last); });
    // The users list counts the desktops each name is paired with.
    connect(m_assignment, &AssignmentModel::summaryChanged, m_candidates,
            [this] { m_candidates->setPairedCounts(m_assignment->pairedCounts()); });
    // The directory lives in the users list; the table flags the names it lacks.
    connect(m_candidates, &CandidateUsersModel::directoryChanged, m_assignment,
            [this] { m_assignment->setDirectory(m_candidates->directoryUsers()); });
}

void AssignDesktopsWizard::fitToScreen()
{
    // Laptops at 1366×768 are common: never open larger than the screen's free area.
    WindowFit::remember(this, QStringLiteral("assignWizard"), QSize(1240, 860));
}

void AssignDesktopsWizard::setContext(const ValidationContext &context)
{
    m_contextGiven = true;
    m_assignment->setContext(context);
}

ValidationContext AssignDesktopsWizard::context() const
{
    return m_assignment->context();
}

void AssignDesktopsWizard::reload()
{
    if (!m_client)
        return;
    if (!m_contextGiven)
        loadWorkspace();
    m_pairPage->load();
}

bool AssignDesktopsWizard::isLoaded() const
{
    return m_pairPage->isLoaded();
}

void AssignDesktopsWizard::loadWorkspace()
{
    auto *call = m_client->workspaceInfo(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        DomainType type = DomainType::LiteAs;
        if (call->isOk() && !m_contextGiven
            && ValidationContext::parseDomainType(call->result().domainType, &type)) {
            ValidationContext context = m_assignment->context();
            context.domainType = type;
            m_assignment->setContext(context);
        }
    });
}

void AssignDesktopsWizard::importCsv(const QString &path)
{
    m_pairPage->importCsv(path);
}

CsvIssues AssignDesktopsWizard::importIssues() const
{
    return m_pairPage->importIssues();
}

AttachRequest AssignDesktopsWizard::currentRequest() const
{
    return m_submission->request(m_submission->sendableIds());
}

Findings AssignDesktopsWizard::optionFindings() const
{
    return m_submission->optionFindings();
}

QString AssignDesktopsWizard::batchId() const
{
    return m_submission->batchId();
}

AssignmentReviewWidget *AssignDesktopsWizard::review() const
{
    return m_reviewPage->review();
}

void AssignDesktopsWizard::accept()
{
    if (m_busy || !m_jobs || currentId() != ReviewPageId || !m_reviewPage->isComplete())
        return;
    if (m_reviewPage->createMissingFirst()) {
        createMissingUsers(true);
        return;
    }
    startBatch();
}

void AssignDesktopsWizard::presetGroup(const UserGroup &group)
{
    m_presetGroup = group;
    retranslateUi();
    if (m_assignment->rowCount() > 0)
        applyPresetGroup(0, m_assignment->rowCount() - 1);
    m_pairPage->setResult(tr("Shared desktops added to the table are given to the group %1. "
                             "Groups can only have shared desktops: pair dedicated ones with "
                             "users.")
                                  .arg(group.name));
}

void AssignDesktopsWizard::applyPresetGroup(int first, int last)
{
    if (m_presetGroup.id.isEmpty())
        return;
    for (int row = first; row <= last && row < m_assignment->rowCount(); ++row) {
        const AssignmentRow &r = m_assignment->row(row);
        if (!r.isShared() || r.isPaired() || r.isDone())
            continue;
        AttachUserInfo info;
        info.type = QStringLiteral("GROUP");
        info.userId = m_presetGroup.id;
        info.userName = m_presetGroup.name;
        info.userGroup = AssignmentModel::defaultGroup(r.desktop.osType);
        m_assignment->setSharedUsers(row, {info});
    }
}

void AssignDesktopsWizard::reject()
{
    if (m_discardPrompt)
        return; // already asking
    if (!hasUnsentInput()) {
        QWizard::reject();
        return;
    }
    int waiting = 0;
    for (const AssignmentRow &row : m_assignment->rows()) {
        if (row.state != AssignmentRow::State::Assigned
            && row.state != AssignmentRow::State::Sending)
            ++waiting;
    }
    const QString what
            = waiting > 0
                      ? tr("%n desktop(s) in the table have not been assigned.", nullptr, waiting)
                      : tr("The names typed or imported into the users list have not been used.");
    m_discardPrompt = DiscardPrompt::open(this, what, [this] { QWizard::reject(); });
}

QMessageBox *AssignDesktopsWizard::discardPrompt() const
{
    return m_discardPrompt;
}

bool AssignDesktopsWizard::hasUnsentInput() const
{
    for (const AssignmentRow &row : m_assignment->rows()) {
        if (row.state != AssignmentRow::State::Assigned
            && row.state != AssignmentRow::State::Sending)
            return true;
    }
    const QList<CandidateUser> candidates = m_candidates->candidates();
    return std::any_of(candidates.cbegin(), candidates.cend(), [](const CandidateUser &user) {
        return user.source != CandidateUser::Source::Directory;
    });
}

void AssignDesktopsWizard::createMissingUsers(bool thenAssign)
{
    if (m_busy)
        return;
    const QList<DirectoryUser> users
            = MissingUserCreator::usersToCreate(*m_assignment, *m_candidates);
    if (!m_creator->start(users))
        return;
    m_assignAfterCreate = thenAssign;
    setBusy(true);
    const QString text = tr("Creating %n user(s)…", nullptr, int(users.size()));
    m_reviewPage->setStatus(text);
    m_pairPage->setResult(text);
}

void AssignDesktopsWizard::onUsersCreated(int created, int failed)
{
    QStringList errors;
    for (const auto &failure : m_creator->failures()) {
        const QString text = tr("User %1 could not be created: %2")
                                     .arg(failure.first, ErrorCatalog::describe(failure.second));
        errors.append(text);
        // The rows of that user say so until they are edited.
        const QString key = failure.first.toCaseFolded();
        for (int row = 0; row < m_assignment->rowCount(); ++row) {
            if (m_assignment->row(row).userName.toCaseFolded() == key)
                m_assignment->setFailed(row, failure.second.errorCode, text);
        }
    }
    // The assignment model follows the users list's directory (directoryChanged).
    m_candidates->addDirectoryUsers(m_creator->created());
    setBusy(false);
    const QString summary = failed == 0
                                    ? tr("%n user(s) created in the directory.", nullptr, created)
                                    : errors.join(QLatin1Char('\n'));
    m_reviewPage->setStatus(summary);
    m_pairPage->setResult(summary);
    emit usersCreated(created, failed);
    const bool assign = m_assignAfterCreate;
    m_assignAfterCreate = false;
    if (!assign)
        return;
    if (failed == 0)
        startBatch();
    else
        backToPairing(); // the rows say which user failed
}

void AssignDesktopsWizard::startBatch()
{
    setBusy(true);
    if (!m_submission->start(m_reviewPage->reviewedIds())) {
        setBusy(false);
        m_reviewPage->setStatus(m_submission->startError());
    }
}

void AssignDesktopsWizard::onBatchFinished(const QString &batchId, int assigned, int notAssigned)
{
    setBusy(false);
    const QString result
            = notAssigned == 0
                      ? tr("All %n desktop(s) were assigned.", nullptr, assigned)
                      : tr("%1 assigned; %n desktop(s) not assigned: their rows say why. Fix "
                           "them and submit again.",
                           nullptr, notAssigned)
                                .arg(assigned);
    m_reviewPage->setProgress(-1);
    m_reviewPage->setStatus(result);
    m_pairPage->setResult(result);
    // Back to the table: that is where the outcome of each desktop is shown.
    backToPairing();
    emit batchDone(batchId);
}

void AssignDesktopsWizard::backToPairing()
{
    while (currentId() != PairPageId && currentId() != -1)
        back();
}

void AssignDesktopsWizard::setBusy(bool busy)
{
    m_busy = busy;
    // No way back while the reviewed rows are in flight: QWizard offers no Back from the page
    // after a commit page, and re-reads that on completeChanged().
    m_pairPage->setCommitPage(busy && currentId() == ReviewPageId);
    m_pairPage->setBusy(busy);
    m_reviewPage->setBusy(busy);
}

void AssignDesktopsWizard::retranslateUi()
{
    setWindowTitle(m_presetGroup.id.isEmpty()
                           ? tr("Assign desktops to users")
                           : tr("Assign desktops to the group %1").arg(m_presetGroup.name));
    setButtonText(QWizard::NextButton, tr("Re&view…"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::NextButton)->setAccessibleName(tr("Review the requests"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back to the pairing"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Close"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Review the requests"));
    button(QWizard::CancelButton)
            ->setToolTip(tr("Closes the window; a batch already started goes on in the jobs "
                            "panel."));
    button(QWizard::FinishButton)
            ->setAccessibleName(button(QWizard::FinishButton)->text().remove(QLatin1Char('&')));
}

void AssignDesktopsWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace wsc
