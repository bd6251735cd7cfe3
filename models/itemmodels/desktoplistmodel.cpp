#include "desktoplistmodel.h"

#include "models/i18n/modelstr.h"

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

QString DesktopListModel::statusText(const QString &status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("ACTIVE"))
        return ModelsTr::tr("Active");
    if (s == QLatin1String("SHUTOFF"))
        return ModelsTr::tr("Shut off");
    if (s == QLatin1String("ERROR"))
        return ModelsTr::tr("Error");
    if (s == QLatin1String("HIBERNATED"))
        return ModelsTr::tr("Hibernated");
    if (s == QLatin1String("BUILD"))
        return ModelsTr::tr("Being built");
    return status;
}

QString DesktopListModel::typeText(const QString &desktopType)
{
    const QString t = desktopType.toUpper();
    if (t == QLatin1String("DEDICATED"))
        return ModelsTr::tr("Dedicated");
    if (t == QLatin1String("SHARED"))
        return ModelsTr::tr("Shared (multi-user)");
    if (t == QLatin1String("POOLED"))
        return ModelsTr::tr("Pooled");
    return desktopType;
}

QString DesktopListModel::searchText(const DesktopInfo &d) const
{
    // Raw values and their translations, so "SHUTOFF", "shut off" and "已关机" all find it.
    const QStringList parts{
            d.computerName, d.desktopId,          d.ipAddresses.join(QLatin1Char(' ')),
            d.status,       statusText(d.status), d.availabilityZone,
            d.productId,    d.desktopType,        typeText(d.desktopType),
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
                           ? statusText(d.status)
                           : ModelsTr::tr("%1 (%2)").arg(statusText(d.status), d.taskStatus);
        case ZoneColumn:
            return d.availabilityZone;
        case ProductColumn:
            return d.productId;
        case TypeColumn:
            return typeText(d.desktopType);
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
