#pragma once

#include "desktoprowkeys.h"

#include "models/domain/desktopinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace wsc {

/**
 * The project's desktops as the main window lists them: name, user, status, task, IP, product,
 * availability zone, creation time. Refreshing replaces rows in place (matched by desktop id) so
 * that the selection and the scroll position survive the auto-refresh while jobs run.
 * Not DesktopListModel: that one holds a snapshot of the desktops free for assignment and flags
 * those taken into a pairing; this one follows every desktop of the tenant while it changes.
 */
class DesktopTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UserColumn,
        StatusColumn,
        TaskColumn,
        IpColumn,
        ProductColumn,
        ZoneColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        DesktopIdRole = Qt::UserRole + 1,
        StatusRole,   ///< the status as sent (ACTIVE, SHUTOFF, BUILD...)
        ZoneRole,     ///< availability zone id
        AssignedRole, ///< bool: a user or group is attached or being attached
        SortRole,     ///< a value that sorts right (dates as QDateTime, IPs numerically)
        SearchRole    ///< every text a search may match, lower-cased
    };

    explicit DesktopTableModel(QObject *parent = nullptr);

    /** Without the virtual rowCount()/columnCount() of hasIndex(): sorting calls it per compare. */
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Replaces the list: rows of the same desktop id are updated in place. */
    void setDesktops(const QList<DesktopInfo> &desktops);
    /**
     * Merges one page of a load: rows of the same desktop id are updated in place (signalled
     * only when something shown changed), new desktops are appended. No reset: the selection
     * and the sorted, filtered view stay. @p keys, parallel to @p desktops, are their
     * pageKeys() made beforehand (on a loader's pool thread): the merge then only compares and
     * appends; keys made in another UI language, or none, are made here.
     */
    void mergeDesktops(const QList<DesktopInfo> &desktops, const QList<DesktopRowKeys> &keys = {});
    /**
     * Merges @p count desktops of a page from @p from (a slice of it; -1: to its end), as
     * mergeDesktops() the whole page would: a view merges a large page over several event-loop
     * turns, each bounded in time.
     */
    void mergeDesktops(const QList<DesktopInfo> &desktops, const QList<DesktopRowKeys> &keys,
                       qsizetype from, qsizetype count);
    /** The keys of a page for mergeDesktops(), in the current UI language; safe on any thread. */
    static QList<DesktopRowKeys> pageKeys(const QList<DesktopInfo> &desktops);
    /** Room for @p rows rows (the total a first load announces): no copies as rows come. */
    void reserve(int rows);
    /** Removes the rows whose desktop id is not in @p ids (the end of a complete load). */
    void removeDesktopsNotIn(const QSet<QString> &ids);
    /** The desktop ids of the rows not in @p ids, for removeDesktops() a few at a time. */
    QStringList desktopsNotIn(const QSet<QString> &ids) const;
    /**
     * Removes the rows of @p desktopIds (ids without a row are skipped), one signal per run of
     * consecutive rows; the rows after them are renumbered once.
     */
    void removeDesktops(const QStringList &desktopIds);
    const QList<DesktopInfo> &desktops() const { return m_desktops; }
    DesktopInfo desktop(int row) const { return m_desktops.value(row); }
    int rowOf(const QString &desktopId) const { return m_rows.value(desktopId, -1); }

    // What the filter and the sort read many times per row, computed once per change (a
    // QVariant and a lower-cased QString per comparison cost more than the comparison).
    /** Whether @p word (lower case) occurs in a searchable text of @p row (see SearchRole). */
    bool rowMatches(int row, const QStringMatcher &word) const
    {
        return m_keys.at(row).matches(word);
    }
    bool rowMatches(int row, const QString &word) const
    {
        return rowMatches(row, QStringMatcher(word));
    }
    /**
     * How @p rowA sorts against @p rowB in @p column (as SortRole orders them): negative,
     * zero or positive.
     */
    int compare(int rowA, int rowB, int column) const;
    /** The key text @p column sorts by, or nullptr when it sorts by a number. */
    static QString DesktopRowKeys::*textKey(int column);
    /** Every row's keys, in row order. */
    const QList<DesktopRowKeys> &keys() const { return m_keys; }
    /** Whether @p rowA sorts before @p rowB in @p column. */
    bool lessThan(int rowA, int rowB, int column) const { return compare(rowA, rowB, column) < 0; }
    /** The availability zones that occur, sorted (for the filter; counted as rows change). */
    QStringList zones() const;

    /** The status in the UI language ("Active", "Shut off"...); unknown ones as sent. */
    static QString statusText(const QString &status);
    /** The task in the UI language ("Creating (40%)"), empty when idle. */
    static QString taskText(const DesktopInfo &desktop);
    /** The user(s) shown: user name, or the attached users and groups. */
    static QString userText(const DesktopInfo &desktop);
    /** The creation time parsed from the service's text (UTC), invalid when unreadable. */
    static QDateTime createdTime(const DesktopInfo &desktop);

public slots:
    /** Re-emits the header and all rows (the UI language changed). */
    void retranslate();

private:
    /** Whether a refresh of @p before to @p after changes what the table shows. */
    static bool sameShown(const DesktopInfo &before, const DesktopInfo &after);
    void countZone(const QString &zone, int delta);

    QList<DesktopInfo> m_desktops;
    QList<DesktopRowKeys> m_keys; ///< parallel to m_desktops
    QHash<QString, int> m_rows;   ///< desktop id -> row
    QHash<QString, int> m_zones;  ///< availability zone -> rows in it
};

} // namespace wsc
