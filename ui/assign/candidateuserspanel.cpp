#include "candidateuserspanel.h"

#include "assignviews.h"

#include "api/http/workspaceclient.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

CandidateUsersPanel::CandidateUsersPanel(WorkspaceClient *client, CandidateUsersModel *candidates,
                                         AssignmentModel *assignment, QWidget *parent)
    : QGroupBox(parent)
    , m_client(client)
    , m_candidates(candidates)
    , m_assignment(assignment)
    , m_filter(new QSortFilterProxyModel(this))
    , m_proxy(new SeverityStyleProxy(CandidateUsersModel::SeverityRole, this))
{
    setObjectName(QStringLiteral("usersBox"));
    m_filter->setSourceModel(m_candidates);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_proxy->setSourceModel(m_filter);
    m_proxy->setIconColumn(CandidateUsersModel::NameColumn);

    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearchEdit"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_view = AssignViews::makeTable(this, "usersView");
    m_view->setModel(m_proxy);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->verticalHeader()->setVisible(false);
    m_state = new LoadStateWidget(m_view, this);
    m_state->setObjectName(QStringLiteral("usersState"));
    layout->addWidget(m_state, 1);
    auto *typedRow = new QHBoxLayout;
    m_typedEdit = new QLineEdit(this);
    m_typedEdit->setObjectName(QStringLiteral("typedUserEdit"));
    m_addTypedButton = new QPushButton(this);
    m_addTypedButton->setObjectName(QStringLiteral("addTypedUserButton"));
    typedRow->addWidget(m_typedEdit, 1);
    typedRow->addWidget(m_addTypedButton);
    layout->addLayout(typedRow);
    auto *buttons = new QHBoxLayout;
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createUsersButton"));
    for (QPushButton *b : {m_addTypedButton, m_importButton, m_createButton})
        b->setAutoDefault(false);
    buttons->addWidget(m_importButton);
    buttons->addStretch(1);
    buttons->addWidget(m_createButton);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_typedEdit, &QLineEdit::returnPressed, this, &CandidateUsersPanel::addTypedUser);
    connect(m_typedEdit, &QLineEdit::textChanged, this, &CandidateUsersPanel::updateState);
    connect(m_addTypedButton, &QPushButton::clicked, this, &CandidateUsersPanel::addTypedUser);
    connect(m_importButton, &QPushButton::clicked, this, &CandidateUsersPanel::importRequested);
    connect(m_createButton, &QPushButton::clicked, this,
            &CandidateUsersPanel::createMissingRequested);
    connect(m_state, &LoadStateWidget::retryRequested, this, &CandidateUsersPanel::load);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CandidateUsersPanel::selectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &CandidateUsersPanel::pairRequested);
    connect(m_assignment, &AssignmentModel::summaryChanged, this,
            &CandidateUsersPanel::updateState);
    retranslateUi();
}

void CandidateUsersPanel::load()
{
    if (!m_client)
        return;
    m_loaded = false;
    m_state->showBusy(tr("Reading the directory…"));
    auto *call = m_client->users({}, this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_loaded = true;
        if (!call->isOk()) {
            m_state->showError(call->error());
        } else {
            // The assignment model follows the directory through directoryChanged().
            m_candidates->setDirectoryUsers(call->result());
            m_state->showContent();
        }
        updateState();
        emit loaded();
    });
}

void CandidateUsersPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

QList<CandidateUser> CandidateUsersPanel::selectedUsers() const
{
    QList<int> proxyRows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<CandidateUser> users;
    for (const int r : std::as_const(proxyRows)) {
        const QModelIndex source
                = m_filter->mapToSource(m_proxy->mapToSource(m_proxy->index(r, 0)));
        users.append(m_candidates->candidate(source.row()));
    }
    return users;
}

bool CandidateUsersPanel::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

void CandidateUsersPanel::clearSelection()
{
    m_view->clearSelection();
}

void CandidateUsersPanel::selectUser(int row)
{
    const QModelIndex index
            = m_proxy->mapFromSource(m_filter->mapFromSource(m_candidates->index(row, 0)));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index,
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CandidateUsersPanel::addTypedUser()
{
    const QString name = m_typedEdit->text().trimmed();
    if (name.isEmpty())
        return;
    CandidateUser user;
    user.userName = name;
    user.source = CandidateUser::Source::Typed;
    const int row = m_candidates->addCandidate(user);
    m_typedEdit->clear();
    selectUser(row);
}

void CandidateUsersPanel::updateState()
{
    const QStringList missing = m_assignment->missingUsers();
    m_addTypedButton->setEnabled(!m_typedEdit->text().trimmed().isEmpty());
    m_createButton->setEnabled(!m_busy && !missing.isEmpty());
    m_createButton->setToolTip(
            missing.isEmpty()
                    ? tr("Every paired user is in the directory.")
                    : tr("Not in the directory: %1").arg(missing.join(QStringLiteral(", "))));
}

void CandidateUsersPanel::retranslateUi()
{
    setTitle(tr("Users"));
    m_search->setPlaceholderText(tr("Search users"));
    m_search->setAccessibleName(tr("Search users"));
    m_view->setAccessibleName(tr("Users to pair"));
    m_typedEdit->setPlaceholderText(tr("Type a user name"));
    m_typedEdit->setAccessibleName(tr("User name to add to the list"));
    m_addTypedButton->setText(tr("Add &name"));
    m_addTypedButton->setAccessibleName(tr("Add the typed user name"));
    m_importButton->setText(tr("&Import CSV…"));
    m_importButton->setAccessibleName(tr("Import users or pairings from a CSV file"));
    m_importButton->setToolTip(
            tr("Columns: desktop_id or computer_name, user_name, user_group, user_email, "
               "new_computer_name, is_clear_data (English or Chinese headers). Without a "
               "desktop column the users join this list."));
    m_createButton->setText(tr("Create &missing users"));
    m_createButton->setAccessibleName(tr("Create the users missing from the directory"));
    emit m_candidates->headerDataChanged(Qt::Horizontal, 0, CandidateUsersModel::ColumnCount - 1);
    updateState();
}

void CandidateUsersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace wsc
