#pragma once

#include "api/http/apierror.h"
#include "models/domain/directoryuser.h"
#include "models/domain/usergroup.h"

#include <QList>
#include <QString>
#include <QStringList>

class QObject;
class QTextStream;

namespace wsc {

class WorkspaceClient;

/**
 * What the directory commands share: finding a group or users by name or id (administrators
 * type names, the API wants ids), and asking before a destructive command.
 */
namespace CliDirectory {

/** How a lookup ended. */
enum class Lookup { Found, Missing, Failed, Interrupted };

/** The group whose id, or else name (ignoring case), is @p nameOrId. */
Lookup group(WorkspaceClient *client, QObject *context, const QString &nameOrId, UserGroup *out,
             ApiError *error);
/**
 * The users named (or whose ids are) @p namesOrIds, in that order, without repeats; those found
 * nowhere go to @p missing.
 */
Lookup users(WorkspaceClient *client, QObject *context, const QStringList &namesOrIds,
             QList<DirectoryUser> *out, QStringList *missing, ApiError *error);

/** What the administrator said to a destructive command. */
enum class Consent { Given, Refused, NotAsked };
/**
 * Given with --yes; otherwise, when standard input is a terminal, asks @p question on @p err
 * and reads the answer; NotAsked when nobody can be asked (a script must pass --yes).
 */
Consent confirm(const QString &question, bool yes, QTextStream &err);

} // namespace CliDirectory

} // namespace wsc
