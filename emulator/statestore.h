#pragma once

#include "desktoprecord.h"
#include "jobrecord.h"
#include "userrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

// Kept in memory and, with a state file, saved atomically (QSaveFile) shortly after each
// mutation and on flush(). Pointers returned by the lookups stay valid until the next add or
// remove.
/** All mutable tenant state: desktops, directory users, jobs and counters. */
class StateStore : public QObject
{
    Q_OBJECT

public:
    explicit StateStore(QObject *parent = nullptr);
    ~StateStore() override;

    /** Replaces everything with the seed tenant (users always; desktops unless `empty`). */
    void resetToSeed(bool empty, qint64 nowMs);

    QList<DesktopRecord> &desktops() { return m_desktops; }
    const QList<DesktopRecord> &desktops() const { return m_desktops; }
    DesktopRecord *desktop(const QString &id);
    DesktopRecord *desktopByComputerName(const QString &name);
    void addDesktop(const DesktopRecord &desktop);
    bool removeDesktop(const QString &id);

    QList<UserRecord> &users() { return m_users; }
    const QList<UserRecord> &users() const { return m_users; }
    UserRecord *user(const QString &id);
    UserRecord *userByName(const QString &name);
    void addUser(const UserRecord &user);
    bool removeUser(const QString &id);
    int desktopCountForUser(const QString &userName) const;

    QList<JobRecord> &jobs() { return m_jobs; }
    const QList<JobRecord> &jobs() const { return m_jobs; }
    JobRecord *job(const QString &id);
    void addJob(const JobRecord &job);

    /** Next value of a named counter (generated computer names). */
    int nextSequence(const QString &name);
    /**
     * Hands out free addresses of one subnet (CIDR), from .10 upwards. Made once per request:
     * it reads the addresses in use once, so a create of 50 desktops in a tenant of 10 000
     * stays cheap.
     */
    class IpAllocator
    {
    public:
        IpAllocator(const StateStore &store, const QString &subnetId, const QString &cidr);
        /** The next free address, or an empty string when the subnet is full. */
        QString next();

    private:
        QSet<quint32> m_used;
        quint32 m_base = 0;
        quint32 m_size = 0;
        quint32 m_cursor = 10;
    };

    /** Every computer name ever created since the last reset (lower case) and how often. */
    const QHash<QString, int> &createdComputerNames() const { return m_createdNames; }

    void setFilePath(const QString &path);
    QString filePath() const { return m_filePath; }
    /** Loads the state file; false with *error when it exists but cannot be used. */
    bool load(bool *loaded, QString *error);
    /** Schedules a save (debounced); every mutation calls it. */
    void markDirty();
    /** Writes pending changes now. */
    bool flush(QString *error = nullptr);

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &object, QString *error);

private:
    QList<DesktopRecord> m_desktops;
    QList<UserRecord> m_users;
    QList<JobRecord> m_jobs;
    QHash<QString, int> m_sequences;
    QHash<QString, int> m_createdNames;
    QString m_filePath;
    bool m_dirty = false;
    QTimer m_saveTimer;
};
