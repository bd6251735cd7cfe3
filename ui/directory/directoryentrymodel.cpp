#include "directoryentrymodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace wsc {

DirectoryEntryModel::DirectoryEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DirectoryEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size() + m_groups.size());
}

int DirectoryEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DirectoryEntryModel::isTaken(int row) const
{
    if (isGroup(row)) {
        const UserGroup g = group(row);
        return m_taken.contains(g.id) || m_taken.contains(g.name.toCaseFolded());
    }
    const DirectoryUser &u = m_users.at(row);
    return m_taken.contains(u.id) || m_taken.contains(u.userName.toCaseFolded());
}

QVariant DirectoryEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool groupRow = isGroup(row);
    switch (role) {
    case IdRole:
        return groupRow ? group(row).id : m_users.at(row).id;
    case IsGroupRole:
        return groupRow;
    case TakenRole:
        return isTaken(row);
    case SortRole:
        if (index.column() == CountColumn)
            return groupRow ? group(row).userQuantity : m_users.at(row).totalDesktops;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::ForegroundRole:
        if (isTaken(row))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (isTaken(row))
            return tr("Already chosen");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (groupRow) {
        const UserGroup g = group(row);
        switch (index.column()) {
        case NameColumn:
            return g.name;
        case KindColumn:
            return tr("Group");
        case DetailColumn:
            return g.description;
        case CountColumn:
            return tr("%n member(s)", nullptr, g.userQuantity);
        }
        return {};
    }
    const DirectoryUser &u = m_users.at(row);
    switch (index.column()) {
    case NameColumn:
        return u.userName;
    case KindColumn:
        return tr("User");
    case DetailColumn:
        return u.userEmail.isEmpty() ? u.description : u.userEmail;
    case CountColumn:
        return tr("%n desktop(s)", nullptr, u.totalDesktops);
    }
    return {};
}

QVariant DirectoryEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case DetailColumn:
        if (!m_groupsKind)
            return tr("Email");
        return m_usersKind ? tr("Email or description") : tr("Description");
    case CountColumn:
        if (!m_groupsKind)
            return tr("Desktops");
        return m_usersKind ? tr("Desktops or members") : tr("Members");
    }
    return {};
}

void DirectoryEntryModel::setKinds(bool users, bool groups)
{
    m_usersKind = users;
    m_groupsKind = groups;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

Qt::ItemFlags DirectoryEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Taken entries are listed (so nobody wonders where they went) but cannot be picked again.
    return isTaken(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void DirectoryEntryModel::setUsers(const QList<DirectoryUser> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void DirectoryEntryModel::setGroups(const QList<UserGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void DirectoryEntryModel::setTaken(const QStringList &idsOrNames)
{
    m_taken.clear();
    for (const QString &s : idsOrNames) {
        m_taken.insert(s);
        m_taken.insert(s.toCaseFolded());
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DirectoryEntryModel::rowOf(const QString &name, bool groupRow) const
{
    const QString key = name.toCaseFolded();
    if (!groupRow) {
        for (int r = 0; r < m_users.size(); ++r) {
            if (m_users.at(r).userName.toCaseFolded() == key)
                return r;
        }
        return -1;
    }
    for (int r = 0; r < m_groups.size(); ++r) {
        if (m_groups.at(r).name.toCaseFolded() == key)
            return int(m_users.size()) + r;
    }
    return -1;
}

void DirectoryEntryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace wsc
