#include "sandboxhost.h"

#include "emulator/emulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wsc {

SandboxHost::SandboxHost(const QString &stateFile, double timeScale, QObject *parent)
    : QObject(parent)
    , m_stateFile(stateFile)
    , m_timeScale(timeScale)
{}

SandboxHost::~SandboxHost()
{
    if (m_emulator && m_emulator->isRunning())
        m_emulator->stop(); // saves the state file
}

QString SandboxHost::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sandbox.json");
}

bool SandboxHost::isRunning() const
{
    return m_emulator && m_emulator->isRunning();
}

bool SandboxHost::ensureRunning(QString *error)
{
    if (isRunning())
        return true;
    if (!m_stateFile.isEmpty())
        QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    wsemu::EmulatorOptions options;
    options.stateFile = m_stateFile;
    options.timeScale = m_timeScale;
    delete m_emulator;
    m_emulator = new wsemu::Emulator(options, this);
    if (!m_emulator->start(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("The Sandbox emulator could not start: %1").arg(m_emulator->errorString());
        return false;
    }
    return true;
}

bool SandboxHost::fill(ConnectionConfig *config, QString *error)
{
    if (!ensureRunning(error))
        return false;
    const wsemu::EmulatorOptions &options = m_emulator->options();
    config->region = options.region;
    config->workspaceEndpoint = m_emulator->baseUrl();
    config->iamEndpoint = m_emulator->baseUrl();
    config->projectId = m_emulator->projectId();
    config->authMode = ConnectionConfig::AuthMode::AkSk;
    config->accessKey = options.accessKey;
    config->secretKey = options.secretKey;
    config->securityToken.clear();
    config->proxyMode = ConnectionConfig::ProxyMode::None; // loopback never goes via a proxy
    config->verifyTls = true;
    config->createCap = options.createCap;
    return true;
}

} // namespace wsc
