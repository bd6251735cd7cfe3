#include "profileconnectiontest.h"

#include "api/http/workspaceclient.h"

namespace wsc {

namespace {

/** A test answers within seconds: one retry for a passing glitch, no long backoff. */
RetryPolicy quickPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.maxDelayMs = 2000;
    return policy;
}

} // namespace

ProfileConnectionTest::ProfileConnectionTest(const ConnectionConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

ProfileConnectionTest::~ProfileConnectionTest() = default;

void ProfileConnectionTest::start()
{
    m_finished = false;
    m_iam = Outcome::Running;
    m_workspace = Outcome::NotRun;
    // Without a configured project the client asks IAM for it: with AK/SK a signed project
    // lookup, with a password a token. Either proves the credentials against IAM alone.
    ConnectionConfig iamConfig = m_config;
    iamConfig.projectId.clear();
    delete m_iamClient;
    m_iamClient = new WorkspaceClient(iamConfig, this);
    m_iamClient->setRetryPolicy(quickPolicy());
    TypedCall<QString> *call = m_iamClient->discoverProject(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_iamError = call->error();
        if (call->isOk()) {
            m_iam = Outcome::Passed;
            m_projectId = call->result();
        } else {
            m_iam = call->error().kind == ApiError::Kind::Cancelled ? Outcome::NotRun
                                                                    : Outcome::Failed;
        }
        emit stepFinished(Step::Iam, m_iam);
        if (call->error().kind == ApiError::Kind::Cancelled) {
            finish();
            return;
        }
        startWorkspace();
    });
}

void ProfileConnectionTest::startWorkspace()
{
    ConnectionConfig config = m_config;
    if (config.projectId.isEmpty())
        config.projectId = m_projectId;
    if (config.projectId.isEmpty()) {
        // Nothing to address Workspace with: say so instead of reporting a second failure.
        m_workspace = Outcome::Skipped;
        emit stepFinished(Step::Workspace, m_workspace);
        finish();
        return;
    }
    m_workspace = Outcome::Running;
    delete m_workspaceClient;
    m_workspaceClient = new WorkspaceClient(config, this);
    m_workspaceClient->setRetryPolicy(quickPolicy());
    TypedCall<WorkspaceInfo> *call = m_workspaceClient->workspaceInfo(this);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_workspaceError = call->error();
        if (call->isOk()) {
            m_info = call->result();
            m_workspace = Outcome::Passed;
        } else {
            m_workspace = call->error().kind == ApiError::Kind::Cancelled ? Outcome::NotRun
                                                                          : Outcome::Failed;
        }
        emit stepFinished(Step::Workspace, m_workspace);
        finish();
    });
}

void ProfileConnectionTest::abort()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>();
    for (ApiCall *call : calls)
        call->abort();
}

void ProfileConnectionTest::finish()
{
    m_finished = true;
    emit finished();
}

} // namespace wsc
