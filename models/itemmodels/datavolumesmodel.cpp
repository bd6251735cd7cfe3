#include "datavolumesmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/findingseverity.h"

DataVolumesModel::DataVolumesModel(CreateRequestModel *request, QObject *parent)
    : QAbstractTableModel(parent)
    , m_request(request)
    , m_volumes(request->dataVolumes())
{
    connect(m_request, &CreateRequestModel::changed, this, &DataVolumesModel::syncFromRequest);
    connect(m_request, &CreateRequestModel::findingsChanged, this,
            &DataVolumesModel::onFindingsChanged);
    m_findings = m_request->findingsUnder({QStringLiteral("data_volumes")});
}

int DataVolumesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volumes.size());
}

int DataVolumesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

Findings DataVolumesModel::cellFindings(int row, int column) const
{
    const QString rowPath = QStringLiteral("data_volumes[%1]").arg(row);
    Findings out;
    for (const Finding &f : m_findings) {
        if (!f.path.startsWith(rowPath))
            continue;
        const QString rest = f.path.mid(rowPath.size());
        if (!rest.isEmpty() && rest.at(0) != QLatin1Char('.'))
            continue; // data_volumes[1] is not data_volumes[10]
        const bool sizeField = rest == QLatin1String(".size");
        // IOPS and throughput have no column of their own: they belong to the disk's type.
        if ((column == SizeColumn) == sizeField || rest.isEmpty())
            out.append(f);
    }
    return out;
}

QVariant DataVolumesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Volume &v = m_volumes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == TypeColumn)
            return v.type;
        return v.size;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const Findings found = cellFindings(index.row(), index.column());
        return found.isEmpty() ? QVariant() : QVariant(FindingSeverity::messages(found));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeverityRole:
        return FindingSeverity::worst(cellFindings(index.row(), index.column()));
    case IssueCodesRole:
        return FindingSeverity::codes(cellFindings(index.row(), index.column()));
    default:
        return {};
    }
}

bool DataVolumesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Volume &v = m_volumes[index.row()];
    if (index.column() == TypeColumn) {
        const QString type = value.toString().trimmed();
        if (type == v.type)
            return true;
        v.type = type;
    } else {
        bool ok = false;
        const int size = value.toInt(&ok);
        if (!ok)
            return false;
        if (size == v.size)
            return true;
        v.size = size;
    }
    emit dataChanged(index, index);
    writeBack();
    return true;
}

QVariant DataVolumesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return ModelsTr::tr("Disk %1").arg(section + 1);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TypeColumn ? ModelsTr::tr("Disk type") : ModelsTr::tr("Size (GB)");
}

Qt::ItemFlags DataVolumesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool DataVolumesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_volumes.size() || count < 1
        || m_volumes.size() + count > MaxVolumes)
        return false;
    Volume v;
    v.type = m_request->rootVolume().type.isEmpty() ? QStringLiteral("SAS")
                                                    : m_request->rootVolume().type;
    v.size = DefaultSize;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_volumes.insert(row, v);
    endInsertRows();
    writeBack();
    return true;
}

bool DataVolumesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_volumes.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_volumes.remove(row, count);
    endRemoveRows();
    writeBack();
    return true;
}

void DataVolumesModel::writeBack()
{
    m_request->setDataVolumes(m_volumes);
}

void DataVolumesModel::syncFromRequest()
{
    const QList<Volume> volumes = m_request->dataVolumes();
    if (volumes == m_volumes)
        return; // our own edit coming back
    beginResetModel();
    m_volumes = volumes;
    endResetModel();
}

void DataVolumesModel::onFindingsChanged()
{
    // Always refreshed: equal findings may still carry messages in another language.
    m_findings = m_request->findingsUnder({QStringLiteral("data_volumes")});
    if (!m_volumes.isEmpty()) {
        emit dataChanged(
                index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SeverityRole, IssueCodesRole});
    }
}
