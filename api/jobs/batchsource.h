#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * Where the desktops of a batch came from, so that results and retries point back at the
 * administrator's input: the file (or "wizard"/"assignment dialog") and, per source index,
 * the 1-based line of the CSV record (0 when typed by hand).
 */
struct BatchSource
{
    QString origin;   ///< file path, or a label such as "wizard"
    QList<int> lines; ///< lines[sourceIndex] = CSV line of that desktop; may be empty
    /** Day-2 batches: names[sourceIndex] = the desktop's computer name, for its row until the
     * service reports it; may be empty. */
    QStringList names = {};

    int lineOf(int sourceIndex) const
    {
        return sourceIndex >= 0 && sourceIndex < lines.size() ? lines.at(sourceIndex) : 0;
    }
};
