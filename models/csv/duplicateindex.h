#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace wsc {

/**
 * Which rows share a value, ignoring case, over millions of rows in little memory: the values
 * sit in one UTF-16 arena, an open-addressing table holds one row number per distinct value, and
 * the rows of one value are chained. About 20 bytes per row plus the text, against ~150 for a
 * QHash of QStrings; what the streaming check of a user CSV keeps of each row.
 */
class DuplicateIndex
{
public:
    /** Adds the next row's value (rows are numbered 0, 1, 2, ... in the order added). */
    void add(QStringView value);
    int rowCount() const { return int(m_rows.size()); }
    QStringView value(int row) const;
    /** The rows that share @p row's value, ascending; empty when it is unique or empty. */
    QList<int> group(int row) const;
    /** Calls @p visit(rows) for every value held by more than one row (rows ascending). */
    template<typename Visit>
    void forEachDuplicate(Visit visit) const
    {
        // A group is visited at its last row, found in sequential passes over the rows: a pass
        // over the slots would read each value's row at random, a cache miss a value.
        std::vector<bool> followed(m_rows.size(), false);
        for (const Row &r : m_rows) {
            if (r.previous >= 0)
                followed[size_t(r.previous)] = true;
        }
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].previous >= 0 && !followed[row])
                visit(chain(int(row)));
        }
    }

    /** Case-insensitive hash of @p text, as the comparison folds it. */
    static quint32 hash(QStringView text);

private:
    struct Row
    {
        quint32 offset = 0; ///< into m_text
        quint32 length = 0;
        quint32 hash = 0;
        int previous = -1; ///< the row before this one with the same value
    };

    QList<int> chain(int head) const;
    qsizetype findSlot(QStringView value, quint32 hash) const;
    void grow();

    std::vector<char16_t> m_text;
    std::vector<Row> m_rows;
    /** A slot of the table: the last row of a value and its hash (probes read no row). */
    struct Slot
    {
        int row = -1; ///< -1 = free
        quint32 hash = 0;
    };
    std::vector<Slot> m_slots;
    qsizetype m_used = 0;
};

} // namespace wsc
