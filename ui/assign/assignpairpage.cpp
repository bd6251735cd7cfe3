#include "assignpairpage.h"

#include "assignmenttablepanel.h"
#include "attachoptionspanel.h"
#include "attachsubmission.h"
#include "candidateuserspanel.h"
#include "desktoppickerpanel.h"
#include "sharedusersdialog.h"

#include "api/http/workspaceclient.h"
#include "models/csv/assignmentimport.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "models/itemmodels/desktoplistmodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace wsc {

AssignPairPage::AssignPairPage(WorkspaceClient *client, AssignmentModel *assignment,
                               DesktopListModel *desktops, CandidateUsersModel *candidates,
                               AttachSubmission *submission, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_assignment(assignment)
    , m_desktops(desktops)
    , m_candidates(candidates)
    , m_submission(submission)
{
    setObjectName(QStringLiteral("pairPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("pairSplitter"));
    vertical->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, vertical);
    top->setChildrenCollapsible(false);
    m_desktopPanel = new DesktopPickerPanel(client, desktops, assignment, top);
    m_usersPanel = new CandidateUsersPanel(client, candidates, assignment, top);
    top->addWidget(m_desktopPanel);
    top->addWidget(m_usersPanel);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    m_tablePanel = new AssignmentTablePanel(assignment, candidates, vertical);
    m_optionsPanel = new AttachOptionsPanel(submission, vertical);
    vertical->addWidget(top);
    vertical->addWidget(m_tablePanel);
    vertical->addWidget(m_optionsPanel);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 0);
    layout->addWidget(vertical);

    const auto checkLoaded = [this] {
        if (isLoaded())
            emit loaded();
    };
    connect(m_desktopPanel, &DesktopPickerPanel::loaded, this, checkLoaded);
    connect(m_usersPanel, &CandidateUsersPanel::loaded, this, checkLoaded);
    connect(m_desktopPanel, &DesktopPickerPanel::reloadRequested, this,
            &AssignPairPage::reloadRequested);
    connect(m_desktopPanel, &DesktopPickerPanel::desktopsAdded, this,
            [this] { setResult(QString()); });
    connect(m_assignment, &AssignmentModel::summaryChanged, this, [this] {
        if (m_notedPairs >= 0 && m_assignment->pairedCount() != m_notedPairs)
            setResult(QString());
    });
    connect(m_usersPanel, &CandidateUsersPanel::selectionChanged, this,
            [this] { m_tablePanel->setUsersSelected(m_usersPanel->hasSelection()); });
    connect(m_usersPanel, &CandidateUsersPanel::pairRequested, this, &AssignPairPage::pairInOrder);
    connect(m_usersPanel, &CandidateUsersPanel::importRequested, this, &AssignPairPage::chooseCsv);
    connect(m_usersPanel, &CandidateUsersPanel::createMissingRequested, this,
            &AssignPairPage::createMissingUsersRequested);
    connect(m_tablePanel, &AssignmentTablePanel::pairRequested, this, &AssignPairPage::pairInOrder);
    connect(m_tablePanel, &AssignmentTablePanel::sharedUsersRequested, this,
            &AssignPairPage::editSharedUsers);
    connect(m_optionsPanel, &AttachOptionsPanel::optionsChanged, this,
            &QWizardPage::completeChanged);
    connect(m_assignment, &AssignmentModel::summaryChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void AssignPairPage::load()
{
    m_desktopPanel->load();
    m_usersPanel->load();
}

bool AssignPairPage::isLoaded() const
{
    return m_desktopPanel->isLoaded() && m_usersPanel->isLoaded();
}

void AssignPairPage::setBusy(bool busy)
{
    m_busy = busy;
    m_desktopPanel->setBusy(busy);
    m_usersPanel->setBusy(busy);
    m_tablePanel->setBusy(busy);
    m_optionsPanel->setBusy(busy);
    emit completeChanged();
}

bool AssignPairPage::isComplete() const
{
    return !m_busy && !m_assignment->sendableRows().isEmpty() && m_assignment->errorCount() == 0
           && !hasErrors(m_submission->optionFindings());
}

void AssignPairPage::setResult(const QString &text)
{
    m_notedPairs = -1;
    m_tablePanel->setResult(text);
}

void AssignPairPage::showPairingNote(const QString &text)
{
    m_tablePanel->setResult(text);
    m_notedPairs = m_assignment->pairedCount();
}

void AssignPairPage::pairInOrder()
{
    const QList<CandidateUser> users = m_usersPanel->selectedUsers();
    if (users.isEmpty() || m_busy)
        return;
    // The users list's counts follow the assignment model by themselves.
    const int made = m_assignment->pairInOrder(users, m_tablePanel->selectedRows());
    showPairingNote(tr("%n desktop(s) paired.", nullptr, made));
}

void AssignPairPage::chooseCsv()
{
    const QString dir
            = m_csvPath.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                      : QFileInfo(m_csvPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an assignment CSV"), dir,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void AssignPairPage::importCsv(const QString &path)
{
    const AssignmentImportResult read = AssignmentImport::readFile(path);
    m_importIssues.clear();
    if (!read.readable) {
        m_importIssues.append(
                {0, QString(), QStringLiteral("csv.unreadable"), Severity::Error, read.readError});
        m_tablePanel->setImportIssues(m_importIssues);
        return;
    }
    m_csvPath = path;
    m_submission->setOrigin(path);
    const bool pairsDesktops = read.columnMapping.contains(QStringLiteral("desktop_id"))
                               || read.columnMapping.contains(QStringLiteral("computer_name"));
    if (pairsDesktops) {
        const AssignmentMapping mapping = AssignmentImport::map(
                read.rows, m_desktopPanel->allDesktops(), m_assignment->context());
        m_importIssues = read.fileIssues + mapping.issues;
        // The desktops list hides the desktops the mapping adds by itself.
        const int applied = m_assignment->applyMapping(mapping, m_desktops->desktops());
        showPairingNote(tr("%n desktop(s) paired from %1.", nullptr, applied)
                                .arg(QFileInfo(path).fileName()));
    } else {
        // A plain list of users: they wait on the right for "Pair in order".
        for (const CsvIssue &issue : read.fileIssues) {
            if (issue.code != QLatin1String("csv.missing_column")
                || issue.column == QLatin1String("user_name"))
                m_importIssues.append(issue);
        }
        m_usersPanel->clearSelection();
        int added = 0;
        for (const AssignmentImportRow &row : read.rows) {
            for (const CsvIssue &issue : row.issues) {
                if (issue.code != QLatin1String("assign.desktop_required"))
                    m_importIssues.append(issue);
            }
            if (row.userName.isEmpty())
                continue;
            CandidateUser user;
            user.userName = row.userName;
            user.userEmail = row.userEmail;
            user.userGroup = row.userGroup;
            user.source = CandidateUser::Source::Csv;
            user.line = row.line;
            m_usersPanel->selectUser(m_candidates->addCandidate(user));
            ++added;
        }
        m_tablePanel->setResult(tr("%n user(s) read from %1 and selected; choose the desktops "
                                   "and press Pair in order.",
                                   nullptr, added)
                                        .arg(QFileInfo(path).fileName()));
    }
    m_tablePanel->setImportIssues(m_importIssues);
}

void AssignPairPage::editSharedUsers(int row)
{
    if (m_busy || row < 0 || row >= m_assignment->rowCount() || !m_assignment->row(row).isShared())
        return;
    const AssignmentRow &r = m_assignment->row(row);
    ValidationContext context = m_assignment->context();
    OsType os = OsType::Unknown;
    context.os = ValidationContext::parseOs(r.desktop.osType, &os) ? os : OsType::Unknown;
    auto *dialog = new SharedUsersDialog(r.newComputerName.isEmpty() ? r.desktop.computerName
                                                                     : r.newComputerName,
                                         context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDirectory(m_candidates->directoryUsers());
    dialog->setClient(m_client);
    QList<AttachUserInfo> infos = r.sharedUsers;
    if (infos.isEmpty() && !r.userName.isEmpty()) {
        // The flat user becomes the first entry, so nothing chosen so far is lost.
        infos.append({QStringLiteral("USER"), r.userId, r.userName, r.userGroup, QString()});
    }
    dialog->setInfos(infos);
    const QString desktopId = r.desktop.desktopId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, desktopId] {
        const int at = m_assignment->rowOf(desktopId);
        if (at >= 0)
            m_assignment->setSharedUsers(at, dialog->infos());
    });
    m_sharedDialog = dialog;
    dialog->open();
}

void AssignPairPage::retranslateUi()
{
    setTitle(tr("Pair desktops with users"));
}

void AssignPairPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace wsc
