#include "usersview.h"

#include "createuserdialog.h"
#include "usertablemodel.h"

#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/loadstatewidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString LayoutName = QStringLiteral("users");
}

UsersView::UsersView(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("usersView"));
    m_model = new UserTableModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(UserTableModel::SortRole);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createUserOpenButton"));
    m_createButton->setIcon(QIcon(QStringLiteral(":/icons/actions/user-add.png")));
    connect(m_createButton, &QPushButton::clicked, this, &UsersView::createUser);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("userCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_createButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int cw = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(UserTableModel::NameColumn, cw * 18);
    m_table->setColumnWidth(UserTableModel::EmailColumn, cw * 28);
    m_table->setColumnWidth(UserTableModel::PhoneColumn, cw * 16);
    m_table->setColumnWidth(UserTableModel::DesktopsColumn, cw * 10);
    m_table->setColumnWidth(UserTableModel::StateColumn, cw * 10);
    m_table->setColumnWidth(UserTableModel::GroupsColumn, cw * 18);

    m_loadState = new LoadStateWidget(m_table, this);
    m_loadState->setObjectName(QStringLiteral("userLoadState"));
    connect(m_loadState, &LoadStateWidget::retryRequested, this, &UsersView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_loadState, 1);
    retranslateUi();
    restoreLayout();
}

void UsersView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search users…"));
    m_search->setAccessibleName(tr("Search users"));
    m_table->setAccessibleName(tr("Users"));
    m_createButton->setText(tr("&Create User…"));
    m_model->retranslate();
    updateCount();
}

void UsersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersView::setSession(Session *session)
{
    if (m_call) {
        m_call->abort();
        m_call = nullptr;
    }
    m_session = session;
    m_loadedOnce = false;
    m_model->setUsers({});
    m_createButton->setEnabled(session != nullptr);
    if (!session) {
        m_loadState->showBusy(tr("Opening the profile…"));
        return;
    }
    refresh();
}

void UsersView::refresh()
{
    if (!m_session)
        return;
    if (m_call)
        m_call->abort();
    if (!m_loadedOnce)
        m_loadState->showBusy(tr("Loading users…"));
    TypedCall<QList<DirectoryUser>> *call = m_session->client()->users({}, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (m_call != call)
            return;
        m_call = nullptr;
        if (!call->isOk()) {
            if (call->error().kind != ApiError::Kind::Cancelled) {
                m_loadState->showError(call->error());
                emit loaded(false, 0);
            }
            return;
        }
        m_model->setUsers(call->result());
        m_loadedOnce = true;
        m_loadState->showContent();
        updateCount();
        if (!m_selectAfterLoad.isEmpty()) {
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0) {
                const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
                m_table->selectRow(index.row());
                m_table->scrollTo(index);
            }
            m_selectAfterLoad.clear();
        }
        emit loaded(true, int(call->result().size()));
    });
}

void UsersView::createUser()
{
    if (!m_session)
        return;
    ValidationContext context;
    ValidationContext::parseDomainType(m_session->workspace().domainType, &context.domainType);
    auto *dialog = new CreateUserDialog(m_session->client(), context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::userCreated, this, [this](const QString &name) {
        m_selectAfterLoad = name;
        emit userCreated(name);
        refresh();
    });
    dialog->open();
}

void UsersView::saveLayout()
{
    m_settings->setHeaderState(LayoutName, m_table->horizontalHeader()->saveState());
}

void UsersView::restoreLayout()
{
    const QByteArray header = m_settings->headerState(LayoutName);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void UsersView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total
                             ? tr("%n user(s)", nullptr, total)
                             : tr("%1 of %2 shown")
                                       .arg(QLocale().toString(shown), QLocale().toString(total)));
}
