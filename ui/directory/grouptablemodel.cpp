#include "grouptablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace wsc {

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const UserGroup &g = m_groups.at(index.row());
    if (role == GroupIdRole)
        return g.id;
    if (role == SortRole) {
        if (index.column() == MembersColumn)
            return g.userQuantity;
        if (index.column() == DesktopsColumn)
            return g.totalDesktops;
        if (index.column() == CreatedColumn)
            return g.createTime;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == MembersColumn || index.column() == DesktopsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return g.name;
    case DescriptionColumn:
        return g.description;
    case MembersColumn:
        return QLocale().toString(g.userQuantity);
    case DesktopsColumn:
        return QLocale().toString(g.totalDesktops);
    case PlatformColumn:
        return platformText(g.platformType);
    case CreatedColumn: {
        // The service sends UTC; shown in the administrator's time zone.
        QDateTime t = QDateTime::fromString(g.createTime, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(g.createTime, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                           : g.createTime;
    }
    }
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Group name");
    case DescriptionColumn:
        return tr("Description");
    case MembersColumn:
        return tr("Members");
    case DesktopsColumn:
        return tr("Desktops");
    case PlatformColumn:
        return tr("Type");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void GroupTableModel::setGroups(const QList<UserGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

int GroupTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == id)
            return row;
    }
    return -1;
}

int GroupTableModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString GroupTableModel::platformText(const QString &platformType)
{
    if (platformType == QLatin1String("LOCAL"))
        return tr("Local");
    if (platformType == QLatin1String("AD"))
        return tr("AD");
    if (platformType == QLatin1String("UOS"))
        return tr("UOS");
    return platformType;
}

void GroupTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

} // namespace wsc
