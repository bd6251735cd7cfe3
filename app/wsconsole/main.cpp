// wsconsole: the Workspace Console GUI. Composition only: settings, translations, secrets,
// profiles, the Sandbox emulator and the session manager, handed to the main window.

#include "sandboxhost.h"

#include "api/http/mallocpolicy.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace wsc;

int main(int argc, char *argv[])
{
    MallocPolicy::returnLargeBlocksToSystem(); // before any thread allocates
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Workspace Console"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("UI language: en or zh_CN."),
                                            QStringLiteral("language"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("Open the profile with this name."),
                                           QStringLiteral("name"));
    const QCommandLineOption timeScaleOption(
            QStringLiteral("sandbox-time-scale"),
            QStringLiteral("Sandbox job speed (1 = about 6 s per desktop, 0 = instant)."),
            QStringLiteral("factor"), QString::number(SandboxHost::DefaultTimeScale));
    const QCommandLineOption stateOption(QStringLiteral("sandbox-state"),
                                         QStringLiteral("The Sandbox's state file."),
                                         QStringLiteral("file"));
    parser.addOptions({languageOption, profileOption, timeScaleOption, stateOption});

    // --help, --version and a bad command line only print and exit: they must work where there
    // is no display (a terminal over ssh, the man pages generated at build time), so they get a
    // Core application, which needs no platform plugin. parse() needs no application object;
    // process() below prints and exits.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool onlyPrints = !parser.parse(arguments) || parser.isSet(helpOption)
                            || parser.isSet(QStringLiteral("help-all"))
                            || parser.isSet(versionOption);
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("wsconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSC_VERSION));
    parser.process(*app);

    QApplication::setApplicationDisplayName(QStringLiteral("Workspace Console"));
    // The desktop entry's name: Wayland's app_id, which ties the window to its icon and entry.
    QApplication::setDesktopFileName(QStringLiteral(WSC_APP_ID));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/wsconsole-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    AppSettings settings;
    Translator translator;
    QString language = parser.isSet(languageOption)
                               ? Translator::normalize(parser.value(languageOption))
                               : settings.language();
    if (language.isEmpty())
        language = Translator::systemLanguage();
    translator.setLanguage(language);

    SecretStore secrets(QStringLiteral("Workspace Console"), SecretStore::backendFromEnvironment());
    secrets.probe();
    ProfileStore profiles(settings.settings(), &secrets);
    profiles.ensureSandbox();

    bool scaleOk = false;
    double timeScale = parser.value(timeScaleOption).toDouble(&scaleOk);
    if (!scaleOk || timeScale < 0)
        timeScale = SandboxHost::DefaultTimeScale;
    SandboxHost sandbox(parser.isSet(stateOption) ? parser.value(stateOption)
                                                  : SandboxHost::defaultStateFile(),
                        timeScale);
    SessionManager sessions(&profiles);
    sessions.setSandboxStarter([&sandbox](ConnectionConfig *config, QString *error) {
        return sandbox.fill(config, error);
    });

    MainWindow window(&settings, &profiles, &sessions, &translator);
    window.show();

    // --- start-up probe (bench/bench_startup.cpp, docs/PERFORMANCE.md) ----------------------
    // WSC_STARTUP_PROBE=1 prints "wsc-startup first-paint" once the main window is exposed;
    // Qt paints and flushes an exposed window before the next timer round, hence the extra 0.
    if (qEnvironmentVariableIsSet("WSC_STARTUP_PROBE")) {
        auto *probe = new QTimer(&window);
        QObject::connect(probe, &QTimer::timeout, &window, [probe, &window] {
            if (!window.windowHandle() || !window.windowHandle()->isExposed())
                return;
            probe->stop();
            QTimer::singleShot(0, &window, [] {
                std::fputs("wsc-startup first-paint\n", stdout);
                std::fflush(stdout);
            });
        });
        probe->start(1);
    }
    // --- end of start-up probe ---------------------------------------------------------------

    QString profileId = profiles.activeId();
    if (parser.isSet(profileOption)) {
        const QString named = profiles.idForName(parser.value(profileOption));
        if (!named.isEmpty())
            profileId = named;
        else
            qWarning("wsconsole: there is no profile named \"%s\"; opening \"%s\"",
                     qPrintable(parser.value(profileOption)),
                     qPrintable(profiles.profile(profileId).name));
    }
    sessions.activate(profileId);
    return QCoreApplication::exec();
}
