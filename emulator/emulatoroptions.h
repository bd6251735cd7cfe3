#pragma once

#include "accesscredential.h"

#include <QList>
#include <QString>

namespace wsemu {

/** Every setting of the emulator: the wsemu flags, the Sandbox defaults and the test knobs. */
struct EmulatorOptions
{
    // Defaults that other layers depend on (docs/EMULATOR.md lists them).
    static constexpr const char *DefaultRegion = "cn-north-4";
    static constexpr const char *DefaultProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static constexpr const char *DefaultAccessKey = "HPUAWSEMUSANDBOX0001";
    static constexpr const char *DefaultSecretKey = "wsemuSandboxSecretKey0123456789abcdefghij";
    static constexpr const char *DefaultDomain = "sandbox";
    static constexpr const char *DefaultUser = "admin";
    static constexpr const char *DefaultPassword = "Sandbox#2026";
    static constexpr int DocumentedCreateLimit = 100;

    QString region = QString::fromLatin1(DefaultRegion);
    QString projectId = QString::fromLatin1(DefaultProjectId);
    QString accessKey = QString::fromLatin1(DefaultAccessKey);
    QString secretKey = QString::fromLatin1(DefaultSecretKey);
    // Temporary credentials (AK/SK + X-Security-Token); unused while tempAccessKey is empty.
    QString tempAccessKey;
    QString tempSecretKey;
    QString securityToken;
    QString domainName = QString::fromLatin1(DefaultDomain);
    QString userName = QString::fromLatin1(DefaultUser);
    QString password = QString::fromLatin1(DefaultPassword);
    QString domainType = QStringLiteral("LITE_AS"); // LITE_AS | LOCAL_AD

    int tokenLifetimeSeconds = 24 * 3600;
    int createCap = 50;                     // desktops per CreateDesktop request
    qint64 maxBodyBytes = 10 * 1024 * 1024; // larger request bodies get 413 before being read
    int desktopQuota = 100;                 // general_instances quota
    double timeScale = 1.0;                 // 0 = jobs finish instantly
    bool empty = false;                     // start without the pre-existing desktops
    int desktops = 0;  // generated desktops in place of the pre-existing ones (0 = the five)
    QString stateFile; // empty = memory only

    // Faults. The PRNG behind them is seeded with `seed` and used only for fault decisions.
    quint64 seed = 1;
    double failRate = 0.0;
    double resetRate = 0.0;
    double lostRate = 0.0;
    double subJobFailRate = 0.0;
    double rps = 0.0; // 0 = no throttling
    int latencyMs = 0;

    bool verbose = false; // one line per request on stderr (never headers or bodies)

    /** The AK/SK pairs to accept: the permanent one and, when set, the temporary one. */
    QList<AccessCredential> credentials() const;
};

} // namespace wsemu
