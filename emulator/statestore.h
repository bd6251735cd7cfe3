#pragma once

#include "desktoprecord.h"
#include "jobrecord.h"
#include "usergrouprecord.h"
#include "userrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace wsemu {

// Kept in memory and, with a state file, saved atomically (QSaveFile) shortly after each
// mutation and on flush(). Pointers returned by the lookups stay valid until the next add or
// remove. Desktops and users are indexed by id and by case-folded name, and the addresses in use
// are kept per subnet, so that a create of 50 desktops in a tenant of 10 000 costs O(50), not
// O(50 x 10 000): the lists are only handed out read-only, and the indexed fields (id, computer
// and user name, subnet and address) change only through the functions below.
/** All mutable tenant state: desktops, directory users, jobs and counters. */
class StateStore : public QObject
{
    Q_OBJECT

public:
    explicit StateStore(QObject *parent = nullptr);
    ~StateStore() override;

    /**
     * Replaces everything with the seed tenant (users always; desktops unless `empty`: the five
     * named ones, or @p generated desktops of SeedData::generatedDesktops when above 0).
     */
    void resetToSeed(bool empty, qint64 nowMs, int generated = 0);

    const QList<DesktopRecord> &desktops() const { return m_desktops; }
    /** The desktop @p id; callers may change any field but id, name, subnet and address. */
    DesktopRecord *desktop(const QString &id);
    /** The first desktop (in list order) named @p name, ignoring case. */
    DesktopRecord *desktopByComputerName(const QString &name);
    void addDesktop(const DesktopRecord &desktop);
    bool removeDesktop(const QString &id);
    /** Changes the computer name of desktop @p id (the attach path); false if there is none. */
    bool renameDesktop(const QString &id, const QString &computerName);

    const QList<UserRecord> &users() const { return m_users; }
    /** The user @p id; callers may change any field but id and userName. */
    UserRecord *user(const QString &id);
    /** The first user (in list order) named @p name, ignoring case. */
    UserRecord *userByName(const QString &name);
    void addUser(const UserRecord &user);
    bool removeUser(const QString &id);
    int desktopCountForUser(const QString &userName) const;

    const QList<UserGroupRecord> &userGroups() const { return m_groups; }
    /** The group @p id; callers may change any field but id and name (renameUserGroup). */
    UserGroupRecord *userGroup(const QString &id);
    /** The group named @p name (names are unique, compared ignoring case), or nullptr. */
    UserGroupRecord *userGroupByName(const QString &name);
    void addUserGroup(const UserGroupRecord &group);
    /** Renames group @p id and the membership of its users. */
    bool renameUserGroup(const QString &id, const QString &name);
    /** Removes group @p id; its users leave it. */
    bool removeUserGroup(const QString &id);
    /** The users in the group named @p name. */
    QList<const UserRecord *> usersInGroup(const QString &name) const;
    /** Desktops assigned to group @p id (an attach_user_infos entry of type GROUP). */
    int desktopCountForGroup(const QString &id) const;

    QList<JobRecord> &jobs() { return m_jobs; }
    const QList<JobRecord> &jobs() const { return m_jobs; }
    JobRecord *job(const QString &id);
    void addJob(const JobRecord &job);

    /** Next value of a named counter (generated computer names). */
    int nextSequence(const QString &name);
    /**
     * Hands out the lowest free addresses of one subnet (CIDR), from .10 upwards, for one
     * request. The addresses in use are the store's, kept across requests: making one costs
     * nothing however many desktops the tenant has. What it hands out is only taken once the
     * desktops are added (a request that fails half-way takes nothing).
     */
    class IpAllocator
    {
    public:
        IpAllocator(StateStore &store, const QString &subnetId, const QString &cidr);
        /** The next free address, or an empty string when the subnet is full. */
        QString next();

    private:
        const StateStore &m_store;
        QString m_subnetId;
        QSet<quint32> m_handedOut; ///< by this allocator, not yet in the store
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
    /** The addresses in use in one subnet. */
    struct SubnetAddresses
    {
        QHash<quint32, int> used; ///< address -> desktops holding it (seeded states may share)
        /** Every address from the subnet's .10 up to this one is in use (0: not known yet). */
        quint32 lowestFree = 0;
    };

    static QString nameKey(const QString &name) { return name.toCaseFolded(); }
    static quint32 ipv4(const QString &address);
    void rebuildIndexes();
    void indexDesktopAt(qsizetype position);
    void unindexDesktopName(const QString &computerName, const QString &id);
    void indexUserAt(qsizetype position);
    void unindexUserName(const QString &userName, const QString &id);
    void addAddress(const DesktopRecord &desktop);
    void removeAddress(const DesktopRecord &desktop);
    /** The first of @p ids in list order, by @p positions. */
    static qsizetype firstPosition(const QStringList &ids,
                                   const QHash<QString, qsizetype> &positions);

    QList<DesktopRecord> m_desktops;
    QList<UserRecord> m_users;
    QHash<QString, qsizetype> m_desktopPositions; ///< desktop id -> position in m_desktops
    QHash<QString, QStringList> m_desktopNames;   ///< case-folded computer name -> desktop ids
    QHash<QString, qsizetype> m_userPositions;    ///< user id -> position in m_users
    QHash<QString, QStringList> m_userNames;      ///< case-folded user name -> user ids
    QHash<QString, SubnetAddresses> m_addresses;  ///< subnet id -> addresses in use
    QList<JobRecord> m_jobs;
    QList<UserGroupRecord> m_groups;
    QHash<QString, int> m_sequences;
    QHash<QString, int> m_createdNames;
    QString m_filePath;
    bool m_dirty = false;
    QTimer m_saveTimer;
};

} // namespace wsemu
