#include "assignmenttablepanel.h"

#include "assignmentdelegate.h"
#include "assignviews.h"

#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"
#include "ui/widgets/severitystyleproxy.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace wsc {

AssignmentTablePanel::AssignmentTablePanel(AssignmentModel *assignment,
                                           CandidateUsersModel *candidates, QWidget *parent)
    : QGroupBox(parent)
    , m_assignment(assignment)
    , m_proxy(new SeverityStyleProxy(AssignmentModel::SeverityRole, this))
    , m_delegate(new AssignmentDelegate(this))
{
    setObjectName(QStringLiteral("assignBox"));
    m_proxy->setSourceModel(m_assignment);
    m_proxy->setIconColumn(AssignmentModel::StatusColumn);

    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    m_pairButton = new QPushButton(this);
    m_pairButton->setObjectName(QStringLiteral("pairInOrderButton"));
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearPairingButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeRowsButton"));
    m_sharedButton = new QPushButton(this);
    m_sharedButton->setObjectName(QStringLiteral("sharedUsersButton"));
    for (QPushButton *b : {m_pairButton, m_clearButton, m_removeButton, m_sharedButton}) {
        b->setAutoDefault(false);
        tools->addWidget(b);
    }
    tools->addSpacing(12);
    m_bulkGroupLabel = new QLabel(this);
    m_bulkGroupCombo = new QComboBox(this);
    m_bulkGroupCombo->setObjectName(QStringLiteral("bulkGroupCombo"));
    m_bulkGroupCombo->addItem(QString());
    m_bulkGroupCombo->addItems(AssignmentModel::allowedGroups(QString()));
    m_bulkGroupLabel->setBuddy(m_bulkGroupCombo);
    tools->addStretch(1);
    tools->addWidget(m_bulkGroupLabel);
    tools->addWidget(m_bulkGroupCombo);
    layout->addLayout(tools);
    // On a line of its own: long languages must not widen the window past the screen.
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setVisible(false);
    layout->addWidget(m_resultLabel);
    m_view = AssignViews::makeTable(this, "assignmentView");
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(AssignmentModel::DesktopColumn, 130);
    header->resizeSection(AssignmentModel::UserColumn, 170);
    header->resizeSection(AssignmentModel::GroupColumn, 120);
    header->resizeSection(AssignmentModel::EmailColumn, 190);
    header->resizeSection(AssignmentModel::NewNameColumn, 150);
    header->resizeSection(AssignmentModel::ClearDataColumn, 90);
    layout->addWidget(m_view, 1);
    m_clearDataHint = new QLabel(this);
    m_clearDataHint->setObjectName(QStringLiteral("clearDataHint"));
    m_clearDataHint->setWordWrap(true);
    m_clearDataHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_clearDataHint);
    m_issuesView = new QListWidget(this);
    m_issuesView->setObjectName(QStringLiteral("importIssuesView"));
    m_issuesView->setMaximumHeight(90);
    m_issuesView->setVisible(false);
    layout->addWidget(m_issuesView);

    // The editors complete the names the users list has, whatever added them.
    const auto followNames
            = [this, candidates] { m_delegate->setUserNames(candidates->userNames()); };
    connect(candidates, &QAbstractItemModel::modelReset, this, followNames);
    connect(candidates, &QAbstractItemModel::rowsInserted, this, followNames);
    connect(candidates, &QAbstractItemModel::rowsRemoved, this, followNames);
    connect(candidates, &QAbstractItemModel::dataChanged, this, followNames);
    followNames();

    connect(m_pairButton, &QPushButton::clicked, this, &AssignmentTablePanel::pairRequested);
    connect(m_clearButton, &QPushButton::clicked, this,
            [this] { m_assignment->clearPairing(selectedRows()); });
    connect(m_removeButton, &QPushButton::clicked, this, &AssignmentTablePanel::removeSelected);
    connect(m_sharedButton, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            emit sharedUsersRequested(currentRow());
    });
    connect(m_bulkGroupCombo, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_assignment->setColumnForRows(selectedRows(), AssignmentModel::GroupColumn,
                                       m_bulkGroupCombo->itemText(index));
        m_bulkGroupCombo->setCurrentIndex(0);
    });
    connect(AssignViews::viewAction(m_view, QKeySequence::Delete), &QAction::triggered, this,
            &AssignmentTablePanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignmentTablePanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssignmentTablePanel::updateState);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // A shared desktop's user cell is not edited in place: it opens its users and groups.
        if (index.column() == AssignmentModel::UserColumn
            && index.data(AssignmentModel::SharedRole).toBool()
            && !(index.flags() & Qt::ItemIsEditable) && currentRow() >= 0) {
            emit sharedUsersRequested(currentRow());
        }
    });
    connect(m_assignment, &AssignmentModel::summaryChanged, this,
            &AssignmentTablePanel::updateState);
    retranslateUi();
}

QList<int> AssignmentTablePanel::selectedRows() const
{
    QSet<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.insert(m_proxy->mapToSource(index).row());
    QList<int> out(rows.cbegin(), rows.cend());
    std::sort(out.begin(), out.end());
    return out;
}

int AssignmentTablePanel::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void AssignmentTablePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void AssignmentTablePanel::setUsersSelected(bool selected)
{
    m_usersSelected = selected;
    updateState();
}

void AssignmentTablePanel::setResult(const QString &text)
{
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

void AssignmentTablePanel::setImportIssues(const CsvIssues &issues)
{
    m_issues = issues;
    showImportIssues();
}

void AssignmentTablePanel::showImportIssues()
{
    m_issuesView->clear();
    for (const CsvIssue &issue : std::as_const(m_issues)) {
        auto *item = new QListWidgetItem(
                issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message)
                               : issue.message,
                m_issuesView);
        item->setIcon(issue.isError() ? SeverityStyleProxy::errorIcon()
                                      : SeverityStyleProxy::warningIcon());
    }
    m_issuesView->setVisible(!m_issues.isEmpty());
}

void AssignmentTablePanel::removeSelected()
{
    if (m_busy)
        return;
    QList<int> rows = selectedRows();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // The desktops list follows: a removed desktop goes back to it.
    for (const int row : std::as_const(rows))
        m_assignment->removeRows(row, 1);
}

void AssignmentTablePanel::updateState()
{
    const int paired = m_assignment->pairedCount();
    const int errors = m_assignment->errorCount();
    const QList<int> selected = selectedRows();
    const int current = currentRow();
    m_pairButton->setEnabled(!m_busy && m_assignment->rowCount() > 0 && m_usersSelected);
    m_clearButton->setEnabled(!m_busy && paired > 0);
    m_removeButton->setEnabled(!m_busy && !selected.isEmpty());
    m_sharedButton->setEnabled(!m_busy && current >= 0 && m_assignment->row(current).isShared()
                               && !m_assignment->row(current).isDone());
    m_bulkGroupCombo->setEnabled(!m_busy && !selected.isEmpty());

    QStringList counts;
    counts << tr("%n desktop(s)", nullptr, m_assignment->rowCount())
           << tr("%n paired", nullptr, paired);
    if (errors > 0)
        counts << tr("%n with errors", nullptr, errors);
    if (m_assignment->doneCount() > 0)
        counts << tr("%n assigned", nullptr, m_assignment->doneCount());
    m_countsLabel->setText(counts.join(QStringLiteral(" · ")));
}

void AssignmentTablePanel::retranslateUi()
{
    setTitle(tr("Assignment"));
    m_pairButton->setText(tr("&Pair in order"));
    m_pairButton->setAccessibleName(tr("Pair the selected users with desktops in order"));
    m_pairButton->setToolTip(tr("Gives the selected users, top to bottom, to the selected rows "
                                "(or to the rows without a user)."));
    m_clearButton->setText(tr("&Clear pairing"));
    m_clearButton->setAccessibleName(tr("Clear the pairing of the selected rows"));
    m_clearButton->setToolTip(tr("Clears the selected rows, or every row when none is selected."));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected rows from the assignment"));
    m_sharedButton->setText(tr("Users and &groups…"));
    m_sharedButton->setAccessibleName(tr("Choose the users and groups of a shared desktop"));
    m_bulkGroupLabel->setText(tr("Set gr&oup:"));
    m_bulkGroupCombo->setAccessibleName(tr("Set the user group of the selected rows"));
    m_bulkGroupCombo->setItemText(0, tr("(choose)"));
    m_view->setAccessibleName(tr("Desktops and their users"));
    m_issuesView->setAccessibleName(tr("Problems of the imported file"));
    m_clearDataHint->setText(
            tr("Clear data only matters when a desktop goes back to the same user it was "
               "detached from: checked (the service's default) wipes that user's data, "
               "unchecked keeps it."));
    // Header texts and row messages come from the model's translations.
    emit m_assignment->headerDataChanged(Qt::Horizontal, 0, AssignmentModel::ColumnCount - 1);
    showImportIssues();
    updateState();
}

void AssignmentTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace wsc
