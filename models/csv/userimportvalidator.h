#pragma once

#include "csvissue.h"
#include "userimportrow.h"

#include "models/domain/desktopitem.h"
#include "models/rules/validationcontext.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVarLengthArray>

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
    void indexAll(QList<UserImportRow> &rows);
    /**
     * Whether the index was built over @p rows as they are now (same number of rows, same
     * computer and user names), so that it can be adopted instead of rebuilt.
     */
    bool indexes(const QList<UserImportRow> &rows) const;
    /**
     * Re-indexes row @p row after its item changed and refreshes the duplicateIssues of every row
     * whose status may have changed; returns those rows (including @p row).
     */
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
     * A value compared and hashed without regard to case, without building a folded copy:
     * 100 000 rows would otherwise allocate 200 000 strings just to be compared.
     */
    struct FoldedKey
    {
        FoldedKey() = default;
        explicit FoldedKey(const QString &value)
            : text(value)
            , folded(hash(value))
        {}
        QString text;
        size_t folded = 0; ///< hash of the case-folded text, computed once

        static size_t hash(const QString &text) noexcept;
        // QHash compares keys while probing: the cached hash settles almost every comparison.
        friend bool operator==(const FoldedKey &a, const FoldedKey &b)
        {
            return a.folded == b.folded && a.text.compare(b.text, Qt::CaseInsensitive) == 0;
        }
        friend size_t qHash(const FoldedKey &key, size_t seed) noexcept
        {
            return key.folded ^ seed;
        }
    };
    /** Rows sharing one key, ascending; most keys have one row, stored without allocating. */
    using Group = QVarLengthArray<int, 1>;
    using Index = QHash<FoldedKey, Group>;
    struct Keys
    {
        FoldedKey computer;
        FoldedKey user;
    };

    void setDuplicateIssues(QList<UserImportRow> &rows, int row) const;
    static CsvIssue computerIssue(const QList<UserImportRow> &rows, const Group &group, int row);
    static CsvIssue userIssue(const QList<UserImportRow> &rows, const Group &group, int row);
    static void move(Index &index, FoldedKey &oldKey, const QString &newValue, int row,
                     QList<int> &touched);

    ValidationContext m_context;
    QList<Keys> m_keys; ///< per row, the keys it is indexed under
    Index m_computers;  ///< computer_name (any case) -> rows
    Index m_users;      ///< user_name (any case) -> rows
};
