// A test-only harness (not installed): opens the assignment wizard on a fresh wsemu with a few
// desktops paired in every state, for screenshots (scripts/screenshot.sh).
//   wsc_assignshot [--lang en|zh_CN] [--page pair|review|shared] [--pseudo] [--extra-qm FILE]
// --pseudo doubles every translated text, to see what clips in a longer language;
// --extra-qm loads one more catalog on top (a preview of strings not merged yet).

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "models/i18n/translator.h"
#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/desktoplistmodel.h"
#include "support/doublingtranslator.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/assign/assigndesktopswizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <csignal>

using namespace wsc;

namespace {

// scripts/screenshot.sh ends the harness with SIGTERM: quit the event loop so that the
// EmulatorProcess destructor stops wsemu instead of leaving it running.
volatile std::sig_atomic_t g_terminate = 0;

void onTerminate(int)
{
    g_terminate = 1;
}

bool waitFor(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    return call->isFinished() || spy.wait(15000);
}

bool createDesktops(WorkspaceClient &client, int count, const QString &type, const QString &product,
                    const QString &image, const QString &name)
{
    CreateDesktopRequest r;
    r.desktopType = type;
    r.productId = product;
    r.imageType = QStringLiteral("gold");
    r.imageId = image;
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    r.size = count;
    r.desktopName = name;
    auto *call = client.createDesktops(r);
    return waitFor(call) && call->isOk();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lang"), QStringLiteral("UI language"), QStringLiteral("code"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("pair, review or shared"),
                      QStringLiteral("page"), QStringLiteral("pair")});
    parser.addOption({QStringLiteral("pseudo"), QStringLiteral("double every text")});
    parser.addOption({QStringLiteral("extra-qm"), QStringLiteral("one more catalog"),
                      QStringLiteral("file")});
    parser.process(app);

    Translator translator;
    DoublingTranslator pseudo;
    if (parser.isSet(QStringLiteral("pseudo")))
        QCoreApplication::installTranslator(&pseudo);
    else
        translator.setLanguage(parser.value(QStringLiteral("lang")));
    QTranslator extra;
    if (parser.isSet(QStringLiteral("extra-qm"))
        && extra.load(parser.value(QStringLiteral("extra-qm"))))
        QCoreApplication::installTranslator(&extra);

    EmulatorProcess emu;
    if (!emu.start(
                {QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--empty")})) {
        qCritical("wsemu: %s", qPrintable(emu.errorString()));
        return 1;
    }
    ConnectionConfig config;
    EmulatorConfig::pointAt(config, emu);
    WorkspaceClient client(config);
    const QString win = QStringLiteral("workspace.x86.general.large2.windows");
    const QString winImage = QStringLiteral("a866298d-67db-44b0-a1f1-9d09bdddc20f");
    if (!createDesktops(client, 14, QStringLiteral("DEDICATED"), win, winImage,
                        QStringLiteral("FIN"))
        || !createDesktops(client, 1, QStringLiteral("SHARED"), win, winImage,
                           QStringLiteral("LAB-SHARED"))) {
        qCritical("could not create desktops");
        return 1;
    }

    QTemporaryDir dir;
    JobJournal journal(dir.filePath(QStringLiteral("journal.db")));
    journal.open();
    JobCenter jobs(&client, &journal, QStringLiteral("Sandbox"));
    AssignDesktopsWizard dialog(&client, &jobs);
    dialog.move(0, 0); // sized by the wizard to the screen it opens on
    QSignalSpy loaded(&dialog, &AssignDesktopsWizard::loaded);
    dialog.show();
    if (!dialog.isLoaded())
        loaded.wait(15000);

    // Ten desktops for the finance team, from a CSV of users; one shared lab desktop.
    AssignmentModel *model = dialog.model();
    QList<DesktopInfo> chosen;
    for (const DesktopInfo &d : dialog.desktopModel()->desktops()) {
        if (d.computerName.startsWith(QLatin1String("FIN")) && chosen.size() < 10)
            chosen.append(d);
        if (d.desktopType == QLatin1String("SHARED"))
            chosen.append(d);
    }
    std::sort(chosen.begin(), chosen.end(), [](const DesktopInfo &a, const DesktopInfo &b) {
        return a.desktopType < b.desktopType
               || (a.desktopType == b.desktopType && a.computerName < b.computerName);
    });
    model->addDesktops(chosen); // the desktops list follows: they leave it
    const QStringList users{QStringLiteral("zhangwei"),     QStringLiteral("wangfang"),
                            QStringLiteral("liuyang"),      QStringLiteral("chenjing"),
                            QStringLiteral("alice"),        QStringLiteral("bob_chen"),
                            QStringLiteral("emma_schmidt"), QStringLiteral("new.hire"),
                            QStringLiteral("olivia-wang")};
    for (int i = 0; i < users.size(); ++i)
        model->setUser(i, users.at(i));
    model->setData(model->index(1, AssignmentModel::GroupColumn), QStringLiteral("administrators"));
    model->setData(model->index(2, AssignmentModel::NewNameColumn), QStringLiteral("FIN-LIU-01"));
    model->setData(model->index(3, AssignmentModel::ClearDataColumn), Qt::Unchecked,
                   Qt::CheckStateRole);
    model->setData(model->index(4, AssignmentModel::EmailColumn),
                   QStringLiteral("alice@example.com"));
    const int shared = model->rowCount() - 1;
    model->setSharedUsers(shared,
                          {{QStringLiteral("USER"), QString(), QStringLiteral("david-miller"),
                            QStringLiteral("users"), QString()},
                           {QStringLiteral("USER"), QString(), QStringLiteral("liuyang"),
                            QStringLiteral("users"), QString()},
                           {QStringLiteral("GROUP"), QStringLiteral("grp-0042"),
                            QStringLiteral("研发部"), QStringLiteral("users"), QString()}});

    const QString page = parser.value(QStringLiteral("page"));
    if (page == QLatin1String("review")) {
        // The review needs every row valid: take the row with the bad name out.
        model->removeRows(7, 1);
        model->removeRows(8, 1);
        dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"))->click();
    } else if (page == QLatin1String("shared")) {
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("assignmentView"));
        view->setCurrentIndex(view->model()->index(shared, AssignmentModel::UserColumn));
        dialog.findChild<QPushButton *>(QStringLiteral("sharedUsersButton"))->click();
    } else {
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("assignmentView"));
        view->setCurrentIndex(view->model()->index(9, AssignmentModel::UserColumn));
        view->setFocus();
    }
    std::signal(SIGTERM, onTerminate);
    std::signal(SIGINT, onTerminate);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [] {
        if (g_terminate)
            QCoreApplication::quit();
    });
    watch.start(100);
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);
    const int rc = app.exec();
    emu.stop();
    return rc;
}
