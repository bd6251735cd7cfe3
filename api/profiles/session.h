#pragma once

#include "profile.h"

#include "api/http/apierror.h"
#include "models/domain/workspaceinfo.h"

#include <QObject>
#include <QString>

#include <memory>

namespace wsc {

class CatalogCache;
class JobCenter;
class JobJournal;
class WorkspaceClient;

/**
 * Everything that belongs to the active profile: its WorkspaceClient, the JobJournal (one file
 * in the app data folder, shared by every profile and by wsctl), the JobCenter that runs the
 * profile's batches and the CatalogCache of its forms. Switching profile deletes the session
 * and makes a new one, so nothing of one tenant leaks into the next.
 */
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,       ///< not started
        Connecting, ///< resolving the project (and, for IAM, the token)
        Connected,  ///< the service answered
        Failed      ///< it did not: lastError() says why; calls may still be retried
    };
    Q_ENUM(State)

    /**
     * A session on @p profile, whose config must hold its secrets and, for the Sandbox, the
     * emulator's endpoint. @p journalPath: the job journal (empty: JobJournal::defaultPath()).
     */
    Session(const Profile &profile, const QString &journalPath = {}, QObject *parent = nullptr);
    ~Session() override;

    /** Opens the journal, resumes unfinished batches and checks the connection. */
    void start();
    /** Checks the connection again (after a failure). */
    void reconnect();

    const Profile &profile() const { return m_profile; }
    bool isSandbox() const { return m_profile.sandbox; }
    State state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    /** The tenant's workspace as the last successful check read it (directory type...). */
    WorkspaceInfo workspace() const { return m_workspace; }
    /** The journal's error when it could not be opened (batches then are not durable). */
    QString journalError() const { return m_journalError; }

    WorkspaceClient *client() const { return m_client; }
    JobJournal *journal() const { return m_journal.get(); }
    JobCenter *jobCenter() const { return m_jobs; }
    CatalogCache *catalog() const { return m_catalog; }

signals:
    void stateChanged(Session::State state);

private:
    void setState(State state);

    Profile m_profile;
    QString m_journalPath;
    State m_state = State::Idle;
    ApiError m_lastError;
    WorkspaceInfo m_workspace;
    QString m_journalError;
    WorkspaceClient *m_client = nullptr;
    std::unique_ptr<JobJournal> m_journal;
    JobCenter *m_jobs = nullptr;
    CatalogCache *m_catalog = nullptr;
};

} // namespace wsc
