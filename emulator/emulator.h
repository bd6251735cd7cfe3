#pragma once

#include "emulatoroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace wsemu {

class AuthVerifier;
class Catalog;
class EmulatorClock;
class FaultInjector;
class HttpFrontend;
class JobEngine;
class RequestPipeline;
class RequestStats;
class StateStore;
class TokenService;

// The console embeds it as its Sandbox, wsctl demo runs on it, and the integration tests use it
// as their server. It is written from the API documentation alone (never from models/ or api/).
/** wsemu: a local emulator of the Workspace, IAM and VPC APIs over real HTTP on loopback. */
class Emulator : public QObject
{
    Q_OBJECT

public:
    explicit Emulator(const EmulatorOptions &options = EmulatorOptions(),
                      QObject *parent = nullptr);
    ~Emulator() override;

    /** Loads the state file (if any) and listens; false with errorString() on failure. */
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /** Stops listening, drops connections and saves the state. */
    void stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    /** http://127.0.0.1:PORT (no trailing slash). */
    QUrl baseUrl() const;
    QString projectId() const { return m_options.projectId; }
    QString errorString() const { return m_errorString; }
    const EmulatorOptions &options() const { return m_options; }

    /** Writes pending state to the state file now. */
    bool saveState(QString *error = nullptr);

signals:
    /** A request was answered (or dropped); for in-process observers such as a Sandbox log. */
    void requestHandled(const QString &method, const QString &path, int status);

private:
    EmulatorOptions m_options;
    std::unique_ptr<EmulatorClock> m_clock;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<AuthVerifier> m_auth;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestStats> m_stats;
    StateStore *m_state = nullptr;
    JobEngine *m_jobs = nullptr;
    std::unique_ptr<RequestPipeline> m_pipeline;
    HttpFrontend *m_frontend = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_stateReady = false;
    QString m_errorString;
};

} // namespace wsemu
