#pragma once

#include "models/domain/usergroup.h"

#include <QAbstractTableModel>
#include <QList>

namespace wsc {

/** The user groups of the Workspace directory as the Groups tab lists them. */
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DescriptionColumn,
        MembersColumn,
        DesktopsColumn,
        PlatformColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { GroupIdRole = Qt::UserRole + 1, SortRole };

    explicit GroupTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setGroups(const QList<UserGroup> &groups);
    const QList<UserGroup> &groups() const { return m_groups; }
    UserGroup group(int row) const { return m_groups.value(row); }
    /** The row of the group with @p id, or -1. */
    int rowOfId(const QString &id) const;
    /** The row of the group named @p name (ignoring case), or -1. */
    int rowOfName(const QString &name) const;

    /** "Local", "AD", "UOS": the platform_type of a group in the UI language. */
    static QString platformText(const QString &platformType);

public slots:
    void retranslate();

private:
    QList<UserGroup> m_groups;
};

} // namespace wsc
