#pragma once

#include "models/domain/desktopitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

class ImportedUsersModel;
class UserImportRows;

/**
 * Rows copied from a spreadsheet (tab-separated text on the clipboard, with Excel's quoting)
 * pasted into the users' table: at the current cell, overwriting cells and adding rows past
 * the end, as spreadsheets do. A first row that names the columns ("user_name", "用户名",
 * "Email"...) is taken as a header: its columns go to the fields they name, and the rows are
 * appended.
 */
namespace UserPaste {

/** The cells of tab-separated @p text; blank lines dropped, quoted cells unquoted. */
QList<QStringList> parse(const QString &text);
/** The canonical field of each cell when @p row is a header (every non-empty cell names a field).
 */
QStringList headerFields(const QStringList &row);

/**
 * Pastes @p text into @p model at @p row / @p column (row == rowCount() or -1 appends).
 * Returns the number of rows written (0 when the text holds no cells).
 */
int apply(ImportedUsersModel *model, const QString &text, int row, int column);

/**
 * Appends @p items (CSV @p lines, or 0) in one go: ImportedUsersModel::appendRow re-indexes
 * the whole table per row, which makes 10 000 pasted rows take seconds. The table is re-read
 * with setRows(), so read and file-level issues of an earlier import are dropped (the wizard's
 * table never holds any: it takes only the rows the import accepted).
 */
void appendRows(ImportedUsersModel *model, const QList<DesktopItem> &items,
                const QList<int> &lines = {});
/** As above, from a compact table (an import's valid rows), lines included. */
void appendRows(ImportedUsersModel *model, const UserImportRows &rows);

} // namespace UserPaste

} // namespace wsc
