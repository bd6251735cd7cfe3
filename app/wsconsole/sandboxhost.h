#pragma once

#include "api/http/connectionconfig.h"

#include <QObject>
#include <QString>

namespace wsemu {
class Emulator;
}

namespace wsc {

/**
 * The console's Sandbox: the emulator embedded in the GUI process on loopback, with its demo
 * tenant, its state kept in the app data folder and jobs that take a few seconds per desktop.
 * Started on first use; hands the session its endpoint and credentials.
 */
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    /** Sandbox jobs run at this multiple of the emulator's base timing (~6 s per desktop). */
    static constexpr double DefaultTimeScale = 0.5;

    /** @p stateFile: where the Sandbox keeps its desktops and users between runs. */
    explicit SandboxHost(const QString &stateFile, double timeScale = DefaultTimeScale,
                         QObject *parent = nullptr);
    ~SandboxHost() override;

    /** Starts the emulator unless it runs; false with @p error when it cannot listen. */
    bool ensureRunning(QString *error);
    /** Starts it if needed and points @p config at it (endpoints, project, AK/SK). */
    bool fill(ConnectionConfig *config, QString *error);
    bool isRunning() const;
    wsemu::Emulator *emulator() const { return m_emulator; }
    QString stateFile() const { return m_stateFile; }

    /** The Sandbox's state file in the app data folder. */
    static QString defaultStateFile();

private:
    QString m_stateFile;
    double m_timeScale;
    wsemu::Emulator *m_emulator = nullptr;
};

} // namespace wsc
