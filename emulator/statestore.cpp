#include "statestore.h"

#include "seeddata.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace wsemu {

namespace {
const QString FormatName = QStringLiteral("wsemu-state");
constexpr int FormatVersion = 1;
constexpr int SaveDebounceMs = 200;
} // namespace

StateStore::StateStore(QObject *parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDebounceMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!flush(&error))
            qWarning("wsemu: cannot save the state file: %s", qPrintable(error));
    });
}

StateStore::~StateStore()
{
    flush();
}

void StateStore::resetToSeed(bool empty, qint64 nowMs, int generated)
{
    m_desktops.clear();
    m_users = SeedData::users(nowMs);
    m_groups = UserGroupRecord::fromMemberships(m_users, nowMs);
    m_jobs.clear();
    m_sequences.clear();
    m_createdNames.clear();
    if (!empty) {
        m_desktops = generated > 0 ? SeedData::generatedDesktops(generated, nowMs)
                                   : SeedData::desktops(nowMs);
        for (const DesktopRecord &d : std::as_const(m_desktops))
            m_createdNames[d.computerName.toLower()] += 1;
    }
    rebuildIndexes();
    markDirty();
}

quint32 StateStore::ipv4(const QString &address)
{
    return address.isEmpty() ? 0 : QHostAddress(address).toIPv4Address();
}

void StateStore::rebuildIndexes()
{
    m_desktopPositions.clear();
    m_desktopNames.clear();
    m_userPositions.clear();
    m_userNames.clear();
    m_addresses.clear();
    m_desktopPositions.reserve(m_desktops.size());
    m_desktopNames.reserve(m_desktops.size());
    for (qsizetype i = 0; i < m_desktops.size(); ++i) {
        indexDesktopAt(i);
        addAddress(m_desktops.at(i));
    }
    m_userPositions.reserve(m_users.size());
    m_userNames.reserve(m_users.size());
    for (qsizetype i = 0; i < m_users.size(); ++i)
        indexUserAt(i);
}

void StateStore::indexDesktopAt(qsizetype position)
{
    const DesktopRecord &d = m_desktops.at(position);
    m_desktopPositions.insert(d.id, position);
    m_desktopNames[nameKey(d.computerName)].append(d.id);
}

void StateStore::unindexDesktopName(const QString &computerName, const QString &id)
{
    const auto it = m_desktopNames.find(nameKey(computerName));
    if (it == m_desktopNames.end())
        return;
    it->removeOne(id);
    if (it->isEmpty())
        m_desktopNames.erase(it);
}

void StateStore::indexUserAt(qsizetype position)
{
    const UserRecord &u = m_users.at(position);
    m_userPositions.insert(u.id, position);
    m_userNames[nameKey(u.userName)].append(u.id);
}

void StateStore::unindexUserName(const QString &userName, const QString &id)
{
    const auto it = m_userNames.find(nameKey(userName));
    if (it == m_userNames.end())
        return;
    it->removeOne(id);
    if (it->isEmpty())
        m_userNames.erase(it);
}

void StateStore::addAddress(const DesktopRecord &desktop)
{
    if (const quint32 address = ipv4(desktop.ipAddress))
        m_addresses[desktop.subnetId].used[address] += 1;
}

void StateStore::removeAddress(const DesktopRecord &desktop)
{
    const quint32 address = ipv4(desktop.ipAddress);
    const auto subnet = m_addresses.find(desktop.subnetId);
    if (!address || subnet == m_addresses.end())
        return;
    const auto it = subnet->used.find(address);
    if (it == subnet->used.end())
        return;
    if (--it.value() > 0)
        return;
    subnet->used.erase(it);
    // The freed address is the lowest free one again if it lies below the known mark.
    if (address < subnet->lowestFree)
        subnet->lowestFree = address;
}

qsizetype StateStore::firstPosition(const QStringList &ids,
                                    const QHash<QString, qsizetype> &positions)
{
    qsizetype first = -1;
    for (const QString &id : ids) {
        const qsizetype position = positions.value(id, -1);
        if (position >= 0 && (first < 0 || position < first))
            first = position;
    }
    return first;
}

DesktopRecord *StateStore::desktop(const QString &id)
{
    const qsizetype position = m_desktopPositions.value(id, -1);
    return position < 0 ? nullptr : &m_desktops[position];
}

DesktopRecord *StateStore::desktopByComputerName(const QString &name)
{
    const auto it = m_desktopNames.constFind(nameKey(name));
    if (it == m_desktopNames.cend())
        return nullptr;
    const qsizetype position = firstPosition(*it, m_desktopPositions);
    if (position < 0)
        return nullptr;
    DesktopRecord *d = &m_desktops[position];
    Q_ASSERT(d->computerName.compare(name, Qt::CaseInsensitive) == 0);
    return d;
}

void StateStore::addDesktop(const DesktopRecord &desktop)
{
    m_desktops.append(desktop);
    indexDesktopAt(m_desktops.size() - 1);
    addAddress(desktop);
    m_createdNames[desktop.computerName.toLower()] += 1;
    markDirty();
}

bool StateStore::removeDesktop(const QString &id)
{
    const qsizetype position = m_desktopPositions.value(id, -1);
    if (position < 0)
        return false;
    const DesktopRecord &d = m_desktops.at(position);
    unindexDesktopName(d.computerName, d.id);
    removeAddress(d);
    m_desktopPositions.remove(id);
    m_desktops.removeAt(position);
    // The desktops after it moved up by one.
    for (qsizetype i = position; i < m_desktops.size(); ++i)
        m_desktopPositions.insert(m_desktops.at(i).id, i);
    markDirty();
    return true;
}

bool StateStore::renameDesktop(const QString &id, const QString &computerName)
{
    DesktopRecord *d = desktop(id);
    if (!d)
        return false;
    if (d->computerName == computerName)
        return true;
    unindexDesktopName(d->computerName, id);
    d->computerName = computerName;
    m_desktopNames[nameKey(computerName)].append(id);
    markDirty();
    return true;
}

UserRecord *StateStore::user(const QString &id)
{
    const qsizetype position = m_userPositions.value(id, -1);
    return position < 0 ? nullptr : &m_users[position];
}

UserRecord *StateStore::userByName(const QString &name)
{
    const auto it = m_userNames.constFind(nameKey(name));
    if (it == m_userNames.cend())
        return nullptr;
    const qsizetype position = firstPosition(*it, m_userPositions);
    if (position < 0)
        return nullptr;
    UserRecord *u = &m_users[position];
    Q_ASSERT(u->userName.compare(name, Qt::CaseInsensitive) == 0);
    return u;
}

void StateStore::addUser(const UserRecord &user)
{
    m_users.append(user);
    indexUserAt(m_users.size() - 1);
    markDirty();
}

bool StateStore::removeUser(const QString &id)
{
    const qsizetype position = m_userPositions.value(id, -1);
    if (position < 0)
        return false;
    unindexUserName(m_users.at(position).userName, id);
    m_userPositions.remove(id);
    m_users.removeAt(position);
    for (qsizetype i = position; i < m_users.size(); ++i)
        m_userPositions.insert(m_users.at(i).id, i);
    markDirty();
    return true;
}

int StateStore::desktopCountForUser(const QString &userName) const
{
    int count = 0;
    for (const DesktopRecord &d : m_desktops) {
        if (d.userName.compare(userName, Qt::CaseInsensitive) == 0) {
            ++count;
            continue;
        }
        for (const QJsonValue &v : d.attachUserInfos) {
            if (v.toObject()
                        .value(QStringLiteral("user_name"))
                        .toString()
                        .compare(userName, Qt::CaseInsensitive)
                == 0) {
                ++count;
                break;
            }
        }
    }
    return count;
}

UserGroupRecord *StateStore::userGroup(const QString &id)
{
    for (UserGroupRecord &g : m_groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

UserGroupRecord *StateStore::userGroupByName(const QString &name)
{
    for (UserGroupRecord &g : m_groups) {
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return &g;
    }
    return nullptr;
}

void StateStore::addUserGroup(const UserGroupRecord &group)
{
    m_groups.append(group);
    markDirty();
}

bool StateStore::renameUserGroup(const QString &id, const QString &name)
{
    UserGroupRecord *g = userGroup(id);
    if (!g)
        return false;
    const QString old = g->name;
    g->name = name;
    for (UserRecord &u : m_users) {
        const qsizetype at = u.groupNames.indexOf(old);
        if (at >= 0)
            u.groupNames[at] = name;
    }
    markDirty();
    return true;
}

bool StateStore::removeUserGroup(const QString &id)
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id != id)
            continue;
        const QString name = m_groups.at(i).name;
        for (UserRecord &u : m_users)
            u.groupNames.removeAll(name);
        m_groups.removeAt(i);
        markDirty();
        return true;
    }
    return false;
}

QList<const UserRecord *> StateStore::usersInGroup(const QString &name) const
{
    QList<const UserRecord *> members;
    for (const UserRecord &u : m_users) {
        if (u.groupNames.contains(name))
            members.append(&u);
    }
    return members;
}

int StateStore::desktopCountForGroup(const QString &id) const
{
    int count = 0;
    for (const DesktopRecord &d : m_desktops) {
        for (const QJsonValue &v : d.attachUserInfos) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("GROUP")
                && o.value(QStringLiteral("user_id")).toString() == id) {
                ++count;
                break;
            }
        }
    }
    return count;
}

JobRecord *StateStore::job(const QString &id)
{
    for (JobRecord &j : m_jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

void StateStore::addJob(const JobRecord &job)
{
    m_jobs.append(job);
    markDirty();
}

int StateStore::nextSequence(const QString &name)
{
    const int value = ++m_sequences[name];
    markDirty();
    return value;
}

StateStore::IpAllocator::IpAllocator(StateStore &store, const QString &subnetId,
                                     const QString &cidr)
    : m_store(store)
    , m_subnetId(subnetId)
{
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(cidr);
    m_base = network.first.toIPv4Address();
    const int prefix = network.second > 0 ? network.second : 24;
    m_size = prefix >= 32 ? 1U : (1U << (32 - prefix));
    // Skip the addresses taken since the last request once, here, rather than in every request.
    SubnetAddresses &subnet = store.m_addresses[subnetId];
    subnet.lowestFree = std::max(subnet.lowestFree, m_base + m_cursor);
    while (subnet.used.contains(subnet.lowestFree))
        ++subnet.lowestFree;
    m_cursor = subnet.lowestFree - m_base;
}

QString StateStore::IpAllocator::next()
{
    const auto subnet = m_store.m_addresses.constFind(m_subnetId);
    const QHash<quint32, int> *used
            = subnet == m_store.m_addresses.cend() ? nullptr : &subnet->used;
    // .1 is the gateway and the low addresses are the service's own; keep the broadcast free.
    for (; m_cursor + 1 < m_size; ++m_cursor) {
        const quint32 candidate = m_base + m_cursor;
        if ((!used || !used->contains(candidate)) && !m_handedOut.contains(candidate)) {
            m_handedOut.insert(candidate);
            ++m_cursor;
            return QHostAddress(candidate).toString();
        }
    }
    return {};
}

void StateStore::setFilePath(const QString &path)
{
    m_filePath = path;
}

bool StateStore::load(bool *loaded, QString *error)
{
    if (loaded)
        *loaded = false;
    if (m_filePath.isEmpty() || !QFile::exists(m_filePath))
        return true;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a wsemu state file: %2")
                             .arg(m_filePath, parseError.errorString());
        return false;
    }
    if (!fromJson(document.object(), error))
        return false;
    if (loaded)
        *loaded = true;
    m_dirty = false;
    return true;
}

void StateStore::markDirty()
{
    m_dirty = true;
    if (!m_filePath.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool StateStore::flush(QString *error)
{
    m_saveTimer.stop();
    if (!m_dirty || m_filePath.isEmpty())
        return true;
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}

QJsonObject StateStore::toJson() const
{
    QJsonArray desktops;
    for (const DesktopRecord &d : m_desktops)
        desktops.append(d.toJson());
    QJsonArray users;
    for (const UserRecord &u : m_users)
        users.append(u.toJson());
    QJsonArray jobs;
    for (const JobRecord &j : m_jobs)
        jobs.append(j.toJson());
    QJsonArray groups;
    for (const UserGroupRecord &g : m_groups)
        groups.append(g.toJson());
    QJsonObject sequences;
    for (auto it = m_sequences.cbegin(); it != m_sequences.cend(); ++it)
        sequences.insert(it.key(), it.value());
    QJsonObject created;
    for (auto it = m_createdNames.cbegin(); it != m_createdNames.cend(); ++it)
        created.insert(it.key(), it.value());
    return QJsonObject{
            {QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), FormatVersion},
            {QStringLiteral("desktops"), desktops},
            {QStringLiteral("users"), users},
            {QStringLiteral("user_groups"), groups},
            {QStringLiteral("jobs"), jobs},
            {QStringLiteral("sequences"), sequences},
            {QStringLiteral("created_computer_names"), created},
    };
}

bool StateStore::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("format")).toString() != FormatName
        || object.value(QStringLiteral("version")).toInt() != FormatVersion) {
        if (error)
            *error = QStringLiteral("%1: unknown state format (expected %2 version %3)")
                             .arg(m_filePath, FormatName)
                             .arg(FormatVersion);
        return false;
    }
    m_desktops.clear();
    for (const QJsonValue &v : object.value(QStringLiteral("desktops")).toArray())
        m_desktops.append(DesktopRecord::fromJson(v.toObject()));
    m_users.clear();
    for (const QJsonValue &v : object.value(QStringLiteral("users")).toArray())
        m_users.append(UserRecord::fromJson(v.toObject()));
    m_groups.clear();
    // A state file written before groups existed: its users' memberships name the groups.
    if (object.contains(QStringLiteral("user_groups"))) {
        for (const QJsonValue &v : object.value(QStringLiteral("user_groups")).toArray())
            m_groups.append(UserGroupRecord::fromJson(v.toObject()));
    } else {
        m_groups = UserGroupRecord::fromMemberships(m_users, 0);
    }
    m_jobs.clear();
    for (const QJsonValue &v : object.value(QStringLiteral("jobs")).toArray())
        m_jobs.append(JobRecord::fromJson(v.toObject()));
    m_sequences.clear();
    const QJsonObject sequences = object.value(QStringLiteral("sequences")).toObject();
    for (auto it = sequences.begin(); it != sequences.end(); ++it)
        m_sequences.insert(it.key(), it.value().toInt());
    m_createdNames.clear();
    const QJsonObject created = object.value(QStringLiteral("created_computer_names")).toObject();
    for (auto it = created.begin(); it != created.end(); ++it)
        m_createdNames.insert(it.key(), it.value().toInt());
    rebuildIndexes();
    return true;
}

} // namespace wsemu
