#include "desktoptablemodel.h"

#include "models/i18n/glossary.h"
#include "models/rules/day2rules.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QSet>

#include <optional>

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
        return m_keys.at(index.row()).search;
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

void DesktopTableModel::mergeDesktops(const QList<DesktopInfo> &desktops)
{
    QList<DesktopInfo> added;
    QHash<QString, int> addedAt; // a desktop twice in one page: the later copy wins
    // Updated rows, signalled as runs of consecutive rows (a page lands on consecutive rows).
    int runFirst = -1;
    int runLast = -1;
    auto flush = [&] {
        if (runFirst >= 0)
            emit dataChanged(index(runFirst, 0), index(runLast, ColumnCount - 1));
        runFirst = runLast = -1;
    };
    for (const DesktopInfo &d : desktops) {
        const int row = m_rows.value(d.desktopId, -1);
        if (row < 0) {
            const auto it = addedAt.constFind(d.desktopId);
            if (it != addedAt.constEnd()) {
                added[*it] = d;
            } else {
                addedAt.insert(d.desktopId, int(added.size()));
                added.append(d);
            }
            continue;
        }
        const bool changed = !sameShown(m_desktops.at(row), d);
        m_desktops[row] = d;
        if (!changed)
            continue;
        m_keys[row] = keysOf(d);
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
    // No reserve(): an exact one per page would copy every row each time; append grows.
    for (int i = 0; i < added.size(); ++i) {
        m_rows.insert(added.at(i).desktopId, first + i);
        m_keys.append(keysOf(added.at(i)));
    }
    m_desktops.append(std::move(added));
    endInsertRows();
}

void DesktopTableModel::removeDesktopsNotIn(const QSet<QString> &ids)
{
    bool removed = false;
    // Bottom up, a run of consecutive rows at a time, so the row numbers above stay valid.
    for (int row = int(m_desktops.size()) - 1; row >= 0; --row) {
        if (ids.contains(m_desktops.at(row).desktopId))
            continue;
        int first = row;
        while (first > 0 && !ids.contains(m_desktops.at(first - 1).desktopId))
            --first;
        beginRemoveRows({}, first, row);
        m_desktops.remove(first, row - first + 1);
        m_keys.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first;
    }
    if (removed)
        rebuildRows();
}

void DesktopTableModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_desktops.size());
    for (int row = 0; row < m_desktops.size(); ++row)
        m_rows.insert(m_desktops.at(row).desktopId, row);
}

namespace {

/**
 * "2026-12-07T10:00:00Z" or with ".123" milliseconds, as the service writes creation times,
 * in ms since the epoch; nullopt for any other shape (then QDateTime parses it). Reading the
 * digits directly costs a fraction of QDateTime::fromString, which a page of 500 rows pays
 * once per row.
 */
std::optional<qint64> fastUtcMs(const QString &text)
{
    const qsizetype n = text.size();
    if ((n != 20 && n != 24) || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(n - 1) != u'Z')
        return std::nullopt;
    auto number = [&](qsizetype at, int digits, int *out) {
        int value = 0;
        for (int i = 0; i < digits; ++i) {
            const char16_t c = text.at(at + i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (!number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day)
        || !number(11, 2, &hour) || !number(14, 2, &minute) || !number(17, 2, &second))
        return std::nullopt;
    if (n == 24 && (text.at(19) != u'.' || !number(20, 3, &ms)))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
           + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
}

} // namespace

DesktopTableModel::RowKeys DesktopTableModel::keysOf(const DesktopInfo &d)
{
    RowKeys k;
    k.text[NameColumn] = d.computerName.toLower();
    k.text[UserColumn] = userText(d).toLower();
    k.text[StatusColumn] = statusText(d.status).toLower();
    k.text[ProductColumn] = d.productId.toLower();
    k.text[ZoneColumn] = d.availabilityZone.toLower();
    k.search = QStringList{k.text[NameColumn],       k.text[UserColumn],    d.desktopId.toLower(),
                           d.ipAddresses.join(u' '), k.text[ProductColumn], k.text[StatusColumn]}
                       .join(u' ');
    const QHostAddress address(d.ipAddresses.value(0));
    k.ip = address.isNull() ? 0 : address.toIPv4Address();
    if (const std::optional<qint64> ms = fastUtcMs(d.created)) {
        k.hasCreated = true;
        k.createdMs = *ms;
    } else {
        const QDateTime created = createdTime(d);
        k.hasCreated = created.isValid();
        k.createdMs = k.hasCreated ? created.toMSecsSinceEpoch() : 0;
    }
    return k;
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

bool DesktopTableModel::lessThan(int rowA, int rowB, int column) const
{
    const RowKeys &a = m_keys.at(rowA);
    const RowKeys &b = m_keys.at(rowB);
    switch (column) {
    case CreatedColumn:
        // Unreadable dates first, as an invalid QDateTime sorts.
        if (a.hasCreated != b.hasCreated)
            return !a.hasCreated;
        return a.createdMs < b.createdMs;
    case IpColumn:
        return a.ip < b.ip;
    case TaskColumn:
        return m_desktops.at(rowA).process.value_or(-1) < m_desktops.at(rowB).process.value_or(-1);
    default:
        if (column < 0 || column > ZoneColumn)
            return false;
        return a.text[column] < b.text[column];
    }
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
    // The status text is in the search and sort keys.
    for (int row = 0; row < m_desktops.size(); ++row)
        m_keys[row] = keysOf(m_desktops.at(row));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_desktops.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_desktops.size()) - 1, ColumnCount - 1));
}
