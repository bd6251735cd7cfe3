#pragma once

#include "createrequestmodel.h"

#include "models/rules/finding.h"
#include "models/rules/findingseverity.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace wsc {

/**
 * An editable table of one list of the request being created (its data disks, its tags), bound
 * to a CreateRequestModel: rows are added up to a limit and removed, edits go straight to the
 * request, and each cell carries the findings of its field (SeverityRole, tooltip) so that a
 * view can mark it at once.
 */
template<typename Item>
class RequestListModel : public QAbstractTableModel
{
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        IssueCodesRole,                  ///< QStringList: rule codes of the cell's findings
    };
    /** How the request's list is read and written. */
    using Getter = QList<Item> (CreateRequestModel::*)() const;
    using Setter = void (CreateRequestModel::*)(const QList<Item> &);

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    /** Adds newItem()s; refused beyond the limit. */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || row > m_items.size() || count < 1
            || m_items.size() + count > m_maxRows)
            return false;
        const Item item = newItem();
        beginInsertRows(parent, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_items.insert(row, item);
        endInsertRows();
        writeBack();
        return true;
    }
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_items.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_items.remove(row, count);
        endRemoveRows();
        writeBack();
        return true;
    }

    bool canAdd() const { return m_items.size() < m_maxRows; }
    /** The findings of one cell: those of its field and those of its whole row. */
    virtual Findings cellFindings(int row, int column) const = 0;

protected:
    /**
     * Shows the list that @p get reads from @p request (@p findingsPath: where its findings
     * are, e.g. "tags"); edits are written with @p set.
     */
    RequestListModel(CreateRequestModel *request, Getter get, Setter set,
                     const QString &findingsPath, int columns, int maxRows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_request(request)
        , m_items((request->*get)())
        , m_get(get)
        , m_set(set)
        , m_findingsPath(findingsPath)
        , m_columns(columns)
        , m_maxRows(maxRows)
    {
        connect(m_request, &CreateRequestModel::changed, this, &RequestListModel::syncFromRequest);
        connect(m_request, &CreateRequestModel::findingsChanged, this,
                &RequestListModel::onFindingsChanged);
        m_findings = m_request->findingsUnder({m_findingsPath});
    }

    /** What a new row holds. */
    virtual Item newItem() const { return Item(); }
    /** True for a cell of this table (not of another model, not below a row). */
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
    }
    /** A cell's findings for the roles that carry them (tooltip, severity, codes); else {}. */
    QVariant findingsData(const QModelIndex &index, int role) const
    {
        switch (role) {
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
    void writeBack() { (m_request->*m_set)(m_items); }

    CreateRequestModel *m_request;
    QList<Item> m_items;
    Findings m_findings; ///< the findings under the list, refreshed with the request's

private:
    void syncFromRequest()
    {
        const QList<Item> items = (m_request->*m_get)();
        if (items == m_items)
            return; // our own edit coming back
        beginResetModel();
        m_items = items;
        endResetModel();
    }
    void onFindingsChanged()
    {
        // Always refreshed: equal findings may still carry messages in another language.
        m_findings = m_request->findingsUnder({m_findingsPath});
        if (!m_items.isEmpty()) {
            emit dataChanged(
                    index(0, 0), index(rowCount() - 1, m_columns - 1),
                    {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, SeverityRole, IssueCodesRole});
        }
    }

    Getter m_get;
    Setter m_set;
    QString m_findingsPath;
    int m_columns;
    int m_maxRows;
};

} // namespace wsc
