#include "datavolumesmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"

namespace wsc {

DataVolumesModel::DataVolumesModel(CreateRequestModel *request, QObject *parent)
    : RequestListModel(request, &CreateRequestModel::dataVolumes,
                       &CreateRequestModel::setDataVolumes, QStringLiteral("data_volumes"),
                       ColumnCount, MaxVolumes, parent)
{
    // The region's disk types decide which IOPS/throughput cells can be edited.
    // Only those columns are announced: a view refreshes the open editors of the cells named,
    // and the list may arrive while a size is being typed.
    connect(m_request, &CreateRequestModel::contextChanged, this, [this] {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, IopsColumn), index(rowCount() - 1, ThroughputColumn));
    });
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
    if (row < 0 || row >= m_items.size())
        return false;
    return m_request->context().takesPerformance(m_items.at(row).type);
}

QVariant DataVolumesModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Volume &v = m_items.at(index.row());
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
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == IopsColumn
            || index.column() == ThroughputColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return findingsData(index, role);
    }
}

bool DataVolumesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    Volume &v = m_items[index.row()];
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
    if (!isCell(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if ((index.column() == IopsColumn || index.column() == ThroughputColumn)
        && !takesPerformance(index.row()))
        return base;
    return base | Qt::ItemIsEditable;
}

Volume DataVolumesModel::newItem() const
{
    Volume v;
    v.type = m_request->rootVolume().type.isEmpty() ? QStringLiteral("SAS")
                                                    : m_request->rootVolume().type;
    v.size = DefaultSize;
    return v;
}

} // namespace wsc
