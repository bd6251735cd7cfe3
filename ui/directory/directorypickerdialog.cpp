#include "directorypickerdialog.h"

#include "directoryentrymodel.h"

#include "api/http/workspaceclient.h"
#include "ui/widgets/loadstatewidget.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsc {

DirectoryPickerDialog::DirectoryPickerDialog(WorkspaceClient *client, Kinds kinds, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_kinds(kinds)
    , m_model(new DirectoryEntryModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("DirectoryPickerDialog"));
    m_model->setKinds(m_kinds & Users, m_kinds & Groups);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(DirectoryEntryModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("pickerIntro"));
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("pickerView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DirectoryEntryModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(DirectoryEntryModel::NameColumn, em * 22);
    m_view->setColumnWidth(DirectoryEntryModel::KindColumn, em * 8);
    m_view->setColumnWidth(DirectoryEntryModel::DetailColumn, em * 30);
    m_view->setColumnHidden(DirectoryEntryModel::KindColumn, m_kinds != (Users | Groups));
    m_loadState = new LoadStateWidget(m_view, this);
    m_loadState->setObjectName(QStringLiteral("pickerLoadState"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("pickerCount"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pickerOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("pickerCancelButton"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(searchRow);
    layout->addWidget(m_loadState, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectoryPickerDialog::updateState);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsSelectable)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_loadState, &LoadStateWidget::retryRequested, this, &DirectoryPickerDialog::load);

    retranslateUi();
    resize(std::min(760, em * 100), 520);
    load();
    m_search->setFocus();
}

void DirectoryPickerDialog::setTaken(const QStringList &idsOrNames)
{
    m_model->setTaken(idsOrNames);
}

void DirectoryPickerDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void DirectoryPickerDialog::load()
{
    if (!m_client || m_pending > 0)
        return;
    m_loadState->showBusy(tr("Reading the directory…"));
    if (m_kinds & Users) {
        ++m_pending;
        auto *call = m_client->users({}, this);
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->isOk())
                m_model->setUsers(call->result());
            finishOne(call);
        });
    }
    if (m_kinds & Groups) {
        ++m_pending;
        auto *call = m_client->userGroups({}, this);
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->isOk())
                m_model->setGroups(call->result());
            finishOne(call);
        });
    }
}

void DirectoryPickerDialog::finishOne(ApiCall *call)
{
    call->deleteLater();
    --m_pending;
    if (!call->isOk()) {
        m_loadState->showError(call->error());
    } else if (m_pending == 0 && m_loadState->state() != LoadStateWidget::State::Error) {
        m_loadState->showContent();
    }
    if (m_pending == 0) {
        m_loadedOnce = true;
        updateState();
        emit loaded();
    }
}

QList<DirectoryUser> DirectoryPickerDialog::pickedUsers() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<DirectoryUser> out;
    for (const int row : std::as_const(rows)) {
        if (!m_model->isGroup(row))
            out.append(m_model->user(row));
    }
    return out;
}

QList<UserGroup> DirectoryPickerDialog::pickedGroups() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<UserGroup> out;
    for (const int row : std::as_const(rows)) {
        if (m_model->isGroup(row))
            out.append(m_model->group(row));
    }
    return out;
}

void DirectoryPickerDialog::updateState()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selected > 0);
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total
                             ? tr("%n selected", nullptr, selected)
                             //: "2 selected, 14 of 230 shown"
                             : tr("%1, %2 of %3 shown")
                                       .arg(tr("%n selected", nullptr, selected))
                                       .arg(QLocale().toString(shown), QLocale().toString(total)));
}

void DirectoryPickerDialog::retranslateUi()
{
    if (m_kinds == (Users | Groups))
        setWindowTitle(tr("Pick users and groups"));
    else if (m_kinds & Groups)
        setWindowTitle(tr("Pick groups"));
    else
        setWindowTitle(tr("Pick users"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, e-mail or description"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_view->setAccessibleName(tr("Directory entries"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add selected"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Add the selected entries"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_model->retranslate();
    updateState();
}

void DirectoryPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wsc
