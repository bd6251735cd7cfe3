#pragma once

#include "models/csv/csvissue.h"
#include "models/csv/userimportresult.h"
#include "models/csv/userimportrow.h"
#include "models/csv/userimportrows.h"
#include "models/csv/userimportvalidator.h"
#include "models/domain/desktopitem.h"
#include "models/rules/validationcontext.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace wsc {

/**
 * The users of a CSV import (or typed in the wizard) as an editable table: one row per desktop,
 * one column per field, each cell carrying its findings. Editing a cell re-checks that row and
 * the file-level uniqueness rules at once. Colours and icons are added by the UI layer from
 * SeverityRole.
 */
class ImportedUsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: Severity of the cell (or row, in the header)
        IssueCodesRole,                  ///< QStringList: rule codes of the cell's issues
        LineRole,                        ///< int: source line of the row (0: added by hand)
        ColumnNameRole,                  ///< QString: canonical field name of the column
    };
    Q_ENUM(Role)

    explicit ImportedUsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Inserts empty rows (line 0), checked at once (they need at least a user name). */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /**
     * Takes the rows, their issues and the file-level issues of a finished import, and adopts
     * the import's duplicate index when it still fits the rows (else indexes them again).
     */
    void setImport(UserImportResult &&result);
    /** As above, from a copy (the rows are implicitly shared: nothing is copied deeply). */
    void setImport(const UserImportResult &result);
    /** Replaces the rows with @p items (lines: source line per item, or empty) and checks them. */
    void setRows(const QList<DesktopItem> &items, const QList<int> &lines = {});
    /**
     * Replaces the rows with those of @p rows (lines, cells and extra fields; the storage is
     * shared, not copied) and checks them. Their reading and duplicate findings are dropped;
     * their rule findings are kept when they were made under @p checkedAgainst and that equals
     * context() (a million rows are then not checked again), else the rows are checked anew.
     */
    void setRows(const UserImportRows &rows, const ValidationContext *checkedAgainst = nullptr);
    /** Appends one row and checks it; returns its row number. */
    int appendRow(const DesktopItem &item, int line = 0);
    void clear();

    /** The rules to check against; re-checks every row. */
    void setContext(const ValidationContext &context);
    ValidationContext context() const { return m_validator.context(); }

    QList<DesktopItem> rows() const;
    DesktopItem item(int row) const;
    int sourceLine(int row) const;
    /** The rows without errors (warnings allowed) and their source lines. */
    QList<DesktopItem> validRows(QList<int> *lines = nullptr) const;
    /**
     * The same rows kept compactly, with their rule findings (warnings) and no other issue,
     * sharing this table's text: what a big import hands on.
     */
    UserImportRows validTable() const;
    /** Every row, compactly (shares the model's storage until either changes). */
    const UserImportRows &table() const { return m_rows; }

    // Kept up to date row by row: the summary asks after every edit, and counting 100 000 rows
    // three times on the GUI thread was a visible part of applying an import.
    int validCount() const { return int(m_rows.size()) - m_invalidRows; }
    int invalidCount() const { return m_invalidRows; }
    int warningCount() const { return m_rowWarnings + m_fileWarnings; } ///< rows' and file's
    bool rowHasErrors(int row) const;
    CsvIssues rowIssues(int row) const;
    CsvIssues fileIssues() const { return m_fileIssues; }

    /** Canonical field of @p column ("user_name", ...), and the reverse (-1 when unknown). */
    QString columnName(int column) const;
    int columnOf(const QString &name) const;

signals:
    /** Issues of some rows or of the file changed; counts may have changed too. */
    void issuesChanged();

private:
    /** What a row adds to the counts: whether it has an error, and its warnings. */
    struct RowTally
    {
        bool error = false;
        int warnings = 0;
    };
    RowTally tallyOf(int row) const;
    /** Recounts every row (after a reset or a change of many rows). */
    void recount();
    /** Updates the counts for row @p row after its issues changed. */
    void retally(int row);
    /** Empties the rows and the index; a big table is freed over the next event-loop turns. */
    void releaseRows();
    void releaseSlice();

    void recheckRow(int row);
    void recheckAll();
    CsvIssues cellIssues(int row, const QString &column) const;
    static Severity worst(const CsvIssues &issues);

    QStringList m_columns;
    UserImportRows m_rows; ///< compact: cells are read from shared text, display strings built here
    CsvIssues m_fileIssues;
    UserImportValidator m_validator;
    QList<UserImportRows> m_released; ///< replaced tables whose issues are freed a slice per turn
    QTimer m_releaseTimer;
    QList<RowTally> m_tallies; ///< per row, what it adds to the counts below
    int m_invalidRows = 0;
    int m_rowWarnings = 0;
    int m_fileWarnings = 0;
};

} // namespace wsc
