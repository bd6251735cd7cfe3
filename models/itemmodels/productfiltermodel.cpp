#include "productfiltermodel.h"

#include "productlistmodel.h"

namespace wsc {

ProductFilterModel::ProductFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProductListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProductFilterModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ProductFilterModel::setOs(const QString &os)
{
    if (m_os == os)
        return;
    m_os = os;
    invalidateRowsFilter();
}

void ProductFilterModel::setArchitecture(const QString &architecture)
{
    if (m_architecture == architecture)
        return;
    m_architecture = architecture;
    invalidateRowsFilter();
}

bool ProductFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_os.isEmpty()
        && index.data(ProductListModel::OsRole).toString().compare(m_os, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_architecture.isEmpty()
        && index.data(ProductListModel::ArchitectureRole)
                           .toString()
                           .compare(m_architecture, Qt::CaseInsensitive)
                   != 0)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(ProductListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace wsc
