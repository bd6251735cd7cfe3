#include "tagsmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/findingseverity.h"

TagsModel::TagsModel(CreateRequestModel *request, QObject *parent)
    : QAbstractTableModel(parent)
    , m_request(request)
    , m_tags(request->tags())
{
    connect(m_request, &CreateRequestModel::changed, this, &TagsModel::syncFromRequest);
    connect(m_request, &CreateRequestModel::findingsChanged, this, &TagsModel::onFindingsChanged);
    m_findings = m_request->findingsUnder({QStringLiteral("tags")});
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

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
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Tag &t = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? t.key : t.value.value_or(QString());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const Findings found = cellFindings(index.row(), index.column());
        return found.isEmpty() ? QVariant() : QVariant(FindingSeverity::messages(found));
    }
    case SeverityRole:
        return FindingSeverity::worst(cellFindings(index.row(), index.column()));
    case IssueCodesRole:
        return FindingSeverity::codes(cellFindings(index.row(), index.column()));
    default:
        return {};
    }
}

bool TagsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Tag &t = m_tags[index.row()];
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
    m_request->setTags(m_tags);
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
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool TagsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_tags.size() || count < 1
        || m_tags.size() + count > MaxTags)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_tags.insert(row, Tag());
    endInsertRows();
    m_request->setTags(m_tags);
    return true;
}

bool TagsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_tags.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_tags.remove(row, count);
    endRemoveRows();
    m_request->setTags(m_tags);
    return true;
}

void TagsModel::syncFromRequest()
{
    const QList<Tag> tags = m_request->tags();
    if (tags == m_tags)
        return;
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

void TagsModel::onFindingsChanged()
{
    m_findings = m_request->findingsUnder({QStringLiteral("tags")});
    if (!m_tags.isEmpty()) {
        emit dataChanged(
                index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SeverityRole, IssueCodesRole});
    }
}
