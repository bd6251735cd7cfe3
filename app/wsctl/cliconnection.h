#pragma once

#include "cliglobals.h"

#include "api/http/connectionconfig.h"
#include "api/profiles/profile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace wsemu {
class Emulator;
}
class QSettings;
class QTextStream;

namespace wsc {

class JobCenter;
class JobJournal;
class LearnedRateKeeper;
class ProfileStore;
class SecretStore;
class WorkspaceClient;

/**
 * What a wsctl command connects with: the console's profiles (same settings and keychain as
 * the GUI), the chosen profile completed with its secrets, the HUAWEICLOUD_SDK_* environment and
 * the command-line flags (in that order of precedence; secrets from standard input with
 * --sk-stdin or --password-stdin are the strongest), the WorkspaceClient on it, the shared
 * job journal and a JobCenter. The Sandbox profile runs the emulator in this process.
 */
class CliConnection : public QObject
{
    Q_OBJECT
public:
    explicit CliConnection(const CliGlobals &globals, QObject *parent = nullptr);
    ~CliConnection() override;

    /** The profiles in the console's settings (the Sandbox is added on the first run). */
    ProfileStore *profiles();
    SecretStore *secrets();

    /**
     * Picks the profile (--profile, else the active one), reads its secrets unless the
     * environment gives them, applies the environment and the flags, starts the Sandbox when it
     * is the Sandbox. ExitOk, or an exit code after saying why on @p err.
     */
    int open(QTextStream &err);
    /** Like open() without credentials: for commands that only read the journal. */
    int openOffline(QTextStream &err);

    const Profile &profile() const { return m_profile; }
    const ConnectionConfig &config() const { return m_config; }
    /** The HUAWEICLOUD_SDK_* variables that were applied. */
    QStringList environmentUsed() const { return m_environmentUsed; }
    bool isSandbox() const { return m_sandbox != nullptr; }
    WorkspaceClient *client() const { return m_client; }

    /** Opens the journal (--journal, else the console's shared one). */
    int openJournal(QTextStream &err);
    JobJournal *journal() const { return m_journal.get(); }
    /** The JobCenter of the profile on the client and the journal (made on first use). */
    JobCenter *jobCenter();

    /** One line from standard input, without its line break (a secret never touches argv). */
    static QString readStdinLine();
    /** The variable that gives the IAM password of an IAM-password profile. */
    static QString passwordVariable() { return QStringLiteral("WSCTL_IAM_PASSWORD"); }

    /** The Sandbox's state file, shared with the console. */
    static QString sandboxStateFile();
    /** Sandbox jobs run at this multiple of the emulator's timing, as in the console. */
    static constexpr double SandboxTimeScale = 0.5;

private:
    int resolveProfile(QTextStream &err);
    int fail(QTextStream &err, const QString &message, int code);
    bool startSandbox(QString *error);
    void applyFlags();

    CliGlobals m_globals;
    std::unique_ptr<QSettings> m_settings;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_profiles = nullptr;
    Profile m_profile;
    ConnectionConfig m_config;
    QStringList m_environmentUsed;
    wsemu::Emulator *m_sandbox = nullptr;
    WorkspaceClient *m_client = nullptr;
    LearnedRateKeeper *m_rateKeeper = nullptr;
    std::unique_ptr<JobJournal> m_journal;
    JobCenter *m_jobs = nullptr;
};

} // namespace wsc
