#pragma once

#include "models/domain/directoryuser.h"

#include <QAbstractTableModel>
#include <QList>

namespace wsc {

/** The Workspace directory's users as the users tab lists them. */
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        PhoneColumn,
        DesktopsColumn,
        StateColumn,
        GroupsColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { UserIdRole = Qt::UserRole + 1, SortRole };

    explicit UserTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setUsers(const QList<DirectoryUser> &users);
    const QList<DirectoryUser> &users() const { return m_users; }
    DirectoryUser user(int row) const { return m_users.value(row); }
    int rowOf(const QString &userName) const;

    /** "Active", "Locked", "Disabled", "Expired" in the UI language. */
    static QString stateText(const DirectoryUser &user);

public slots:
    void retranslate();

private:
    QList<DirectoryUser> m_users;
};

} // namespace wsc
