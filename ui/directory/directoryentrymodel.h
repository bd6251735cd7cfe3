#pragma once

#include "models/domain/directoryuser.h"
#include "models/domain/usergroup.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace wsc {

/**
 * Users and user groups of the Workspace directory in one list, for pickers: name, kind,
 * e-mail or description, and desktops or members. Entries can be marked as already chosen
 * (members of a group, users already in the table): they stay listed, greyed and not selectable.
 */
class DirectoryEntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, DetailColumn, CountColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: user or group id
        IsGroupRole,               ///< bool
        TakenRole,                 ///< bool: already chosen elsewhere
        SortRole,
    };
    Q_ENUM(Role)

    explicit DirectoryEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** Replaces the users (groups stay). */
    void setUsers(const QList<DirectoryUser> &users);
    /** Replaces the groups (users stay). */
    void setGroups(const QList<UserGroup> &groups);
    /** What the list holds, for its headers ("Email" for users only, ...). Default: both. */
    void setKinds(bool users, bool groups);
    /** Users and groups with these ids (or names, ignoring case) are shown as taken. */
    void setTaken(const QStringList &idsOrNames);

    bool isGroup(int row) const { return row >= m_users.size(); }
    DirectoryUser user(int row) const { return m_users.value(row); }
    UserGroup group(int row) const { return m_groups.value(row - int(m_users.size())); }
    /** The row of the user or group named @p name (ignoring case), users first; -1 if none. */
    int rowOf(const QString &name, bool group = false) const;

public slots:
    void retranslate();

private:
    bool isTaken(int row) const;

    QList<DirectoryUser> m_users;
    QList<UserGroup> m_groups;
    QSet<QString> m_taken; ///< ids and case-folded names
    bool m_usersKind = true;
    bool m_groupsKind = true;
};

} // namespace wsc
