#pragma once

#include "csvissue.h"
#include "userimportrow.h"

#include "models/domain/desktopitem.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <iterator>

namespace wsc {

/**
 * The rows of a user import, stored compactly for files of a million rows: every cell's text in
 * one shared UTF-16 buffer (a row is its line, an offset and six lengths), issues and extra
 * fields only for the rows that have them. A row is built as a UserImportRow when asked for
 * (at(), iteration); the table model reads single cells without building anything.
 */
class UserImportRows
{
public:
    /** The fields of a row, in the order of UserImport::fields(). */
    enum Field { UserName, UserEmail, UserPhone, UserGroup, ComputerName, DesktopNamePrefix };
    static constexpr int FieldCount = 6;
    using Cells = std::array<QStringView, FieldCount>;

    /** Iterates the rows as UserImportRow values, built on the way. */
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = UserImportRow;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = UserImportRow;

        const_iterator(const UserImportRows *rows, qsizetype row)
            : m_rows(rows)
            , m_row(row)
        {}
        UserImportRow operator*() const { return m_rows->at(m_row); }
        const_iterator &operator++()
        {
            ++m_row;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_row == o.m_row; }
        bool operator!=(const const_iterator &o) const { return m_row != o.m_row; }

    private:
        const UserImportRows *m_rows;
        qsizetype m_row;
    };

    UserImportRows() = default;
    explicit UserImportRows(const QList<UserImportRow> &rows);
    /** Rows of @p items without issues, each with its line in @p lines (0 where missing). */
    static UserImportRows fromItems(const QList<DesktopItem> &items, const QList<int> &lines = {});

    qsizetype size() const { return m_cells.size(); }
    qsizetype count() const { return m_cells.size(); }
    bool isEmpty() const { return m_cells.isEmpty(); }
    UserImportRow at(qsizetype row) const;
    /** The row, or an empty one when @p row is out of range. */
    UserImportRow value(qsizetype row) const;
    UserImportRow constFirst() const { return at(0); }
    UserImportRow first() const { return at(0); }
    UserImportRow constLast() const { return at(size() - 1); }
    UserImportRow last() const { return at(size() - 1); }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    QList<UserImportRow> toList() const;

    int line(qsizetype row) const { return m_cells.at(row).line; }
    /** One cell, without copying (valid until the table changes). */
    QStringView fieldView(qsizetype row, Field field) const;
    QString field(qsizetype row, Field field) const { return fieldView(row, field).toString(); }
    DesktopItem item(qsizetype row) const;
    const CsvIssues &readIssues(qsizetype row) const;
    const CsvIssues &ruleIssues(qsizetype row) const;
    const CsvIssues &duplicateIssues(qsizetype row) const;
    /** Every issue of the row, reading problems first (as UserImportRow::issues()). */
    CsvIssues issues(qsizetype row) const;
    bool hasIssues(qsizetype row) const;
    bool hasErrors(qsizetype row) const;
    int warningCount(qsizetype row) const;

    void reserve(qsizetype rows);
    void append(const UserImportRow &row);
    /** Appends a row from its cells (any may be empty) and its reading problems. */
    void append(int line, const Cells &cells, const CsvIssues &readIssues = {});
    /** Appends row @p row of @p other: its line, cells and extra fields, not its issues. */
    void appendFrom(const UserImportRows &other, qsizetype row);
    /**
     * The rows for which @p keep(row) holds, with their lines and extra fields, and their rule
     * findings when @p withRuleIssues (never their reading or duplicate findings, which belong to
     * the table they came from). The text is shared, not copied: a million rows cost their
     * 36-byte entries.
     */
    UserImportRows selected(const std::function<bool(qsizetype)> &keep,
                            bool withRuleIssues = false) const;
    void insert(qsizetype row, const UserImportRow &value);
    void removeAt(qsizetype row) { remove(row, 1); }
    void remove(qsizetype row, qsizetype count);
    void clear();
    void setItem(qsizetype row, const DesktopItem &item);
    void setReadIssues(qsizetype row, const CsvIssues &issues);
    void setRuleIssues(qsizetype row, const CsvIssues &issues);
    void setDuplicateIssues(qsizetype row, const CsvIssues &issues);
    void appendDuplicateIssue(qsizetype row, const CsvIssue &issue);
    /** Clears the duplicate findings of every row. */
    void clearDuplicateIssues();

    /** Whether no copy shares the storage (freeing it then really frees memory). */
    bool isDetached() const { return m_cells.isDetached(); }
    /** Rows holding issues or extra fields: what freeing the table costs. */
    qsizetype extraCount() const { return m_extras.size() - m_freeExtras.size(); }
    /**
     * Frees up to @p budget rows' issues of a table being discarded (it is left unusable but
     * safe to destroy); returns how many are left, so a big table can be freed in slices.
     */
    qsizetype releaseExtras(qsizetype budget);

private:
    /** A row: 36 bytes, trivially copyable (the list grows by realloc, without copies). */
    struct Row
    {
        int line = 0;
        int extra = -1;     ///< index into m_extras; -1 = no issues and no extra fields
        quint32 offset = 0; ///< into m_text
        quint32 length[FieldCount] = {};
    };
    /** What few rows have: issues, and extra fields of items set from elsewhere. */
    struct Extra
    {
        CsvIssues readIssues;
        CsvIssues ruleIssues;
        CsvIssues duplicateIssues;
        QSharedDataPointer<DesktopItemExtras> extras;
        bool isEmpty() const;
    };

    Row makeRow(int line, const Cells &cells);
    Row makeRow(const UserImportRow &row);
    /** The row's Extra, created when missing. */
    Extra &extraFor(qsizetype row);
    void setIssues(qsizetype row, CsvIssues Extra::*list, const CsvIssues &issues);
    /** Drops the row's Extra when nothing is left in it. */
    void dropExtraIfEmpty(qsizetype row);
    void freeExtra(int extra);
    /** Rebuilds m_text without the text of replaced cells once that is most of it. */
    void compactText();

    QList<Row> m_cells;
    QString m_text;
    QList<Extra> m_extras;
    QList<int> m_freeExtras;
    qsizetype m_deadText = 0; ///< characters in m_text no row refers to any more
};

} // namespace wsc
