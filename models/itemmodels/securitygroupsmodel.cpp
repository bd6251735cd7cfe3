#include "securitygroupsmodel.h"

#include "createrequestmodel.h"

#include "models/i18n/modelstr.h"
#include "models/rules/findingseverity.h"

namespace wsc {

SecurityGroupsModel::SecurityGroupsModel(CreateRequestModel *request, QObject *parent)
    : QAbstractListModel(parent)
    , m_request(request)
{
    connect(m_request, &CreateRequestModel::catalogChanged, this, &SecurityGroupsModel::rebuild);
    connect(m_request, &CreateRequestModel::changed, this, &SecurityGroupsModel::onChanged);
    connect(m_request, &CreateRequestModel::findingsChanged, this,
            &SecurityGroupsModel::refreshChecks);
    rebuild();
}

int SecurityGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SecurityGroupsModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

QVariant SecurityGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &id = m_ids.at(index.row());
    const auto group = m_request->securityGroup(id);
    const int position = int(m_selected.indexOf(id));
    Findings found;
    if (position >= 0) {
        const QString path = QStringLiteral("security_groups[%1]").arg(position);
        for (const Finding &f : m_findings) {
            if (f.path == path || f.path.startsWith(path + QLatin1Char('.')))
                found.append(f);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!group)
            return id;
        if (group->description.isEmpty())
            return group->name;
        //: A security group in the list: "name — description".
        return ModelsTr::tr("%1 — %2").arg(group->name, group->description);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return found.isEmpty() ? QVariant(id) : QVariant(FindingSeverity::messages(found));
    case Qt::CheckStateRole:
        return position >= 0 ? Qt::Checked : Qt::Unchecked;
    case SeverityRole:
        return FindingSeverity::worst(found);
    case GroupIdRole:
        return id;
    default:
        return {};
    }
}

bool SecurityGroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &id = m_ids.at(index.row());
    QStringList selected = m_request->securityGroups();
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == selected.contains(id))
        return true;
    // More than MaxGroups is not refused here: the rule says so next to the list, which
    // tells people why better than a box that silently will not tick.
    if (check)
        selected.append(id);
    else
        selected.removeAll(id);
    m_request->setSecurityGroups(selected);
    return true;
}

Qt::ItemFlags SecurityGroupsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
           | Qt::ItemNeverHasChildren;
}

void SecurityGroupsModel::rebuild()
{
    QStringList ids;
    for (const SecurityGroupInfo &g : m_request->securityGroupCatalog())
        ids.append(g.id);
    for (const QString &id : m_request->securityGroups()) {
        if (!ids.contains(id))
            ids.append(id);
    }
    m_selected = m_request->securityGroups();
    m_findings = m_request->findingsUnder({QStringLiteral("security_groups")});
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void SecurityGroupsModel::onChanged()
{
    const QStringList selected = m_request->securityGroups();
    if (selected == m_selected)
        return;
    for (const QString &id : selected) {
        if (!m_ids.contains(id)) {
            rebuild(); // an id the catalog does not know: it needs a row
            return;
        }
    }
    m_selected = selected;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void SecurityGroupsModel::refreshChecks()
{
    m_findings = m_request->findingsUnder({QStringLiteral("security_groups")});
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace wsc
