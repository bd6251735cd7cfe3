#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wsc {

/**
 * Where the desktops of a batch came from, so that results and retries point back at the
 * administrator's input: the origin (a file path, a window, or the rows of a window by source)
 * and, per source index, the 1-based line of the CSV record (0 when typed or pasted).
 */
struct BatchSource
{
    QString origin;   ///< data, not text: a file path, a window label, or rowsOrigin()
    QList<int> lines; ///< lines[sourceIndex] = CSV line of that desktop; may be empty
    /** Day-2 batches: names[sourceIndex] = the desktop's computer name, for its row until the
     * service reports it; may be empty. */
    QStringList names = {};

    int lineOf(int sourceIndex) const
    {
        return sourceIndex >= 0 && sourceIndex < lines.size() ? lines.at(sourceIndex) : 0;
    }

    /** The origin label of the create wizard's typed rows. */
    static QString wizard() { return QStringLiteral("wizard"); }
    /** The origin label of the assignment dialog's rows. */
    static QString assignmentDialog() { return QStringLiteral("assignment dialog"); }
    /**
     * The origin of rows gathered in @p window (wizard(), ...): @p fileRows read from @p files
     * and @p addedRows typed or pasted there. Language-neutral, for the journal.
     */
    static QString rowsOrigin(const QString &window, const QStringList &files, int fileRows,
                              int addedRows);
    /** What @p origin says, for people, in the current language ("4 rows from a.csv, ..."). */
    static QString originText(const QString &origin);
};

} // namespace wsc
