#include "userpaste.h"

#include "csvcolumnmatcher.h"
#include "csvparser.h"
#include "userimport.h"

#include "models/itemmodels/importedusersmodel.h"

namespace wsc {

namespace UserPaste {

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    const CsvParseResult parsed = CsvParser::parse(text, QLatin1Char('\t'));
    rows.reserve(parsed.records.size());
    for (const CsvRecord &record : parsed.records)
        rows.append(record.fields);
    return rows;
}

QStringList headerFields(const QStringList &row)
{
    static const CsvColumnMatcher matcher = CsvColumnMatcher::userImport();
    QStringList fields;
    bool any = false;
    for (const QString &cell : row) {
        if (cell.trimmed().isEmpty()) {
            fields.append(QString());
            continue;
        }
        const QString field = matcher.match(cell);
        if (field.isEmpty())
            return {}; // a data cell: the row is not a header
        fields.append(field);
        any = true;
    }
    return any ? fields : QStringList();
}

int apply(ImportedUsersModel *model, const QString &text, int row, int column)
{
    QList<QStringList> rows = parse(text);
    if (rows.isEmpty())
        return 0;
    const int rowCount = model->rowCount();
    if (row < 0 || row > rowCount)
        row = rowCount;
    column = qBound(0, column, model->columnCount() - 1);

    // Where each pasted column goes: named by a header, or from the current column on.
    QStringList targets;
    const QStringList header = headerFields(rows.constFirst());
    if (!header.isEmpty()) {
        targets = header;
        rows.removeFirst();
        row = rowCount; // rows with their own header are new rows
    } else {
        qsizetype widest = 0;
        for (const QStringList &r : std::as_const(rows))
            widest = std::max(widest, r.size());
        for (qsizetype c = 0; c < widest; ++c)
            targets.append(model->columnName(column + int(c)));
    }

    int written = 0;
    QList<DesktopItem> appended;
    for (const QStringList &cells : std::as_const(rows)) {
        const int target = row + written;
        if (target >= model->rowCount()) {
            DesktopItem item;
            for (qsizetype c = 0; c < cells.size() && c < targets.size(); ++c) {
                if (!targets.at(c).isEmpty())
                    UserImport::setField(item, targets.at(c), cells.at(c).trimmed());
            }
            appended.append(item);
        } else {
            for (qsizetype c = 0; c < cells.size() && c < targets.size(); ++c) {
                const int modelColumn = model->columnOf(targets.at(c));
                if (modelColumn >= 0)
                    model->setData(model->index(target, modelColumn), cells.at(c).trimmed());
            }
        }
        ++written;
    }
    if (appended.size() == 1)
        model->appendRow(appended.constFirst());
    else if (!appended.isEmpty())
        appendRows(model, appended);
    return written;
}

void appendRows(ImportedUsersModel *model, const UserImportRows &rows)
{
    UserImportRows all = model->table();
    all.reserve(all.size() + rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r)
        all.appendFrom(rows, r);
    model->setRows(all);
}

void appendRows(ImportedUsersModel *model, const QList<DesktopItem> &items, const QList<int> &lines)
{
    appendRows(model, UserImportRows::fromItems(items, lines));
}

} // namespace UserPaste

} // namespace wsc
