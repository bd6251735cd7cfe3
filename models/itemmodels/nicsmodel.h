#pragma once

#include "models/rules/finding.h"

#include <QAbstractListModel>
#include <QStringList>

namespace wsc {

class CreateRequestModel;

/**
 * The NICs of the request being created, in order (the first is the primary NIC), as a list
 * bound to a CreateRequestModel: add a subnet, remove, move up or down. Each row shows the
 * subnet's name and CIDR from the catalog and carries its findings (SeverityRole).
 */
class NicsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        SubnetIdRole,                    ///< QString: the subnet id
        IssueCodesRole,                  ///< QStringList
    };
    Q_ENUM(Role)

    /** At most this many NICs per desktop (CreateRules: nics.too_many). */
    static constexpr int MaxNics = 5;

    explicit NicsModel(CreateRequestModel *request, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Rows are headed "NIC 1", "NIC 2"... (the first is the primary NIC). */
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    /** Appends a NIC on @p subnetId (a subnet twice is reported by the rules, not refused). */
    void addSubnet(const QString &subnetId);
    QStringList subnetIds() const { return m_ids; }
    bool canAdd() const { return m_ids.size() < MaxNics; }
    Findings rowFindings(int row) const;

private:
    void syncFromRequest();
    void refreshAll();

    CreateRequestModel *m_request;
    QStringList m_ids;
    Findings m_findings;
};

} // namespace wsc
