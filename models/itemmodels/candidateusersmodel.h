#pragma once

#include "models/domain/candidateuser.h"
#include "models/domain/directoryuser.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wsc {

/**
 * The right-hand list of the assignment dialog: users of the directory plus names typed or
 * imported from a CSV, each flagged when the directory does not have it, with how many desktops
 * of the assignment it is paired with.
 */
class CandidateUsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, SourceColumn, PairedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        UserNameRole = Qt::UserRole + 1, ///< QString
        InDirectoryRole,                 ///< bool
        PairedCountRole,                 ///< int
        SeverityRole, ///< int: 1 (warning) for names missing from the directory, else 0
    };
    Q_ENUM(Role)

    explicit CandidateUsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /** Replaces the directory users (typed and CSV entries stay, re-flagged). */
    void setDirectoryUsers(const QList<DirectoryUser> &users);
    /** Adds users the directory has now (created meanwhile); names already known are updated. */
    void addDirectoryUsers(const QList<DirectoryUser> &users);
    bool hasDirectory() const { return m_directoryLoaded; }
    /** The directory as last set, in the order the service listed it. */
    QList<DirectoryUser> directoryUsers() const { return m_directoryList; }
    /** The directory user named @p name (ignoring case), or null. */
    const DirectoryUser *directoryUser(const QString &name) const;

    /**
     * Adds a typed or CSV name; a name already listed is updated (email, group) instead of
     * listed twice. Returns its row.
     */
    int addCandidate(const CandidateUser &user);
    CandidateUser candidate(int row) const { return m_users.value(row); }
    QList<CandidateUser> candidates() const { return m_users; }
    int rowOf(const QString &userName) const;
    QStringList userNames() const;

    /** How many desktops each name (case-folded) is paired with; shown in PairedColumn. */
    void setPairedCounts(const QHash<QString, int> &counts);

signals:
    /** The directory was set or grew: whoever flags missing users follows this list. */
    void directoryChanged();

private:
    void rebuildIndex();

    QList<CandidateUser> m_users;
    QHash<QString, int> m_rowByName; ///< case-folded name -> row
    QHash<QString, DirectoryUser> m_directory;
    QList<DirectoryUser> m_directoryList;
    QHash<QString, int> m_paired;
    bool m_directoryLoaded = false;
};

} // namespace wsc
