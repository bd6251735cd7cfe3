#pragma once

#include "models/domain/tag.h"
#include "models/rules/apilimits.h"
#include "models/rules/finding.h"

#include <QAbstractTableModel>
#include <QList>

class CreateRequestModel;

/**
 * The tags of the request being created, as an editable key/value table bound to a
 * CreateRequestModel. An empty value cell means "no value" (the key alone). Each cell carries
 * the findings of its field (SeverityRole, tooltip).
 */
class TagsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        IssueCodesRole,                  ///< QStringList: rule codes of the cell's findings
    };
    Q_ENUM(Role)

    /** At most this many tags (CreateRules: tags.too_many). */
    static constexpr int MaxTags = ApiLimits::TagsMax;

    explicit TagsModel(CreateRequestModel *request, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Adds empty tags (their key is then required); refused beyond MaxTags. */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    bool canAdd() const { return m_tags.size() < MaxTags; }
    Findings cellFindings(int row, int column) const;

private:
    void syncFromRequest();
    void onFindingsChanged();

    CreateRequestModel *m_request;
    QList<Tag> m_tags;
    Findings m_findings;
};
