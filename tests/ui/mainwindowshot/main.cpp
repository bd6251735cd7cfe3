// wsc_mainwindowshot: a test-only harness (not installed, not a test) that opens the main
// window on a wsemu it starts, for screenshots:
//
//   scripts/screenshot.sh docs/screenshots/main_en.png --size 1400x860 --
//       build/tests/bin/wsc_mainwindowshot --lang en --select WKS-FIN-001 --jobs 12
//   (on one line)
//
// Options: --lang en|zh_CN, --qm FILE (an extra catalog, e.g. Chinese not merged yet),
// --size WxH (window size, at 0,0), --select NAME[,NAME...] (select desktops), --jobs N (start
// a create batch of N desktops so the jobs dock shows progress), --users (show the users tab),
// --profiles (open the profiles dialog on a sample profile), --create-user (open that dialog),
// --groups (sample user groups with members, the Groups tab on one of them), --picker (with
// --groups: the "Add members" picker open on it), --menu (open the Desktops menu), --action
// OBJECTNAME (open the confirmation of a desktop action, e.g. desktopDeleteAction), --type TEXT
// (type it into the confirmation's count field).
// Settings and secrets are the test kind: nothing of the real home is touched.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/profiles/profilestore.h"
#include "api/profiles/secretstore.h"
#include "api/profiles/session.h"
#include "api/profiles/sessionmanager.h"
#include "models/i18n/translator.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/desktopactions/desktopactiondialog.h"
#include "ui/directory/directorypickerdialog.h"
#include "ui/directory/groupsview.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/usersview.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/profiledialog.h"
#include "ui/widgets/typedcountconfirmation.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSocketNotifier>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <unistd.h>

using namespace wsc;

namespace {

int signalPipe[2] = {-1, -1};

/** SIGTERM (screenshot.sh ends the harness so) quits the event loop, so wsemu is stopped. */
void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WorkspaceConsole"));
    QApplication::setApplicationName(QStringLiteral("wsc_mainwindowshot"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("language"),
                                  QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption qm(QStringLiteral("qm"), QStringLiteral("extra catalog"),
                                QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"),
                                  QStringLiteral("WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("desktop"),
                                    QStringLiteral("name"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("desktops to create"),
                                  QStringLiteral("n"));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("users tab"));
    const QCommandLineOption profiles(QStringLiteral("profiles"), QStringLiteral("profiles"));
    const QCommandLineOption createUser(QStringLiteral("create-user"),
                                        QStringLiteral("create user dialog"));
    const QCommandLineOption groups(QStringLiteral("groups"), QStringLiteral("groups tab"));
    const QCommandLineOption picker(QStringLiteral("picker"), QStringLiteral("members picker"));
    const QCommandLineOption menu(QStringLiteral("menu"), QStringLiteral("open Desktops menu"));
    const QCommandLineOption action(QStringLiteral("action"), QStringLiteral("desktop action"),
                                    QStringLiteral("objectName"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("typed count"),
                                  QStringLiteral("text"));
    parser.addOptions({lang, qm, size, select, jobs, users, profiles, createUser, groups, picker,
                       menu, action, type});
    parser.process(app);

    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onTerminate);
    }

    EmulatorProcess emu;
    if (!emu.start({QStringLiteral("--time-scale"), QStringLiteral("0.5")})) {
        qCritical("wsc_mainwindowshot: %s", qPrintable(emu.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("console.conf")));
    Translator translator;
    translator.setLanguage(Translator::normalize(parser.value(lang)));
    QTranslator extra;
    if (parser.isSet(qm) && extra.load(parser.value(qm)))
        QCoreApplication::installTranslator(&extra);

    SecretStore secrets(QStringLiteral("wsc-shot"), SecretStore::Backend::Memory);
    ProfileStore store(settings.settings(), &secrets);
    store.ensureSandbox();
    SessionManager sessions(&store);
    sessions.setJournalPath(dir.filePath(QStringLiteral("jobs.sqlite")));
    sessions.setSandboxStarter([&emu](ConnectionConfig *config, QString *) {
        EmulatorConfig::pointAt(*config, emu);
        return true;
    });

    MainWindow window(&settings, &store, &sessions, &translator);
    const QStringList wh = parser.value(size).split(u'x');
    window.move(0, 0);
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();

    bool prepared = false;
    QObject::connect(window.desktopsView(), &DesktopsView::loaded, &window, [&](bool ok, int) {
        if (!ok || prepared)
            return;
        prepared = true;
        if (parser.isSet(jobs)) {
            CreateDesktopRequest request;
            request.desktopType = QStringLiteral("DEDICATED");
            request.availabilityZone = QStringLiteral("cn-north-4a");
            request.productId = QStringLiteral("workspace.x86.general.xlarge2.windows");
            request.imageType = QStringLiteral("gold");
            request.imageId = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");
            request.rootVolume.type = QStringLiteral("SSD");
            request.rootVolume.size = 80;
            const int n = parser.value(jobs).toInt();
            BatchSource source;
            source.origin = QStringLiteral("/home/admin/finance-users.csv");
            for (int i = 0; i < n; ++i) {
                DesktopItem item;
                item.userName = QStringLiteral("finance%1").arg(i + 1, 2, 10, QLatin1Char('0'));
                item.userEmail = item.userName + QStringLiteral("@example.com");
                item.computerName = QStringLiteral("FIN-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
                request.desktops << item;
                source.lines << i + 2;
            }
            sessions.session()->jobCenter()->startCreate(request, source);
        }
        if (parser.isSet(select)) {
            QTableView *table = window.desktopsView()->table();
            const QStringList names = parser.value(select).split(u',');
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (names.contains(table->model()
                                           ->index(row, DesktopTableModel::NameColumn)
                                           .data()
                                           .toString()))
                    table->selectionModel()->select(table->model()->index(row, 0),
                                                    QItemSelectionModel::Select
                                                            | QItemSelectionModel::Rows);
            }
        }
        if (parser.isSet(action)) {
            // After the selection's actions are judged and the window is drawn.
            QTimer::singleShot(500, &window, [&window, &parser, action, type] {
                if (auto *a = window.findChild<QAction *>(parser.value(action)))
                    a->trigger();
                auto *dialog = window.findChild<DesktopActionDialog *>();
                if (dialog && dialog->typedConfirmation() && parser.isSet(type))
                    dialog->typedConfirmation()->lineEdit()->setText(parser.value(type));
                if (dialog)
                    dialog->move(window.x() + 240, window.y() + 90);
            });
        }
        if (parser.isSet(menu)) {
            QTimer::singleShot(500, &window, [&window] {
                auto *desktopsMenu = window.findChild<QMenu *>(QStringLiteral("desktopsMenu"));
                desktopsMenu->popup(window.menuBar()->mapToGlobal(
                        window.menuBar()->actionGeometry(desktopsMenu->menuAction()).bottomLeft()));
            });
        }
        if (parser.isSet(users))
            window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))
                    ->setCurrentWidget(window.usersView());
        if (parser.isSet(createUser))
            window.findChild<QAction *>(QStringLiteral("createUserAction"))->trigger();
        if (parser.isSet(groups)) {
            // Sample groups, the first with the first five users of the demo directory.
            WorkspaceClient *client = sessions.session()->client();
            auto *list = client->users({}, &window);
            QObject::connect(list, &ApiCall::finished, &window, [&, client, list] {
                QStringList ids;
                for (const DirectoryUser &u : list->result()) {
                    if (ids.size() < 5)
                        ids << u.id;
                }
                const QList<QPair<QString, QString>> samples{
                        {QStringLiteral("finance"), QStringLiteral("Finance department")},
                        {QStringLiteral("engineering"), QStringLiteral("R&D, Beijing")},
                        {QStringLiteral("培训讲师"), QStringLiteral("内部培训")},
                        {QStringLiteral("contractors"), QStringLiteral("External staff")}};
                auto *pending = new int(int(samples.size()));
                for (const auto &sample : samples) {
                    auto *create = client->createUserGroup(sample.first, sample.second,
                                                           QStringLiteral("LOCAL"), &window);
                    QObject::connect(
                            create, &ApiCall::finished, &window, [&, client, create, ids, pending] {
                                const UserGroup group = create->result();
                                const auto done = [&, pending] {
                                    if (--*pending > 0)
                                        return;
                                    delete pending;
                                    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))
                                            ->setCurrentWidget(window.groupsView());
                                    auto *view = window.groupsView();
                                    QObject::connect(view, &GroupsView::loaded, view, [&, view] {
                                        view->selectGroup(QStringLiteral("finance"));
                                        if (!parser.isSet(picker))
                                            return;
                                        QObject::connect(
                                                view, &GroupsView::membersLoaded, view, [view] {
                                                    if (view->findChild<DirectoryPickerDialog *>())
                                                        return;
                                                    view->addMembers();
                                                });
                                    });
                                    view->refresh();
                                };
                                if (group.name != QLatin1String("finance")) {
                                    done();
                                    return;
                                }
                                auto *add = client->addUsersToGroup(group.id, ids, &window);
                                QObject::connect(add, &ApiCall::finished, &window, done);
                            });
                }
            });
        }
        if (parser.isSet(profiles)) {
            Profile sample;
            sample.name = QStringLiteral("Shanghai production");
            sample.config.region = QStringLiteral("cn-east-3");
            sample.config.accessKey = QStringLiteral("HPUAEXAMPLE7Q2MZK4R1");
            sample.config.secretKey = QStringLiteral("example-secret-key-not-real-000000000000");
            sample.config.proxyMode = ConnectionConfig::ProxyMode::Manual;
            sample.config.proxyHost = QStringLiteral("proxy.corp.example");
            sample.config.proxyPort = 3128;
            const QString id = store.save(sample);
            window.showProfiles();
            if (auto *dialog = window.findChild<ProfileDialog *>()) {
                dialog->move(40, 40);
                dialog->selectProfile(id);
            }
        }
    });
    sessions.activateStored();
    return app.exec();
}
