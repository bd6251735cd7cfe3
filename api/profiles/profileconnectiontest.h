#pragma once

#include "api/http/apierror.h"
#include "api/http/connectionconfig.h"
#include "models/domain/workspaceinfo.h"

#include <QObject>
#include <QPointer>

namespace wsc {

class WorkspaceClient;

/**
 * "Test connection" of the profile editor: checks IAM (the credentials: a token, or a signed
 * project lookup) and Workspace (the tenant's workspace with those credentials) one after the
 * other, so that the editor can say which of the two failed and why.
 */
class ProfileConnectionTest : public QObject
{
    Q_OBJECT
public:
    enum class Step { Iam, Workspace };
    Q_ENUM(Step)
    enum class Outcome { NotRun, Running, Passed, Failed, Skipped };
    Q_ENUM(Outcome)

    explicit ProfileConnectionTest(const ConnectionConfig &config, QObject *parent = nullptr);
    ~ProfileConnectionTest() override;

    void start();
    void abort();
    bool isFinished() const { return m_finished; }

    Outcome outcome(Step step) const { return step == Step::Iam ? m_iam : m_workspace; }
    ApiError error(Step step) const { return step == Step::Iam ? m_iamError : m_workspaceError; }
    /** The project id IAM named for the region (empty when not found). */
    QString discoveredProjectId() const { return m_projectId; }
    WorkspaceInfo workspace() const { return m_info; }
    /** True when both steps passed. */
    bool passed() const { return m_iam == Outcome::Passed && m_workspace == Outcome::Passed; }

signals:
    void stepFinished(ProfileConnectionTest::Step step, ProfileConnectionTest::Outcome outcome);
    void finished();

private:
    void startWorkspace();
    void finish();

    ConnectionConfig m_config;
    WorkspaceClient *m_iamClient = nullptr;
    WorkspaceClient *m_workspaceClient = nullptr;
    Outcome m_iam = Outcome::NotRun;
    Outcome m_workspace = Outcome::NotRun;
    ApiError m_iamError;
    ApiError m_workspaceError;
    QString m_projectId;
    WorkspaceInfo m_info;
    bool m_finished = false;
};

} // namespace wsc
