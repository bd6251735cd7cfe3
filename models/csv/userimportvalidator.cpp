#include "userimportvalidator.h"

#include "duplicateindex.h"

#include "models/i18n/modelstr.h"
#include "models/rules/createrules.h"

#include <algorithm>
#include <numeric>

namespace wsc {

namespace {

/** Rows are checked one by one, so every finding path starts with this one item path. */
const QString &itemPath()
{
    static const QString path = QStringLiteral("desktops[0]");
    return path;
}

QString columnOf(const QString &path)
{
    const QString &prefix = itemPath();
    if (path.size() > prefix.size() + 1 && path.startsWith(prefix)
        && path.at(prefix.size()) == QLatin1Char('.')) {
        return path.mid(prefix.size() + 1);
    }
    return {};
}

/**
 * How a message names a row: by its place in the table, which every row has whether it was
 * read from a file, pasted or typed, and by its line in the file when it has one.
 */
QString rowReference(int row, int line)
{
    return line > 0 ? ModelsTr::tr("row %1 (line %2 of the file)").arg(row + 1).arg(line)
                    : ModelsTr::tr("row %1").arg(row + 1);
}

/**
 * "row 7", "row 7 and row 9 (line 10 of the file)", "row 7, row 9, row 12 and 3 more rows":
 * the other rows of a duplicate group, from the first (up to three) of them and their count.
 */
QString otherRows(const QList<QPair<int, int>> &others, int otherCount)
{
    QStringList refs;
    for (const auto &[row, line] : others) {
        if (refs.size() == 3)
            break;
        refs.append(rowReference(row, line));
    }
    const int more = otherCount - int(refs.size());
    if (more > 0)
        return ModelsTr::tr("%1 and %n more row(s)", nullptr, more)
                .arg(refs.join(ModelsTr::tr(", ")));
    if (refs.size() == 1)
        return refs.constFirst();
    const QString last = refs.takeLast();
    return ModelsTr::tr("%1 and %2").arg(refs.join(ModelsTr::tr(", ")), last);
}

quint32 exactHash(QStringView value)
{
    return quint32(qHash(value, 0));
}

} // namespace

UserImportValidator::UserImportValidator(const ValidationContext &context)
    : m_context(context)
{}

CsvIssues UserImportValidator::checkRow(const DesktopItem &item, int line) const
{
    Findings findings;
    CreateRules::checkDesktopItem(item, itemPath(), m_context, findings);
    CsvIssues issues;
    issues.reserve(findings.size());
    for (const Finding &f : findings)
        issues.append({line, columnOf(f.path), f.code, f.severity, f.message});
    return issues;
}

void UserImportValidator::ColumnIndex::build(const UserImportRows &rows)
{
    const qsizetype n = rows.size();
    folded = QList<quint32>(n);
    exact = QList<quint32>(n);
    prev = QList<int>(n, -1);
    next = QList<int>(n, -1);
    count = QList<int>(n, 0);
    // At most one value per row: sized once, never grown while building.
    qsizetype capacity = 1024;
    while (capacity < 2 * n)
        capacity *= 2;
    heads = QList<Slot>(capacity);
    used = 0;
    for (int r = 0; r < n; ++r)
        hashRow(rows, r);
    // The hashes are known ahead, so each row's slot is fetched while earlier rows are linked:
    // at a million rows the table is far bigger than the cache, and a probe a cache miss.
    constexpr int Ahead = 16;
    const qsizetype mask = capacity - 1;
    for (int r = 0; r < n; ++r) {
        if (r + Ahead < n)
            __builtin_prefetch(heads.constData() + (qsizetype(folded.at(r + Ahead)) & mask));
        link(rows, r, nullptr);
    }
}

bool UserImportValidator::ColumnIndex::matches(const UserImportRows &rows, int row) const
{
    // The exact hash alone: equal values fold alike, and it is the cheaper one to compute.
    return exact.at(row) == exactHash(rows.fieldView(row, field));
}

int UserImportValidator::ColumnIndex::headOf(const UserImportRows &rows, int row) const
{
    return heads.at(findSlot(rows, rows.fieldView(row, field), folded.at(row))).row;
}

qsizetype UserImportValidator::ColumnIndex::findSlot(const UserImportRows &rows, QStringView value,
                                                     quint32 hash) const
{
    const qsizetype mask = heads.size() - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot slot = heads.at(i);
        if (slot.row < 0)
            return i;
        if (slot.hash == hash
            && rows.fieldView(slot.row, field).compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
}

void UserImportValidator::ColumnIndex::grow()
{
    const qsizetype size = std::max<qsizetype>(1024, heads.size() * 2);
    QList<Slot> old(size);
    old.swap(heads);
    const qsizetype mask = size - 1;
    for (const Slot &slot : std::as_const(old)) {
        if (slot.row < 0)
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (heads.at(i).row >= 0)
            i = (i + 1) & mask;
        heads[i] = slot;
    }
}

void UserImportValidator::ColumnIndex::eraseSlot(qsizetype slot)
{
    // Linear probing: later entries of the same run move back into the hole.
    const qsizetype mask = heads.size() - 1;
    qsizetype hole = slot;
    heads[hole] = Slot();
    for (qsizetype j = (hole + 1) & mask;; j = (j + 1) & mask) {
        const Slot slot = heads.at(j);
        if (slot.row < 0)
            return;
        const qsizetype ideal = qsizetype(slot.hash) & mask;
        const bool stays = hole <= j ? (ideal > hole && ideal <= j) : (ideal > hole || ideal <= j);
        if (!stays) {
            heads[hole] = slot;
            heads[j] = Slot();
            hole = j;
        }
    }
}

void UserImportValidator::ColumnIndex::insert(const UserImportRows &rows, int row,
                                              QList<int> *touched)
{
    hashRow(rows, row);
    link(rows, row, touched);
}

void UserImportValidator::ColumnIndex::hashRow(const UserImportRows &rows, int row)
{
    const QStringView value = rows.fieldView(row, field);
    folded[row] = DuplicateIndex::hash(value);
    exact[row] = exactHash(value);
    prev[row] = -1;
    next[row] = -1;
    count[row] = 0;
}

void UserImportValidator::ColumnIndex::link(const UserImportRows &rows, int row,
                                            QList<int> *touched)
{
    const QStringView value = rows.fieldView(row, field);
    const quint32 hash = folded.at(row);
    // Values are trimmed when read and when typed, so they are indexed as they are.
    if (value.isEmpty())
        return;
    if ((used + 1) * 2 > heads.size())
        grow();
    const qsizetype slot = findSlot(rows, value, hash);
    const int head = heads.at(slot).row;
    if (head < 0) {
        heads[slot] = {row, hash};
        prev[row] = row;
        count[row] = 1;
        ++used;
        return;
    }
    if (touched) {
        for (int r = head; r >= 0; r = next.at(r))
            touched->append(r);
    }
    ++count[head];
    if (row < head) {
        prev[row] = prev.at(head);
        next[row] = head;
        prev[head] = row;
        count[row] = count.at(head);
        count[head] = 0;
        heads[slot].row = row;
        return;
    }
    // Rows are mostly added in order (all of them, when building): after the last, at once.
    int p = prev.at(head);
    if (p > row) {
        p = head;
        while (next.at(p) >= 0 && next.at(p) < row)
            p = next.at(p);
    }
    const int n = next.at(p);
    next[p] = row;
    prev[row] = p;
    next[row] = n;
    if (n >= 0)
        prev[n] = row;
    else
        prev[head] = row;
}

void UserImportValidator::ColumnIndex::remove(const UserImportRows &rows, int row,
                                              QList<int> &touched)
{
    Q_UNUSED(rows);
    if (!indexed(row))
        return;
    // The row's value has changed already: its group is found through its neighbours.
    int head = row;
    while (!isHead(head))
        head = prev.at(head);
    const qsizetype mask = heads.size() - 1;
    qsizetype slot = qsizetype(folded.at(head)) & mask;
    while (heads.at(slot).row != head)
        slot = (slot + 1) & mask;
    for (int r = head; r >= 0; r = next.at(r)) {
        if (r != row)
            touched.append(r);
    }
    if (row == head) {
        const int n = next.at(row);
        if (n < 0) {
            eraseSlot(slot);
            --used;
        } else {
            prev[n] = prev.at(row);
            count[n] = count.at(row) - 1;
            heads[slot].row = n;
        }
    } else {
        const int p = prev.at(row);
        const int n = next.at(row);
        next[p] = n;
        if (n >= 0)
            prev[n] = p;
        else
            prev[head] = p;
        --count[head];
    }
    prev[row] = -1;
    next[row] = -1;
    count[row] = 0;
}

void UserImportValidator::indexAll(UserImportRows &rows)
{
    m_computers.build(rows);
    m_users.build(rows);
    rows.clearDuplicateIssues();
    // Walk the groups rather than look every row up again: most values are unique. A group is
    // found at its first row in one sequential pass over the rows (a pass over the table's
    // slots would read each head's count at random: a cache miss a value at a million rows).
    for (const ColumnIndex *index : {&m_computers, &m_users}) {
        const int n = int(index->rowCount());
        for (int head = 0; head < n; ++head) {
            if (!index->isHead(head) || index->count.at(head) < 2)
                continue;
            for (int r = head; r >= 0; r = index->next.at(r))
                rows.appendDuplicateIssue(r, duplicateIssue(rows, *index, head, r));
        }
    }
}

void UserImportValidator::indexAll(QList<UserImportRow> &rows)
{
    UserImportRows compact(rows);
    indexAll(compact);
    for (qsizetype r = 0; r < rows.size(); ++r)
        rows[r].duplicateIssues = compact.duplicateIssues(r);
}

bool UserImportValidator::indexes(const UserImportRows &rows) const
{
    if (m_computers.rowCount() != rows.size() || m_users.rowCount() != rows.size())
        return false;
    // Hashing the two names of every row is far cheaper than indexing them again.
    for (int r = 0; r < rows.size(); ++r) {
        if (!m_computers.matches(rows, r) || !m_users.matches(rows, r))
            return false;
    }
    return true;
}

bool UserImportValidator::indexes(const QList<UserImportRow> &rows) const
{
    return indexes(UserImportRows(rows));
}

QList<int> UserImportValidator::reindexRow(UserImportRows &rows, int row)
{
    if (m_computers.rowCount() != rows.size()) {
        // Rows were added or removed since the last full index: positions shifted.
        indexAll(rows);
        QList<int> all(rows.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<int> touched{row};
    for (ColumnIndex *index : {&m_computers, &m_users}) {
        if (index->matches(rows, row))
            continue;
        index->remove(rows, row, touched);
        index->insert(rows, row, &touched);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const int r : std::as_const(touched))
        setDuplicateIssues(rows, r);
    return touched;
}

QList<int> UserImportValidator::reindexRow(QList<UserImportRow> &rows, int row)
{
    UserImportRows compact(rows);
    const QList<int> touched = reindexRow(compact, row);
    for (const int r : touched)
        rows[r].duplicateIssues = compact.duplicateIssues(r);
    return touched;
}

CsvIssue UserImportValidator::computerDuplicateIssue(int line, const QString &value,
                                                     const QList<QPair<int, int>> &others,
                                                     int otherCount)
{
    return {line, QStringLiteral("computer_name"), QStringLiteral("computer_name.duplicate"),
            Severity::Error,
            ModelsTr::tr("Computer name “%1” is also used on %2; computer names must be unique "
                         "(upper and lower case count as the same).")
                    .arg(value, otherRows(others, otherCount))};
}

CsvIssue UserImportValidator::userDuplicateIssue(int line, const QString &value,
                                                 const QList<QPair<int, int>> &others,
                                                 int otherCount)
{
    return {line, QStringLiteral("user_name"), QStringLiteral("user_name.duplicate"),
            Severity::Warning,
            ModelsTr::tr("User “%1” is also on %2: this user will get several desktops.")
                    .arg(value, otherRows(others, otherCount))};
}

CsvIssue UserImportValidator::duplicateIssue(const UserImportRows &rows, const ColumnIndex &index,
                                             int head, int row)
{
    QList<QPair<int, int>> others;
    for (int r = head; r >= 0 && others.size() < 3; r = index.next.at(r)) {
        if (r != row)
            others.append({r, rows.line(r)});
    }
    const int otherCount = index.count.at(head) - 1;
    const QString value = rows.field(row, index.field);
    return index.field == UserImportRows::ComputerName
                   ? computerDuplicateIssue(rows.line(row), value, others, otherCount)
                   : userDuplicateIssue(rows.line(row), value, others, otherCount);
}

void UserImportValidator::setDuplicateIssues(UserImportRows &rows, int row) const
{
    CsvIssues issues;
    for (const ColumnIndex *index : {&m_computers, &m_users}) {
        if (!index->indexed(row))
            continue;
        const int head = index->headOf(rows, row);
        if (index->count.at(head) > 1)
            issues.append(duplicateIssue(rows, *index, head, row));
    }
    rows.setDuplicateIssues(row, issues);
}

} // namespace wsc
