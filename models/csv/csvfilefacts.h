#pragma once

#include <QChar>
#include <QString>

namespace wsc {

struct CsvTable;

/** What a user CSV's import and its check both say of the file itself, before any row. */
struct CsvFileFacts
{
    QString filePath;
    bool readable = false; ///< false: the file could not be opened (readError says why)
    QString readError;
    bool cancelled = false;

    QString encoding;
    bool hasBom = false;
    QChar delimiter;

    /** Takes the facts of @p table, which was read: readable, cancelled, encoding, delimiter. */
    void readFrom(const CsvTable &table);
};

} // namespace wsc
