#include "jobtreemodel.h"

#include "batchsource.h"
#include "jobfailures.h"

#include "api/apitr.h"
#include "api/profiles/profile.h"
#include "models/i18n/glossary.h"

#include <QDateTime>
#include <QLocale>

namespace wsc {

JobTreeModel::JobTreeModel(JobCenter *center, QObject *parent)
    : QAbstractItemModel(parent)
    , m_center(center)
{
    // Sub-job progress arrives a desktop at a time; repaint at most a few times a second.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &JobTreeModel::refreshDirty);
    if (!center)
        return;
    connect(center, &JobCenter::batchAdded, this, &JobTreeModel::addBatch);
    connect(center, &JobCenter::batchRemoved, this, &JobTreeModel::removeBatch);
    connect(center, &JobCenter::batchChanged, this, [this](const QString &id) {
        m_dirty.insert(id);
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(center, &JobCenter::itemChanged, this, [this](const QString &id, int) {
        m_dirty.insert(id);
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(center, &JobCenter::batchFinished, this, [this](const QString &id) {
        // The end is shown at once, not after the repaint delay.
        const int row = rowOf(id);
        if (row >= 0)
            refreshBatch(row);
    });
    reload();
}

void JobTreeModel::reload()
{
    beginResetModel();
    m_batches.clear();
    const QList<BatchSummary> summaries = m_center->batches();
    for (const BatchSummary &s : summaries) {
        Batch b;
        b.key = m_nextKey++;
        b.summary = s;
        b.items = m_center->items(s.id);
        for (int i = 0; i < b.items.size(); ++i)
            b.row.insert(b.items.at(i).sourceIndex, i);
        m_batches.prepend(b);
    }
    endResetModel();
}

int JobTreeModel::rowOfKey(quintptr key) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).key == key)
            return i;
    }
    return -1;
}

int JobTreeModel::rowOf(const QString &batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).summary.id == batchId)
            return i;
    }
    return -1;
}

void JobTreeModel::addBatch(const QString &batchId)
{
    if (rowOf(batchId) >= 0)
        return;
    Batch b;
    b.key = m_nextKey++;
    b.summary = m_center->batch(batchId);
    b.items = m_center->items(batchId);
    for (int i = 0; i < b.items.size(); ++i)
        b.row.insert(b.items.at(i).sourceIndex, i);
    beginInsertRows({}, 0, 0);
    m_batches.prepend(b);
    endInsertRows();
}

void JobTreeModel::removeBatch(const QString &batchId)
{
    const int row = rowOf(batchId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_batches.removeAt(row);
    endRemoveRows();
    m_dirty.remove(batchId);
}

void JobTreeModel::refreshDirty()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &id : dirty) {
        const int row = rowOf(id);
        if (row >= 0)
            refreshBatch(row);
    }
}

void JobTreeModel::refreshBatch(int row)
{
    Batch &b = m_batches[row];
    b.summary = m_center->batch(b.summary.id);
    QList<BatchItem> items = m_center->items(b.summary.id);
    const QModelIndex parent = index(row, 0);
    const int before = static_cast<int>(b.items.size());
    const int after = static_cast<int>(items.size());
    if (after < before) {
        beginRemoveRows(parent, after, before - 1);
        b.items.resize(after);
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows(parent, before, after - 1);
        b.items.append(items.mid(before));
        endInsertRows();
    }
    b.items = items;
    b.row.clear();
    for (int i = 0; i < b.items.size(); ++i)
        b.row.insert(b.items.at(i).sourceIndex, i);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!b.items.isEmpty())
        emit dataChanged(index(0, 0, parent),
                         index(static_cast<int>(b.items.size()) - 1, ColumnCount - 1, parent));
}

void JobTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int row = 0; row < m_batches.size(); ++row)
        refreshBatch(row);
}

void JobTreeModel::tick()
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (!m_batches.at(row).summary.isFinished())
            emit dataChanged(index(row, ElapsedColumn), index(row, RemainingColumn));
    }
}

QModelIndex JobTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_batches.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_batches.size())
        return {};
    const Batch &b = m_batches.at(parent.row());
    return row < b.items.size() ? createIndex(row, column, b.key) : QModelIndex();
}

QModelIndex JobTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int JobTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_batches.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_batches.size())
        return 0;
    return static_cast<int>(m_batches.at(parent.row()).items.size());
}

int JobTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex JobTreeModel::indexOfBatch(const QString &batchId) const
{
    const int row = rowOf(batchId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

BatchSummary JobTreeModel::summaryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int row = index.internalId() == 0 ? index.row() : rowOfKey(index.internalId());
    return row < 0 ? BatchSummary() : m_batches.at(row).summary;
}

BatchItem JobTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return {};
    const int row = rowOfKey(index.internalId());
    if (row < 0 || index.row() >= m_batches.at(row).items.size())
        return {};
    return m_batches.at(row).items.at(index.row());
}

QVariant JobTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_batches.size())
            return {};
        return batchData(m_batches.at(index.row()), index.column(), role);
    }
    const int row = rowOfKey(index.internalId());
    if (row < 0 || index.row() >= m_batches.at(row).items.size())
        return {};
    const Batch &b = m_batches.at(row);
    return itemData(b, b.items.at(index.row()), index.column(), role);
}

QString JobTreeModel::title(const BatchSummary &s)
{
    return s.title();
}

QString JobTreeModel::stateName(const BatchSummary &s)
{
    if (s.isFinished()) {
        if (s.isRefused())
            return QStringLiteral("refused");
        return s.failed > 0 || s.refused > 0 ? QStringLiteral("failed")
                                             : QStringLiteral("finished");
    }
    if (s.external)
        return QStringLiteral("external");
    return s.paused ? QStringLiteral("paused") : QStringLiteral("running");
}

QString JobTreeModel::stateText(const BatchSummary &s)
{
    if (s.isFinished()) {
        if (s.isRefused())
            return s.kind == BatchKind::Create ? tr("Refused — nothing was created")
                                               : tr("Refused — nothing was changed");
        if (s.failed > 0 && s.refused > 0)
            return tr("Finished: %1 failed, %2 refused")
                    .arg(QLocale().toString(s.failed), QLocale().toString(s.refused));
        if (s.failed > 0)
            return tr("Finished, %n failed", nullptr, s.failed);
        if (s.refused > 0)
            return tr("Finished, %n refused", nullptr, s.refused);
        if (s.cancelled > 0)
            return tr("Cancelled");
        return tr("Finished");
    }
    if (s.external)
        return tr("Running in another window");
    if (s.paused)
        return tr("Paused");
    if (s.cleanup > 0)
        return tr("Deleting %n broken desktop(s) first", nullptr, s.cleanup);
    return tr("Running");
}

QString JobTreeModel::statusText(const BatchItem &item)
{
    if (item.subJobStatus != SubJobStatus::None)
        return Glossary::jobStatus(SubJobStatuses::name(item.subJobStatus));
    if (item.outcome() == BatchItem::Outcome::Refused)
        return tr("Refused");
    if (item.chunkState == ChunkState::Done)
        return tr("Found on the service");
    return ChunkStates::displayName(item.chunkState);
}

qint64 JobTreeModel::elapsedSeconds(const BatchSummary &s)
{
    if (!s.started.isValid())
        return 0;
    const QDateTime end = s.isFinished() ? s.finished : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, s.started.secsTo(end));
}

qint64 JobTreeModel::remainingSeconds(const BatchSummary &s)
{
    if (s.isFinished() || s.paused || s.progress <= 0 || s.progress >= 100)
        return -1;
    const qint64 elapsed = elapsedSeconds(s);
    if (elapsed < 3)
        return -1; // too early to tell
    return elapsed * (100 - s.progress) / s.progress;
}

QString JobTreeModel::formatDuration(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    return tr("%1 h %2 min")
            .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

QVariant JobTreeModel::batchData(const Batch &b, int column, int role) const
{
    const BatchSummary &s = b.summary;
    const QLocale locale;
    switch (role) {
    case BatchIdRole:
        return s.id;
    case SourceIndexRole:
        return -1;
    case IsBatchRole:
        return true;
    case ProgressRole:
        return s.progress;
    case StateRole:
        return stateName(s);
    case Qt::TextAlignmentRole:
        if (column >= SucceededColumn && column <= RemainingColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nBatch %2\nSource: %3")
                .arg(title(s), s.id, BatchSource::originText(s.origin));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return title(s);
    case ProfileColumn:
        // The journal keeps the Sandbox's language-neutral name; no other profile can have it.
        return s.profile == QLatin1String(Profile::SandboxName) ? ApiTr::tr("Sandbox") : s.profile;
    case StartedColumn:
        return locale.toString(s.started.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return stateText(s);
    case ProgressColumn:
        if (s.isRefused())
            return tr("Refused");
        return tr("%1%").arg(locale.toString(s.progress));
    case SucceededColumn:
        return locale.toString(s.succeeded);
    case FailedColumn:
        return locale.toString(s.failed);
    case RunningColumn:
        return locale.toString(s.running + s.pending);
    case ElapsedColumn:
        return formatDuration(elapsedSeconds(s));
    case RemainingColumn: {
        const qint64 left = remainingSeconds(s);
        return left < 0 ? QString() : formatDuration(left);
    }
    case DetailsColumn:
        return BatchSource::originText(s.origin);
    default:
        return {};
    }
}

QVariant JobTreeModel::itemData(const Batch &b, const BatchItem &item, int column, int role) const
{
    const QLocale locale;
    const bool failed = item.outcome() == BatchItem::Outcome::Failed
                        || item.outcome() == BatchItem::Outcome::Refused;
    switch (role) {
    case BatchIdRole:
        return b.summary.id;
    case SourceIndexRole:
        return item.sourceIndex;
    case IsBatchRole:
        return false;
    case OutcomeRole:
        return static_cast<int>(item.outcome());
    case ProgressRole:
        return item.outcome() == BatchItem::Outcome::Pending   ? 0
               : item.outcome() == BatchItem::Outcome::Running ? qBound(0, item.process, 99)
                                                               : 100;
    case FailureRole:
        return JobFailures::describe(item, b.summary.kind);
    case Qt::ToolTipRole:
        if (failed || item.chunkState == ChunkState::Unknown)
            return JobFailures::describe(item, b.summary.kind);
        return item.desktopId.isEmpty() ? QVariant()
                                        : QVariant(tr("Desktop %1").arg(item.desktopId));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return item.sourceLine > 0 ? tr("Row %1 (line %2)")
                                             .arg(locale.toString(item.sourceIndex + 1),
                                                  locale.toString(item.sourceLine))
                                   : tr("Row %1").arg(locale.toString(item.sourceIndex + 1));
    case ProfileColumn:
        return item.userName;
    case StartedColumn:
        return item.computerName;
    case StatusColumn:
        return statusText(item);
    case ProgressColumn:
        return tr("%1%").arg(locale.toString(itemData(b, item, column, ProgressRole).toInt()));
    case DetailsColumn:
        if (failed || item.chunkState == ChunkState::Unknown)
            return JobFailures::explain(item, b.summary.kind).cause;
        return item.desktopId;
    default:
        return {};
    }
}

QVariant JobTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Batch / row");
    case ProfileColumn:
        return tr("Profile / user");
    case StartedColumn:
        return tr("Started / computer");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case SucceededColumn:
        return tr("Succeeded");
    case FailedColumn:
        return tr("Failed");
    case RunningColumn:
        return tr("In progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case RemainingColumn:
        return tr("Time left");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace wsc
