#include "importedusersmodel.h"

#include "models/csv/userimport.h"
#include "models/i18n/modelstr.h"

#include <algorithm>

namespace wsc {

namespace {

/**
 * Replaced tables with issues on more rows than this are freed a slice per event-loop turn:
 * freeing 100 000 rows' issues (a million strings, in a file of garbage) at once takes 40-80 ms,
 * which the window would freeze for when a file is read again. The cells themselves are a few
 * big blocks, freed at once.
 */
constexpr qsizetype SlicedReleaseRows = 10000;
/** Rows' issues freed per turn: 2-3 ms. */
constexpr qsizetype ReleaseSlice = 4096;

UserImportRows::Field fieldOf(int column)
{
    return UserImportRows::Field(column);
}

} // namespace

ImportedUsersModel::ImportedUsersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(UserImport::fields())
{
    m_releaseTimer.setInterval(0);
    connect(&m_releaseTimer, &QTimer::timeout, this, &ImportedUsersModel::releaseSlice);
}

void ImportedUsersModel::releaseRows()
{
    // The index at once: a few flat arrays.
    m_validator = UserImportValidator(m_validator.context());
    m_tallies = QList<RowTally>();
    // Only a table no one else shares: freeing a shared one is only dropping a reference.
    if (m_rows.extraCount() > SlicedReleaseRows && m_rows.isDetached()) {
        m_released.append(std::move(m_rows));
        m_releaseTimer.start();
    }
    m_rows = UserImportRows();
}

void ImportedUsersModel::releaseSlice()
{
    if (!m_released.isEmpty() && m_released.last().releaseExtras(ReleaseSlice) == 0)
        m_released.removeLast();
    if (m_released.isEmpty())
        m_releaseTimer.stop();
}

int ImportedUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportedUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

Severity ImportedUsersModel::worst(const CsvIssues &issues)
{
    Severity severity = Severity::None;
    for (const CsvIssue &issue : issues) {
        if (issue.isError())
            return Severity::Error;
        severity = Severity::Warning;
    }
    return severity;
}

CsvIssues ImportedUsersModel::cellIssues(int row, const QString &column) const
{
    CsvIssues out;
    if (!m_rows.hasIssues(row))
        return out;
    for (const CsvIssues *list :
         {&m_rows.readIssues(row), &m_rows.ruleIssues(row), &m_rows.duplicateIssues(row)}) {
        for (const CsvIssue &issue : *list) {
            if (issue.column == column)
                out.append(issue);
        }
    }
    return out;
}

QVariant ImportedUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // Built on demand from the shared text: the table holds no string per cell.
        return m_rows.field(index.row(), fieldOf(index.column()));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList messages;
        for (const CsvIssue &issue : cellIssues(index.row(), column))
            messages.append(issue.message);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case SeverityRole:
        return int(worst(cellIssues(index.row(), column)));
    case IssueCodesRole: {
        QStringList codes;
        for (const CsvIssue &issue : cellIssues(index.row(), column))
            codes.append(issue.code);
        return codes;
    }
    case LineRole:
        return m_rows.line(index.row());
    case ColumnNameRole:
        return column;
    default:
        return {};
    }
}

bool ImportedUsersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // Values read from a file are trimmed; typed ones are too, so that they compare alike.
    const QString text = value.toString().trimmed();
    const int row = index.row();
    const QString &column = m_columns.at(index.column());
    if (m_rows.fieldView(row, fieldOf(index.column())) == text)
        return true;
    DesktopItem item = m_rows.item(row);
    UserImport::setField(item, column, text);
    m_rows.setItem(row, item);
    // A line with too many fields was split wrongly; once its cells are edited here, the row
    // holds what the user typed and the file's layout no longer matters.
    m_rows.setReadIssues(row, {});
    recheckRow(index.row());
    return true;
}

QVariant ImportedUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return UserImport::fieldTitle(m_columns.at(section));
        case Qt::ToolTipRole:
        case ColumnNameRole:
            return m_columns.at(section);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const int line = m_rows.line(section);
    switch (role) {
    case Qt::DisplayRole:
        // The row's place, as messages name it; a file's line is in the tooltip and messages.
        return section + 1;
    case Qt::ToolTipRole: {
        QStringList messages;
        if (line > 0)
            messages.append(ModelsTr::tr("Row %1, line %2 of the file").arg(section + 1).arg(line));
        else
            messages.append(ModelsTr::tr("Row %1, added here, not from the file").arg(section + 1));
        for (const CsvIssue &issue : cellIssues(section, QString()))
            messages.append(issue.message);
        return messages.join(QLatin1Char('\n'));
    }
    case SeverityRole:
        return int(worst(m_rows.issues(section)));
    case LineRole:
        return line;
    default:
        return {};
    }
}

Qt::ItemFlags ImportedUsersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ImportedUsersModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        UserImportRow fresh;
        fresh.ruleIssues = m_validator.checkRow(fresh.item, 0);
        m_rows.insert(row + i, fresh);
    }
    m_validator.indexAll(m_rows);
    recount();
    endInsertRows();
    // Duplicate findings of other rows do not change when empty rows arrive, but their row
    // numbers did; the issue list rebuilds from issuesChanged.
    emit issuesChanged();
    return true;
}

bool ImportedUsersModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    m_validator.indexAll(m_rows);
    recount();
    endRemoveRows();
    // Removing a duplicate can clear the finding on its twin.
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
        emit headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
    }
    emit issuesChanged();
    return true;
}

void ImportedUsersModel::setImport(const UserImportResult &result)
{
    setImport(UserImportResult(result));
}

void ImportedUsersModel::setImport(UserImportResult &&result)
{
    beginResetModel();
    releaseRows();
    m_rows = std::move(result.rows);
    m_fileIssues = std::move(result.fileIssues);
    // The import built the duplicate index and set every row's duplicate findings on its
    // thread; building it again here (and writing to the rows, which forced a deep copy of the
    // list shared with the result) was most of the time the window froze after a big import.
    if (result.validator.indexes(m_rows))
        m_validator = std::move(result.validator);
    else
        m_validator.indexAll(m_rows);
    m_validator.setContext(result.context);
    recount();
    endResetModel();
    emit issuesChanged();
}

void ImportedUsersModel::setRows(const QList<DesktopItem> &items, const QList<int> &lines)
{
    setRows(UserImportRows::fromItems(items, lines));
}

void ImportedUsersModel::setRows(const UserImportRows &rows,
                                 const ValidationContext *checkedAgainst)
{
    // Taken first (a shared copy): @p rows may be this model's own table().
    UserImportRows taken = rows;
    beginResetModel();
    releaseRows();
    m_fileIssues.clear();
    m_rows = std::move(taken);
    const bool checked = checkedAgainst && *checkedAgainst == m_validator.context();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_rows.readIssues(r).isEmpty())
            m_rows.setReadIssues(r, {});
        if (!checked)
            m_rows.setRuleIssues(r, m_validator.checkRow(m_rows.item(r), m_rows.line(r)));
    }
    m_validator.indexAll(m_rows);
    recount();
    endResetModel();
    emit issuesChanged();
}

int ImportedUsersModel::appendRow(const DesktopItem &item, int line)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    UserImportRow fresh;
    fresh.line = line;
    fresh.item = item;
    fresh.ruleIssues = m_validator.checkRow(item, line);
    m_rows.append(fresh);
    m_validator.indexAll(m_rows);
    recount();
    endInsertRows();
    if (!m_rows.duplicateIssues(row).isEmpty()) {
        emit dataChanged(index(0, 0), index(row, int(m_columns.size()) - 1));
        emit headerDataChanged(Qt::Vertical, 0, row);
    }
    emit issuesChanged();
    return row;
}

void ImportedUsersModel::clear()
{
    beginResetModel();
    releaseRows();
    m_fileIssues.clear();
    m_validator.indexAll(m_rows);
    recount();
    endResetModel();
    emit issuesChanged();
}

void ImportedUsersModel::setContext(const ValidationContext &context)
{
    m_validator.setContext(context);
    recheckAll();
}

void ImportedUsersModel::recheckRow(int row)
{
    m_rows.setRuleIssues(row, m_validator.checkRow(m_rows.item(row), m_rows.line(row)));
    const QList<int> touched = m_validator.reindexRow(m_rows, row);
    if (m_tallies.size() != m_rows.size()) {
        recount();
    } else {
        for (const int t : touched)
            retally(t);
    }
    const int lastColumn = int(m_columns.size()) - 1;
    for (const int t : touched) {
        emit dataChanged(index(t, 0), index(t, lastColumn));
        emit headerDataChanged(Qt::Vertical, t, t);
    }
    emit issuesChanged();
}

void ImportedUsersModel::recheckAll()
{
    for (int r = 0; r < m_rows.size(); ++r)
        m_rows.setRuleIssues(r, m_validator.checkRow(m_rows.item(r), m_rows.line(r)));
    m_validator.indexAll(m_rows);
    recount();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
        emit headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
    }
    emit issuesChanged();
}

QList<DesktopItem> ImportedUsersModel::rows() const
{
    QList<DesktopItem> items;
    items.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        items.append(m_rows.item(r));
    return items;
}

DesktopItem ImportedUsersModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.item(row) : DesktopItem();
}

int ImportedUsersModel::sourceLine(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.line(row) : 0;
}

QList<DesktopItem> ImportedUsersModel::validRows(QList<int> *lines) const
{
    QList<DesktopItem> items;
    if (lines)
        lines->clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.hasErrors(r))
            continue;
        items.append(m_rows.item(r));
        if (lines)
            lines->append(m_rows.line(r));
    }
    return items;
}

UserImportRows ImportedUsersModel::validTable() const
{
    return m_rows.selected([this](qsizetype row) { return !m_rows.hasErrors(row); }, true);
}

ImportedUsersModel::RowTally ImportedUsersModel::tallyOf(int row) const
{
    RowTally tally;
    if (!m_rows.hasIssues(row))
        return tally;
    for (const CsvIssues *list :
         {&m_rows.readIssues(row), &m_rows.ruleIssues(row), &m_rows.duplicateIssues(row)}) {
        for (const CsvIssue &issue : *list) {
            if (issue.isError())
                tally.error = true;
            else
                ++tally.warnings;
        }
    }
    return tally;
}

void ImportedUsersModel::recount()
{
    m_tallies.resize(m_rows.size());
    m_invalidRows = 0;
    m_rowWarnings = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const RowTally tally = tallyOf(int(r));
        m_tallies[r] = tally;
        m_invalidRows += tally.error;
        m_rowWarnings += tally.warnings;
    }
    m_fileWarnings = 0;
    for (const CsvIssue &issue : std::as_const(m_fileIssues))
        m_fileWarnings += !issue.isError();
}

void ImportedUsersModel::retally(int row)
{
    RowTally &old = m_tallies[row];
    const RowTally now = tallyOf(row);
    m_invalidRows += int(now.error) - int(old.error);
    m_rowWarnings += now.warnings - old.warnings;
    old = now;
}

bool ImportedUsersModel::rowHasErrors(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.hasErrors(row);
}

CsvIssues ImportedUsersModel::rowIssues(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.issues(row) : CsvIssues();
}

QString ImportedUsersModel::columnName(int column) const
{
    return m_columns.value(column);
}

int ImportedUsersModel::columnOf(const QString &name) const
{
    return int(m_columns.indexOf(name));
}

} // namespace wsc
