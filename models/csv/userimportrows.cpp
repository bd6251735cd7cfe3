#include "userimportrows.h"

#include <algorithm>
#include <limits>

namespace wsc {

namespace {

const CsvIssues &noIssues()
{
    static const CsvIssues none;
    return none;
}

UserImportRows::Cells cellsOf(const DesktopItem &item)
{
    return {item.userName,  item.userEmail,    item.userPhone,
            item.userGroup, item.computerName, item.desktopNamePrefix};
}

} // namespace

bool UserImportRows::Extra::isEmpty() const
{
    return readIssues.isEmpty() && ruleIssues.isEmpty() && duplicateIssues.isEmpty() && !extras;
}

UserImportRows::UserImportRows(const QList<UserImportRow> &rows)
{
    reserve(rows.size());
    for (const UserImportRow &row : rows)
        append(row);
}

UserImportRows UserImportRows::fromItems(const QList<DesktopItem> &items, const QList<int> &lines)
{
    UserImportRows rows;
    rows.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        UserImportRow row;
        row.line = lines.value(i);
        row.item = items.at(i);
        rows.append(row);
    }
    return rows;
}

UserImportRow UserImportRows::at(qsizetype row) const
{
    UserImportRow out;
    const Row &r = m_cells.at(row);
    out.line = r.line;
    out.item = item(row);
    if (r.extra >= 0) {
        const Extra &extra = m_extras.at(r.extra);
        out.readIssues = extra.readIssues;
        out.ruleIssues = extra.ruleIssues;
        out.duplicateIssues = extra.duplicateIssues;
    }
    return out;
}

UserImportRow UserImportRows::value(qsizetype row) const
{
    return row >= 0 && row < size() ? at(row) : UserImportRow();
}

QList<UserImportRow> UserImportRows::toList() const
{
    QList<UserImportRow> rows;
    rows.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        rows.append(at(r));
    return rows;
}

QStringView UserImportRows::fieldView(qsizetype row, Field field) const
{
    const Row &r = m_cells.at(row);
    quint32 offset = r.offset;
    for (int f = 0; f < field; ++f)
        offset += r.length[f];
    return QStringView(m_text).mid(offset, r.length[field]);
}

DesktopItem UserImportRows::item(qsizetype row) const
{
    DesktopItem item;
    item.userName = field(row, UserName);
    item.userEmail = field(row, UserEmail);
    item.userPhone = field(row, UserPhone);
    item.userGroup = field(row, UserGroup);
    item.computerName = field(row, ComputerName);
    item.desktopNamePrefix = field(row, DesktopNamePrefix);
    const int extra = m_cells.at(row).extra;
    if (extra >= 0)
        item.extras = m_extras.at(extra).extras;
    return item;
}

const CsvIssues &UserImportRows::readIssues(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    return extra >= 0 ? m_extras.at(extra).readIssues : noIssues();
}

const CsvIssues &UserImportRows::ruleIssues(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    return extra >= 0 ? m_extras.at(extra).ruleIssues : noIssues();
}

const CsvIssues &UserImportRows::duplicateIssues(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    return extra >= 0 ? m_extras.at(extra).duplicateIssues : noIssues();
}

CsvIssues UserImportRows::issues(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    if (extra < 0)
        return {};
    const Extra &e = m_extras.at(extra);
    return e.readIssues + e.ruleIssues + e.duplicateIssues;
}

bool UserImportRows::hasIssues(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    if (extra < 0)
        return false;
    const Extra &e = m_extras.at(extra);
    return !e.readIssues.isEmpty() || !e.ruleIssues.isEmpty() || !e.duplicateIssues.isEmpty();
}

bool UserImportRows::hasErrors(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    if (extra < 0)
        return false;
    const Extra &e = m_extras.at(extra);
    for (const CsvIssues *list : {&e.readIssues, &e.ruleIssues, &e.duplicateIssues}) {
        for (const CsvIssue &issue : *list) {
            if (issue.isError())
                return true;
        }
    }
    return false;
}

int UserImportRows::warningCount(qsizetype row) const
{
    const int extra = m_cells.at(row).extra;
    if (extra < 0)
        return 0;
    const Extra &e = m_extras.at(extra);
    int count = 0;
    for (const CsvIssues *list : {&e.readIssues, &e.ruleIssues, &e.duplicateIssues}) {
        for (const CsvIssue &issue : *list)
            count += !issue.isError();
    }
    return count;
}

void UserImportRows::reserve(qsizetype rows)
{
    m_cells.reserve(rows);
}

UserImportRows::Row UserImportRows::makeRow(int line, const Cells &cells)
{
    Row r;
    r.line = line;
    qsizetype total = 0;
    for (const QStringView cell : cells)
        total += cell.size();
    // Offsets are 32-bit: files are refused above 256 MB, far below 4 G characters.
    Q_ASSERT(m_text.size() + total < qsizetype(std::numeric_limits<quint32>::max()));
    r.offset = quint32(m_text.size());
    // One resize a row (it grows the buffer geometrically), then plain copies: six appends cost
    // more in QString's checks than in copying the few characters of a cell.
    m_text.resize(m_text.size() + total);
    char16_t *out = reinterpret_cast<char16_t *>(m_text.data()) + r.offset;
    for (int f = 0; f < FieldCount; ++f) {
        const QStringView cell = cells[size_t(f)];
        r.length[f] = quint32(cell.size());
        std::copy_n(cell.utf16(), cell.size(), out);
        out += cell.size();
    }
    return r;
}

UserImportRows::Row UserImportRows::makeRow(const UserImportRow &row)
{
    Row r = makeRow(row.line, cellsOf(row.item));
    Extra extra{row.readIssues, row.ruleIssues, row.duplicateIssues, row.item.extras};
    if (!extra.isEmpty()) {
        if (!m_freeExtras.isEmpty()) {
            r.extra = m_freeExtras.takeLast();
            m_extras[r.extra] = std::move(extra);
        } else {
            r.extra = int(m_extras.size());
            m_extras.append(std::move(extra));
        }
    }
    return r;
}

void UserImportRows::append(const UserImportRow &row)
{
    m_cells.append(makeRow(row));
}

void UserImportRows::append(int line, const Cells &cells, const CsvIssues &readIssues)
{
    Row r = makeRow(line, cells);
    m_cells.append(r);
    if (!readIssues.isEmpty())
        extraFor(m_cells.size() - 1).readIssues = readIssues;
}

void UserImportRows::appendFrom(const UserImportRows &other, qsizetype row)
{
    // The cells are views into @p other's text, which growing this table's text would move.
    Q_ASSERT(&other != this);
    Cells cells;
    for (int f = 0; f < FieldCount; ++f)
        cells[size_t(f)] = other.fieldView(row, Field(f));
    m_cells.append(makeRow(other.line(row), cells));
    const int extra = other.m_cells.at(row).extra;
    if (extra >= 0 && other.m_extras.at(extra).extras)
        extraFor(m_cells.size() - 1).extras = other.m_extras.at(extra).extras;
}

UserImportRows UserImportRows::selected(const std::function<bool(qsizetype)> &keep,
                                        bool withRuleIssues) const
{
    UserImportRows out;
    out.m_text = m_text;
    out.m_deadText = m_deadText;
    out.m_cells.reserve(m_cells.size());
    for (qsizetype r = 0; r < m_cells.size(); ++r) {
        Row row = m_cells.at(r);
        if (!keep(r)) {
            // Its text stays in the shared buffer: dead, until an edit compacts the buffer.
            for (const quint32 length : row.length)
                out.m_deadText += length;
            continue;
        }
        const int extra = row.extra;
        row.extra = -1;
        out.m_cells.append(row);
        if (extra < 0)
            continue;
        const Extra &from = m_extras.at(extra);
        if (from.extras)
            out.extraFor(out.m_cells.size() - 1).extras = from.extras;
        if (withRuleIssues && !from.ruleIssues.isEmpty())
            out.extraFor(out.m_cells.size() - 1).ruleIssues = from.ruleIssues;
    }
    out.m_cells.squeeze();
    return out;
}

void UserImportRows::insert(qsizetype row, const UserImportRow &value)
{
    m_cells.insert(row, makeRow(value));
}

void UserImportRows::remove(qsizetype row, qsizetype count)
{
    for (qsizetype r = row; r < row + count; ++r) {
        const Row &cells = m_cells.at(r);
        for (const quint32 length : cells.length)
            m_deadText += length;
        if (cells.extra >= 0)
            freeExtra(cells.extra);
    }
    m_cells.remove(row, count);
    compactText();
}

void UserImportRows::clear()
{
    *this = UserImportRows();
}

void UserImportRows::setItem(qsizetype row, const DesktopItem &item)
{
    const Row old = m_cells.at(row);
    for (const quint32 length : old.length)
        m_deadText += length;
    Row r = makeRow(old.line, cellsOf(item));
    r.extra = old.extra;
    m_cells[row] = r;
    if (item.extras || r.extra >= 0) {
        extraFor(row).extras = item.extras;
        dropExtraIfEmpty(row);
    }
    compactText();
}

void UserImportRows::setIssues(qsizetype row, CsvIssues Extra::*list, const CsvIssues &issues)
{
    if (issues.isEmpty() && m_cells.at(row).extra < 0)
        return;
    extraFor(row).*list = issues;
    dropExtraIfEmpty(row);
}

void UserImportRows::setReadIssues(qsizetype row, const CsvIssues &issues)
{
    setIssues(row, &Extra::readIssues, issues);
}

void UserImportRows::setRuleIssues(qsizetype row, const CsvIssues &issues)
{
    setIssues(row, &Extra::ruleIssues, issues);
}

void UserImportRows::setDuplicateIssues(qsizetype row, const CsvIssues &issues)
{
    setIssues(row, &Extra::duplicateIssues, issues);
}

void UserImportRows::appendDuplicateIssue(qsizetype row, const CsvIssue &issue)
{
    extraFor(row).duplicateIssues.append(issue);
}

void UserImportRows::clearDuplicateIssues()
{
    for (qsizetype r = 0; r < m_cells.size(); ++r) {
        const int extra = m_cells.at(r).extra;
        if (extra >= 0 && !m_extras.at(extra).duplicateIssues.isEmpty()) {
            m_extras[extra].duplicateIssues.clear();
            dropExtraIfEmpty(r);
        }
    }
}

qsizetype UserImportRows::releaseExtras(qsizetype budget)
{
    m_cells.clear();
    m_freeExtras.clear();
    const qsizetype n = std::min(budget, m_extras.size());
    m_extras.resize(m_extras.size() - n); // destroys the last n, copies nothing when detached
    return m_extras.size();
}

UserImportRows::Extra &UserImportRows::extraFor(qsizetype row)
{
    Row &r = m_cells[row];
    if (r.extra < 0) {
        if (!m_freeExtras.isEmpty()) {
            r.extra = m_freeExtras.takeLast();
        } else {
            r.extra = int(m_extras.size());
            m_extras.append(Extra());
        }
    }
    return m_extras[r.extra];
}

void UserImportRows::dropExtraIfEmpty(qsizetype row)
{
    Row &r = m_cells[row];
    if (r.extra >= 0 && m_extras.at(r.extra).isEmpty()) {
        freeExtra(r.extra);
        r.extra = -1;
    }
}

void UserImportRows::freeExtra(int extra)
{
    m_extras[extra] = Extra();
    if (extra == m_extras.size() - 1)
        m_extras.removeLast();
    else
        m_freeExtras.append(extra);
}

void UserImportRows::compactText()
{
    if (m_deadText < (1 << 16) || m_deadText * 2 < m_text.size())
        return;
    QString text;
    text.reserve(m_text.size() - m_deadText);
    for (Row &r : m_cells) {
        qsizetype total = 0;
        for (const quint32 length : r.length)
            total += length;
        const quint32 offset = quint32(text.size());
        text.append(QStringView(m_text).mid(r.offset, total));
        r.offset = offset;
    }
    m_text = std::move(text);
    m_deadText = 0;
}

} // namespace wsc
