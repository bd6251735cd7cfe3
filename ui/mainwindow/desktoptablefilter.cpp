#include "desktoptablefilter.h"

#include "desktoptablemodel.h"

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
    refilter();
}

bool DesktopTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The table model's fields directly when it is one: a QVariant per row and role would cost
    // more than the test itself over tens of thousands of rows.
    QString status;
    QString zone;
    bool assigned = false;
    if (m_table) {
        const DesktopInfo &d = m_table->desktops().at(sourceRow);
        status = d.status;
        zone = d.availabilityZone;
        assigned = d.hasUser();
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        status = index.data(DesktopTableModel::StatusRole).toString();
        zone = index.data(DesktopTableModel::ZoneRole).toString();
        assigned = index.data(DesktopTableModel::AssignedRole).toBool();
    }
    if (!m_status.isEmpty() && status.compare(m_status, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_zone.isEmpty() && zone != m_zone)
        return false;
    if (m_assignment != Assignment::Any && assigned != (m_assignment == Assignment::Assigned))
        return false;
    if (!m_search.isEmpty()) {
        if (m_table) {
            for (const QString &word : m_search) {
                if (!m_table->rowMatches(sourceRow, word))
                    return false;
            }
            return true;
        }
        const QString haystack = sourceModel()
                                         ->index(sourceRow, 0, sourceParent)
                                         .data(DesktopTableModel::SearchRole)
                                         .toString();
        for (const QString &word : m_search) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

bool DesktopTableFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table)
        return m_table->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
