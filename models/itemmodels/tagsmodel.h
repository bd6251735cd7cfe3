#pragma once

#include "requestlistmodel.h"

#include "models/domain/tag.h"
#include "models/rules/apilimits.h"

namespace wsc {

/**
 * The tags of the request being created, as an editable key/value table bound to a
 * CreateRequestModel. An empty value cell means "no value" (the key alone). Each cell carries
 * the findings of its field (SeverityRole, tooltip).
 */
class TagsModel : public RequestListModel<Tag>
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    /**
     * At most this many tags (CreateRules: tags.too_many); new tags are empty (their key is
     * then required).
     */
    static constexpr int MaxTags = ApiLimits::TagsMax;

    explicit TagsModel(CreateRequestModel *request, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Findings cellFindings(int row, int column) const override;
};

} // namespace wsc
