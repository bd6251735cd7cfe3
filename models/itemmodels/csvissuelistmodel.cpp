#include "csvissuelistmodel.h"

#include "importedusersmodel.h"

#include "models/csv/userimport.h"
#include "models/i18n/modelstr.h"

namespace wsc {

CsvIssueListModel::CsvIssueListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvIssueListModel::setSourceModel(ImportedUsersModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (m_source) {
        connect(m_source, &ImportedUsersModel::issuesChanged, this, &CsvIssueListModel::rebuild);
        connect(m_source, &QAbstractItemModel::modelReset, this, &CsvIssueListModel::rebuild);
        connect(m_source, &QObject::destroyed, this, &CsvIssueListModel::rebuild);
    }
    rebuild();
}

void CsvIssueListModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    if (m_source) {
        for (const CsvIssue &issue : m_source->fileIssues())
            m_entries.append({-1, issue});
        const int rows = m_source->rowCount();
        for (int r = 0; r < rows; ++r) {
            for (const CsvIssue &issue : m_source->rowIssues(r))
                m_entries.append({r, issue});
        }
    }
    endResetModel();
}

int CsvIssueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CsvIssueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvIssueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            if (entry.issue.line > 0)
                return entry.issue.line;
            return entry.modelRow >= 0 ? QStringLiteral("+") : QString();
        case FieldColumn:
            return entry.issue.column.isEmpty() ? QString()
                                                : UserImport::fieldTitle(entry.issue.column);
        case MessageColumn:
            return entry.issue.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return entry.issue.message;
    case Qt::AccessibleTextRole:
        return entry.issue.line > 0
                       ? ModelsTr::tr("Line %1: %2").arg(entry.issue.line).arg(entry.issue.message)
                       : entry.issue.message;
    case SeverityRole:
        return int(entry.issue.isError() ? Severity::Error : Severity::Warning);
    case ModelRowRole:
        return entry.modelRow;
    case ColumnNameRole:
        return entry.issue.column;
    case CodeRole:
        return entry.issue.code;
    default:
        return {};
    }
}

QVariant CsvIssueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return ModelsTr::tr("Line");
    case FieldColumn:
        return ModelsTr::tr("Column");
    case MessageColumn:
        return ModelsTr::tr("Problem");
    default:
        return {};
    }
}

CsvIssue CsvIssueListModel::issue(int row) const
{
    return m_entries.value(row).issue;
}

int CsvIssueListModel::modelRow(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).modelRow : -1;
}

} // namespace wsc
