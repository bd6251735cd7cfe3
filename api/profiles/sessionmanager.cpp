#include "sessionmanager.h"

#include "learnedratekeeper.h"
#include "profilestore.h"
#include "session.h"

#include "api/apitr.h"
#include "api/http/workspaceclient.h"

namespace wsc {

SessionManager::SessionManager(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{}

SessionManager::~SessionManager()
{
    delete m_session;
}

void SessionManager::activateStored()
{
    activate(m_profiles->activeId());
}

void SessionManager::activate(const QString &profileId)
{
    const int generation = ++m_generation;
    m_activating = true;
    m_profiles->loadWithSecrets(
            profileId, this,
            [this, generation, profileId](const Profile &loaded, const QString &error) {
                if (generation != m_generation)
                    return;
                m_activating = false;
                if (!loaded.isValid()) {
                    replaceSession(nullptr);
                    emit activationFailed(profileId, error);
                    return;
                }
                Profile profile = loaded;
                QString why;
                if (!resolve(&profile, &why)) {
                    replaceSession(nullptr);
                    emit activationFailed(profileId, why);
                    return;
                }
                // A keychain that could not be read leaves the secrets empty: the session's first
                // call then reports the missing credentials, which names the fix better than this
                // error.
                Q_UNUSED(error)
                m_profiles->setActiveId(profile.id);
                auto *session = new Session(profile, m_journalPath, this);
                new LearnedRateKeeper(session->client()->governor(), m_profiles, profile.id,
                                      session);
                replaceSession(session);
                session->start();
                emit sessionChanged(session);
            });
}

bool SessionManager::resolve(Profile *profile, QString *error) const
{
    if (!profile->sandbox)
        return true;
    QString why;
    if (!m_sandboxStarter)
        why = ApiTr::tr("This program has no Sandbox built in.");
    else if (!m_sandboxStarter(&profile->config, &why) && why.isEmpty())
        why = ApiTr::tr("The Sandbox could not be started.");
    if (error)
        *error = why;
    return why.isEmpty();
}

void SessionManager::replaceSession(Session *next)
{
    if (m_session) {
        emit sessionAboutToChange();
        Session *old = m_session;
        m_session = nullptr;
        delete old;
    }
    m_session = next;
}

} // namespace wsc
