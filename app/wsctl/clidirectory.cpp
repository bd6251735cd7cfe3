#include "clidirectory.h"

#include "clitr.h"
#include "cliwait.h"

#include "api/http/workspaceclient.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace wsc {

namespace CliDirectory {

Lookup group(WorkspaceClient *client, QObject *context, const QString &nameOrId, UserGroup *out,
             ApiError *error)
{
    // Every group is read: the keyword filter is fuzzy, and an id is no name.
    auto *call = client->userGroups(QString(), context);
    if (!CliWait::call(call))
        return Lookup::Interrupted;
    call->deleteLater();
    if (!call->isOk()) {
        *error = call->error();
        return Lookup::Failed;
    }
    const QList<UserGroup> &groups = call->result();
    for (const UserGroup &g : groups) {
        if (g.id == nameOrId) {
            *out = g;
            return Lookup::Found;
        }
    }
    for (const UserGroup &g : groups) {
        if (g.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            *out = g;
            return Lookup::Found;
        }
    }
    return Lookup::Missing;
}

Lookup users(WorkspaceClient *client, QObject *context, const QStringList &namesOrIds,
             QList<DirectoryUser> *out, QStringList *missing, ApiError *error)
{
    auto *call = client->users({}, context);
    if (!CliWait::call(call))
        return Lookup::Interrupted;
    call->deleteLater();
    if (!call->isOk()) {
        *error = call->error();
        return Lookup::Failed;
    }
    QStringList seen;
    for (const QString &wanted : namesOrIds) {
        const DirectoryUser *match = nullptr;
        for (const DirectoryUser &u : call->result()) {
            if (u.id == wanted) {
                match = &u;
                break;
            }
        }
        for (const DirectoryUser &u : call->result()) {
            if (!match && u.userName.compare(wanted, Qt::CaseInsensitive) == 0)
                match = &u;
        }
        if (!match) {
            missing->append(wanted);
            continue;
        }
        if (seen.contains(match->id))
            continue;
        seen.append(match->id);
        out->append(*match);
    }
    return missing->isEmpty() ? Lookup::Found : Lookup::Missing;
}

Consent confirm(const QString &question, bool yes, QTextStream &err)
{
    if (yes)
        return Consent::Given;
    if (::isatty(STDIN_FILENO) != 1)
        return Consent::NotAsked;
    err << question << ' ' << CliTr::tr("[y/N]") << ' ';
    err.flush();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Consent::Refused;
    const QString answer = QString::fromUtf8(in.readLine()).trimmed().toLower();
    const bool given = answer == QLatin1String("y") || answer == QLatin1String("yes")
                       || answer == CliTr::tr("y") || answer == CliTr::tr("yes");
    return given ? Consent::Given : Consent::Refused;
}

} // namespace CliDirectory

} // namespace wsc
