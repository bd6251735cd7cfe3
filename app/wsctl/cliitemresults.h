#pragma once

#include "cliglobals.h"
#include "clitable.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

class QTextStream;

namespace wsc {

class ApiCall;

/**
 * The output of a command that sends one request per user or group: a row for each, with its
 * result or the service's error, so that one refusal does not hide what became of the others.
 */
class CliItemResults
{
public:
    /**
     * Columns: @p nameKey (@p nameTitle), result, @p extraColumns (key and title each), error
     * code, message, id.
     */
    CliItemResults(const QString &nameKey, const QString &nameTitle,
                   const QList<QPair<QString, QString>> &extraColumns = {});

    /** Waits for @p call; false when interrupted, after writing the rows so far on @p out. */
    bool wait(ApiCall *call, QTextStream &out, CliGlobals::Format format) const;
    /**
     * Adds the row of @p call, which has finished: @p result and @p extra when it succeeded,
     * else "failed" and the service's error code and message; then lets @p call go.
     */
    void add(const QString &name, const QString &id, ApiCall *call, const QString &result,
             const QVariantList &extra = {});

    /** How many rows say "failed". */
    int failed() const { return m_failed; }
    void write(QTextStream &out, CliGlobals::Format format) const { m_table.write(out, format); }

private:
    CliTable m_table;
    int m_extraColumns = 0;
    int m_failed = 0;
};

} // namespace wsc
