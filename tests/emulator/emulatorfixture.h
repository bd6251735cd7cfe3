#pragma once

// What every in-process emulator test starts with: the emulator at time scale 0, a client for
// it, and the test routes that configure and reset it. Header-only like EmulatorTestClient.

#include "emulatortestclient.h"

#include "emulator/emulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStandardPaths>
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

/**
 * A POST /desktops body the seed catalog takes: desktops of @p desktopType on @p productId with
 * the gold image @p imageId and an 80 GB SAS system disk, plus @p extra ("desktops" or "size",
 * "desktop_name", ...).
 */
inline QJsonObject
createBody(const QJsonObject &extra, const QString &desktopType = QStringLiteral("DEDICATED"),
           const QString &productId = QStringLiteral("workspace.x86.general.large2.windows"),
           const QString &imageId = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f"))
{
    QJsonObject body{{QStringLiteral("desktop_type"), desktopType},
                     {QStringLiteral("product_id"), productId},
                     {QStringLiteral("image_type"), QStringLiteral("gold")},
                     {QStringLiteral("image_id"), imageId},
                     {QStringLiteral("root_volume"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                                  {QStringLiteral("size"), 80}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

/** An emulator at time scale 0 that keeps its state in @p stateFile: what restart tests start. */
inline wsemu::EmulatorOptions stateFileOptions(const QString &stateFile)
{
    wsemu::EmulatorOptions options;
    options.timeScale = 0;
    options.stateFile = stateFile;
    return options;
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

/**
 * Base of an in-process emulator test: the emulator, its client and the helpers each test
 * spelled out alike. A test derives from it, keeps its own slots, and calls startEmulator()
 * from initTestCase().
 */
class EmulatorTestCase : public QObject
{
protected:
    /** Test mode, then the emulator at time scale 0 and its client; false when it cannot listen. */
    bool startEmulator()
    {
        QStandardPaths::setTestModeEnabled(true);
        return EmulatorFixture::start(&m_emulator, &m_client);
    }
    /** The project-scoped path "/v2/{project_id}" + @p suffix. */
    QString p(const QString &suffix) const { return m_client->projectPath(suffix); }
    /** POST /_emulator/config; the test fails unless the settings are taken. */
    void configure(const QJsonObject &settings) { EmulatorFixture::configure(*m_client, settings); }
    /** Freezes the clock @p msFromStart after m_start, which a timeline test sets first. */
    void freezeAt(qint64 msFromStart)
    {
        EmulatorFixture::freezeAt(*m_client, m_start.addMSecs(msFromStart));
    }
    /** The job @p id as GET /workspace-jobs/{id} shows it. */
    QJsonObject job(const QString &id)
    {
        return m_client->get(p(QStringLiteral("/workspace-jobs/")) + id).json();
    }
    /** The desktop @p id as GET /desktops/{id} shows it. */
    QJsonObject desktop(const QString &id)
    {
        return m_client->get(p(QStringLiteral("/desktops/")) + id)
                .json()
                .value(QStringLiteral("desktop"))
                .toObject();
    }
    /** The id of the desktop named @p computerName (empty when there is none). */
    QString desktopId(const QString &computerName) { return m_client->desktopId(computerName); }

    std::unique_ptr<wsemu::Emulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    QDateTime m_start;
};
