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
    // The region's disk types decide which IOPS/throughput cells can be edited.
    // Only those columns are announced: a view refreshes the open editors of the cells named,
    // and the list may arrive while a size is being typed.
    connect(m_request, &CreateRequestModel::contextChanged, this, [this] {
        if (!m_volumes.isEmpty())
            emit dataChanged(index(0, IopsColumn), index(rowCount() - 1, ThroughputColumn));
    });
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
        if (rest.isEmpty() || columnOf(rest.mid(1)) == column)
            out.append(f);
    }
    return out;
}

int DataVolumesModel::columnOf(const QString &field)
{
    if (field == QLatin1String("size"))
        return SizeColumn;
    if (field == QLatin1String("iops"))
        return IopsColumn;
    if (field == QLatin1String("throughput"))
        return ThroughputColumn;
    if (field == QLatin1String("kms_id"))
        return KmsColumn;
    return TypeColumn;
}

bool DataVolumesModel::takesPerformance(int row) const
{
    if (row < 0 || row >= m_volumes.size())
        return false;
    return m_request->context().takesPerformance(m_volumes.at(row).type);
}

QVariant DataVolumesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Volume &v = m_volumes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TypeColumn:
            return v.type;
        case SizeColumn:
            return v.size;
        case IopsColumn:
            return v.iops ? QVariant(*v.iops) : QVariant();
        case ThroughputColumn:
            return v.throughput ? QVariant(*v.throughput) : QVariant();
        default:
            return v.kmsId;
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const Findings found = cellFindings(index.row(), index.column());
        return found.isEmpty() ? QVariant() : QVariant(FindingSeverity::messages(found));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == IopsColumn
            || index.column() == ThroughputColumn)
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
    const Volume before = v;
    switch (index.column()) {
    case TypeColumn:
        v.type = value.toString().trimmed();
        // A type not provisioned by IOPS/throughput has no such cells: drop what they held.
        if (!m_request->context().takesPerformance(v.type)) {
            v.iops.reset();
            v.throughput.reset();
        }
        break;
    case SizeColumn: {
        bool ok = false;
        const int size = value.toInt(&ok);
        if (!ok)
            return false;
        v.size = size;
        break;
    }
    case IopsColumn:
    case ThroughputColumn: {
        std::optional<int> number;
        if (!value.isNull() && !value.toString().trimmed().isEmpty()) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok)
                return false;
            if (n > 0)
                number = n; // 0 is the editor's "not set"
        }
        (index.column() == IopsColumn ? v.iops : v.throughput) = number;
        break;
    }
    default:
        v.kmsId = value.toString().trimmed();
        break;
    }
    if (v == before)
        return true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    writeBack();
    return true;
}

QVariant DataVolumesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return ModelsTr::tr("Disk %1").arg(section + 1);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return ModelsTr::tr("Disk type");
    case SizeColumn:
        return ModelsTr::tr("Size (GB)");
    case IopsColumn:
        return ModelsTr::tr("IOPS");
    case ThroughputColumn:
        return ModelsTr::tr("Throughput (MiB/s)");
    default:
        return ModelsTr::tr("KMS key ID");
    }
}

Qt::ItemFlags DataVolumesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if ((index.column() == IopsColumn || index.column() == ThroughputColumn)
        && !takesPerformance(index.row()))
        return base;
    return base | Qt::ItemIsEditable;
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
