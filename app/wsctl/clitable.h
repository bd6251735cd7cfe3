#pragma once

#include "cliglobals.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QTextStream;

namespace wsc {

/**
 * A list for wsctl's output: columns with a stable snake_case key (the JSON key and the CSV
 * header, never translated, so that scripts can read them) and a translated title (the text
 * header), rendered as aligned text, a JSON array of objects, or RFC 4180 CSV.
 */
class CliTable
{
public:
    /** Adds a column; @p title is shown in text output. */
    void addColumn(const QString &key, const QString &title);
    /** Adds a row: one value per column (strings, numbers, booleans; null prints empty). */
    void addRow(const QVariantList &values);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QStringList keys() const { return m_keys; }

    /** Writes the table in @p format; text output says so when it has no rows. */
    void write(QTextStream &out, CliGlobals::Format format, const QString &emptyText = {}) const;
    QString toText() const;
    QJsonArray toJson() const;
    /** Header line plus one line per row, CRLF, fields quoted when needed. */
    QString toCsv() const;

    /** The display text of a value in text and CSV output. */
    static QString text(const QVariant &value);

private:
    QStringList m_keys;
    QStringList m_titles;
    QList<QVariantList> m_rows;
};

} // namespace wsc
