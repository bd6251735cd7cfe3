#include "nicsmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/findingseverity.h"

namespace wsc {

NicsModel::NicsModel(CreateRequestModel *request, QObject *parent)
    : QAbstractListModel(parent)
    , m_request(request)
    , m_ids(request->nics())
{
    connect(m_request, &CreateRequestModel::changed, this, &NicsModel::syncFromRequest);
    connect(m_request, &CreateRequestModel::findingsChanged, this, &NicsModel::refreshAll);
    connect(m_request, &CreateRequestModel::catalogChanged, this, &NicsModel::refreshAll);
    m_findings = m_request->findingsUnder({QStringLiteral("nics")});
}

int NicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Findings NicsModel::rowFindings(int row) const
{
    const QString rowPath = QStringLiteral("nics[%1]").arg(row);
    Findings out;
    for (const Finding &f : m_findings) {
        if (f.path == rowPath || f.path.startsWith(rowPath + QLatin1Char('.')))
            out.append(f);
    }
    return out;
}

QVariant NicsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // No "NIC 1" here: the number follows the row, and a moved item keeps its text.
        const auto subnet = m_request->subnet(id);
        return subnet ? ModelsTr::tr("%1 (%2)").arg(subnet->name, subnet->cidr) : id;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const Findings found = rowFindings(index.row());
        return found.isEmpty() ? QVariant(id) : QVariant(FindingSeverity::messages(found));
    }
    case SeverityRole:
        return FindingSeverity::worst(rowFindings(index.row()));
    case SubnetIdRole:
        return id;
    case IssueCodesRole:
        return FindingSeverity::codes(rowFindings(index.row()));
    default:
        return {};
    }
}

QVariant NicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return ModelsTr::tr("NIC %1").arg(section + 1);
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return ModelsTr::tr("Subnet");
    return QAbstractListModel::headerData(section, orientation, role);
}

Qt::ItemFlags NicsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void NicsModel::addSubnet(const QString &subnetId)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(subnetId);
    endInsertRows();
    m_request->setNics(m_ids);
}

bool NicsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_ids.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_ids.remove(row, count);
    endRemoveRows();
    m_request->setNics(m_ids);
    return true;
}

bool NicsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                         const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_ids.size() || destinationChild < 0 || destinationChild > m_ids.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow, destinationParent, destinationChild))
        return false;
    const QString id = m_ids.takeAt(sourceRow);
    m_ids.insert(destinationChild > sourceRow ? destinationChild - 1 : destinationChild, id);
    endMoveRows();
    m_request->setNics(m_ids);
    // Findings are per position ("nics[1]"): they move with the rows they name.
    refreshAll();
    return true;
}

void NicsModel::syncFromRequest()
{
    const QStringList ids = m_request->nics();
    if (ids == m_ids)
        return;
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void NicsModel::refreshAll()
{
    m_findings = m_request->findingsUnder({QStringLiteral("nics")});
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace wsc
