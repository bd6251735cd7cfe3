#include "desktoptablefilter.h"

#include "desktoptablemodel.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace wsc {

namespace {
/**
 * A change of more rows than this is applied in one layout change (every row sorted and
 * filtered again) rather than row by row: a language switch changes every status text.
 */
constexpr int ManyRows = 512;
} // namespace

DesktopTableFilter::DesktopTableFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void DesktopTableFilter::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_table = qobject_cast<DesktopTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &DesktopTableFilter::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &DesktopTableFilter::onRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DesktopTableFilter::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &DesktopTableFilter::onDataChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &DesktopTableFilter::onLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this,
                &DesktopTableFilter::onLayoutChanged);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &DesktopTableFilter::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &DesktopTableFilter::onModelReset);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                });
    }
    rebuildAll();
    endResetModel();
}

// --- filters ---------------------------------------------------------------------------------

void DesktopTableFilter::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    relayout(true, false);
}

void DesktopTableFilter::setZone(const QString &zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    relayout(true, false);
}

void DesktopTableFilter::setAssignment(Assignment assignment)
{
    if (m_assignment == assignment)
        return;
    m_assignment = assignment;
    relayout(true, false);
}

void DesktopTableFilter::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_search)
        return;
    m_search = words;
    m_matchers.clear();
    for (const QString &word : words)
        m_matchers.append(QStringMatcher(word));
    relayout(true, false);
}

bool DesktopTableFilter::accepts(int sourceRow) const
{
    // The table model's fields and keys directly: a QVariant (or a copy of a string) per row and
    // role would cost more than the test itself over tens of thousands of rows.
    if (!m_table)
        return true;
    const DesktopInfo &d = m_table->desktops().at(sourceRow);
    if (!acceptsStatusAndZone(d.status, d.availabilityZone))
        return false;
    // hasUser() upper-cases a text: only asked when the assignment filters.
    if (m_assignment != Assignment::Any && d.hasUser() != (m_assignment == Assignment::Assigned))
        return false;
    for (const QStringMatcher &word : m_matchers) {
        if (!m_table->rowMatches(sourceRow, word))
            return false;
    }
    return true;
}

bool DesktopTableFilter::acceptsStatusAndZone(const QString &status, const QString &zone) const
{
    if (!m_status.isEmpty() && status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    return m_zone.isEmpty() || zone == m_zone;
}

// --- sort ------------------------------------------------------------------------------------

void DesktopTableFilter::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(false, true);
}

bool DesktopTableFilter::before(int a, int b) const
{
    if (m_sortColumn >= 0 && m_table) {
        const int c = m_table->compare(a, b, m_sortColumn);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b;
}

void DesktopTableFilter::sortAll()
{
    if (m_sortColumn < 0 || !m_table) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    // A text column: the rows are sorted as (four units of the key after the prefix every key
    // shares, row) pairs, and only pairs that tie there compare their whole keys. Reading each
    // key's string from the heap per comparison was most of a sort's time.
    if (QString DesktopRowKeys::*text = DesktopTableModel::textKey(m_sortColumn)) {
        const QList<DesktopRowKeys> &keys = m_table->keys();
        qsizetype shared = -1; // units every non-empty key starts with
        QStringView first;
        for (const int row : m_order) {
            const QStringView key = keys.at(row).*text;
            if (key.isEmpty())
                continue;
            if (shared < 0) {
                first = key;
                shared = key.size();
                continue;
            }
            qsizetype i = 0;
            const qsizetype n = qMin(shared, key.size());
            while (i < n && first[i] == key[i])
                ++i;
            shared = i;
        }
        shared = qMax(shared, qsizetype(0));
        struct Entry
        {
            quint64 prefix;
            int row;
        };
        std::vector<Entry> entries;
        entries.reserve(m_order.size());
        for (const int row : m_order) {
            const QStringView key = keys.at(row).*text;
            quint64 prefix = 0;
            for (qsizetype i = shared; i < shared + 4; ++i)
                prefix = (prefix << 16) | (i < key.size() ? key[i].unicode() : 0u);
            entries.push_back({prefix, row});
        }
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
            if (a.prefix != b.prefix)
                return ascending ? a.prefix < b.prefix : a.prefix > b.prefix;
            const int c = QStringView(keys.at(a.row).*text).compare(keys.at(b.row).*text);
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return a.row < b.row;
        });
        for (size_t i = 0; i < entries.size(); ++i)
            m_order[i] = entries[i].row;
        return;
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

// --- mapping ---------------------------------------------------------------------------------

void DesktopTableFilter::relayout(bool refilter, bool resort)
{
    const QAbstractItemModel::LayoutChangeHint hint
            = resort ? QAbstractItemModel::VerticalSortHint
                     : QAbstractItemModel::NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex &index : from)
        sources << m_shown.at(size_t(index.row()));
    if (refilter) {
        for (size_t row = 0; row < m_accepted.size(); ++row)
            m_accepted[row] = accepts(int(row));
    }
    if (resort)
        sortAll();
    rebuildShown();
    movePersistent(from, sources);
    emit layoutChanged({}, hint);
}

void DesktopTableFilter::movePersistent(const QModelIndexList &from, const QList<int> &sources)
{
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sources.at(i) < 0 ? -1 : m_proxyRow.at(size_t(sources.at(i)));
        to << (row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
}

void DesktopTableFilter::rebuildAll()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_accepted.assign(size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_accepted[size_t(row)] = accepts(row);
    sortAll();
    rebuildShown();
}

void DesktopTableFilter::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_accepted[size_t(row)])
            m_shown.push_back(row);
    }
    rebuildPositions();
}

void DesktopTableFilter::ensurePositions() const
{
    if (m_positionsStale)
        const_cast<DesktopTableFilter *>(this)->rebuildPositions();
}

void DesktopTableFilter::rebuildPositions()
{
    m_positionsStale = false;
    m_proxyRow.assign(m_order.size(), -1);
    for (size_t row = 0; row < m_shown.size(); ++row)
        m_proxyRow[size_t(m_shown[row])] = int(row);
    m_orderPos.resize(m_order.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_orderPos[size_t(m_order[i])] = int(i);
}

QModelIndex DesktopTableFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_shown.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DesktopTableFilter::parent(const QModelIndex &) const
{
    return {};
}

int DesktopTableFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DesktopTableFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex DesktopTableFilter::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex DesktopTableFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex DesktopTableFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    ensurePositions();
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

// --- the source's changes --------------------------------------------------------------------

void DesktopTableFilter::insertShown(const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    // Rows that go in at the same place are one insertion: appended rows sorted after every row
    // shown are one signal.
    const auto less = [this](int a, int b) { return before(a, b); };
    std::vector<std::pair<size_t, size_t>> runs; // (place in m_shown, rows from)
    for (size_t i = 0; i < rows.size(); ++i) {
        const size_t at = size_t(std::lower_bound(m_shown.begin(), m_shown.end(), rows[i], less)
                                 - m_shown.begin());
        if (runs.empty() || runs.back().first != at)
            runs.emplace_back(at, i);
    }
    // From the last place back, so each place is still right when its turn comes.
    size_t end = rows.size();
    for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
        const size_t at = run->first;
        const size_t begin = run->second;
        beginInsertRows({}, int(at), int(at + (end - begin)) - 1);
        m_shown.insert(m_shown.begin() + qsizetype(at), rows.begin() + qsizetype(begin),
                       rows.begin() + qsizetype(end));
        m_positionsStale = true;
        endInsertRows();
        end = begin;
    }
}

void DesktopTableFilter::removeShown(std::vector<int> proxyRows)
{
    std::sort(proxyRows.begin(), proxyRows.end());
    // From the last run back, so the rows before each run keep their numbers.
    qsizetype k = qsizetype(proxyRows.size()) - 1;
    while (k >= 0) {
        const int last = proxyRows[size_t(k)];
        int first = last;
        qsizetype j = k - 1;
        while (j >= 0 && proxyRows[size_t(j)] == first - 1) {
            --first;
            --j;
        }
        beginRemoveRows({}, first, last);
        m_shown.erase(m_shown.begin() + first, m_shown.begin() + last + 1);
        m_positionsStale = true;
        endRemoveRows();
        k = j;
    }
}

void DesktopTableFilter::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (size_t(first) < m_accepted.size()) {
        // Rows inserted before others: the later rows' numbers move on (the view's do not).
        for (int &row : m_order)
            row += row >= first ? count : 0;
        for (int &row : m_shown)
            row += row >= first ? count : 0;
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    m_positionsStale = true;

    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    for (const int row : added)
        m_accepted[size_t(row)] = accepts(row);
    const auto less = [this](int a, int b) { return before(a, b); };
    std::sort(added.begin(), added.end(), less);
    // Each added row's place by binary search, then one copy: a merge would compare every row
    // after the first place, and pages rarely come in the order of the sort's column.
    std::vector<int> merged;
    merged.reserve(m_order.size() + added.size());
    auto copied = m_order.cbegin();
    for (const int row : added) {
        const auto at = std::lower_bound(copied, m_order.cend(), row, less);
        merged.insert(merged.end(), copied, at);
        merged.push_back(row);
        copied = at;
    }
    merged.insert(merged.end(), copied, m_order.cend());
    m_order.swap(merged);

    std::vector<int> shown;
    for (const int row : added) {
        if (m_accepted[size_t(row)])
            shown.push_back(row);
    }
    insertShown(shown);
    m_positionsStale = true; // rebuilt when next asked: a load inserts many times in a row
}

void DesktopTableFilter::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    ensurePositions();
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRow[size_t(row)] >= 0)
            proxyRows.push_back(m_proxyRow[size_t(row)]);
    }
    removeShown(proxyRows);
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [first, last](int row) { return row >= first && row <= last; }),
                  m_order.end());
}

void DesktopTableFilter::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_order)
        row -= row > last ? count : 0;
    for (int &row : m_shown)
        row -= row > last ? count : 0;
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    m_positionsStale = true;
}

void DesktopTableFilter::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    ensurePositions();
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const auto emitChanged = [this, &roles](int top, int bottom) {
        if (top <= bottom)
            emit dataChanged(index(top, 0), index(bottom, columnCount() - 1), roles);
    };
    if (last - first + 1 > ManyRows) {
        // Filter and sort it all again; the rows shown then say they changed.
        relayout(true, m_sortColumn >= 0);
        emitChanged(0, rowCount() - 1);
        return;
    }

    // Whether each changed row still sorts between its neighbours: if every changed row does,
    // the order holds (the rows between them did not change).
    const auto inPlace = [this](int row) {
        const size_t at = size_t(m_orderPos[size_t(row)]);
        return (at == 0 || before(m_order[at - 1], row))
               && (at + 1 == m_order.size() || before(row, m_order[at + 1]));
    };
    bool moved = false;
    std::vector<int> hide;
    std::vector<int> show;
    int top = INT_MAX;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const bool was = m_accepted[size_t(row)];
        const bool now = accepts(row);
        m_accepted[size_t(row)] = now;
        if (m_sortColumn >= 0 && !inPlace(row))
            moved = true;
        if (was && now) {
            top = qMin(top, m_proxyRow[size_t(row)]);
            bottom = qMax(bottom, m_proxyRow[size_t(row)]);
        } else if (was) {
            hide.push_back(m_proxyRow[size_t(row)]);
        } else if (now) {
            show.push_back(row);
        }
    }
    if (moved) {
        // A sort key changed: sort again in one layout change, the selection following its rows.
        relayout(false, true);
        emitChanged(0, rowCount() - 1);
        return;
    }
    emitChanged(top, bottom);
    removeShown(hide);
    std::sort(show.begin(), show.end(), [this](int a, int b) { return before(a, b); });
    insertShown(show); // the reverse maps are rebuilt when next asked, if rows came or went
}

void DesktopTableFilter::onLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxies))
        m_layoutSources << QPersistentModelIndex(mapToSource(index));
}

void DesktopTableFilter::onLayoutChanged()
{
    rebuildAll();
    QList<int> sources;
    sources.reserve(m_layoutSources.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        sources << (source.isValid() ? source.row() : -1);
    movePersistent(m_layoutProxies, sources);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void DesktopTableFilter::onModelReset()
{
    rebuildAll();
    endResetModel();
}

} // namespace wsc
