#pragma once

namespace wsemu {

class AuthVerifier;
class Catalog;
class EmulatorClock;
class FaultInjector;
class JobEngine;
class RequestStats;
class StateStore;
class TokenService;
struct EmulatorOptions;

/** The shared parts every route handler works with, owned by Emulator. */
struct ServiceContext
{
    EmulatorOptions *options = nullptr;
    EmulatorClock *clock = nullptr;
    Catalog *catalog = nullptr;
    StateStore *state = nullptr;
    JobEngine *jobs = nullptr;
    TokenService *tokens = nullptr;
    AuthVerifier *auth = nullptr;
    FaultInjector *faults = nullptr;
    RequestStats *stats = nullptr;
};

} // namespace wsemu
