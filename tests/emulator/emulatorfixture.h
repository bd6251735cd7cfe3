#pragma once

// What every in-process emulator test starts with: the emulator at time scale 0, a client for
// it, and the test routes that configure and reset it. Header-only like EmulatorTestClient.

#include "emulatortestclient.h"

#include "emulator/emulator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTest>

#include <memory>

/** Starts, configures and resets the in-process emulator of an emulator test. */
namespace EmulatorFixture {

/**
 * Starts an emulator at time scale 0 (jobs end at once) and a client for it; false (the reason
 * logged) when it cannot listen. Call from initTestCase(), after setTestModeEnabled().
 */
inline bool start(std::unique_ptr<wsemu::Emulator> *emulator,
                  std::unique_ptr<EmulatorTestClient> *client)
{
    wsemu::EmulatorOptions options;
    options.timeScale = 0;
    *emulator = std::make_unique<wsemu::Emulator>(options);
    if (!(*emulator)->start()) {
        qWarning("The emulator did not start: %s", qPrintable((*emulator)->errorString()));
        return false;
    }
    *client = std::make_unique<EmulatorTestClient>((*emulator)->baseUrl(),
                                                   (*emulator)->projectId());
    return true;
}

/** POST /_emulator/config; the test fails unless the settings are taken. */
inline void configure(EmulatorTestClient &client, const QJsonObject &settings)
{
    QCOMPARE(client.post(QStringLiteral("/_emulator/config"), settings,
                         EmulatorTestClient::Auth::None)
                     .status,
             200);
}

/** POST /_emulator/reset: back to the seed data, or to nothing at all with @p empty. */
inline void reset(EmulatorTestClient &client, bool empty = false)
{
    QCOMPARE(client.post(QStringLiteral("/_emulator/reset"),
                         QJsonObject{{QStringLiteral("empty"), empty}},
                         EmulatorTestClient::Auth::None)
                     .status,
             200);
}

/** The real clock, time scale 0, no failed sub-jobs, seed 1, then the seed data again. */
inline void resetToRealClock(EmulatorTestClient &client)
{
    configure(client,
              QJsonObject{{QStringLiteral("clock"), QJsonObject{{QStringLiteral("real"), true}}},
                          {QStringLiteral("time_scale"), 0},
                          {QStringLiteral("subjob_fail_rate"), 0},
                          {QStringLiteral("seed"), 1}});
    reset(client);
}

/**
 * Freezes the emulator's clock at @p at, so that the test steps every state in turn. AK/SK
 * requests carry X-Sdk-Date from the real clock: a time near now keeps them valid.
 */
inline void freezeAt(EmulatorTestClient &client, const QDateTime &at)
{
    configure(
            client,
            QJsonObject{{QStringLiteral("clock"),
                         QJsonObject{{QStringLiteral("fixed"), at.toString(Qt::ISODateWithMs)}}}});
}

} // namespace EmulatorFixture
