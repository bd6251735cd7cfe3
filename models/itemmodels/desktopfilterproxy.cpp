#include "desktopfilterproxy.h"

#include "desktoplistmodel.h"

namespace wsc {

DesktopFilterProxy::DesktopFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // The added flag changes through dataChanged; refilter then so the row disappears at once.
    setDynamicSortFilter(true);
}

void DesktopFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void DesktopFilterProxy::setHideAdded(bool hide)
{
    if (hide == m_hideAdded)
        return;
    m_hideAdded = hide;
    invalidateFilter();
}

bool DesktopFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideAdded && index.data(DesktopListModel::AddedRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(DesktopListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace wsc
