#include "desktoptablefilter.h"

#include "desktoptablemodel.h"

DesktopTableFilter::DesktopTableFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DesktopTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DesktopTableFilter::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void DesktopTableFilter::setZone(const QString &zone)
{
    if (m_zone == zone)
        return;
    m_zone = zone;
    invalidateRowsFilter();
}

void DesktopTableFilter::setAssignment(Assignment assignment)
{
    if (m_assignment == assignment)
        return;
    m_assignment = assignment;
    invalidateRowsFilter();
}

void DesktopTableFilter::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_search)
        return;
    m_search = words;
    invalidateRowsFilter();
}

bool DesktopTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty()
        && index.data(DesktopTableModel::StatusRole)
                           .toString()
                           .compare(m_status, Qt::CaseInsensitive)
                   != 0)
        return false;
    if (!m_zone.isEmpty() && index.data(DesktopTableModel::ZoneRole).toString() != m_zone)
        return false;
    if (m_assignment != Assignment::Any) {
        const bool assigned = index.data(DesktopTableModel::AssignedRole).toBool();
        if (assigned != (m_assignment == Assignment::Assigned))
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString haystack = index.data(DesktopTableModel::SearchRole).toString();
        for (const QString &word : m_search) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}
