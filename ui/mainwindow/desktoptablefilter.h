#pragma once

#include <QAbstractProxyModel>
#include <QStringList>
#include <QStringMatcher>

#include <vector>

namespace wsc {

class DesktopTableModel;

/**
 * The filters and the sort of the desktops view over DesktopTableModel: status, availability
 * zone, assigned/unassigned and a search text (name, user, id, IP, product), sorted by the
 * model's keys so dates and addresses sort by value. (DesktopFilterProxy filters the
 * assignment's DesktopListModel: free text over its columns and the desktops taken into the
 * pairing.)
 *
 * It keeps its own order of every row rather than being a QSortFilterProxyModel: a filter change
 * keeps that order, so clearing a search over 50 000 rows does not sort them again, and a sort
 * sorts row numbers by the model's keys directly, where QSortFilterProxyModel makes two indexes
 * and a virtual call per comparison.
 */
class DesktopTableFilter : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class Assignment { Any, Assigned, Unassigned };
    Q_ENUM(Assignment)

    explicit DesktopTableFilter(QObject *parent = nullptr);

    /** The source must be a DesktopTableModel: the filter and the sort read its keys. */
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

    /** Sorts by @p column's keys (-1: the model's order); rows that tie keep the model's order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

private:
    /** Whether source row @p a comes before @p b: the sort column's keys, then the row. */
    bool before(int a, int b) const;
    bool accepts(int sourceRow) const;
    /** Sorts m_order, every source row, by the sort column. */
    void sortAll();
    /** The status and zone filters. */
    bool acceptsStatusAndZone(const QString &status, const QString &zone) const;

    /**
     * Filters (@p refilter) and sorts (@p resort) every row again in one layout change; the
     * selection follows its rows, and rows no longer shown leave it.
     */
    void relayout(bool refilter, bool resort);
    /** Filters and sorts every source row from scratch (a new source, a reset, a new layout). */
    void rebuildAll();
    /** Rebuilds the shown rows from the order and the accepted flags, and the reverse maps. */
    void rebuildShown();
    void rebuildPositions();
    /**
     * Moves the persistent indexes @p from to the rows now showing their source rows
     * (@p sources, -1: gone); rows no longer shown leave them.
     */
    void movePersistent(const QModelIndexList &from, const QList<int> &sources);
    /** Rebuilds the reverse maps if a change left them behind. */
    void ensurePositions() const;

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onModelReset();

    /** Inserts the shown source rows @p rows (sorted by before()) into the view, run by run. */
    void insertShown(const std::vector<int> &rows);
    /** Removes shown rows from the view, run by run; @p proxyRows ascending. */
    void removeShown(std::vector<int> proxyRows);

    DesktopTableModel *m_table = nullptr;
    std::vector<int> m_order;      ///< every source row, sorted
    std::vector<char> m_accepted;  ///< per source row: passes the filters
    std::vector<int> m_shown;      ///< proxy row -> source row: the accepted rows of m_order
    std::vector<int> m_proxyRow;   ///< source row -> proxy row, -1 when hidden
    std::vector<int> m_orderPos;   ///< source row -> position in m_order
    bool m_positionsStale = false; ///< m_proxyRow and m_orderPos lag m_shown (mid-change)
    QList<QPersistentModelIndex> m_layoutSources; ///< during a source layout change
    QModelIndexList m_layoutProxies;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_status;
    QString m_zone;
    Assignment m_assignment = Assignment::Any;
    QStringList m_search;
    QList<QStringMatcher> m_matchers; ///< one per word of m_search
};

} // namespace wsc
