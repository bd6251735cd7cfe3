#pragma once

#include "models/rules/finding.h"

#include <QAbstractListModel>
#include <QStringList>

namespace wsc {

class CreateRequestModel;

/**
 * The security groups the desktops join, as a checkable list bound to a CreateRequestModel:
 * every group of the catalog, checked when the request lists it (plus, at the end, ids the
 * request lists that the catalog does not know). Checking appends to the request's list, so
 * the order people picked is the order sent.
 */
class SecurityGroupsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        GroupIdRole,                     ///< QString
    };
    Q_ENUM(Role)

    /** At most this many groups (CreateRules: security_groups.too_many). */
    static constexpr int MaxGroups = 5;

    explicit SecurityGroupsModel(CreateRequestModel *request, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /** The row of group @p id, or -1. */
    int rowOf(const QString &id) const;
    QString groupId(int row) const { return m_ids.value(row); }

private:
    void rebuild();
    void onChanged();
    void refreshChecks();

    CreateRequestModel *m_request;
    QStringList m_ids;      ///< rows: catalog groups, then unknown ids of the request
    QStringList m_selected; ///< the request's list when last seen
    Findings m_findings;
};

} // namespace wsc
