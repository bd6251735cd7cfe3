#pragma once

#include "cliissue.h"

#include "api/http/apierror.h"
#include "api/http/desktopquery.h"
#include "api/jobs/batchsource.h"
#include "models/domain/desktopinfo.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QObject;

namespace wsc {

class WorkspaceClient;

/**
 * Which desktops a day-2 command acts on: desktop ids or computer names given as arguments, a
 * CSV with a desktop_id or computer_name column (--from-csv), or the filters of `desktops list`
 * (--filter KEY=VALUE). Resolved against the tenant's desktops before anything is sent: an
 * unknown id or name, or one named twice, is an issue on its argument or CSV line.
 */
class CliDesktopSelection
{
public:
    /** --from-csv FILE and --filter KEY=VALUE. */
    static QList<QCommandLineOption> options();
    /** Their help lines. */
    static QString help();

    /** Reads the options and @p arguments (ids or names); false with a translated @p error. */
    bool read(const QCommandLineParser &parser, const QStringList &arguments, QString *error);
    /** read() for a command that takes the desktops as arguments only, without the options. */
    bool readArguments(const QStringList &arguments, QString *error);
    /** Lists the tenant's desktops and resolves the selection; false when the listing failed. */
    bool resolve(WorkspaceClient *client, QObject *context, ApiError *error);

    /** The desktops selected, in the order given (filters: the service's order). */
    const QList<DesktopInfo> &desktops() const { return m_desktops; }
    QStringList desktopIds() const;
    QStringList computerNames() const;
    /** Unknown, repeated or ambiguous entries (errors); nothing selected is an error too. */
    const CliIssues &issues() const { return m_issues; }
    bool hasErrors() const;
    /** The CSV file, or "arguments" / "filter"; and each selected desktop's CSV line. */
    QString origin() const { return m_origin; }
    QList<int> lines() const { return m_lines; }
    /** The batch source of a journaled batch made by @p command from this selection. */
    BatchSource batchSource(const QString &command) const;

private:
    struct Wanted
    {
        QString text; ///< an id or a computer name
        int line = 0; ///< CSV line, 0 for an argument
        bool byId = false;
    };

    QList<Wanted> m_wanted;
    bool m_byFilter = false;
    DesktopQuery m_query;
    QString m_csvPath;
    QString m_origin;
    QList<DesktopInfo> m_desktops;
    QList<int> m_lines;
    CliIssues m_issues;
};

} // namespace wsc
