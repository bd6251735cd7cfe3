#include "desktopsview.h"

#include "desktopdetailspanel.h"
#include "desktoptablefilter.h"
#include "desktoptablemodel.h"

#include "api/http/desktoplistloader.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/session.h"
#include "models/i18n/glossary.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/listtable.h"
#include "ui/widgets/loadstatewidget.h"
#include "ui/widgets/paintpacer.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace wsc {

namespace {
const QString LayoutName = QStringLiteral("desktops");
/** How long a followed desktop is watched even while it looks idle (its task may start late). */
constexpr qint64 FollowGraceMs = 8000;
/**
 * The load's work per event-loop turn: the proxy sorts every row it is given into the view
 * before it returns, so a page of 500 merged at once held the window for tens of ms at 50 000
 * rows. Slices are sized from the time the last ones took.
 */
constexpr qint64 TurnBudgetNs = 8'000'000;
/**
 * Twice that while pages pile up (the machine is busy, or the rate is high), so that pages read
 * do not wait in memory.
 */
constexpr qint64 CatchUpBudgetNs = 16'000'000;
constexpr qsizetype CatchUpPages = 3;
/**
 * While rows merge, the table paints at most this often (25 times a second): a repaint shapes
 * the text of every visible cell and took as long as a slice, so painting after every turn left
 * half of the GUI thread's time to the merge.
 */
constexpr int LoadPaintIntervalMs = 40;
constexpr qsizetype MinMergeSlice = 20;
constexpr qsizetype MinRemoveSlice = 4;

/**
 * The cost per row to size the next slice with, from the last estimate and a slice of @p rows
 * that took @p clock: a slower slice counts at once (the rows cost more as the table grows),
 * a faster one by half.
 */
double nextCost(double estimate, const QElapsedTimer &clock, qsizetype rows)
{
    if (rows <= 0)
        return estimate;
    const double measured = qMax(1e-4, double(clock.nsecsElapsed()) / 1e6 / double(rows));
    return measured > estimate ? measured : (estimate + measured) / 2;
}
} // namespace

DesktopsView::DesktopsView(AppSettings *settings, QWidget *parent)
    : SessionView(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("desktopsView"));
    m_model = new DesktopTableModel(this);
    m_filter = new DesktopTableFilter(this);
    m_filter->setSourceModel(m_model);
    m_autoRefresh.setInterval(settings->autoRefreshSeconds() * 1000);
    m_mergeTimer.setSingleShot(true);
    m_mergeTimer.setInterval(0);
    connect(&m_mergeTimer, &QTimer::timeout, this, &DesktopsView::continueLoad);
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refresh();
    });
    buildUi();
    retranslateUi();
    restoreLayout();
}

DesktopsView::~DesktopsView() = default;

void DesktopsView::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("desktopSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });

    m_statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("desktopStatusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    for (const char *status : {"", "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED", "BUILD"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_statusFilter->currentData().toString());
        updateCount();
    });

    m_zoneLabel = new QLabel(this);
    m_zoneFilter = new QComboBox(this);
    m_zoneFilter->setObjectName(QStringLiteral("desktopZoneFilter"));
    m_zoneFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zoneLabel->setBuddy(m_zoneFilter);
    m_zoneFilter->addItem(QString(), QString());
    connect(m_zoneFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setZone(m_zoneFilter->currentData().toString());
        updateCount();
    });

    m_assignmentLabel = new QLabel(this);
    m_assignmentFilter = new QComboBox(this);
    m_assignmentFilter->setObjectName(QStringLiteral("desktopAssignmentFilter"));
    m_assignmentLabel->setBuddy(m_assignmentFilter);
    for (int i = 0; i < 3; ++i)
        m_assignmentFilter->addItem(QString(), i);
    connect(m_assignmentFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAssignment(static_cast<DesktopTableFilter::Assignment>(
                m_assignmentFilter->currentData().toInt()));
        updateCount();
    });

    m_busy = new BusyIndicator(this);
    m_busy->setFixedSize(m_busy->sizeHint() / 2 + QSize(4, 4));
    m_busy->setVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("desktopCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_zoneLabel);
    filters->addWidget(m_zoneFilter);
    filters->addWidget(m_assignmentLabel);
    filters->addWidget(m_assignmentFilter);
    filters->addStretch(1);
    filters->addWidget(m_busy);
    filters->addWidget(m_count);

    m_table = ListTable::make(this, QStringLiteral("desktopTable"), m_filter);
    m_table->sortByColumn(DesktopTableModel::NameColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_pacer = new PaintPacer(m_table, {m_table->verticalScrollBar(), m_table->horizontalHeader()},
                             LoadPaintIntervalMs, this);
    // Widths in digits: the average character of a CJK font is narrower than the Latin ids.
    // Computer names have up to 15 characters, mostly capitals (wider than digits); product
    // ids are about 37 characters long.
    const int cw = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(DesktopTableModel::NameColumn, cw * 15);
    m_table->setColumnWidth(DesktopTableModel::UserColumn, cw * 10);
    m_table->setColumnWidth(DesktopTableModel::StatusColumn, cw * 8);
    m_table->setColumnWidth(DesktopTableModel::TaskColumn, cw * 15);
    m_table->setColumnWidth(DesktopTableModel::IpColumn, cw * 13);
    m_table->setColumnWidth(DesktopTableModel::ProductColumn, cw * 35);
    m_table->setColumnWidth(DesktopTableModel::ZoneColumn, cw * 14);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DesktopsView::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DesktopsView::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(DesktopTableModel::AssignedRole).toBool())
            emit assignRequested();
    });

    m_loadState = new LoadStateWidget(m_table, this);
    m_loadState->setObjectName(QStringLiteral("desktopLoadState"));
    connect(m_loadState, &LoadStateWidget::retryRequested, this, &DesktopsView::refresh);

    m_details = new DesktopDetailsPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("desktopSplitter"));
    m_splitter->addWidget(m_loadState);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1000, 340});

    m_actionBar = new QToolBar(this);
    m_actionBar->setObjectName(QStringLiteral("desktopActionBar"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actionBar->setIconSize(QSize(16, 16));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_splitter, 1);
}

void DesktopsView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, user, IP, ID…"));
    m_search->setAccessibleName(tr("Search desktops"));
    m_table->setAccessibleName(tr("Desktops"));
    m_statusLabel->setText(tr("&Status:"));
    m_statusFilter->setItemText(0, tr("Any"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(
                i, Glossary::desktopStatus(m_statusFilter->itemData(i).toString()));
    m_zoneLabel->setText(tr("&Zone:"));
    m_zoneFilter->setItemText(0, tr("Any"));
    m_assignmentLabel->setText(tr("&Assignment:"));
    m_assignmentFilter->setItemText(0, tr("Any"));
    m_assignmentFilter->setItemText(1, tr("Assigned"));
    m_assignmentFilter->setItemText(2, tr("Unassigned"));
    m_actionBar->setWindowTitle(tr("Desktop actions"));
    m_model->retranslate();
    updateCount();
}

void DesktopsView::leaveSession()
{
    delete m_loader; // no finished() for the list of the previous session
    m_loader = nullptr;
    m_pendingPages.clear();
    m_pageMerged = 0;
    m_goneIds.clear();
    m_mergeTimer.stop();
    m_pacer->release();
    m_finishPending = false;
    if (m_detailCall) {
        m_detailCall->abort();
        m_detailCall = nullptr;
    }
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_session && m_session->jobCenter())
        disconnect(m_session->jobCenter(), nullptr, this, nullptr);
}

void DesktopsView::clearForSession()
{
    m_followed.clear();
    m_model->setDesktops({});
    fillZoneFilter();
    updateAutoRefresh();
}

void DesktopsView::enterSession()
{
    if (JobCenter *jobs = m_session->jobCenter()) {
        connect(jobs, &JobCenter::runningCountChanged, this, &DesktopsView::updateAutoRefresh);
        // A batch that ends changes desktops (created, assigned): show the final state at once.
        connect(jobs, &JobCenter::batchFinished, this, [this] {
            // A list being read may predate the end: read once more after it.
            if (isLoading())
                m_refreshAgain = true;
            else
                refresh();
        });
    }
    m_loader = new DesktopListLoader(m_session->client(), this);
    m_loader->setKeepDesktops(false); // the model holds them
    // The sort and search keys are made with the page, off the GUI thread: the merge only appends.
    m_loader->setPageWork([](const QList<DesktopInfo> &page) {
        return QVariant::fromValue(DesktopTableModel::pageKeys(page));
    });
    connect(m_loader, &DesktopListLoader::pageLoaded, this, &DesktopsView::onPageLoaded);
    connect(m_loader, &DesktopListLoader::finished, this, &DesktopsView::onLoadFinished);
    updateAutoRefresh();
    m_manual = true;
}

bool DesktopsView::isLoading() const
{
    return (m_loader && m_loader->isRunning()) || m_finishPending || !m_goneIds.isEmpty();
}

void DesktopsView::refresh()
{
    if (!m_session || !m_loader)
        return;
    if (!m_loadedOnce && m_model->rowCount() == 0)
        m_loadState->showBusy(tr("Loading desktops…"));
    m_busy->setVisible(true);
    m_finishPending = false;
    m_goneIds.clear(); // the new load removes what is still gone at its end
    m_loader->start(); // aborts a load that runs: its pages stay, the new load updates them
}

void DesktopsView::onPageLoaded(const QList<DesktopInfo> &page, int, const QVariant &keys)
{
    m_pendingPages.append({page, keys.value<QList<DesktopRowKeys>>()});
    if (!m_mergeTimer.isActive())
        m_mergeTimer.start();
}

void DesktopsView::continueLoad()
{
    QElapsedTimer turn;
    turn.start();
    if (!m_pendingPages.isEmpty()) {
        mergeSlices(turn);
        if (!m_pendingPages.isEmpty() || m_finishPending)
            m_mergeTimer.start();
    } else if (m_finishPending) {
        completeLoad(); // a turn of its own: it may go over every row
    } else if (!m_goneIds.isEmpty()) {
        removeSlices(turn);
        if (m_goneIds.isEmpty())
            finishLoad();
        else
            m_mergeTimer.start();
    }
}

void DesktopsView::mergeSlices(const QElapsedTimer &turn)
{
    // Rows of the same desktop are updated in place and new ones appended: the first slice
    // shows at once, the selection and the sort survive. Rows gone wait for the end of the load.
    if (m_model->rowCount() == 0 && m_loader)
        m_model->reserve(m_loader->totalCount()); // the rows are not copied as the list grows
    const qint64 budgetNs = m_pendingPages.size() >= CatchUpPages ? CatchUpBudgetNs : TurnBudgetNs;
    bool merged = false;
    while (!m_pendingPages.isEmpty()) {
        const qint64 leftNs = budgetNs - turn.nsecsElapsed();
        if (merged && leftNs <= 0)
            break;
        const PendingPage &page = m_pendingPages.constFirst();
        const qsizetype slice
                = qMax(MinMergeSlice, qsizetype(qMin(1e6, double(leftNs) / 1e6 / m_mergeMsPerRow)));
        QElapsedTimer clock;
        clock.start();
        m_model->mergeDesktops(page.desktops, page.keys, m_pageMerged, slice);
        const qsizetype done = qMin(slice, page.desktops.size() - m_pageMerged);
        m_mergeMsPerRow = nextCost(m_mergeMsPerRow, clock, done);
        merged = true;
        m_pageMerged += done;
        if (m_pageMerged >= page.desktops.size()) {
            m_pendingPages.removeFirst();
            m_pageMerged = 0;
        }
    }
    m_loadState->showContent();
    updateCount();
    m_pacer->hold();
}

void DesktopsView::removeSlices(const QElapsedTimer &turn)
{
    // Each run of rows removed costs the proxy and the view a pass over their mappings: a few
    // at a time when many are gone.
    bool removed = false;
    while (!m_goneIds.isEmpty()) {
        const qint64 leftNs = TurnBudgetNs - turn.nsecsElapsed();
        if (removed && leftNs <= 0)
            break;
        const qsizetype slice
                = qMin(m_goneIds.size(),
                       qMax(MinRemoveSlice,
                            qsizetype(qMin(1e6, double(leftNs) / 1e6 / m_removeMsPerRow))));
        QElapsedTimer clock;
        clock.start();
        m_model->removeDesktops(m_goneIds.first(slice));
        m_goneIds.remove(0, slice);
        m_removeMsPerRow = nextCost(m_removeMsPerRow, clock, slice);
        removed = true;
    }
    updateCount();
    m_pacer->hold();
}

void DesktopsView::onLoadFinished()
{
    if (m_loader->error().kind == ApiError::Kind::Cancelled)
        return; // superseded by a newer load, or the view changes session
    m_finishPending = true;
    if (m_pendingPages.isEmpty())
        completeLoad();
}

void DesktopsView::completeLoad()
{
    m_finishPending = false;
    const ApiError &error = m_loader->error();
    if (error.isError()) {
        m_pacer->release();
        m_busy->setVisible(false);
        if (m_refreshAgain) {
            m_refreshAgain = false;
            QTimer::singleShot(0, this, &DesktopsView::refresh);
        }
        if (error.kind == ApiError::Kind::Cancelled)
            return;
        // An automatic refresh that fails, or a load that failed half-way, keeps the rows it
        // has and says so beside the count; a first or manual load that read nothing shows the
        // error alone.
        if (m_loader->pagesLoaded() > 0 || (m_loadedOnce && !m_manual)) {
            m_count->setText(tr("Refresh failed: %1").arg(error.summary()));
        } else {
            m_loadState->showError(error);
        }
        m_manual = false;
        fillZoneFilter();
        emit loaded(false, 0);
        return;
    }
    // Every page read is merged, so the rows are the desktops read, and more only when some are
    // gone: a pass over every row only then, and their removal in slices over the next turns.
    if (m_model->rowCount() != m_loader->loadedCount())
        m_goneIds = m_model->desktopsNotIn(m_loader->seenIds());
    if (m_goneIds.isEmpty())
        finishLoad();
    else
        m_mergeTimer.start();
}

void DesktopsView::finishLoad()
{
    m_pacer->release();
    m_busy->setVisible(false);
    if (m_refreshAgain) {
        m_refreshAgain = false;
        QTimer::singleShot(0, this, &DesktopsView::refresh);
    }
    m_manual = false;
    // A followed desktop is let go once no task runs on it (or it is gone); not at once, since
    // the service may start its task a moment after answering.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_followed.begin(); it != m_followed.end();) {
        const int row = m_model->rowOf(it.key());
        const bool settled = it.value().msecsTo(now) > FollowGraceMs;
        if (row < 0 || (settled && m_model->desktop(row).isIdle()))
            it = m_followed.erase(it);
        else
            ++it;
    }
    updateAutoRefresh();
    m_loadedOnce = true;
    m_loadState->showContent();
    fillZoneFilter();
    updateCount();
    onSelectionChanged();
    emit loaded(true, m_model->rowCount());
}

QList<DesktopInfo> DesktopsView::selectedDesktops() const
{
    QList<DesktopInfo> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> proxyRows;
    for (const QModelIndex &index : rows)
        proxyRows << index.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int row : proxyRows)
        out << m_model->desktop(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return out;
}

void DesktopsView::saveLayout()
{
    m_settings->setSplitterState(LayoutName, m_splitter->saveState());
    m_settings->setHeaderState(LayoutName, m_table->horizontalHeader()->saveState());
}

void DesktopsView::restoreLayout()
{
    const QByteArray splitter = m_settings->splitterState(LayoutName);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = m_settings->headerState(LayoutName);
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void DesktopsView::fillZoneFilter()
{
    const QString current = m_zoneFilter->currentData().toString();
    const QStringList zones = m_model->zones();
    QStringList shown;
    for (int i = 1; i < m_zoneFilter->count(); ++i)
        shown << m_zoneFilter->itemData(i).toString();
    if (shown == zones)
        return;
    const QSignalBlocker block(m_zoneFilter);
    while (m_zoneFilter->count() > 1)
        m_zoneFilter->removeItem(1);
    for (const QString &zone : zones)
        m_zoneFilter->addItem(zone, zone);
    const int index = m_zoneFilter->findData(current);
    m_zoneFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setZone(m_zoneFilter->currentData().toString());
}

void DesktopsView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QLocale locale;
    if (shown == total)
        m_count->setText(tr("%n desktop(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

void DesktopsView::follow(const QStringList &desktopIds)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : desktopIds)
        m_followed.insert(id, now);
    updateAutoRefresh();
}

void DesktopsView::updateAutoRefresh()
{
    const bool running
            = (m_session && m_session->jobCenter() && m_session->jobCenter()->runningCount() > 0)
              || (m_session && !m_followed.isEmpty());
    if (running && !m_autoRefresh.isActive())
        m_autoRefresh.start();
    else if (!running)
        m_autoRefresh.stop();
}

void DesktopsView::onSelectionChanged()
{
    const QList<DesktopInfo> selected = selectedDesktops();
    const DesktopInfo shown = selected.size() == 1 ? selected.first() : DesktopInfo();
    // The list has no security groups: keep those of the detail read for the same desktop.
    const DesktopInfo before = m_details->desktop();
    DesktopInfo next = shown;
    if (!shown.desktopId.isEmpty() && before.desktopId == shown.desktopId
        && shown.securityGroupIds.isEmpty()) {
        next.securityGroupIds = before.securityGroupIds;
        next.securityGroupNames = before.securityGroupNames;
    }
    m_details->setDesktop(next);
    if (shown.desktopId != before.desktopId)
        loadDetail(shown.desktopId);
    emit selectionChanged();
}

void DesktopsView::loadDetail(const QString &desktopId)
{
    if (m_detailCall) {
        m_detailCall->abort();
        m_detailCall = nullptr;
    }
    if (!m_session || desktopId.isEmpty())
        return;
    TypedCall<DesktopInfo> *call = m_session->client()->desktop(desktopId, this);
    m_detailCall = call;
    connect(call, &ApiCall::finished, this, [this, call, desktopId] {
        call->deleteLater();
        if (m_detailCall != call)
            return;
        m_detailCall = nullptr;
        // A failure leaves what the list said; the selection may have moved on meanwhile.
        if (!call->isOk() || m_details->desktop().desktopId != desktopId)
            return;
        DesktopInfo merged = m_details->desktop();
        const DesktopInfo detail = call->result();
        merged.securityGroupIds = detail.securityGroupIds;
        merged.securityGroupNames = detail.securityGroupNames;
        if (merged.addresses.isEmpty())
            merged.addresses = detail.addresses;
        m_details->setDesktop(merged);
    });
}

} // namespace wsc
