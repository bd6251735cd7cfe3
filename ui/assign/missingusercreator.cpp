#include "missingusercreator.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"
#include "models/domain/createuserrequest.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"

namespace wsc {

MissingUserCreator::MissingUserCreator(WorkspaceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool MissingUserCreator::start(const QList<DirectoryUser> &users)
{
    if (isRunning() || users.isEmpty() || !m_client)
        return false;
    m_created.clear();
    m_existing.clear();
    m_failures.clear();
    m_pending = int(users.size());
    for (const DirectoryUser &user : users) {
        CreateUserRequest request;
        request.userName = user.userName;
        request.userEmail = user.userEmail;
        // The directory mails the activation link; the user sets a password there.
        request.activeType = QStringLiteral("USER_ACTIVATE");
        auto *call = m_client->createUser(request, this);
        connect(call, &ApiCall::finished, this, [this, call, user] {
            call->deleteLater();
            if (call->isOk()) {
                DirectoryUser made = user;
                made.id = call->result();
                made.activeType = QStringLiteral("USER_ACTIVATE");
                m_created.append(made);
            } else if (ErrorCatalog::isAlreadyExists(call->error())) {
                // Created meanwhile by someone else: what the assignment needs is there.
                m_created.append(user);
                m_existing.append(user.userName);
            } else {
                m_failures.append({user.userName, call->error()});
                emit userFailed(user.userName, call->error());
            }
            if (--m_pending == 0)
                emit finished(int(m_created.size()), int(m_failures.size()));
        });
    }
    return true;
}

QList<DirectoryUser> MissingUserCreator::usersToCreate(const AssignmentModel &assignment,
                                                       const CandidateUsersModel &candidates)
{
    QList<DirectoryUser> out;
    const QList<AssignmentRow> rows = assignment.rows();
    for (const QString &name : assignment.missingUsers()) {
        DirectoryUser user;
        user.userName = name;
        const QString key = name.toCaseFolded();
        for (const AssignmentRow &r : rows) {
            if (r.userName.toCaseFolded() == key && !r.userEmail.isEmpty()) {
                user.userEmail = r.userEmail;
                break;
            }
        }
        if (user.userEmail.isEmpty()) {
            const int at = candidates.rowOf(name);
            if (at >= 0)
                user.userEmail = candidates.candidate(at).userEmail;
        }
        out.append(user);
    }
    return out;
}

} // namespace wsc
