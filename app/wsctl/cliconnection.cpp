#include "cliconnection.h"

#include "clicommand.h"
#include "clitr.h"
#include "cliwait.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/learnedratekeeper.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "emulator/emulator.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace wsc {

namespace {

constexpr int kKeychainTimeoutMs = 20000;

} // namespace

CliConnection::CliConnection(const CliGlobals &globals, QObject *parent)
    : QObject(parent)
    , m_globals(globals)
{}

CliConnection::~CliConnection()
{
    // The job center writes to the journal and calls the client while it goes: it goes first.
    delete m_jobs;
    m_jobs = nullptr;
    m_journal.reset();
    delete m_rateKeeper; // writes the learned pace while the profile store is still there
    m_rateKeeper = nullptr;
    delete m_client;
    m_client = nullptr;
    if (m_sandbox && m_sandbox->isRunning())
        m_sandbox->stop(); // saves the Sandbox's state for the console
}

ProfileStore *CliConnection::profiles()
{
    if (!m_profiles) {
        // The same QSettings file and keychain service as the console (same organization and
        // application names, set in main()), so both see the same profiles.
        m_settings = std::make_unique<QSettings>();
        m_secrets = new SecretStore(QStringLiteral("Workspace Console"),
                                    SecretStore::backendFromEnvironment(), this);
        m_profiles = new ProfileStore(m_settings.get(), m_secrets, this);
        m_profiles->ensureSandbox();
    }
    return m_profiles;
}

SecretStore *CliConnection::secrets()
{
    profiles();
    return m_secrets;
}

QString CliConnection::sandboxStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sandbox.json");
}

QString CliConnection::readStdinLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

int CliConnection::fail(QTextStream &err, const QString &message, int code)
{
    err << QStringLiteral("wsctl: ") << message << '\n';
    err.flush();
    return code;
}

int CliConnection::resolveProfile(QTextStream &err)
{
    ProfileStore *store = profiles();
    QString id;
    if (!m_globals.profile.isEmpty()) {
        id = store->idForName(m_globals.profile);
        // The Sandbox's name is translated when it is made; its id never is.
        if (id.isEmpty() && store->contains(m_globals.profile.trimmed().toLower()))
            id = m_globals.profile.trimmed().toLower();
        if (id.isEmpty()) {
            return fail(err,
                        CliTr::tr("there is no profile named \"%1\"; \"wsctl profiles list\" "
                                  "shows them.")
                                .arg(m_globals.profile),
                        CliCommand::ExitUsage);
        }
    } else {
        id = store->activeId();
    }
    m_profile = store->profile(id);
    m_config = m_profile.config;
    return 0;
}

void CliConnection::applyFlags()
{
    if (!m_globals.endpoint.isEmpty())
        m_config.workspaceEndpoint = QUrl(m_globals.endpoint);
    if (!m_globals.iamEndpoint.isEmpty())
        m_config.iamEndpoint = QUrl(m_globals.iamEndpoint);
    if (!m_globals.projectId.isEmpty())
        m_config.projectId = m_globals.projectId;
}

bool CliConnection::startSandbox(QString *error)
{
    const QString stateFile = sandboxStateFile();
    QDir().mkpath(QFileInfo(stateFile).absolutePath());
    wsemu::EmulatorOptions options;
    options.stateFile = stateFile;
    options.timeScale = SandboxTimeScale;
    m_sandbox = new wsemu::Emulator(options, this);
    if (!m_sandbox->start(QHostAddress::LocalHost, 0)) {
        *error = CliTr::tr("the Sandbox emulator could not start: %1")
                         .arg(m_sandbox->errorString());
        return false;
    }
    m_config.region = options.region;
    m_config.workspaceEndpoint = m_sandbox->baseUrl();
    m_config.iamEndpoint = m_sandbox->baseUrl();
    m_config.projectId = m_sandbox->projectId();
    m_config.authMode = ConnectionConfig::AuthMode::AkSk;
    m_config.accessKey = options.accessKey;
    m_config.secretKey = options.secretKey;
    m_config.securityToken.clear();
    m_config.proxyMode = ConnectionConfig::ProxyMode::None; // loopback never goes via a proxy
    m_config.createCap = options.createCap;
    return true;
}

int CliConnection::openOffline(QTextStream &err)
{
    if (m_client)
        return CliCommand::ExitOk;
    const int code = resolveProfile(err);
    if (code != CliCommand::ExitOk)
        return code;
    if (!m_globals.region.isEmpty())
        m_config.region = m_globals.region;
    applyFlags();
    // Nothing is sent with this client: it only gives the job center the profile's limits.
    m_client = new WorkspaceClient(m_config);
    return CliCommand::ExitOk;
}

int CliConnection::open(QTextStream &err)
{
    if (m_client)
        return CliCommand::ExitOk;
    int code = resolveProfile(err);
    if (code != CliCommand::ExitOk)
        return code;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    if (m_profile.sandbox && m_globals.endpoint.isEmpty()) {
        QString error;
        if (!startSandbox(&error))
            return fail(err, error, CliCommand::ExitApi);
    } else {
        // Secrets given for this run (standard input, then the environment) need no keychain:
        // a server without one can use every profile this way.
        QString stdinSecret;
        if (m_globals.skStdin || m_globals.passwordStdin)
            stdinSecret = readStdinLine();
        const QString environmentPassword = environment.value(passwordVariable());
        const bool iam = m_config.authMode == ConnectionConfig::AuthMode::IamPassword;
        const bool secretGiven = (m_globals.skStdin && !iam) || (m_globals.passwordStdin && iam)
                                 || (iam && !environmentPassword.isEmpty());
        const bool environmentHasKeys
                = !environment.value(QStringLiteral("HUAWEICLOUD_SDK_AK")).isEmpty()
                  && !environment.value(QStringLiteral("HUAWEICLOUD_SDK_SK")).isEmpty();
        if (!m_profile.sandbox && !environmentHasKeys && !secretGiven) {
            // Secrets live in the keychain only; read them for this run (never printed).
            QEventLoop loop;
            QString error;
            bool answered = false;
            profiles()->loadWithSecrets(m_profile.id, this,
                                        [&](const Profile &withSecrets, const QString &e) {
                                            answered = true;
                                            error = e;
                                            if (e.isEmpty())
                                                m_config = withSecrets.config;
                                            loop.quit();
                                        });
            QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
            if (!CliWait::run(loop))
                return CliCommand::ExitInterrupted;
            if (!answered)
                error = CliTr::tr("the keychain did not answer.");
            if (!error.isEmpty()) {
                return fail(err,
                            CliTr::tr("the secrets of profile \"%1\" could not be read: %2")
                                    .arg(m_profile.name, error),
                            CliCommand::ExitUsage);
            }
        }
        if (!m_globals.region.isEmpty())
            m_config.region = m_globals.region;
        m_environmentUsed = m_config.applyEnvironment(environment);
        if (!environmentPassword.isEmpty()
            && m_config.authMode == ConnectionConfig::AuthMode::IamPassword) {
            m_config.iamPassword = environmentPassword;
            m_environmentUsed << passwordVariable();
        }
        if (m_globals.skStdin)
            m_config.secretKey = stdinSecret;
        if (m_globals.passwordStdin)
            m_config.iamPassword = stdinSecret;
        applyFlags();
    }

    const QStringList problems = m_config.problems();
    if (!problems.isEmpty()) {
        QString text = CliTr::tr("profile \"%1\" cannot be used as it is:").arg(m_profile.name);
        for (const QString &p : problems)
            text += QStringLiteral("\n  - ") + p;
        text += QLatin1Char('\n')
                + CliTr::tr("Give the missing settings with \"wsctl profiles add\", the "
                            "HUAWEICLOUD_SDK_* variables or the global options.");
        text += QLatin1Char('\n')
                + CliTr::tr("Secrets for this run: --sk-stdin or --password-stdin (the first "
                            "line of standard input), or HUAWEICLOUD_SDK_SK or %1.")
                          .arg(passwordVariable());
        return fail(err, text, CliCommand::ExitUsage);
    }
    m_client = new WorkspaceClient(m_config);
    // The pace this run settles at is the profile's; not when --endpoint points elsewhere.
    if (!m_profile.id.isEmpty() && m_globals.endpoint.isEmpty())
        m_rateKeeper = new LearnedRateKeeper(m_client->governor(), profiles(), m_profile.id, this);
    return CliCommand::ExitOk;
}

int CliConnection::openJournal(QTextStream &err)
{
    if (m_journal && m_journal->isOpen())
        return CliCommand::ExitOk;
    const QString path = m_globals.journal.isEmpty()
                                 ? JobJournal::defaultPath()
                                 : QFileInfo(m_globals.journal).absoluteFilePath();
    m_journal = std::make_unique<JobJournal>(path);
    if (!m_journal->open())
        return fail(err, m_journal->errorString(), CliCommand::ExitUsage);
    return CliCommand::ExitOk;
}

JobCenter *CliConnection::jobCenter()
{
    if (!m_jobs && m_client && m_journal) {
        // Batches are journaled under the profile's name, as the console does.
        m_jobs = new JobCenter(m_client, m_journal.get(), m_profile.name);
    }
    return m_jobs;
}

} // namespace wsc
