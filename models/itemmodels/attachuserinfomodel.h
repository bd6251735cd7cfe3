#pragma once

#include "models/domain/attachuserinfo.h"
#include "models/domain/directoryuser.h"
#include "models/rules/apilimits.h"
#include "models/rules/finding.h"
#include "models/rules/validationcontext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wsc {

/**
 * The users and groups of one SHARED desktop (attach_user_infos) as an editable table: type,
 * name, ID and user group per entry, each checked at once with AttachRules (names by type,
 * group enum by the desktop's OS, a group needs its ID, nobody twice, at most 500, user name
 * not the computer name) and against the directory (users that do not exist).
 */
class AttachUserInfoModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, NameColumn, IdColumn, GroupColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        IssueCodesRole,                  ///< QStringList
        AllowedGroupsRole,               ///< QStringList
    };
    Q_ENUM(Role)

    /** The most entries one desktop takes (AttachInstances). */
    static constexpr int MaxEntries = ApiLimits::AttachUserInfosMax;

    explicit AttachUserInfoModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /** The rules (domain type, the desktop's OS) and the desktop's name it must differ from. */
    void setContext(const ValidationContext &context, const QString &computerName);
    void setDirectory(const QList<DirectoryUser> &users);

    void setInfos(const QList<AttachUserInfo> &infos);
    QList<AttachUserInfo> infos() const { return m_infos; }
    /** Appends a user (its ID from the directory when known) or a group; returns the row. */
    int addUser(const QString &userName, const QString &userGroup = {});
    int addGroup(const QString &groupName, const QString &groupId, const QString &userGroup = {});

    Findings findings() const; ///< every finding, with paths "attach_user_infos[k].field"
    bool hasErrors() const;
    int userCount() const;
    int groupCount() const;

signals:
    void findingsChanged();

private:
    /** Adds @p info as the last row and checks again; its row. */
    int append(const AttachUserInfo &info);
    void revalidate();
    Findings cellFindings(int row, int column) const;
    QString defaultGroup() const;

    QList<AttachUserInfo> m_infos;
    QList<Findings> m_rowFindings; ///< per row, paths relative to the row ("user_name")
    Findings m_listFindings;       ///< about the whole list (too many)
    ValidationContext m_context;
    QString m_computerName;
    QHash<QString, DirectoryUser> m_directory;
    bool m_directoryLoaded = false;
};

} // namespace wsc
