#pragma once

#include "profile.h"
#include "session.h"

#include "api/http/connectionconfig.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace wsc {

class ProfileStore;

/**
 * Turns the active profile into a running Session: reads the profile's secrets, asks the
 * composition layer for the Sandbox's endpoint when the profile is the Sandbox, and replaces
 * the previous session cleanly (sessionAboutToChange() first, so views let go of it).
 */
class SessionManager : public QObject
{
    Q_OBJECT
public:
    /**
     * Starts the embedded emulator if needed and fills @p config with its endpoints, project and
     * credentials; false with @p error when it cannot run. Set by app/ (api/ and ui/ never link
     * the emulator).
     */
    using SandboxStarter = std::function<bool(ConnectionConfig *config, QString *error)>;

    explicit SessionManager(ProfileStore *profiles, QObject *parent = nullptr);
    ~SessionManager() override;

    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }
    bool hasSandbox() const { return bool(m_sandboxStarter); }
    /** The job journal sessions use (empty: JobJournal::defaultPath()). */
    void setJournalPath(const QString &path) { m_journalPath = path; }

    /**
     * Completes @p profile for use: for the Sandbox, starts it and fills in its endpoint and
     * credentials. False with @p error when that fails. Other profiles are left as they are.
     */
    bool resolve(Profile *profile, QString *error) const;

    /** Makes @p profileId the active profile and starts its session (asynchronously). */
    void activate(const QString &profileId);
    /** Starts the session of the store's active profile. */
    void activateStored();

    Session *session() const { return m_session; }
    ProfileStore *profiles() const { return m_profiles; }
    /** True between activate() and sessionChanged()/activationFailed(). */
    bool isActivating() const { return m_activating; }

signals:
    /** The current session is about to be deleted: drop every pointer into it. */
    void sessionAboutToChange();
    /** A new session runs (already started). */
    void sessionChanged(Session *session);
    /** The profile could not be opened (translated message); the previous session is gone. */
    void activationFailed(const QString &profileId, const QString &message);

private:
    void replaceSession(Session *next);

    ProfileStore *m_profiles;
    SandboxStarter m_sandboxStarter;
    QString m_journalPath;
    QPointer<Session> m_session;
    int m_generation = 0; ///< an activation answered after a newer one started is dropped
    bool m_activating = false;
};

} // namespace wsc
