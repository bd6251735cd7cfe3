#include "clidesktopselection.h"

#include "clicsvoptions.h"
#include "clidesktopfilter.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/workspaceclient.h"
#include "models/csv/csvreader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace wsc {

namespace {

/** Desktop ids are UUIDs; anything else given is a computer name. */
bool looksLikeId(const QString &text)
{
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

CliIssue issue(const QString &file, int line, const QString &column, const QString &code,
               const QString &message)
{
    CliIssue i;
    i.file = file;
    i.line = line;
    i.column = column;
    i.code = code;
    i.message = message;
    return i;
}

} // namespace

QList<QCommandLineOption> CliDesktopSelection::options()
{
    return {QCommandLineOption(QStringLiteral("from-csv"), QString(), QStringLiteral("file")),
            QCommandLineOption(QStringLiteral("filter"), QString(), QStringLiteral("key=value"))};
}

QString CliDesktopSelection::help()
{
    return CliTr::tr("Desktops: ids or computer names as arguments, or\n"
                     "  --from-csv FILE      A CSV with a desktop_id or computer_name column\n"
                     "                       (桌面ID / 计算机名)\n"
                     "  --filter KEY=VALUE   The filters of \"desktops list\" (repeatable):\n"
                     "                       status, user, computer-name, zone, type, image,\n"
                     "                       subnet, ip, tag; unassigned or assigned alone\n"
                     "  --encoding E         Read --from-csv as E instead of detecting it\n"
                     "  --delimiter D        comma, semicolon or tab instead of detecting it\n"
                     "  --max-size MB        Refuse larger files (default 256; 0: no limit)\n");
}

bool CliDesktopSelection::read(const QCommandLineParser &parser, const QStringList &arguments,
                               QString *error)
{
    const bool csv = parser.isSet(QStringLiteral("from-csv"));
    m_byFilter = parser.isSet(QStringLiteral("filter"));
    const int ways = (arguments.isEmpty() ? 0 : 1) + (csv ? 1 : 0) + (m_byFilter ? 1 : 0);
    if (ways == 0) {
        *error = CliTr::tr("name the desktops: ids or computer names, --from-csv FILE or "
                           "--filter KEY=VALUE.");
        return false;
    }
    if (ways > 1) {
        *error = CliTr::tr("give the desktops one way only: as arguments, with --from-csv or "
                           "with --filter.");
        return false;
    }
    if (m_byFilter) {
        m_origin = QStringLiteral("filter");
        return CliDesktopFilter::readFilterValues(parser.values(QStringLiteral("filter")), &m_query,
                                                  error);
    }
    if (!csv) {
        m_origin = QStringLiteral("arguments");
        for (const QString &a : arguments)
            m_wanted.append({a.trimmed(), 0, looksLikeId(a.trimmed())});
        return true;
    }
    m_csvPath = parser.value(QStringLiteral("from-csv"));
    m_origin = m_csvPath;
    CsvReadOptions options;
    if (!CliCsvOptions::read(parser, &options, error))
        return false;
    CsvTable table;
    if (!CsvReader::readFile(m_csvPath, options, &table, error))
        return false;
    for (const CsvIssue &i : std::as_const(table.issues))
        m_issues.append(CliIssue::fromCsv(i, m_csvPath));
    int idColumn = -1;
    int nameColumn = -1;
    for (int c = 0; c < table.header.size(); ++c) {
        const QString h = table.header.at(c).trimmed().toLower();
        if (h == QLatin1String("desktop_id") || h == QStringLiteral("桌面id"))
            idColumn = c;
        else if (h == QLatin1String("computer_name") || h == QStringLiteral("计算机名"))
            nameColumn = c;
    }
    if (idColumn < 0 && nameColumn < 0) {
        *error = CliTr::tr("%1 has neither a desktop_id nor a computer_name column.")
                         .arg(m_csvPath);
        return false;
    }
    for (const CsvRecord &r : std::as_const(table.records)) {
        const QString id = r.fields.value(idColumn).trimmed();
        const QString name = r.fields.value(nameColumn).trimmed();
        if (!id.isEmpty())
            m_wanted.append({id, r.line, true});
        else if (!name.isEmpty())
            m_wanted.append({name, r.line, false});
        else
            m_issues.append(issue(m_csvPath, r.line, QString(), QStringLiteral("desktop.missing"),
                                  CliTr::tr("The line names no desktop (desktop_id or "
                                            "computer_name).")));
    }
    return true;
}

bool CliDesktopSelection::readArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser none;
    none.addOptions(options());
    none.parse({QStringLiteral("wsctl")});
    return read(none, arguments, error);
}

bool CliDesktopSelection::resolve(WorkspaceClient *client, QObject *context, ApiError *error)
{
    auto *call = client->allDesktops(m_byFilter ? m_query : DesktopQuery(), context);
    if (!CliWait::call(call) || !call->isOk()) {
        *error = call->isFinished() ? call->error() : ApiError::network(ApiError::Kind::Cancelled);
        return false;
    }
    const QList<DesktopInfo> all = call->result();
    if (m_byFilter) {
        m_desktops = all;
        if (m_desktops.isEmpty())
            m_issues.append(issue(QString(), 0, QString(), QStringLiteral("desktop.none"),
                                  CliTr::tr("No desktop matches the filters.")));
        return true;
    }
    QHash<QString, int> byId;
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < all.size(); ++i) {
        byId.insert(all.at(i).desktopId, i);
        byName[all.at(i).computerName.toLower()].append(i);
    }
    const QString file = m_csvPath;
    QSet<QString> taken;
    // A CSV line's problem is reported at its line and column; an argument's at the argument,
    // as the administrator typed it.
    const auto report = [&](const Wanted &w, const QString &column, const QString &code,
                            const QString &message) {
        CliIssue i = issue(file, w.line, w.line > 0 ? column : QString(), code, message);
        if (w.line == 0)
            i.path = w.text;
        m_issues.append(i);
    };
    for (const Wanted &w : std::as_const(m_wanted)) {
        int at = -1;
        if (w.byId) {
            at = byId.value(w.text, -1);
            if (at < 0) {
                report(w, QStringLiteral("desktop_id"), QStringLiteral("desktop.unknown"),
                       CliTr::tr("No desktop has the id %1.").arg(w.text));
                continue;
            }
        } else {
            const QList<int> found = byName.value(w.text.toLower());
            if (found.isEmpty()) {
                report(w, QStringLiteral("computer_name"), QStringLiteral("desktop.unknown"),
                       CliTr::tr("No desktop is named %1.").arg(w.text));
                continue;
            }
            if (found.size() > 1) {
                report(w, QStringLiteral("computer_name"), QStringLiteral("desktop.ambiguous"),
                       CliTr::tr("%1 desktops are named %2: give their ids.")
                               .arg(found.size())
                               .arg(w.text));
                continue;
            }
            at = found.constFirst();
        }
        const QString id = all.at(at).desktopId;
        if (taken.contains(id)) {
            report(w, QString(), QStringLiteral("desktop.repeated"),
                   CliTr::tr("Desktop %1 is named twice.").arg(all.at(at).computerName));
            continue;
        }
        taken.insert(id);
        m_desktops.append(all.at(at));
        m_lines.append(w.line);
    }
    if (m_desktops.isEmpty() && m_issues.isEmpty())
        m_issues.append(issue(file, 0, QString(), QStringLiteral("desktop.none"),
                              CliTr::tr("No desktop was named.")));
    return true;
}

QStringList CliDesktopSelection::desktopIds() const
{
    QStringList ids;
    for (const DesktopInfo &d : m_desktops)
        ids << d.desktopId;
    return ids;
}

BatchSource CliDesktopSelection::batchSource(const QString &command) const
{
    BatchSource source;
    source.origin = m_origin == QLatin1String("arguments") || m_origin == QLatin1String("filter")
                            ? QStringLiteral("wsctl %1").arg(command)
                            : QFileInfo(m_origin).absoluteFilePath();
    source.lines = m_lines;
    source.names = computerNames();
    return source;
}

QStringList CliDesktopSelection::computerNames() const
{
    QStringList names;
    for (const DesktopInfo &d : m_desktops)
        names << d.computerName;
    return names;
}

bool CliDesktopSelection::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
                       [](const CliIssue &i) { return i.isError(); });
}

} // namespace wsc
