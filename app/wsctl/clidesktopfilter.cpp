#include "clidesktopfilter.h"

#include "clitr.h"

#include <QCommandLineParser>

namespace wsc {

namespace CliDesktopFilter {

QList<QCommandLineOption> options()
{
    return {QCommandLineOption(QStringLiteral("status"), QString(), QStringLiteral("s")),
            QCommandLineOption(QStringLiteral("user"), QString(), QStringLiteral("name")),
            QCommandLineOption(QStringLiteral("computer-name"), QString(), QStringLiteral("n")),
            QCommandLineOption(QStringLiteral("unassigned")),
            QCommandLineOption(QStringLiteral("assigned")),
            QCommandLineOption(QStringLiteral("zone"), QString(), QStringLiteral("az")),
            QCommandLineOption(QStringLiteral("type"), QString(), QStringLiteral("t")),
            QCommandLineOption(QStringLiteral("image"), QString(), QStringLiteral("id")),
            QCommandLineOption(QStringLiteral("subnet"), QString(), QStringLiteral("id")),
            QCommandLineOption(QStringLiteral("ip"), QString(), QStringLiteral("address")),
            QCommandLineOption(QStringLiteral("tag"), QString(), QStringLiteral("tag"))};
}

bool read(const QCommandLineParser &parser, DesktopQuery *query, QString *error)
{
    if (parser.isSet(QStringLiteral("status"))) {
        query->status = parser.value(QStringLiteral("status")).toUpper();
        static const QStringList statuses{QStringLiteral("ACTIVE"), QStringLiteral("SHUTOFF"),
                                          QStringLiteral("ERROR"), QStringLiteral("HIBERNATED")};
        if (!statuses.contains(query->status)) {
            *error = CliTr::tr("--status must be ACTIVE, SHUTOFF, ERROR or HIBERNATED (got "
                               "\"%1\").")
                             .arg(parser.value(QStringLiteral("status")));
            return false;
        }
    }
    const QStringList users = parser.values(QStringLiteral("user"));
    if (users.size() == 1)
        query->userName = users.constFirst();
    else if (users.size() > 1)
        query->userNames = users;
    query->computerName = parser.value(QStringLiteral("computer-name"));
    const bool unassigned = parser.isSet(QStringLiteral("unassigned"));
    const bool assigned = parser.isSet(QStringLiteral("assigned"));
    if (unassigned && assigned) {
        *error = CliTr::tr("--assigned and --unassigned exclude each other.");
        return false;
    }
    if (unassigned)
        query->userAttached = false;
    if (assigned)
        query->userAttached = true;
    query->availabilityZone = parser.value(QStringLiteral("zone"));
    query->desktopType = parser.value(QStringLiteral("type")).toUpper();
    query->imageId = parser.value(QStringLiteral("image"));
    query->subnetId = parser.value(QStringLiteral("subnet"));
    query->desktopIp = parser.value(QStringLiteral("ip"));
    query->tag = parser.value(QStringLiteral("tag"));
    return true;
}

bool readFilterValues(const QStringList &values, DesktopQuery *query, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions(options());
    QStringList args{QStringLiteral("wsctl")};
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? value : value.left(eq)).trimmed();
        bool known = false;
        bool flag = false;
        for (const QCommandLineOption &o : options()) {
            if (o.names().constFirst() == key) {
                known = true;
                flag = o.valueName().isEmpty();
            }
        }
        if (!known || (flag && eq >= 0) || (!flag && eq < 0)) {
            *error = CliTr::tr("--filter \"%1\" is not a filter of \"desktops list\": use "
                               "KEY=VALUE with status, user, computer-name, zone, type, image, "
                               "subnet, ip or tag, or unassigned or assigned alone.")
                             .arg(value);
            return false;
        }
        args << QStringLiteral("--") + key;
        if (!flag)
            args << value.mid(eq + 1);
    }
    if (!parser.parse(args)) {
        *error = parser.errorText();
        return false;
    }
    return read(parser, query, error);
}

} // namespace CliDesktopFilter

} // namespace wsc
