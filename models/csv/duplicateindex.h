#pragma once

#include <QList>
#include <QStringView>

#include <vector>

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
        for (const int head : m_slots) {
            if (head >= 0 && m_rows[size_t(head)].previous >= 0)
                visit(chain(head));
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
    std::vector<int> m_slots; ///< the last row of each value, -1 = free
    qsizetype m_used = 0;
};
