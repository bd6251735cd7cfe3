#pragma once

#include "csvreadoptions.h"

#include "models/rules/validationcontext.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wsc {

/** What to import: a file (or bytes), how to read it, how its columns map, which rules apply. */
struct UserImportRequest
{
    QString filePath; ///< read this file; when empty, data is used
    QByteArray data;
    CsvReadOptions options;
    QStringList columnMapping; ///< canonical field per source column ("" = ignore); empty = match
    ValidationContext context;
};

} // namespace wsc
