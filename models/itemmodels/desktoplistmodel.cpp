#include "desktoplistmodel.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"

namespace wsc {

DesktopListModel::DesktopListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DesktopListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_desktops.size());
}

int DesktopListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DesktopListModel::searchText(const DesktopInfo &d) const
{
    // Raw values and their translations, so "SHUTOFF", "shut off" and "已关机" all find it.
    const QStringList parts{d.computerName,
                            d.desktopId,
                            d.ipAddresses.join(QLatin1Char(' ')),
                            d.status,
                            Glossary::desktopStatus(d.status),
                            d.availabilityZone,
                            d.productId,
                            d.desktopType,
                            Glossary::desktopType(d.desktopType),
                            d.osType};
    return parts.join(QLatin1Char(' ')).toCaseFolded();
}

QVariant DesktopListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const DesktopInfo &d = m_desktops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.computerName;
        case IpColumn:
            return d.ipAddresses.join(QStringLiteral(", "));
        case StatusColumn:
            return d.taskStatus.isEmpty()
                           ? Glossary::desktopStatus(d.status)
                           : ModelsTr::tr("%1 (%2)").arg(Glossary::desktopStatus(d.status),
                                                         Glossary::taskStatus(d.taskStatus));
        case ZoneColumn:
            return d.availabilityZone;
        case ProductColumn:
            return d.productId;
        case TypeColumn:
            return Glossary::desktopType(d.desktopType);
        case OsColumn:
            return d.osType;
        }
        break;
    case Qt::ToolTipRole:
        return ModelsTr::tr("%1\nID: %2\nIP: %3")
                .arg(d.computerName, d.desktopId, d.ipAddresses.join(QStringLiteral(", ")));
    case DesktopIdRole:
        return d.desktopId;
    case AddedRole:
        return m_added.contains(d.desktopId);
    case SearchTextRole:
        return searchText(d);
    }
    return {};
}

QVariant DesktopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return ModelsTr::tr("Computer name");
    case IpColumn:
        return ModelsTr::tr("IP address");
    case StatusColumn:
        return ModelsTr::tr("Status");
    case ZoneColumn:
        return ModelsTr::tr("Availability zone");
    case ProductColumn:
        return ModelsTr::tr("Product");
    case TypeColumn:
        return ModelsTr::tr("Type");
    case OsColumn:
        return ModelsTr::tr("OS");
    }
    return {};
}

void DesktopListModel::setDesktops(const QList<DesktopInfo> &desktops)
{
    beginResetModel();
    m_desktops = desktops;
    m_rowById.clear();
    for (int i = 0; i < m_desktops.size(); ++i)
        m_rowById.insert(m_desktops.at(i).desktopId, i);
    QSet<QString> kept;
    for (const QString &id : std::as_const(m_added)) {
        if (m_rowById.contains(id))
            kept.insert(id);
    }
    m_added = kept;
    endResetModel();
}

void DesktopListModel::setAdded(const QString &desktopId, bool added)
{
    const int row = rowOf(desktopId);
    if (row < 0 || m_added.contains(desktopId) == added)
        return;
    if (added)
        m_added.insert(desktopId);
    else
        m_added.remove(desktopId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {AddedRole});
}

} // namespace wsc
