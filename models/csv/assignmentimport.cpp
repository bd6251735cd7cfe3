#include "assignmentimport.h"

#include "csvreader.h"

#include "models/i18n/glossary.h"
#include "models/i18n/modelstr.h"
#include "models/rules/attachrules.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace wsc {

namespace AssignmentImport {

namespace {

enum Field {
    DesktopId,
    ComputerName,
    UserName,
    UserType,
    UserId,
    UserGroup,
    UserEmail,
    NewComputerName,
    IsClearData,
    None
};

Field fieldId(const QString &name)
{
    static const QStringList names = fields();
    const qsizetype index = names.indexOf(name);
    return index < 0 ? None : Field(index);
}

void addIssue(CsvIssues &issues, int line, const QString &column, const char *code,
              Severity severity, const QString &message)
{
    issues.append({line, column, QString::fromLatin1(code), severity, message});
}

/** USER / GROUP from what people write (either language); empty when not a type. */
QString normalizedType(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.compare(QLatin1String("USER"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("用户"))
        return QStringLiteral("USER");
    if (t.compare(QLatin1String("GROUP"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("用户组")
        || t == QStringLiteral("组"))
        return QStringLiteral("GROUP");
    return QString();
}

void setCell(AssignmentImportRow &row, Field field, const QString &raw)
{
    const QString value = raw.trimmed();
    switch (field) {
    case DesktopId:
        row.desktopId = value;
        break;
    case ComputerName:
        row.computerName = value;
        break;
    case UserName:
        row.userName = value;
        break;
    case UserType: {
        const QString type = normalizedType(value);
        row.userType = type.isEmpty() ? value : type;
        if (!value.isEmpty() && type.isEmpty()) {
            addIssue(row.issues, row.line, QStringLiteral("user_type"), "user_type.enum",
                     Severity::Error,
                     ModelsTr::tr("Type must be USER or GROUP (用户 or 用户组), not “%1”.")
                             .arg(value));
        }
        break;
    }
    case UserId:
        row.userId = value;
        break;
    case UserGroup:
        row.userGroup = value;
        break;
    case UserEmail:
        row.userEmail = value;
        break;
    case NewComputerName:
        row.newComputerName = value;
        break;
    case IsClearData: {
        bool ok = true;
        row.isClearData = parseBool(value, &ok);
        if (!ok) {
            addIssue(row.issues, row.line, QStringLiteral("is_clear_data"), "is_clear_data.format",
                     Severity::Error,
                     ModelsTr::tr("“%1” is not yes or no; write true/false, yes/no, 1/0 or 是/否.")
                             .arg(value));
        }
        break;
    }
    case None:
        break;
    }
}

void checkHeader(const CsvTable &table, const QStringList &mapping, bool hasRows, CsvIssues *issues)
{
    if (table.header.isEmpty())
        return;
    if (!CsvColumnMatcher::mapsAny(mapping)) {
        addIssue(*issues, table.headerLine, QString(), "csv.no_header", Severity::Error,
                 ModelsTr::tr("Line %1 names no known column. The first line must be a header, "
                              "e.g. desktop_id,user_name,user_group.")
                         .arg(table.headerLine));
        return;
    }
    if (!mapping.contains(QStringLiteral("desktop_id"))
        && !mapping.contains(QStringLiteral("computer_name"))) {
        addIssue(*issues, table.headerLine, QStringLiteral("desktop_id"), "csv.missing_column",
                 Severity::Error,
                 ModelsTr::tr("There is neither a desktop_id nor a computer_name column (also "
                              "accepted: 桌面ID, 计算机名); each line must name its desktop."));
    }
    if (!mapping.contains(QStringLiteral("user_name"))) {
        addIssue(*issues, table.headerLine, QStringLiteral("user_name"), "csv.missing_column",
                 Severity::Error,
                 ModelsTr::tr("There is no user_name column (also accepted: username, user, "
                              "用户名, 用户); each desktop needs a user."));
    }
    if (!hasRows) {
        addIssue(*issues, table.headerLine, QString(), "csv.no_rows", Severity::Warning,
                 ModelsTr::tr("The file has a header but no rows."));
    }
}

/** The source index of the item "attach_user_infos[k]" in a path, or -1. */
int infoIndex(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^attach_user_infos\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

CsvColumnMatcher matcher()
{
    CsvColumnMatcher m = CsvColumnMatcher::assignment();
    m.addField(QStringLiteral("user_id"),
               {QStringLiteral("用户id"), QStringLiteral("用户组id"), QStringLiteral("组id"),
                QStringLiteral("group id"), QStringLiteral("对象id")});
    m.addField(QStringLiteral("user_type"),
               {QStringLiteral("type"), QStringLiteral("user type"), QStringLiteral("类型"),
                QStringLiteral("对象类型"), QStringLiteral("用户类型")});
    return m;
}

QStringList fields()
{
    return {QStringLiteral("desktop_id"),   QStringLiteral("computer_name"),
            QStringLiteral("user_name"),    QStringLiteral("user_type"),
            QStringLiteral("user_id"),      QStringLiteral("user_group"),
            QStringLiteral("user_email"),   QStringLiteral("new_computer_name"),
            QStringLiteral("is_clear_data")};
}

QString fieldTitle(const QString &field)
{
    switch (fieldId(field)) {
    case DesktopId:
        return ModelsTr::tr("Desktop ID");
    case ComputerName:
        return ModelsTr::tr("Computer name");
    case UserName:
        return ModelsTr::tr("User name");
    case UserType:
        return ModelsTr::tr("Type");
    case UserId:
        return ModelsTr::tr("User or group ID");
    case UserGroup:
        return ModelsTr::tr("User group");
    case UserEmail:
        return ModelsTr::tr("Email");
    case NewComputerName:
        return ModelsTr::tr("New computer name");
    case IsClearData:
        return ModelsTr::tr("Clear data");
    case None:
        break;
    }
    return field;
}

std::optional<bool> parseBool(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"),
                                 QStringLiteral("y"),    QStringLiteral("1"),
                                 QStringLiteral("是"),   QStringLiteral("清除")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"),
                                QStringLiteral("n"),     QStringLiteral("0"),
                                QStringLiteral("否"),    QStringLiteral("不清除")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    if (ok)
        *ok = false;
    return std::nullopt;
}

AssignmentImportResult fromTable(const CsvTable &table)
{
    AssignmentImportResult result;
    result.readable = true;
    result.encoding = table.encoding;
    result.delimiter = table.delimiter;
    result.headerLine = table.headerLine;
    result.header = table.header;
    result.fileIssues = table.issues;
    result.columnMapping = matcher().mapHeader(table.header, table.headerLine, &result.fileIssues);
    checkHeader(table, result.columnMapping, !table.records.isEmpty(), &result.fileIssues);

    QList<Field> targets;
    for (const QString &column : std::as_const(result.columnMapping))
        targets.append(fieldId(column));
    const qsizetype width = table.header.size();
    result.rows.reserve(table.records.size());
    for (const CsvRecord &record : table.records) {
        AssignmentImportRow row;
        row.line = record.line;
        const qsizetype n = std::min(record.fields.size(), targets.size());
        for (qsizetype i = 0; i < n; ++i)
            setCell(row, targets.at(i), record.fields.at(i));
        qsizetype used = record.fields.size();
        // Spreadsheets pad rows with empty cells; only a value beyond the header is a problem.
        while (used > width && record.fields.at(used - 1).trimmed().isEmpty())
            --used;
        if (used > width) {
            addIssue(row.issues, row.line, QString(), "csv.too_many_fields", Severity::Error,
                     ModelsTr::tr("Line %1 has %2 fields but the header has %3: a value probably "
                                  "contains an unquoted delimiter.")
                             .arg(row.line)
                             .arg(used)
                             .arg(width));
        }
        if (row.desktopId.isEmpty() && row.computerName.isEmpty()) {
            const bool byId = result.columnMapping.contains(QStringLiteral("desktop_id"));
            addIssue(row.issues, row.line,
                     byId ? QStringLiteral("desktop_id") : QStringLiteral("computer_name"),
                     "assign.desktop_required", Severity::Error,
                     ModelsTr::tr("Line %1 names no desktop: give its desktop ID or computer "
                                  "name.")
                             .arg(row.line));
        }
        result.rows.append(row);
    }
    return result;
}

AssignmentImportResult read(QByteArrayView bytes, const CsvReadOptions &options)
{
    return fromTable(CsvReader::read(bytes, options));
}

AssignmentImportResult readFile(const QString &path, const CsvReadOptions &options)
{
    CsvTable table;
    QString error;
    if (!CsvReader::readFile(path, options, &table, &error)) {
        AssignmentImportResult result;
        result.filePath = path;
        result.readError = error;
        return result;
    }
    AssignmentImportResult result = fromTable(table);
    result.filePath = path;
    return result;
}

QString columnForField(const QString &path)
{
    const QString field = path.section(QLatin1Char('.'), -1);
    if (field == QLatin1String("computer_name"))
        return QStringLiteral("new_computer_name");
    if (field == QLatin1String("type"))
        return QStringLiteral("user_type");
    if (field == QLatin1String("desktop_id") || field == QLatin1String("user_name")
        || field == QLatin1String("user_id") || field == QLatin1String("user_group")
        || field == QLatin1String("user_email") || field == QLatin1String("is_clear_data")) {
        return field;
    }
    if (field.startsWith(QLatin1String("attach_user_infos")))
        return QStringLiteral("user_name");
    return QString();
}

AssignmentMapping map(const QList<AssignmentImportRow> &rows, const QList<DesktopInfo> &desktops,
                      const ValidationContext &context)
{
    AssignmentMapping out;
    QHash<QString, int> byId;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < desktops.size(); ++i) {
        byId.insert(desktops.at(i).desktopId, i);
        byName[desktops.at(i).computerName.toCaseFolded()].append(i);
    }

    // Resolve every row to a desktop; keep the desktops in order of first appearance.
    QList<int> order;              // desktop indexes
    QHash<int, QList<int>> rowsOf; // desktop index -> row indexes
    for (int r = 0; r < rows.size(); ++r) {
        const AssignmentImportRow &row = rows.at(r);
        out.issues += row.issues;
        if (row.hasErrors())
            continue;
        int desktop = -1;
        if (!row.desktopId.isEmpty()) {
            desktop = byId.value(row.desktopId, -1);
            if (desktop < 0) {
                addIssue(out.issues, row.line, QStringLiteral("desktop_id"),
                         "assign.desktop_not_found", Severity::Error,
                         ModelsTr::tr("There is no desktop with ID “%1”.").arg(row.desktopId));
                continue;
            }
            const QString name = desktops.at(desktop).computerName;
            if (!row.computerName.isEmpty()
                && row.computerName.compare(name, Qt::CaseInsensitive) != 0) {
                addIssue(out.issues, row.line, QStringLiteral("computer_name"),
                         "assign.name_mismatch", Severity::Warning,
                         ModelsTr::tr("Desktop “%1” is named “%2”, not “%3”; the desktop ID is "
                                      "used.")
                                 .arg(row.desktopId, name, row.computerName));
            }
        } else {
            const QList<int> found = byName.value(row.computerName.toCaseFolded());
            if (found.isEmpty()) {
                addIssue(out.issues, row.line, QStringLiteral("computer_name"),
                         "assign.desktop_not_found", Severity::Error,
                         ModelsTr::tr("There is no desktop named “%1”.").arg(row.computerName));
                continue;
            }
            if (found.size() > 1) {
                addIssue(out.issues, row.line, QStringLiteral("computer_name"),
                         "assign.desktop_ambiguous", Severity::Error,
                         ModelsTr::tr("%n desktop(s) are named “%1”; give the desktop ID instead.",
                                      nullptr, int(found.size()))
                                 .arg(row.computerName));
                continue;
            }
            desktop = found.first();
        }
        const DesktopInfo &info = desktops.at(desktop);
        const QString keyColumn = row.desktopId.isEmpty() ? QStringLiteral("computer_name")
                                                          : QStringLiteral("desktop_id");
        if (info.hasUser()) {
            const QString owner = !info.userName.isEmpty() ? info.userName
                                  : !info.attachedUsers.isEmpty()
                                          ? info.attachedUsers.first().userName
                                          : Glossary::attachState(info.attachState);
            addIssue(out.issues, row.line, keyColumn, "assign.desktop_has_user", Severity::Error,
                     ModelsTr::tr("Desktop “%1” already has a user (%2); detach it first.")
                             .arg(info.computerName, owner));
            continue;
        }
        if (info.isInError()) {
            addIssue(out.issues, row.line, keyColumn, "assign.desktop_error", Severity::Error,
                     ModelsTr::tr("Desktop “%1” is in the “%2” state on the service and cannot be "
                                  "assigned.")
                             .arg(info.computerName, Glossary::desktopStatus(info.status)));
            continue;
        }
        if (!info.isIdle()) {
            addIssue(out.issues, row.line, keyColumn, "assign.desktop_busy", Severity::Warning,
                     ModelsTr::tr("Desktop “%1” is busy (%2); the service refuses it until the "
                                  "task ends.")
                             .arg(info.computerName, Glossary::taskStatus(info.taskStatus)));
        }
        if (!rowsOf.contains(desktop))
            order.append(desktop);
        rowsOf[desktop].append(r);
    }

    QHash<QString, int> newNames; // case-folded new computer name -> first line
    QHash<QString, QString> nameOwner;
    for (const DesktopInfo &d : desktops)
        nameOwner.insert(d.computerName.toCaseFolded(), d.desktopId);

    for (const int desktop : std::as_const(order)) {
        const DesktopInfo &info = desktops.at(desktop);
        QList<int> rowIndexes = rowsOf.value(desktop);
        const AssignmentImportRow &first = rows.at(rowIndexes.first());
        const bool shared
                = info.desktopType.compare(QLatin1String("SHARED"), Qt::CaseInsensitive) == 0;
        ValidationContext ctx = context;
        OsType os = OsType::Unknown;
        if (ValidationContext::parseOs(info.osType, &os))
            ctx.os = os;
        CsvIssues local;
        const bool anyGroup = std::any_of(rowIndexes.cbegin(), rowIndexes.cend(),
                                          [&rows](int r) { return rows.at(r).isGroup(); });
        if (!shared) {
            for (int k = 1; k < rowIndexes.size(); ++k) {
                const AssignmentImportRow &row = rows.at(rowIndexes.at(k));
                addIssue(local, row.line,
                         row.desktopId.isEmpty() ? QStringLiteral("computer_name")
                                                 : QStringLiteral("desktop_id"),
                         "assign.desktop_duplicate", Severity::Error,
                         ModelsTr::tr("Desktop “%1” is already given to a user on line %2; only a "
                                      "shared (multi-user) desktop takes several users.")
                                 .arg(info.computerName)
                                 .arg(first.line));
            }
            // The later lines are reported and dropped; the first one still stands.
            out.issues += local;
            local.clear();
            rowIndexes = {rowIndexes.first()};
            for (const int r : rowIndexes) {
                if (rows.at(r).isGroup()) {
                    addIssue(local, rows.at(r).line, QStringLiteral("user_type"),
                             "assign.group_needs_shared", Severity::Error,
                             ModelsTr::tr("Desktop “%1” is not a shared desktop; only shared "
                                          "desktops can be given to a group.")
                                     .arg(info.computerName));
                }
            }
        }

        AttachDesktop d;
        d.desktopId = info.desktopId;
        const bool useInfos = shared && (rowIndexes.size() > 1 || anyGroup);
        // new_computer_name and is_clear_data belong to the desktop: every row must agree.
        int nameLine = 0;
        int clearLine = 0;
        for (const int r : rowIndexes) {
            const AssignmentImportRow &row = rows.at(r);
            if (!row.newComputerName.isEmpty()) {
                if (d.computerName.isEmpty()) {
                    d.computerName = row.newComputerName;
                    nameLine = row.line;
                } else if (d.computerName != row.newComputerName) {
                    addIssue(local, row.line, QStringLiteral("new_computer_name"),
                             "assign.conflicting_value", Severity::Error,
                             ModelsTr::tr("Line %1 gives this desktop the new name “%2”; one "
                                          "desktop has one name.")
                                     .arg(nameLine)
                                     .arg(d.computerName));
                }
            }
            if (row.isClearData) {
                if (!d.isClearData) {
                    d.isClearData = row.isClearData;
                    clearLine = row.line;
                } else if (*d.isClearData != *row.isClearData) {
                    addIssue(local, row.line, QStringLiteral("is_clear_data"),
                             "assign.conflicting_value", Severity::Error,
                             ModelsTr::tr("Line %1 says otherwise for this desktop; clear data "
                                          "is one choice per desktop.")
                                     .arg(clearLine));
                }
            }
        }
        const QString defaultGroup = AttachRules::defaultUserGroup(ctx.os);
        if (useInfos) {
            for (const int r : rowIndexes) {
                const AssignmentImportRow &row = rows.at(r);
                AttachUserInfo u;
                u.type = row.isGroup() ? QStringLiteral("GROUP") : QStringLiteral("USER");
                u.userName = row.userName;
                u.userId = row.userId;
                u.userGroup = row.userGroup.isEmpty() ? defaultGroup : row.userGroup;
                d.attachUserInfos.append(u);
                if (!row.userEmail.isEmpty()) {
                    addIssue(local, row.line, QStringLiteral("user_email"), "assign.email_ignored",
                             Severity::Warning,
                             ModelsTr::tr("Users of a shared desktop get no email from the "
                                          "assignment; this address is not sent."));
                }
            }
        } else {
            d.userName = first.userName;
            d.userId = first.userId;
            d.userEmail = first.userEmail;
            d.userGroup = first.userGroup.isEmpty() ? defaultGroup : first.userGroup;
        }

        Findings findings;
        AttachRules::checkDesktop(d, QString(), ctx, findings);
        for (const Finding &f : std::as_const(findings)) {
            const int k = infoIndex(f.path);
            const int line = k >= 0 && k < rowIndexes.size() ? rows.at(rowIndexes.at(k)).line
                             : f.path == QLatin1String("computer_name") && nameLine > 0
                                     ? nameLine
                                     : first.line;
            local.append({line, columnForField(f.path), f.code, f.severity, f.message});
        }
        // Without a new name the desktop keeps its own; the service compares against that.
        if (d.computerName.isEmpty()) {
            for (const int r : rowIndexes) {
                const AssignmentImportRow &row = rows.at(r);
                if (!row.isGroup() && !row.userName.isEmpty()
                    && row.userName.compare(info.computerName, Qt::CaseInsensitive) == 0) {
                    addIssue(local, row.line, QStringLiteral("user_name"),
                             "user_name.same_as_computer_name", Severity::Error,
                             ModelsTr::tr("User name “%1” must differ from the computer name.")
                                     .arg(row.userName));
                }
            }
        }
        if (!d.computerName.isEmpty()) {
            const QString key = d.computerName.toCaseFolded();
            const auto seen = newNames.constFind(key);
            const QString owner = nameOwner.value(key);
            if (seen != newNames.constEnd()) {
                addIssue(local, nameLine, QStringLiteral("new_computer_name"),
                         "computer_name.duplicate", Severity::Error,
                         ModelsTr::tr("Computer name “%1” is also given on line %2 (names are "
                                      "compared without regard to case).")
                                 .arg(d.computerName)
                                 .arg(seen.value()));
            } else if (!owner.isEmpty() && owner != d.desktopId) {
                addIssue(local, nameLine, QStringLiteral("new_computer_name"),
                         "computer_name.taken", Severity::Error,
                         ModelsTr::tr("Computer name “%1” is already used by another desktop.")
                                 .arg(d.computerName));
            } else {
                newNames.insert(key, nameLine);
            }
        }

        const bool blocked = std::any_of(local.cbegin(), local.cend(),
                                         [](const CsvIssue &i) { return i.isError(); });
        out.issues += local;
        if (blocked)
            continue;
        out.request.desktops.append(d);
        out.lines.append(first.line);
        QList<int> lines;
        for (const int r : rowIndexes)
            lines.append(rows.at(r).line);
        out.linesPerDesktop.append(lines);
        out.desktopRowIndexes.append(rowIndexes.first());
    }
    std::stable_sort(out.issues.begin(), out.issues.end(),
                     [](const CsvIssue &a, const CsvIssue &b) { return a.line < b.line; });
    return out;
}

} // namespace AssignmentImport

} // namespace wsc
