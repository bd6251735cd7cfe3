#include "desktoptablefilter.h"

#include "desktoptablemodel.h"

namespace wsc {

DesktopTableFilter::DesktopTableFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DesktopTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DesktopTableFilter::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<DesktopTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void DesktopTableFilter::refilter()
{
    // invalidateRowsFilter() removes and inserts the rows that change, one signal per run of
    // rows: going from 50 000 rows to a few hundred scattered over the sorted table is hundreds
    // of runs, each costing the view and its headers O(rows). A layout change maps the proxy
    // once; the selection (persistent indexes) survives it.
    invalidate();
}

void DesktopTableFilter::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void DesktopTableFilter::setZone(const QString &zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    refilter();
}

void DesktopTableFilter::setAssignment(Assignment assignment)
{
    if (m_assignment == assignment)
        return;
    m_assignment = assignment;
    refilter();
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
    refilter();
}

bool DesktopTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The table model's fields directly when it is one: a QVariant (or a copy of a string) per
    // row and role would cost more than the test itself over tens of thousands of rows.
    if (m_table) {
        const DesktopInfo &d = m_table->desktops().at(sourceRow);
        // hasUser() upper-cases a text: only asked when the assignment filters.
        if (!accepts(d.status, d.availabilityZone)
            || (m_assignment != Assignment::Any && !acceptsAssigned(d.hasUser())))
            return false;
        for (const QStringMatcher &word : m_matchers) {
            if (!m_table->rowMatches(sourceRow, word))
                return false;
        }
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!accepts(index.data(DesktopTableModel::StatusRole).toString(),
                 index.data(DesktopTableModel::ZoneRole).toString())
        || !acceptsAssigned(index.data(DesktopTableModel::AssignedRole).toBool()))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(DesktopTableModel::SearchRole).toString();
    for (const QString &word : m_search) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool DesktopTableFilter::accepts(const QString &status, const QString &zone) const
{
    if (!m_status.isEmpty() && status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    return m_zone.isEmpty() || zone == m_zone;
}

bool DesktopTableFilter::acceptsAssigned(bool assigned) const
{
    return m_assignment == Assignment::Any || assigned == (m_assignment == Assignment::Assigned);
}

bool DesktopTableFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table)
        return m_table->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace wsc
