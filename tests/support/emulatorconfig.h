#pragma once

#include "emulatorprocess.h"

#include "api/http/connectionconfig.h"

namespace wsc {

// Header-only, for the tests that link wsc_api (tests/support itself does not):
//
//     ConnectionConfig c;
//     EmulatorConfig::pointAt(c, m_emu);   // then what the test needs: caps, timeouts, ...

/** Points a ConnectionConfig at a running wsemu, as every integration test of the client does. */
namespace EmulatorConfig {

/**
 * The emulator's region, both endpoints, AK/SK and no proxy; its project id too unless
 * @p withProject is false (the client then discovers it, as it does on a real cloud).
 */
inline void pointAt(ConnectionConfig &c, const EmulatorProcess &emu, bool withProject = true)
{
    c.region = QString::fromLatin1(EmulatorProcess::DefaultRegion);
    c.workspaceEndpoint = emu.baseUrl();
    c.iamEndpoint = emu.baseUrl();
    c.projectId = withProject ? emu.projectId() : QString();
    c.accessKey = QString::fromLatin1(EmulatorProcess::DefaultAccessKey);
    c.secretKey = QString::fromLatin1(EmulatorProcess::DefaultSecretKey);
    c.proxyMode = ConnectionConfig::ProxyMode::None;
}

/** The same with the emulator's IAM account: password mode, the project from the token. */
inline void pointAtWithPassword(ConnectionConfig &c, const EmulatorProcess &emu)
{
    pointAt(c, emu, false);
    c.authMode = ConnectionConfig::AuthMode::IamPassword;
    c.iamDomain = QString::fromLatin1(EmulatorProcess::DefaultDomain);
    c.iamUser = QString::fromLatin1(EmulatorProcess::DefaultUser);
    c.iamPassword = QString::fromLatin1(EmulatorProcess::DefaultPassword);
}

/** A fresh configuration for @p emu (AK/SK, its project). */
inline ConnectionConfig forEmulator(const EmulatorProcess &emu)
{
    ConnectionConfig c;
    pointAt(c, emu);
    return c;
}

} // namespace EmulatorConfig

} // namespace wsc
