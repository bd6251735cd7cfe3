#include "tagsmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"

namespace wsc {

TagsModel::TagsModel(CreateRequestModel *request, QObject *parent)
    : RequestListModel(request, &CreateRequestModel::tags, &CreateRequestModel::setTags,
                       QStringLiteral("tags"), ColumnCount, MaxTags, parent)
{}

Findings TagsModel::cellFindings(int row, int column) const
{
    const QString path
            = QStringLiteral("tags[%1].%2")
                      .arg(row)
                      .arg(column == KeyColumn ? QLatin1String("key") : QLatin1String("value"));
    const QString rowPath = QStringLiteral("tags[%1]").arg(row);
    Findings out;
    for (const Finding &f : m_findings) {
        if (f.path == path || f.path == rowPath)
            out.append(f);
    }
    return out;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Tag &t = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return index.column() == KeyColumn ? t.key : t.value.value_or(QString());
    return findingsData(index, role);
}

bool TagsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    Tag &t = m_items[index.row()];
    const QString text = value.toString();
    if (index.column() == KeyColumn) {
        if (t.key == text)
            return true;
        t.key = text;
    } else {
        // An empty cell is a key without a value, which the API allows.
        const std::optional<QString> v
                = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        if (t.value == v)
            return true;
        t.value = v;
    }
    emit dataChanged(index, index);
    writeBack();
    return true;
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? ModelsTr::tr("Key") : ModelsTr::tr("Value");
}

Qt::ItemFlags TagsModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace wsc
