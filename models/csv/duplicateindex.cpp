#include "duplicateindex.h"

#include <QChar>

#include <algorithm>

namespace wsc {

quint32 DuplicateIndex::hash(QStringView text)
{
    // FNV-1a over case-folded UTF-16 units, ASCII folded inline (the common case).
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u += 32;
        } else {
            u = c.toCaseFolded().unicode();
        }
        h = (h ^ u) * 16777619u;
    }
    return h;
}

QStringView DuplicateIndex::value(int row) const
{
    const Row &r = m_rows[size_t(row)];
    return QStringView(m_text.data() + r.offset, qsizetype(r.length));
}

qsizetype DuplicateIndex::findSlot(QStringView value, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[size_t(i)];
        if (slot.row < 0)
            return i;
        if (slot.hash == hash && this->value(slot.row).compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
}

void DuplicateIndex::grow()
{
    const size_t size = std::max<size_t>(1024, m_slots.size() * 2);
    std::vector<Slot> old(size);
    old.swap(m_slots);
    const qsizetype mask = qsizetype(size) - 1;
    for (const Slot &slot : old) {
        if (slot.row < 0)
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (m_slots[size_t(i)].row >= 0)
            i = (i + 1) & mask;
        m_slots[size_t(i)] = slot;
    }
}

void DuplicateIndex::add(QStringView value)
{
    const int row = int(m_rows.size());
    Row r;
    if (value.isEmpty()) {
        m_rows.push_back(r);
        return;
    }
    r.offset = quint32(m_text.size());
    r.length = quint32(value.size());
    r.hash = hash(value);
    m_text.insert(m_text.end(), value.utf16(), value.utf16() + value.size());
    if ((m_used + 1) * 2 > qsizetype(m_slots.size()))
        grow();
    const qsizetype slot = findSlot(value, r.hash);
    if (m_slots[size_t(slot)].row >= 0) {
        r.previous = m_slots[size_t(slot)].row;
    } else {
        ++m_used;
    }
    m_slots[size_t(slot)] = {row, r.hash};
    m_rows.push_back(r);
}

QList<int> DuplicateIndex::chain(int head) const
{
    QList<int> rows;
    for (int r = head; r >= 0; r = m_rows[size_t(r)].previous)
        rows.append(r);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<int> DuplicateIndex::group(int row) const
{
    const QStringView v = value(row);
    if (v.isEmpty() || m_slots.empty())
        return {};
    const int head = m_slots[size_t(findSlot(v, m_rows[size_t(row)].hash))].row;
    if (m_rows[size_t(head)].previous < 0)
        return {};
    return chain(head);
}

} // namespace wsc
