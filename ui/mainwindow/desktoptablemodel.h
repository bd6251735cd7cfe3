#pragma once

#include "models/domain/desktopinfo.h"

#include <QAbstractTableModel>
#include <QList>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Replaces the list: rows of the same desktop id are updated in place. */
    void setDesktops(const QList<DesktopInfo> &desktops);
    const QList<DesktopInfo> &desktops() const { return m_desktops; }
    DesktopInfo desktop(int row) const { return m_desktops.value(row); }
    int rowOf(const QString &desktopId) const;
    /** The availability zones that occur, sorted (for the filter). */
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
    QList<DesktopInfo> m_desktops;
};
