#include "statestore.h"

#include "seeddata.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

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

void StateStore::resetToSeed(bool empty, qint64 nowMs)
{
    m_desktops.clear();
    m_users = SeedData::users(nowMs);
    m_jobs.clear();
    m_sequences.clear();
    m_createdNames.clear();
    if (!empty) {
        m_desktops = SeedData::desktops(nowMs);
        for (const DesktopRecord &d : std::as_const(m_desktops))
            m_createdNames[d.computerName.toLower()] += 1;
    }
    markDirty();
}

DesktopRecord *StateStore::desktop(const QString &id)
{
    for (DesktopRecord &d : m_desktops) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

DesktopRecord *StateStore::desktopByComputerName(const QString &name)
{
    for (DesktopRecord &d : m_desktops) {
        if (d.computerName.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

void StateStore::addDesktop(const DesktopRecord &desktop)
{
    m_desktops.append(desktop);
    m_createdNames[desktop.computerName.toLower()] += 1;
    markDirty();
}

bool StateStore::removeDesktop(const QString &id)
{
    for (qsizetype i = 0; i < m_desktops.size(); ++i) {
        if (m_desktops.at(i).id == id) {
            m_desktops.removeAt(i);
            markDirty();
            return true;
        }
    }
    return false;
}

UserRecord *StateStore::user(const QString &id)
{
    for (UserRecord &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

UserRecord *StateStore::userByName(const QString &name)
{
    for (UserRecord &u : m_users) {
        if (u.userName.compare(name, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

void StateStore::addUser(const UserRecord &user)
{
    m_users.append(user);
    markDirty();
}

bool StateStore::removeUser(const QString &id)
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id) {
            m_users.removeAt(i);
            markDirty();
            return true;
        }
    }
    return false;
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

StateStore::IpAllocator::IpAllocator(const StateStore &store, const QString &subnetId,
                                     const QString &cidr)
{
    for (const DesktopRecord &d : store.m_desktops) {
        if (d.subnetId == subnetId)
            m_used.insert(QHostAddress(d.ipAddress).toIPv4Address());
    }
    const QPair<QHostAddress, int> network = QHostAddress::parseSubnet(cidr);
    m_base = network.first.toIPv4Address();
    const int prefix = network.second > 0 ? network.second : 24;
    m_size = prefix >= 32 ? 1U : (1U << (32 - prefix));
}

QString StateStore::IpAllocator::next()
{
    // .1 is the gateway and the low addresses are the service's own; keep the broadcast free.
    for (; m_cursor + 1 < m_size; ++m_cursor) {
        const quint32 candidate = m_base + m_cursor;
        if (!m_used.contains(candidate)) {
            m_used.insert(candidate);
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
    return true;
}
