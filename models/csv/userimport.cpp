#include "userimport.h"

#include "csvreader.h"
#include "duplicateindex.h"
#include "userimportvalidator.h"

#include <algorithm>
#include <vector>

#include "models/i18n/modelstr.h"

namespace wsc {

namespace UserImport {

namespace {

enum Field { UserName, UserEmail, UserPhone, UserGroup, ComputerName, DesktopNamePrefix, None };

Field fieldId(const QString &column)
{
    static const QStringList names = fields();
    const qsizetype index = names.indexOf(column);
    return index < 0 ? None : Field(index);
}

QString *fieldPtr(DesktopItem &item, Field field)
{
    switch (field) {
    case UserName:
        return &item.userName;
    case UserEmail:
        return &item.userEmail;
    case UserPhone:
        return &item.userPhone;
    case UserGroup:
        return &item.userGroup;
    case ComputerName:
        return &item.computerName;
    case DesktopNamePrefix:
        return &item.desktopNamePrefix;
    case None:
        break;
    }
    return nullptr;
}

/** Maps a [0, 1] fraction of phase @p phase (0..phases-1) to overall per mille progress. */
CsvProgress phaseProgress(const CsvProgress &progress, int from, int to)
{
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const qint64 span = to - from;
        return progress(from + (total > 0 ? done * span / total : span), 1000);
    };
}

} // namespace

QStringList fields()
{
    return {QStringLiteral("user_name"),     QStringLiteral("user_email"),
            QStringLiteral("user_phone"),    QStringLiteral("user_group"),
            QStringLiteral("computer_name"), QStringLiteral("desktop_name_prefix")};
}

bool setField(DesktopItem &item, const QString &column, const QString &value)
{
    QString *target = fieldPtr(item, fieldId(column));
    if (!target)
        return false;
    *target = value;
    return true;
}

QString field(const DesktopItem &item, const QString &column)
{
    QString *source = fieldPtr(const_cast<DesktopItem &>(item), fieldId(column));
    return source ? *source : QString();
}

QString fieldTitle(const QString &column)
{
    switch (fieldId(column)) {
    case UserName:
        return ModelsTr::tr("User name");
    case UserEmail:
        return ModelsTr::tr("Email");
    case UserPhone:
        return ModelsTr::tr("Phone");
    case UserGroup:
        return ModelsTr::tr("User group");
    case ComputerName:
        return ModelsTr::tr("Computer name");
    case DesktopNamePrefix:
        return ModelsTr::tr("Desktop name prefix");
    case None:
        break;
    }
    return column;
}

namespace {

QList<Field> fieldIds(const QStringList &columnMapping)
{
    QList<Field> targets;
    targets.reserve(columnMapping.size());
    for (const QString &column : columnMapping)
        targets.append(fieldId(column));
    return targets;
}

UserImportRow rowFromRecord(const CsvRecord &record, const QList<Field> &targets, qsizetype width,
                            QChar delimiter)
{
    UserImportRow row;
    row.line = record.line;
    const qsizetype n = std::min(record.fields.size(), targets.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (QString *target = fieldPtr(row.item, targets.at(i)))
            *target = record.fields.at(i);
    }
    if (record.fields.size() > width) {
        // Trailing empty fields ("a,b,c,,") are what spreadsheets write for empty cells beyond
        // the header: harmless. A value there usually means an unquoted delimiter.
        qsizetype used = record.fields.size();
        while (used > width && record.fields.at(used - 1).isEmpty())
            --used;
        if (used > width) {
            row.readIssues.append(
                    {record.line, QString(), QStringLiteral("csv.too_many_fields"), Severity::Error,
                     ModelsTr::tr("Line %1 has %2 fields but the header has %3: a value "
                                  "probably contains an unquoted “%4”. Fix the row here or in "
                                  "the file.")
                             .arg(record.line)
                             .arg(used)
                             .arg(width)
                             .arg(delimiter == QLatin1Char('\t') ? ModelsTr::tr("tab")
                                                                 : QString(delimiter))});
        }
    }
    return row;
}

/** The matcher's mapping of the header, or the caller's choice made safe. */
QStringList resolveMapping(const CsvTable &table, const QStringList &requested, CsvIssues *issues)
{
    const CsvColumnMatcher matcher = CsvColumnMatcher::userImport();
    if (requested.isEmpty())
        return matcher.mapHeader(table.header, table.headerLine, issues);
    // A mapping chosen by the user: unknown names and a field chosen twice are ignored.
    QStringList mapping;
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString column = requested.value(i);
        mapping.append(matcher.hasField(column) && !mapping.contains(column) ? column : QString());
    }
    return mapping;
}

void checkHeader(const CsvTable &table, const QStringList &mapping, bool hasRows, CsvIssues *issues)
{
    if (table.header.isEmpty())
        return;
    if (!CsvColumnMatcher::mapsAny(mapping)) {
        issues->append({table.headerLine, QString(), QStringLiteral("csv.no_header"),
                        Severity::Error,
                        ModelsTr::tr("Line %1 names no known column. The first line must be a "
                                     "header, e.g. user_name,user_email,user_group,computer_name.")
                                .arg(table.headerLine)});
    } else if (!mapping.contains(QStringLiteral("user_name"))) {
        issues->append({table.headerLine, QStringLiteral("user_name"),
                        QStringLiteral("csv.missing_column"), Severity::Error,
                        ModelsTr::tr("There is no user_name column (also accepted: username, "
                                     "user, 用户名, 用户); every desktop needs a user.")});
    }
    if (!hasRows) {
        issues->append({table.headerLine, QString(), QStringLiteral("csv.no_rows"),
                        Severity::Warning, ModelsTr::tr("The file has a header but no rows.")});
    }
}

/** The result's facts about the file, before rows. */
UserImportResult resultFor(const CsvTable &table, const ValidationContext &context)
{
    UserImportResult result;
    result.readFrom(table);
    result.encodingDetected = table.encodingDetected;
    result.delimiterDetected = table.delimiterDetected;
    result.headerLine = table.headerLine;
    result.header = table.header;
    result.context = context;
    result.fileIssues = table.issues;
    return result;
}

/** Checks the rows and moves them into @p result (nothing, if cancelled). */
void finish(UserImportResult &result, UserImportRows &&rows, const ValidationContext &context,
            const CsvProgress &progress)
{
    if (result.cancelled)
        return;
    if (!validateRows(rows, context, phaseProgress(progress, 600, 1000), &result.validator)) {
        result.cancelled = true;
        return;
    }
    result.rows = std::move(rows);
}

/**
 * The column mapping of a file being read, fixed by its header once the first record (or the
 * end of a file without records) arrives: the header comes first, the records follow.
 */
struct HeaderMapping
{
    QStringList mapping;
    QList<Field> targets;
    CsvIssues issues;
    bool mapped = false;

    void ensure(const CsvTable &table, const QStringList &requested)
    {
        if (mapped)
            return;
        mapped = true;
        mapping = resolveMapping(table, requested, &issues);
        targets = fieldIds(mapping);
    }
};

/** The request's file, or its bytes, read record by record into @p sink; false when unreadable. */
bool readRecords(const UserImportRequest &request, CsvTable *table, const CsvRecordSink &sink,
                 const CsvProgress &progress, QString *error)
{
    if (!request.filePath.isEmpty())
        return CsvReader::readFile(request.filePath, request.options, table, error, sink, progress);
    CsvReader::read(request.data, request.options, table, sink, progress);
    return true;
}

} // namespace

QList<UserImportRow> buildRows(const CsvTable &table, const QStringList &columnMapping)
{
    const QList<Field> targets = fieldIds(columnMapping);
    QList<UserImportRow> rows;
    rows.reserve(table.records.size());
    for (const CsvRecord &record : table.records)
        rows.append(rowFromRecord(record, targets, table.header.size(), table.delimiter));
    return rows;
}

bool validateRows(UserImportRows &rows, const ValidationContext &context,
                  const CsvProgress &progress, UserImportValidator *validatorOut)
{
    UserImportValidator validator(context);
    const qsizetype total = rows.size();
    for (qsizetype r = 0; r < total; ++r) {
        if (progress && (r & 0xFFF) == 0 && !progress(r, total + total / 8))
            return false;
        rows.setRuleIssues(r, validator.checkRow(rows.item(r), rows.line(r)));
    }
    validator.indexAll(rows);
    if (validatorOut)
        *validatorOut = std::move(validator);
    if (progress)
        progress(total + total / 8, total + total / 8);
    return true;
}

bool validateRows(QList<UserImportRow> &rows, const ValidationContext &context,
                  const CsvProgress &progress, UserImportValidator *validatorOut)
{
    UserImportRows compact(rows);
    if (!validateRows(compact, context, progress, validatorOut))
        return false;
    rows = compact.toList();
    return true;
}

UserImportResult fromTable(const CsvTable &table, const QStringList &columnMapping,
                           const ValidationContext &context, const CsvProgress &progress)
{
    UserImportResult result = resultFor(table, context);
    result.columnMapping = resolveMapping(table, columnMapping, &result.fileIssues);
    checkHeader(table, result.columnMapping, !table.records.isEmpty(), &result.fileIssues);
    finish(result, UserImportRows(buildRows(table, result.columnMapping)), context, progress);
    return result;
}

UserImportResult run(const UserImportRequest &request, const CsvProgress &progress)
{
    // Records become rows as they are parsed, and are checked against the rules at once, while
    // their cells are at hand as strings; rows are kept compactly (UserImportRows), so a big
    // file is never held as records and rows at once. The header arrives first and fixes the
    // mapping.
    CsvTable table;
    UserImportRows rows;
    UserImportValidator validator(request.context);
    HeaderMapping header;
    const CsvRecordSink sink = [&](const CsvRecord &record) {
        header.ensure(table, request.columnMapping);
        UserImportRow row
                = rowFromRecord(record, header.targets, table.header.size(), table.delimiter);
        row.ruleIssues = validator.checkRow(row.item, row.line);
        rows.append(row);
        return true;
    };
    QString error;
    if (!readRecords(request, &table, sink, phaseProgress(progress, 0, 900), &error)) {
        UserImportResult result;
        result.filePath = request.filePath;
        result.context = request.context;
        result.readError = error;
        return result;
    }
    header.ensure(table, request.columnMapping);
    UserImportResult result = resultFor(table, request.context);
    result.filePath = request.filePath;
    result.columnMapping = header.mapping;
    result.fileIssues.append(header.issues);
    checkHeader(table, header.mapping, !rows.isEmpty(), &result.fileIssues);
    if (result.cancelled)
        return result;
    // The duplicate index, then the findings of every member of a group, once all rows are in.
    validator.indexAll(rows);
    result.validator = std::move(validator);
    result.rows = std::move(rows);
    if (progress)
        progress(1000, 1000);
    return result;
}

UserCheckReport check(const UserImportRequest &request, int cap, const CsvProgress &progress)
{
    // An issue kept for the report, placed by row and by its order within the row: reading
    // problems, rule findings, then the duplicate findings (computer, user), as run() orders them.
    struct Kept
    {
        qint64 row;
        int order;
        CsvIssue issue;
    };
    enum : int { ComputerOrder = 1 << 29, UserOrder = (1 << 29) + 1 };

    CsvTable table;
    HeaderMapping header;
    const UserImportValidator validator(request.context);
    DuplicateIndex computers;
    DuplicateIndex users;
    std::vector<int> lines;
    std::vector<bool> rowErrors;
    std::vector<Kept> kept;
    kept.reserve(size_t(std::max(cap, 0)));
    qint64 rowWarnings = 0;
    QMap<QString, int> notShown;
    qint64 hiddenErrors = 0;
    const CsvRecordSink sink = [&](const CsvRecord &record) {
        header.ensure(table, request.columnMapping);
        UserImportRow row
                = rowFromRecord(record, header.targets, table.header.size(), table.delimiter);
        const qint64 index = qint64(lines.size());
        bool hasError = false;
        int order = 0;
        const auto keep = [&](const CsvIssues &issues) {
            for (const CsvIssue &issue : issues) {
                if (issue.isError())
                    hasError = true;
                else
                    ++rowWarnings;
                // Duplicate findings can only come before these: the first `cap` suffice.
                if (qsizetype(kept.size()) < cap) {
                    kept.push_back({index, order++, issue});
                } else {
                    ++notShown[issue.code];
                    hiddenErrors += issue.isError();
                }
            }
        };
        keep(row.readIssues);
        keep(validator.checkRow(row.item, row.line));
        rowErrors.push_back(hasError);
        lines.push_back(row.line);
        computers.add(row.item.computerName);
        users.add(row.item.userName);
        return true;
    };

    UserCheckReport report;
    report.filePath = request.filePath;
    report.context = request.context;
    QString error;
    if (!readRecords(request, &table, sink, phaseProgress(progress, 0, 1000), &error)) {
        report.readError = error;
        return report;
    }
    header.ensure(table, request.columnMapping);
    report.readFrom(table);
    if (report.cancelled)
        return report;
    CsvIssues fileIssues = table.issues;
    fileIssues.append(header.issues);
    checkHeader(table, header.mapping, !lines.empty(), &fileIssues);

    // Duplicates, now that every row is known. Issues of rows past the last kept one can never
    // be shown, so only those before it get a message; the others are counted.
    const qint64 rowCount = qint64(lines.size());
    const qint64 lastShown
            = qsizetype(kept.size()) >= cap && !kept.empty() ? kept.back().row : rowCount - 1;
    std::vector<bool> computerDuplicate(size_t(rowCount), false);
    qint64 userDuplicates = 0;
    const auto duplicates = [&](const DuplicateIndex &index, bool computer) {
        index.forEachDuplicate([&](const QList<int> &group) {
            const int others = int(group.size()) - 1;
            for (const int r : group) {
                if (computer)
                    computerDuplicate[size_t(r)] = true;
                else
                    ++userDuplicates;
                if (r > lastShown) {
                    ++notShown[computer ? QStringLiteral("computer_name.duplicate")
                                        : QStringLiteral("user_name.duplicate")];
                    hiddenErrors += computer;
                    continue;
                }
                QList<QPair<int, int>> first;
                for (const int o : group) {
                    if (o != r)
                        first.append({o, lines[size_t(o)]});
                    if (first.size() == 3)
                        break;
                }
                const QString value = index.value(r).toString();
                kept.push_back({r, computer ? int(ComputerOrder) : int(UserOrder),
                                computer ? UserImportValidator::computerDuplicateIssue(
                                        lines[size_t(r)], value, first, others)
                                         : UserImportValidator::userDuplicateIssue(
                                                 lines[size_t(r)], value, first, others)});
            }
        });
    };
    duplicates(computers, true);
    duplicates(users, false);
    std::stable_sort(kept.begin(), kept.end(), [](const Kept &a, const Kept &b) {
        return a.row != b.row ? a.row < b.row : a.order < b.order;
    });

    report.rows = rowCount;
    for (qint64 r = 0; r < rowCount; ++r)
        report.invalid += rowErrors[size_t(r)] || computerDuplicate[size_t(r)];
    report.valid = rowCount - report.invalid;
    report.warnings = rowWarnings + userDuplicates;
    for (const CsvIssue &issue : std::as_const(fileIssues)) {
        report.warnings += !issue.isError();
        report.fileErrors = report.fileErrors || issue.isError();
    }
    const auto take = [&](const CsvIssue &issue) {
        if (report.issues.size() < cap) {
            report.issues.append(issue);
        } else {
            ++report.notShown[issue.code];
            report.notShownErrors += issue.isError();
        }
    };
    for (const CsvIssue &issue : std::as_const(fileIssues))
        take(issue);
    for (const Kept &k : kept)
        take(k.issue);
    for (auto it = notShown.cbegin(); it != notShown.cend(); ++it)
        report.notShown[it.key()] += it.value();
    report.notShownErrors += hiddenErrors;
    return report;
}

} // namespace UserImport

} // namespace wsc
