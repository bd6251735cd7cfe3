#include "desktoptablemodel.h"

#include "models/i18n/glossary.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QSet>

DesktopTableModel::DesktopTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DesktopTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_desktops.size());
}

int DesktopTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DesktopTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_desktops.size())
        return {};
    const DesktopInfo &d = m_desktops.at(index.row());
    switch (role) {
    case DesktopIdRole:
        return d.desktopId;
    case StatusRole:
        return d.status;
    case ZoneRole:
        return d.availabilityZone;
    case AssignedRole:
        return d.hasUser();
    case SearchRole:
        return QStringList{d.computerName,           userText(d), d.desktopId,
                           d.ipAddresses.join(u' '), d.productId, statusText(d.status)}
                .join(u' ')
                .toLower();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return d.desktopId;
        if (index.column() == TaskColumn && !d.taskStatus.isEmpty())
            return d.taskStatus;
        return {};
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return createdTime(d);
        case IpColumn: {
            const QHostAddress address(d.ipAddresses.value(0));
            return address.isNull() ? QVariant(quint32(0)) : QVariant(address.toIPv4Address());
        }
        case TaskColumn:
            return d.process.value_or(-1);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.computerName;
        case UserColumn:
            return userText(d);
        case StatusColumn:
            return statusText(d.status);
        case TaskColumn:
            return taskText(d);
        case IpColumn:
            return d.ipAddresses.join(QStringLiteral(", "));
        case ProductColumn:
            return d.productId;
        case ZoneColumn:
            return d.availabilityZone;
        case CreatedColumn: {
            const QDateTime created = createdTime(d);
            return created.isValid()
                           ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                           : d.created;
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant DesktopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UserColumn:
        return tr("User");
    case StatusColumn:
        return tr("Status");
    case TaskColumn:
        return tr("Task");
    case IpColumn:
        return tr("IP address");
    case ProductColumn:
        return tr("Product");
    case ZoneColumn:
        return tr("Availability zone");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void DesktopTableModel::setDesktops(const QList<DesktopInfo> &desktops)
{
    QHash<QString, int> incoming;
    for (int i = 0; i < desktops.size(); ++i)
        incoming.insert(desktops.at(i).desktopId, i);

    // Remove vanished rows from the bottom up so the row numbers above stay valid.
    for (int row = int(m_desktops.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_desktops.at(row).desktopId)) {
            beginRemoveRows({}, row, row);
            m_desktops.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_desktops.size(); ++row) {
        const QString id = m_desktops.at(row).desktopId;
        present.insert(id);
        m_desktops[row] = desktops.at(incoming.value(id));
    }
    if (!m_desktops.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_desktops.size()) - 1, ColumnCount - 1));
    QList<DesktopInfo> added;
    for (const DesktopInfo &d : desktops) {
        if (!present.contains(d.desktopId))
            added << d;
    }
    if (!added.isEmpty()) {
        const int first = int(m_desktops.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_desktops << added;
        endInsertRows();
    }
}

int DesktopTableModel::rowOf(const QString &desktopId) const
{
    for (int row = 0; row < m_desktops.size(); ++row) {
        if (m_desktops.at(row).desktopId == desktopId)
            return row;
    }
    return -1;
}

QStringList DesktopTableModel::zones() const
{
    QSet<QString> zones;
    for (const DesktopInfo &d : m_desktops) {
        if (!d.availabilityZone.isEmpty())
            zones.insert(d.availabilityZone);
    }
    QStringList out(zones.begin(), zones.end());
    out.sort();
    return out;
}

QString DesktopTableModel::statusText(const QString &status)
{
    // The service sends no status while a desktop is being removed.
    if (status.isEmpty())
        return tr("In progress");
    return Glossary::desktopStatus(status);
}

QString DesktopTableModel::taskText(const DesktopInfo &d)
{
    if (d.taskStatus.isEmpty())
        return {};
    const QString text = Glossary::taskStatus(d.taskStatus);
    if (d.process)
        return tr("%1 (%2%)").arg(text, QLocale().toString(*d.process));
    return text;
}

QString DesktopTableModel::userText(const DesktopInfo &d)
{
    if (!d.userName.isEmpty())
        return d.userName;
    QStringList names;
    for (const DesktopInfo::AttachedUser &u : d.attachedUsers)
        names << (u.userName.isEmpty() ? u.userGroup : u.userName);
    names.removeAll(QString());
    if (!names.isEmpty())
        return names.join(QStringLiteral(", "));
    return d.userGroup;
}

QDateTime DesktopTableModel::createdTime(const DesktopInfo &d)
{
    QDateTime t = QDateTime::fromString(d.created, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(d.created, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // the service writes UTC even when it leaves out the "Z"
    return t;
}

void DesktopTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_desktops.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_desktops.size()) - 1, ColumnCount - 1));
}
