#pragma once

// The console an end-to-end test drives through its main window (tst_*endtoend.cpp): a wsemu
// process and the window's stores, with the Sandbox profile pointing at that process.

#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/settings/appsettings.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace wsc {

/**
 * wsemu, and what MainWindow is built from: settings in a temporary folder, secrets in memory,
 * the profiles with the Sandbox one (its server is the wsemu process), the sessions with their
 * journal, and the English translator.
 */
struct ConsoleFixture
{
    EmulatorProcess emu;
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<SessionManager> sessions;
    std::unique_ptr<Translator> translator;

    /** Starts wsemu with @p emulatorArgs and builds the stores; call from initTestCase(). */
    void start(const QStringList &emulatorArgs)
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QVERIFY(dir.isValid());
        QVERIFY2(emu.start(emulatorArgs), qPrintable(emu.errorString()));
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("console.conf")));
        secrets = std::make_unique<SecretStore>(QStringLiteral("wsc-test"),
                                                SecretStore::Backend::Memory);
        profiles = std::make_unique<ProfileStore>(settings->settings(), secrets.get());
        profiles->ensureSandbox();
        sessions = std::make_unique<SessionManager>(profiles.get());
        sessions->setJournalPath(dir.filePath(QStringLiteral("jobs.sqlite")));
        sessions->setSandboxStarter([this](ConnectionConfig *config, QString *) {
            EmulatorConfig::pointAt(*config, emu);
            return true;
        });
        translator = std::make_unique<Translator>();
        translator->setLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }

    /** Ends the sessions, then wsemu, which must exit cleanly (cleanupTestCase()). */
    void stop()
    {
        sessions.reset();
        QCOMPARE(emu.stop(), 0);
    }
};

} // namespace wsc
