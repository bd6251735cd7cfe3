#pragma once

#include "api/http/apierror.h"
#include "models/domain/directoryuser.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

namespace wsc {

class AssignmentModel;
class CandidateUsersModel;
class WorkspaceClient;

/**
 * Creates the users an assignment names that the directory lacks (POST users, activated by the
 * user through the mailed link), all at once. A name the directory turns out to have already
 * (ErrorCatalog::isAlreadyExists: someone created it meanwhile) counts as there, not as failed.
 */
class MissingUserCreator : public QObject
{
    Q_OBJECT
public:
    explicit MissingUserCreator(WorkspaceClient *client, QObject *parent = nullptr);

    /**
     * Creates @p users (userName and userEmail are sent). False when a run is going on or there
     * is nothing to create; finished() follows otherwise.
     */
    bool start(const QList<DirectoryUser> &users);
    bool isRunning() const { return m_pending > 0; }

    /**
     * The users of the rows to send that the directory lacks, each with the email given on one
     * of its rows, else the one the users list has for it (a CSV of users); empty when none.
     */
    static QList<DirectoryUser> usersToCreate(const AssignmentModel &assignment,
                                              const CandidateUsersModel &candidates);

    /** Users of the last run the directory has now (ids of those created here). */
    QList<DirectoryUser> created() const { return m_created; }
    /** Names of the last run that existed already. */
    QStringList existing() const { return m_existing; }
    /** Names of the last run that could not be created, with why, in the order they ended. */
    QList<QPair<QString, ApiError>> failures() const { return m_failures; }

signals:
    void userFailed(const QString &userName, const ApiError &error);
    /** Every call of the run has ended. */
    void finished(int created, int failed);

private:
    QPointer<WorkspaceClient> m_client;
    int m_pending = 0;
    QList<DirectoryUser> m_created;
    QStringList m_existing;
    QList<QPair<QString, ApiError>> m_failures;
};

} // namespace wsc
