#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace wsc {

/**
 * Filters a DesktopListModel by what the administrator types (every word must appear in the
 * name, ID, IP, status, zone, product, type or OS, ignoring case) and hides the desktops already
 * taken into the assignment. (The main window's DesktopTableFilter filters DesktopTableModel
 * by status, zone and assignment as well as text.)
 */
class DesktopFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DesktopFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void setHideAdded(bool hide);
    bool hideAdded() const { return m_hideAdded; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_hideAdded = true;
};

} // namespace wsc
