#include "desktoptablemodel.h"

#include "models/i18n/glossary.h"
#include "models/rules/day2rules.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace wsc {

namespace {
/**
 * The translation generation: retranslate() counts it up, so that keys made on a pool thread
 * just before a language change (their status text in the old language) are made again.
 */
QAtomicInteger<quint16> g_language;
} // namespace

DesktopTableModel::DesktopTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QModelIndex DesktopTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_desktops.size() || column < 0
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

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
        return m_keys.at(index.row()).searchText();
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
    QSet<QString> ids;
    ids.reserve(desktops.size());
    for (const DesktopInfo &d : desktops)
        ids.insert(d.desktopId);
    removeDesktopsNotIn(ids);
    mergeDesktops(desktops);
}

QList<DesktopRowKeys> DesktopTableModel::pageKeys(const QList<DesktopInfo> &desktops)
{
    return DesktopRowKeys::of(desktops, g_language.loadAcquire());
}

void DesktopTableModel::mergeDesktops(const QList<DesktopInfo> &desktops,
                                      const QList<DesktopRowKeys> &keys)
{
    mergeDesktops(desktops, keys, 0, -1);
}

void DesktopTableModel::mergeDesktops(const QList<DesktopInfo> &desktops,
                                      const QList<DesktopRowKeys> &keys, qsizetype from,
                                      qsizetype count)
{
    from = qBound(qsizetype(0), from, desktops.size());
    const qsizetype end = count < 0 ? desktops.size() : qMin(desktops.size(), from + count);
    if (from >= end)
        return;
    const bool keysUsable
            = keys.size() == desktops.size()
              && (keys.isEmpty() || keys.constFirst().language == g_language.loadAcquire());
    // Keys missing or made in another language: made here, for this slice only.
    const QList<DesktopRowKeys> made
            = keysUsable ? QList<DesktopRowKeys>()
                         : DesktopTableModel::pageKeys(desktops.mid(from, end - from));
    auto keyOf = [&](qsizetype i) -> const DesktopRowKeys & {
        return keysUsable ? keys.at(i) : made.at(i - from);
    };
    QList<qsizetype> added;            // indexes into desktops
    QHash<QString, qsizetype> addedAt; // a desktop twice in one page: the later copy wins
    // Updated rows, signalled as runs of consecutive rows (a page lands on consecutive rows).
    int runFirst = -1;
    int runLast = -1;
    auto flush = [&] {
        if (runFirst >= 0)
            emit dataChanged(index(runFirst, 0), index(runLast, ColumnCount - 1));
        runFirst = runLast = -1;
    };
    for (qsizetype i = from; i < end; ++i) {
        const DesktopInfo &d = desktops.at(i);
        const int row = m_rows.value(d.desktopId, -1);
        if (row < 0) {
            const auto it = addedAt.constFind(d.desktopId);
            if (it != addedAt.constEnd()) {
                added[*it] = i;
            } else {
                addedAt.insert(d.desktopId, added.size());
                added.append(i);
            }
            continue;
        }
        const bool changed = !sameShown(m_desktops.at(row), d);
        if (changed && m_desktops.at(row).availabilityZone != d.availabilityZone) {
            countZone(m_desktops.at(row).availabilityZone, -1);
            countZone(d.availabilityZone, 1);
        }
        m_desktops[row] = d;
        if (!changed)
            continue;
        m_keys[row] = keyOf(i);
        if (runFirst >= 0 && row == runLast + 1) {
            runLast = row;
        } else {
            flush();
            runFirst = runLast = row;
        }
    }
    flush();
    if (added.isEmpty())
        return;
    const int first = int(m_desktops.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    // Appends grow the lists (reserve() sizes them once for a whole load).
    for (qsizetype i = 0; i < added.size(); ++i) {
        const DesktopInfo &d = desktops.at(added.at(i));
        m_rows.insert(d.desktopId, first + int(i));
        m_desktops.append(d);
        m_keys.append(keyOf(added.at(i)));
        countZone(d.availabilityZone, 1);
    }
    endInsertRows();
}

void DesktopTableModel::reserve(int rows)
{
    if (rows <= m_desktops.capacity())
        return;
    m_desktops.reserve(rows);
    m_keys.reserve(rows);
    m_rows.reserve(rows);
}

void DesktopTableModel::removeDesktopsNotIn(const QSet<QString> &ids)
{
    removeDesktops(desktopsNotIn(ids));
}

QStringList DesktopTableModel::desktopsNotIn(const QSet<QString> &ids) const
{
    QStringList gone;
    for (const DesktopInfo &d : m_desktops) {
        if (!ids.contains(d.desktopId))
            gone.append(d.desktopId);
    }
    return gone;
}

void DesktopTableModel::removeDesktops(const QStringList &desktopIds)
{
    QList<int> rows;
    rows.reserve(desktopIds.size());
    for (const QString &id : desktopIds) {
        const int row = m_rows.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Bottom up, a run of consecutive rows at a time, so the row numbers above stay valid.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        const int last = rows.at(i);
        qsizetype j = i;
        while (j > 0 && rows.at(j - 1) == rows.at(j) - 1)
            --j;
        const int first = rows.at(j);
        beginRemoveRows({}, first, last);
        for (int gone = first; gone <= last; ++gone) {
            countZone(m_desktops.at(gone).availabilityZone, -1);
            m_rows.remove(m_desktops.at(gone).desktopId);
        }
        m_desktops.remove(first, last - first + 1);
        m_keys.remove(first, last - first + 1);
        endRemoveRows();
        i = j - 1;
    }
    // Only the rows after the first one removed moved up.
    for (int row = rows.constFirst(); row < m_desktops.size(); ++row)
        m_rows[m_desktops.at(row).desktopId] = row;
}

bool DesktopTableModel::sameShown(const DesktopInfo &a, const DesktopInfo &b)
{
    if (a.attachedUsers.size() != b.attachedUsers.size())
        return false;
    for (int i = 0; i < a.attachedUsers.size(); ++i) {
        if (a.attachedUsers.at(i).userName != b.attachedUsers.at(i).userName
            || a.attachedUsers.at(i).userGroup != b.attachedUsers.at(i).userGroup)
            return false;
    }
    return a.computerName == b.computerName && a.userName == b.userName
           && a.userGroup == b.userGroup && a.status == b.status && a.taskStatus == b.taskStatus
           && a.process == b.process && a.ipAddresses == b.ipAddresses && a.productId == b.productId
           && a.availabilityZone == b.availabilityZone && a.created == b.created
           && a.attachState == b.attachState;
}

QString DesktopRowKeys::*DesktopTableModel::textKey(int column)
{
    switch (column) {
    case NameColumn:
        return &DesktopRowKeys::name;
    case UserColumn:
        return &DesktopRowKeys::user;
    case StatusColumn:
        return &DesktopRowKeys::status;
    case ProductColumn:
        return &DesktopRowKeys::product;
    case ZoneColumn:
        return &DesktopRowKeys::zone;
    default:
        return nullptr;
    }
}

int DesktopTableModel::compare(int rowA, int rowB, int column) const
{
    const DesktopRowKeys &a = m_keys.at(rowA);
    const DesktopRowKeys &b = m_keys.at(rowB);
    const auto order = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case CreatedColumn:
        // Unreadable dates first, as an invalid QDateTime sorts.
        if (a.hasCreated != b.hasCreated)
            return a.hasCreated ? 1 : -1;
        return order(a.createdMs, b.createdMs);
    case IpColumn:
        return order(a.ipValue, b.ipValue);
    case TaskColumn:
        return order(m_desktops.at(rowA).process.value_or(-1),
                     m_desktops.at(rowB).process.value_or(-1));
    default:
        if (QString DesktopRowKeys::*text = textKey(column))
            return QStringView(a.*text).compare(b.*text);
        return 0;
    }
}

QStringList DesktopTableModel::zones() const
{
    QStringList out = m_zones.keys();
    out.sort();
    return out;
}

void DesktopTableModel::countZone(const QString &zone, int delta)
{
    if (zone.isEmpty())
        return;
    int &count = m_zones[zone];
    count += delta;
    if (count <= 0)
        m_zones.remove(zone);
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
    const QString user = Day2Rules::userOf(d);
    return user.isEmpty() ? d.userGroup : user;
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
    // The status text is in the search and sort keys; keys being made meanwhile are made again.
    g_language.fetchAndAddOrdered(1);
    m_keys = pageKeys(m_desktops);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_desktops.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_desktops.size()) - 1, ColumnCount - 1));
}

} // namespace wsc
