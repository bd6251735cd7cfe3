#pragma once

#include "csvissue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * Maps the header cells of a CSV file to canonical field names through an alias table, in
 * English or Chinese, ignoring case, spaces, "_", "-" and a required-marker "*". The user import
 * and the assignment dialog each build one (userImport(), assignment()).
 */
class CsvColumnMatcher
{
public:
    /** A canonical field and the other spellings that mean it. */
    struct Field
    {
        QString name; ///< canonical name, e.g. "user_name"
        QStringList aliases;
    };

    CsvColumnMatcher() = default;

    /** Adds a field; its canonical name always matches itself. */
    void addField(const QString &name, const QStringList &aliases);
    QList<Field> fields() const { return m_fields; }
    /** Canonical names in the order they were added. */
    QStringList fieldNames() const;
    bool hasField(const QString &name) const;

    /** The canonical field @p header means, or an empty string. */
    QString match(const QString &header) const;

    /**
     * The canonical field of each header cell (empty for an ignored one), plus warnings on
     * @p headerLine: unknown columns, and a second column for a field already mapped (ignored).
     */
    QStringList mapHeader(const QStringList &header, int headerLine, CsvIssues *issues) const;
    /** Whether @p mapping (as mapHeader() makes it) names any field: a header names at least one.
     */
    static bool mapsAny(const QStringList &mapping);

    /** Lower case without spaces, "_", "-", "*", and a BOM that a tool may have left in. */
    static QString normalize(const QString &header);

    /** user_name, user_email, user_phone, user_group, computer_name, desktop_name_prefix. */
    static CsvColumnMatcher userImport();
    /**
     * desktop_id, computer_name, user_name, user_group, user_email, new_computer_name,
     * is_clear_data: the columns of the assignment (AttachInstances) CSV.
     */
    static CsvColumnMatcher assignment();

private:
    QList<Field> m_fields;
    QHash<QString, QString> m_byAlias; ///< normalized alias -> canonical name
};

} // namespace wsc
