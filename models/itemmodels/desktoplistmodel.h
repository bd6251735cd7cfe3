#pragma once

#include "models/domain/desktopinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace wsc {

/**
 * Desktops waiting for a user, as the assignment dialog lists them: name, IP, status, zone,
 * product, type and OS. Read-only; desktops already taken into the assignment are flagged (the
 * filter proxy hides them) rather than removed, so that removing them from the assignment puts
 * them back where they were. Not the main window's DesktopTableModel: that one follows every
 * desktop of the tenant, refreshed in place while jobs run; this one is the snapshot a pairing
 * is made from, with the columns an assignment needs (type, OS).
 */
class DesktopListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IpColumn,
        StatusColumn,
        ZoneColumn,
        ProductColumn,
        TypeColumn,
        OsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        DesktopIdRole = Qt::UserRole + 1, ///< QString
        AddedRole,                        ///< bool: taken into the assignment
        SearchTextRole, ///< QString: every searchable value of the row, raw and translated
    };
    Q_ENUM(Role)

    explicit DesktopListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Replaces the list (added flags of desktops still present are kept). */
    void setDesktops(const QList<DesktopInfo> &desktops);
    QList<DesktopInfo> desktops() const { return m_desktops; }
    DesktopInfo desktop(int row) const { return m_desktops.value(row); }
    /** The row of @p desktopId, or -1. */
    int rowOf(const QString &desktopId) const { return m_rowById.value(desktopId, -1); }

    void setAdded(const QString &desktopId, bool added);
    bool isAdded(const QString &desktopId) const { return m_added.contains(desktopId); }
    int addedCount() const { return int(m_added.size()); }

private:
    QString searchText(const DesktopInfo &d) const;

    QList<DesktopInfo> m_desktops;
    QHash<QString, int> m_rowById;
    QSet<QString> m_added;
};

} // namespace wsc
