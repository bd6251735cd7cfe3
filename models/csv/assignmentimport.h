#pragma once

#include "assignmentimportresult.h"
#include "assignmentmapping.h"
#include "csvcolumnmatcher.h"
#include "csvreadoptions.h"
#include "csvtable.h"

#include "models/domain/desktopinfo.h"
#include "models/rules/validationcontext.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * The assignment CSV, start to end, shared by the assignment dialog and `wsctl desktops
 * attach`: read the file (CsvReader), map its English or Chinese headers, turn records into
 * AssignmentImportRows, then resolve them against the tenant's desktops into an AttachRequest
 * whose every entry is traced back to its CSV lines and checked with AttachRules. Pure.
 */
namespace AssignmentImport {

/** CsvColumnMatcher::assignment() plus user_id and user_type (for groups on SHARED desktops). */
CsvColumnMatcher matcher();
/** The canonical fields, in display order. */
QStringList fields();
/** The header text of @p field in the current language. */
QString fieldTitle(const QString &field);

/** Reads and maps @p bytes (a file's content). */
AssignmentImportResult read(QByteArrayView bytes, const CsvReadOptions &options = {});
/** Reads and maps the file at @p path; readable is false (with readError) when it cannot be read.
 */
AssignmentImportResult readFile(const QString &path, const CsvReadOptions &options = {});
/** Maps a table already read: header to fields, records to rows, cell syntax checked. */
AssignmentImportResult fromTable(const CsvTable &table);

/**
 * is_clear_data as people write it: true/false, yes/no, y/n, 1/0, 是/否 (any case). Empty gives
 * no value and @p ok true; anything else gives no value and @p ok false.
 */
std::optional<bool> parseBool(const QString &text, bool *ok);

/**
 * Resolves @p rows against @p desktops (desktop_id exactly, else computer_name ignoring case)
 * and builds the request. A desktop that has a user already, is unknown or is named twice (except
 * a SHARED desktop, whose rows become attach_user_infos) is reported on its line. Every desktop
 * is then checked with AttachRules under @p context with the desktop's own OS. Rows with errors
 * are left out of the request; their issues say why.
 */
AssignmentMapping map(const QList<AssignmentImportRow> &rows, const QList<DesktopInfo> &desktops,
                      const ValidationContext &context);

/** The CSV column a finding path's last field shows in (computer_name -> new_computer_name). */
QString columnForField(const QString &path);

} // namespace AssignmentImport

} // namespace wsc
