#include "userimportvalidator.h"

#include "models/i18n/modelstr.h"
#include "models/rules/createrules.h"

#include <algorithm>
#include <numeric>

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

/** The table rows and file lines of the first three rows of @p group other than @p self. */
template<typename Group>
QList<QPair<int, int>> firstOthers(const QList<UserImportRow> &rows, const Group &group, int self)
{
    QList<QPair<int, int>> others;
    for (const int r : group) {
        if (r == self)
            continue;
        others.append({r, rows.at(r).line});
        if (others.size() == 3)
            break;
    }
    return others;
}

} // namespace

size_t UserImportValidator::FoldedKey::hash(const QString &text) noexcept
{
    // FNV-1a over case-folded UTF-16 units, ASCII folded inline (the common case).
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                u += 32;
        } else {
            u = c.toCaseFolded().unicode();
        }
        h = (h ^ u) * 1099511628211ULL;
    }
    return size_t(h ^ (h >> 32));
}

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

void UserImportValidator::indexAll(QList<UserImportRow> &rows)
{
    m_keys.clear();
    m_computers.clear();
    m_users.clear();
    m_keys.reserve(rows.size());
    m_computers.reserve(rows.size());
    m_users.reserve(rows.size());
    // Values are trimmed when read and when typed, so they are indexed as they are.
    for (int r = 0; r < rows.size(); ++r) {
        const DesktopItem &item = rows.at(r).item;
        Keys keys{FoldedKey(item.computerName), FoldedKey(item.userName)};
        if (!keys.computer.text.isEmpty())
            m_computers[keys.computer].append(r);
        if (!keys.user.text.isEmpty())
            m_users[keys.user].append(r);
        m_keys.append(std::move(keys));
    }
    // Walk the groups rather than look every row up again: most keys are unique, and a linear
    // pass over the table is far cheaper than 200 000 random lookups.
    for (UserImportRow &row : rows) {
        if (!row.duplicateIssues.isEmpty())
            row.duplicateIssues.clear();
    }
    for (auto it = m_computers.cbegin(); it != m_computers.cend(); ++it) {
        if (it->size() > 1) {
            for (const int r : *it)
                rows[r].duplicateIssues.append(computerIssue(rows, *it, r));
        }
    }
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it) {
        if (it->size() > 1) {
            for (const int r : *it)
                rows[r].duplicateIssues.append(userIssue(rows, *it, r));
        }
    }
}

bool UserImportValidator::indexes(const QList<UserImportRow> &rows) const
{
    if (m_keys.size() != rows.size())
        return false;
    // Comparing shared strings is mostly a pointer comparison: far cheaper than re-indexing.
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const DesktopItem &item = rows.at(r).item;
        const Keys &keys = m_keys.at(r);
        if (keys.computer.text != item.computerName || keys.user.text != item.userName)
            return false;
    }
    return true;
}

void UserImportValidator::move(Index &index, FoldedKey &oldKey, const QString &newValue, int row,
                               QList<int> &touched)
{
    if (oldKey.text == newValue)
        return;
    if (!oldKey.text.isEmpty()) {
        auto it = index.find(oldKey);
        if (it != index.end()) {
            Group &group = *it;
            group.erase(std::remove(group.begin(), group.end(), row), group.end());
            for (const int r : std::as_const(group))
                touched.append(r);
            if (group.isEmpty())
                index.erase(it);
        }
    }
    oldKey = FoldedKey(newValue);
    if (!newValue.isEmpty()) {
        Group &group = index[oldKey];
        for (const int r : std::as_const(group))
            touched.append(r);
        group.insert(std::lower_bound(group.begin(), group.end(), row), row);
    }
}

QList<int> UserImportValidator::reindexRow(QList<UserImportRow> &rows, int row)
{
    if (m_keys.size() != rows.size()) {
        // Rows were added or removed since the last full index: positions shifted.
        indexAll(rows);
        QList<int> all(rows.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<int> touched{row};
    const DesktopItem &item = rows.at(row).item;
    Keys &keys = m_keys[row];
    move(m_computers, keys.computer, item.computerName, row, touched);
    move(m_users, keys.user, item.userName, row, touched);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const int r : std::as_const(touched))
        setDuplicateIssues(rows, r);
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

CsvIssue UserImportValidator::computerIssue(const QList<UserImportRow> &rows, const Group &group,
                                            int row)
{
    const UserImportRow &target = rows.at(row);
    return computerDuplicateIssue(target.line, target.item.computerName,
                                  firstOthers(rows, group, row), int(group.size()) - 1);
}

CsvIssue UserImportValidator::userIssue(const QList<UserImportRow> &rows, const Group &group,
                                        int row)
{
    const UserImportRow &target = rows.at(row);
    return userDuplicateIssue(target.line, target.item.userName, firstOthers(rows, group, row),
                              int(group.size()) - 1);
}

void UserImportValidator::setDuplicateIssues(QList<UserImportRow> &rows, int row) const
{
    CsvIssues issues;
    const Keys &keys = m_keys.at(row);
    if (!keys.computer.text.isEmpty()) {
        const auto it = m_computers.constFind(keys.computer);
        if (it != m_computers.cend() && it->size() > 1)
            issues.append(computerIssue(rows, *it, row));
    }
    if (!keys.user.text.isEmpty()) {
        const auto it = m_users.constFind(keys.user);
        if (it != m_users.cend() && it->size() > 1)
            issues.append(userIssue(rows, *it, row));
    }
    rows[row].duplicateIssues = issues;
}
