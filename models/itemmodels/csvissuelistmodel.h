#pragma once

#include "models/csv/csvissue.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace wsc {

class ImportedUsersModel;

/**
 * The issues of an ImportedUsersModel as a flat list (line, column, message), file-level issues
 * first, kept in step with every edit. Each entry knows its row in the users model, so a view can
 * jump from an issue to its cell.
 */
class CsvIssueListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, FieldColumn, MessageColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: Severity
        ModelRowRole,                    ///< int: row in the users model; -1 for the file
        ColumnNameRole,                  ///< QString: canonical field, or empty
        CodeRole,                        ///< QString: rule code
    };
    Q_ENUM(Role)

    explicit CsvIssueListModel(QObject *parent = nullptr);

    void setSourceModel(ImportedUsersModel *model);
    ImportedUsersModel *sourceModel() const { return m_source; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    CsvIssue issue(int row) const;
    int modelRow(int row) const; ///< row in the users model, or -1

private:
    struct Entry
    {
        int modelRow = -1;
        CsvIssue issue;
    };

    void rebuild();

    QPointer<ImportedUsersModel> m_source;
    QList<Entry> m_entries;
};

} // namespace wsc
