#pragma once

#include "csvcolumnmatcher.h"
#include "csvparser.h"
#include "csvtable.h"
#include "usercheckreport.h"
#include "userimportrequest.h"
#include "userimportresult.h"
#include "userimportvalidator.h"

namespace wsc {

/**
 * The user CSV import, start to end: read and decode the file, map its columns, turn records
 * into DesktopItems and check every cell and the file-level rules. Pure and thread-safe: the
 * dialog runs it on a worker thread, wsctl and the benchmark call it directly.
 */
namespace UserImport {

/** The canonical fields of a user import, in display order. */
QStringList fields();

/** Runs the whole import. @p progress receives (done, total) in per mille and may cancel. */
UserImportResult run(const UserImportRequest &request, const CsvProgress &progress = {});

/**
 * Checks the file as run() does while reading it, for files of millions of rows: each row is
 * checked as it is read and dropped; only a compact duplicate index (DuplicateIndex), a bit per
 * row and the first @p cap issues are kept. The report equals
 * UserCheckReport::fromResult(run(request), cap). Reads a file or request.data as run() does.
 */
UserCheckReport check(const UserImportRequest &request, int cap, const CsvProgress &progress = {});

/**
 * The steps after reading, for callers that hold a table already: maps the columns (or takes
 * @p columnMapping), builds the rows, checks them. @p progress as in run().
 */
UserImportResult fromTable(const CsvTable &table, const QStringList &columnMapping,
                           const ValidationContext &context, const CsvProgress &progress = {});

/** Builds the rows from @p table without checking them (the "map" phase). */
QList<UserImportRow> buildRows(const CsvTable &table, const QStringList &columnMapping);

/**
 * Checks every row and the uniqueness rules (the "validate" phase). False when cancelled. When
 * @p validator is given, it receives the validator used, with the rows' duplicate index.
 */
bool validateRows(UserImportRows &rows, const ValidationContext &context,
                  const CsvProgress &progress = {}, UserImportValidator *validator = nullptr);
/** As above, for rows held in a list (tests and benchmarks). */
bool validateRows(QList<UserImportRow> &rows, const ValidationContext &context,
                  const CsvProgress &progress = {}, UserImportValidator *validator = nullptr);

/** Sets the field @p column (canonical name) of @p item; false for an unknown column. */
bool setField(DesktopItem &item, const QString &column, const QString &value);
/** The field @p column of @p item. */
QString field(const DesktopItem &item, const QString &column);
/** The header text for @p column in the current language (e.g. "User name" / "用户名"). */
QString fieldTitle(const QString &column);

} // namespace UserImport

} // namespace wsc
