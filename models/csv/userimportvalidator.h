#pragma once

#include "csvissue.h"
#include "userimportrow.h"
#include "userimportrows.h"

#include "models/domain/desktopitem.h"
#include "models/rules/validationcontext.h"

#include <QList>
#include <QPair>
#include <QString>

namespace wsc {

/**
 * Checks user-import rows: each row against the CreateDesktop rules (CreateRules) with the
 * findings mapped back to the row's line and column, and the file-level uniqueness rules
 * (computer_name: error; user_name: warning, a user may own several desktops), kept up to date
 * row by row as cells are edited.
 */
class UserImportValidator
{
public:
    explicit UserImportValidator(const ValidationContext &context = {});

    void setContext(const ValidationContext &context) { m_context = context; }
    ValidationContext context() const { return m_context; }

    /** The rule findings of one row, on @p line, with canonical column names. */
    CsvIssues checkRow(const DesktopItem &item, int line) const;

    /** Builds the uniqueness index over @p rows and sets every row's duplicateIssues. */
    void indexAll(UserImportRows &rows);
    void indexAll(QList<UserImportRow> &rows);
    /**
     * Whether the index was built over @p rows as they are now (same number of rows, same
     * computer and user names), so that it can be adopted instead of rebuilt.
     */
    bool indexes(const UserImportRows &rows) const;
    bool indexes(const QList<UserImportRow> &rows) const;
    /**
     * Re-indexes row @p row after its item changed and refreshes the duplicateIssues of every row
     * whose status may have changed; returns those rows (including @p row).
     */
    QList<int> reindexRow(UserImportRows &rows, int row);
    QList<int> reindexRow(QList<UserImportRow> &rows, int row);

    /**
     * The duplicate findings of a row on @p line with @p value, shared with the streaming
     * check: @p others are the first (up to three) other rows, each as its table row and its
     * file line (0 for a row added by hand), and @p otherCount how many other rows there are.
     */
    static CsvIssue computerDuplicateIssue(int line, const QString &value,
                                           const QList<QPair<int, int>> &others, int otherCount);
    static CsvIssue userDuplicateIssue(int line, const QString &value,
                                       const QList<QPair<int, int>> &others, int otherCount);

private:
    /**
     * Which rows share one column's value, ignoring case, without a copy of any value: per row
     * its hashes and its neighbours in the group of equal values (ascending), and an
     * open-addressing table of each group's first row. ~24 bytes a row, where a QHash of the
     * values cost ~100; values are compared in the rows themselves.
     */
    struct ColumnIndex
    {
        explicit ColumnIndex(UserImportRows::Field field)
            : field(field)
        {}
        UserImportRows::Field field;
        QList<quint32> folded; ///< per row: hash of the case-folded value
        QList<quint32> exact;  ///< per row: hash of the value as written (to tell edits)
        QList<int> prev;       ///< the group's previous row; for its first row, its last; -1: empty
        QList<int> next;       ///< the group's next row, -1 after the last
        QList<int> count;      ///< for a group's first row: the group's size
        /** A slot of the open-addressing table: a group's first row and its folded hash. */
        struct Slot
        {
            int row = -1; ///< -1 = free
            quint32 hash = 0;
        };
        /**
         * The first row of each value. The slot holds the hash too, so a probe reads only the
         * table: at a million rows, looking up the row's hash cost a cache miss per probe.
         */
        QList<Slot> heads;
        qsizetype used = 0;

        qsizetype rowCount() const { return folded.size(); }
        void build(const UserImportRows &rows);
        bool indexed(int row) const { return prev.at(row) >= 0; }
        bool isHead(int row) const { return prev.at(row) >= row; }
        int headOf(const UserImportRows &rows, int row) const;
        /** Whether the row's value is still the one indexed. */
        bool matches(const UserImportRows &rows, int row) const;
        qsizetype findSlot(const UserImportRows &rows, QStringView value, quint32 hash) const;
        void grow();
        void eraseSlot(qsizetype slot);
        /** Indexes @p row's value; @p touched (if given) receives the rows sharing it. */
        void insert(const UserImportRows &rows, int row, QList<int> *touched);
        /** The row's hashes, and the row unlinked; insert()'s first half. */
        void hashRow(const UserImportRows &rows, int row);
        /** Links the hashed row into its group; insert()'s second half. */
        void link(const UserImportRows &rows, int row, QList<int> *touched);
        void remove(const UserImportRows &rows, int row, QList<int> &touched);
    };

    void setDuplicateIssues(UserImportRows &rows, int row) const;
    static CsvIssue duplicateIssue(const UserImportRows &rows, const ColumnIndex &index, int head,
                                   int row);

    ValidationContext m_context;
    ColumnIndex m_computers{UserImportRows::ComputerName};
    ColumnIndex m_users{UserImportRows::UserName};
};

} // namespace wsc
