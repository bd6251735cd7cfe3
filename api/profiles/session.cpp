#include "session.h"

#include "catalogcache.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"

namespace wsc {

Session::Session(const Profile &profile, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_journalPath(journalPath.isEmpty() ? JobJournal::defaultPath() : journalPath)
{
    m_client = new WorkspaceClient(profile.config, this);
    m_journal = std::make_unique<JobJournal>(m_journalPath);
    // Batches are journaled under the profile's name: that is what wsctl --profile names too.
    m_jobs = new JobCenter(m_client, m_journal.get(), profile.name, this);
    m_catalog = new CatalogCache(m_client, this);
}

Session::~Session()
{
    // The job center and the cache use the client and the journal: they go first.
    delete m_catalog;
    delete m_jobs;
    m_jobs = nullptr;
    m_journal.reset();
}

void Session::start()
{
    if (!m_journal->isOpen() && !m_journal->open())
        m_journalError = m_journal->errorString();
    m_jobs->resumeUnfinished();
    reconnect();
}

void Session::reconnect()
{
    setState(State::Connecting);
    // The workspace object needs the project (and token) first and proves that Workspace
    // itself answers with these credentials: one call checks the whole path.
    TypedCall<WorkspaceInfo> *call = m_client->workspaceInfo(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_lastError = call->error();
        if (call->isOk())
            m_workspace = call->result();
        setState(call->isOk() ? State::Connected : State::Failed);
    });
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace wsc
