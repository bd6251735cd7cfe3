#include "usertablemodel.h"

#include <QLocale>

namespace wsc {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const DirectoryUser &u = m_users.at(index.row());
    if (role == UserIdRole)
        return u.id;
    if (role == SortRole) {
        if (index.column() == DesktopsColumn)
            return u.totalDesktops;
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::TextAlignmentRole && index.column() == DesktopsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.userName;
    case EmailColumn:
        return u.userEmail;
    case PhoneColumn:
        return u.userPhone;
    case DesktopsColumn:
        return QLocale().toString(u.totalDesktops);
    case StateColumn:
        return stateText(u);
    case GroupsColumn:
        return u.groupNames.join(QStringLiteral(", "));
    case DescriptionColumn:
        return u.description;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("User name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case DesktopsColumn:
        return tr("Desktops");
    case StateColumn:
        return tr("State");
    case GroupsColumn:
        return tr("Groups");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

void UserTableModel::setUsers(const QList<DirectoryUser> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(const QString &userName) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).userName.compare(userName, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString UserTableModel::stateText(const DirectoryUser &u)
{
    if (u.disabled)
        return tr("Disabled");
    if (u.locked)
        return tr("Locked");
    if (u.accountExpired)
        return tr("Expired");
    return tr("Active");
}

void UserTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));
}

} // namespace wsc
