#pragma once

#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace wsc {

class DesktopTableModel;

/**
 * The filters of the desktops view over DesktopTableModel: status, availability zone,
 * assigned/unassigned and a search text (name, user, id, IP, product). Sorts by the model's
 * SortRole so dates and addresses sort by value. (DesktopFilterProxy filters the assignment's
 * DesktopListModel: free text over its columns and the desktops taken into the pairing.)
 */
class DesktopTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Assignment { Any, Assigned, Unassigned };
    Q_ENUM(Assignment)

    explicit DesktopTableFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    /** Status as sent (ACTIVE...), empty = any. */
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    /** Availability zone id, empty = any. */
    void setZone(const QString &zone);
    QString zone() const { return m_zone; }
    void setAssignment(Assignment assignment);
    Assignment assignment() const { return m_assignment; }
    /** Words that must all occur (case-insensitively) in the row's searchable texts. */
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /** From the table model's cached keys when it is one: no QVariant per comparison. */
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    /** The status and zone filters. */
    bool accepts(const QString &status, const QString &zone) const;
    bool acceptsAssigned(bool assigned) const;

    DesktopTableModel *m_table = nullptr; ///< the source model when it is a DesktopTableModel
    QString m_status;
    QString m_zone;
    Assignment m_assignment = Assignment::Any;
    QStringList m_search;
    QList<QStringMatcher> m_matchers; ///< one per word of m_search
};

} // namespace wsc
