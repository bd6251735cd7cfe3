#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;

// `wsemu --listen 127.0.0.1:0 <args>`; it reads the first line ("wsemu listening on
// http://127.0.0.1:PORT project_id=ID"). Include as "support/emulatorprocess.h":
//
//     EmulatorProcess emu;
//     QVERIFY2(emu.start({"--time-scale", "0", "--empty"}), qPrintable(emu.errorString()));
//     ... requests to emu.baseUrl() with EmulatorProcess::DefaultAccessKey/SecretKey ...
//     QCOMPARE(emu.state()["desktops"].toObject()["total"].toInt(), 3);
/** Runs the wsemu executable for an integration test and talks to its /_emulator/ routes. */
class EmulatorProcess
{
public:
    // The emulator's documented defaults (docs/EMULATOR.md).
    static constexpr const char *DefaultRegion = "cn-north-4";
    static constexpr const char *DefaultProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static constexpr const char *DefaultAccessKey = "HPUAWSEMUSANDBOX0001";
    static constexpr const char *DefaultSecretKey = "wsemuSandboxSecretKey0123456789abcdefghij";
    static constexpr const char *DefaultDomain = "sandbox";
    static constexpr const char *DefaultUser = "admin";
    static constexpr const char *DefaultPassword = "Sandbox#2026";

    EmulatorProcess();
    ~EmulatorProcess(); // kills a process that is still running
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    /** The wsemu built with this tree (baked in at build time). */
    static QString executable();

    /** Starts wsemu with --listen 127.0.0.1:0 and `args`; waits for the first line. */
    bool start(const QStringList &args = {}, int timeoutMs = 10000);
    bool isRunning() const;
    /** The wsemu process id (0 when not running), e.g. to read its memory use. */
    qint64 processId() const;
    QString errorString() const { return m_error; }
    QString firstLine() const { return m_firstLine; }

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return static_cast<quint16>(m_baseUrl.port()); }
    QString projectId() const { return m_projectId; }

    /** SIGTERM and wait; returns the exit code, or -1 when it crashed or had to be killed. */
    int stop(int timeoutMs = 10000);
    void kill();
    /** What wsemu wrote to stderr so far (its --verbose log and errors). */
    QByteArray standardError();

    /** GET /_emulator/state (counts, per computer-name counts, requests, last auth decision). */
    QJsonObject state(int timeoutMs = 5000);
    /**
     * From state(): the requests to @p route (as wsemu names it, e.g.
     * "POST /v2/{project_id}/desktops") answered with @p status, or with any status when empty.
     */
    int requestCount(const QString &route, const QString &status = {}, int timeoutMs = 5000);
    /** GET /_emulator/jobs: every job with its sub-jobs. */
    QJsonObject jobs(int timeoutMs = 5000);
    /** POST /_emulator/config; returns {"config":{...}} or an {"error_code","error_msg"} body. */
    QJsonObject configure(const QJsonObject &settings, int timeoutMs = 5000);
    /** POST /_emulator/reset: back to the seed tenant (without desktops when `empty`). */
    QJsonObject reset(bool empty, int timeoutMs = 5000);

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body,
                     int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_projectId;
    QString m_firstLine;
    QString m_error;
    QByteArray m_stderr;
};
