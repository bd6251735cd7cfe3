// A test-only harness that opens the create wizard on a wsemu it starts itself, fills it like an
// administrator would and shows one page, for screenshots (not a test, not installed):
//
//   scripts/screenshot.sh docs/screenshots/wizard_users_en.png --size 1120x800 --
//       build/tests/bin/wsc_wizardshot --page users --lang en   (on one line)
//
// --page type|image|disks|network|eip|users|review, --lang en|zh_CN, --qm FILE (an extra
// catalog, e.g. a pseudo-translation), --errors (one rejected value on the page shown),
// --users N (rows imported through the CSV path; default 240).

#include "../wizardtestsupport.h"
#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/profiles/catalogcache.h"
#include "models/i18n/translator.h"
#include "models/itemmodels/createrequestmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/wizard/createdesktopwizard.h"
#include "ui/wizard/wizardpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

using namespace wsc;

namespace {

const QStringList Pages{QStringLiteral("type"),    QStringLiteral("image"), QStringLiteral("disks"),
                        QStringLiteral("network"), QStringLiteral("eip"),   QStringLiteral("users"),
                        QStringLiteral("review")};

QList<DesktopItem> users(int count)
{
    static const char *const groups[] = {"users", "administrators"};
    QList<DesktopItem> out;
    for (int i = 0; i < count; ++i) {
        DesktopItem item;
        item.userName = QStringLiteral("user%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.userEmail = item.userName + QStringLiteral("@example.com");
        item.userGroup = QString::fromLatin1(groups[i % 7 == 0 ? 1 : 0]);
        item.computerName = QStringLiteral("FIN-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        out << item;
    }
    return out;
}

void fill(CreateDesktopWizard *wizard, int userCount, const QString &page, bool errors)
{
    CreateRequestModel *m = wizard->requestModel();
    WizardTest::fillSeedRequest(m);
    Volume data;
    data.type = QStringLiteral("SSD");
    data.size = 100;
    Volume archive = data;
    archive.type = QStringLiteral("SAS");
    archive.size = errors && page == QLatin1String("disks") ? 105 : 500;
    if (page == QLatin1String("disks")) {
        // The disks page with a type provisioned by IOPS and throughput, and encryption keys.
        Volume root = m->rootVolume();
        root.type = QStringLiteral("GPSSD2");
        root.size = 80;
        root.iops = 5000;
        root.throughput = 250;
        root.kmsId = QStringLiteral("0d0466b0-d1e4-4d0f-8a2b-2a3b5b6c7d8e");
        m->setRootVolume(root);
        Volume fast;
        fast.type = QStringLiteral("GPSSD2");
        fast.size = 200;
        fast.iops = 3000;
        fast.throughput = 125;
        fast.kmsId = QStringLiteral("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        m->setDataVolumes({data, archive, fast});
    } else {
        m->setDataVolumes({data, archive});
    }
    QList<DesktopItem> rows = users(userCount);
    QList<int> lines;
    for (int i = 0; i < rows.size(); ++i)
        lines << i + 2;
    if (errors && page == QLatin1String("users") && rows.size() > 3) {
        rows[1].userName = QStringLiteral("2nd-user");
        rows[3].userEmail = QStringLiteral("finance.example.com");
    }
    m->users()->setRows(rows, lines);
    m->setUsersOrigin(QStringLiteral("/home/admin/finance-users.csv"));
    m->setEmailNotification(true);
    Tag team;
    team.key = QStringLiteral("team");
    team.value = QStringLiteral("finance");
    Tag cost;
    cost.key = errors && page == QLatin1String("users") ? QStringLiteral("_sys_cost")
                                                        : QStringLiteral("cost-center");
    cost.value = QStringLiteral("CC-1024");
    m->setTags({team, cost});
    if (errors && page == QLatin1String("type"))
        m->setEnterpriseProjectId(QStringLiteral("finance project!"));
    if (errors && page == QLatin1String("image"))
        m->setImageId(QStringLiteral("f0e9d8c7-b6a5-4493-8281-706f5e4d3c2b"));
    if (errors && page == QLatin1String("network")) {
        m->setNics({QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55"),
                    QStringLiteral("5dee0216-2260-47c2-9368-98a27d910e55")});
    }
    if (errors && page == QLatin1String("eip")) {
        m->setEipMode(CreateRequestModel::EipMode::Existing);
    }
    // The page on screen reads what was set (the others do when they are shown).
    if (WizardPage *shown = wizard->wizardPage(wizard->currentId()))
        shown->readModel();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
            {{QStringLiteral("page"), QStringLiteral("Page to show."), QStringLiteral("name"),
              QStringLiteral("type")},
             {QStringLiteral("lang"), QStringLiteral("Language."), QStringLiteral("code"),
              QStringLiteral("en")},
             {QStringLiteral("qm"), QStringLiteral("Extra catalog."), QStringLiteral("file")},
             {QStringLiteral("users"), QStringLiteral("User rows."), QStringLiteral("n"),
              QStringLiteral("240")},
             {QStringLiteral("errors"), QStringLiteral("Show a rejected value.")}});
    parser.process(app);
    const int target = std::max(0, int(Pages.indexOf(parser.value(QStringLiteral("page")))));

    Translator translator;
    translator.setLanguage(Translator::normalize(parser.value(QStringLiteral("lang"))));
    QTranslator extra;
    if (parser.isSet(QStringLiteral("qm")) && extra.load(parser.value(QStringLiteral("qm"))))
        QCoreApplication::installTranslator(&extra);

    EmulatorProcess emu;
    if (!emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")})) {
        qCritical("wsemu: %s", qPrintable(emu.errorString()));
        return 1;
    }
    ConnectionConfig config;
    EmulatorConfig::pointAt(config, emu, false);
    WorkspaceClient client(config);
    CatalogCache catalog(&client);
    QTemporaryDir dir;
    JobJournal journal(dir.filePath(QStringLiteral("jobs.sqlite")));
    journal.open();
    JobCenter jobs(&client, &journal, QStringLiteral("Sandbox"));

    CreateDesktopWizard wizard(&client, &catalog, &jobs);
    wizard.move(0, 0);
    wizard.show();
    const int userCount = parser.value(QStringLiteral("users")).toInt();
    const bool errors = parser.isSet(QStringLiteral("errors"));
    const QString page = Pages.at(target);

    // Once every catalog is in, fill the form and walk to the page (Next, like a person).
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
        for (const CatalogCache::Kind kind :
             {CatalogCache::Kind::Workspace, CatalogCache::Kind::Zones,
              CatalogCache::Kind::Products, CatalogCache::Kind::Images, CatalogCache::Kind::Subnets,
              CatalogCache::Kind::SecurityGroups}) {
            if (!catalog.isReady(kind))
                return;
        }
        poll->stop();
        fill(&wizard, userCount, page, false);
        QTimer::singleShot(100, &wizard, [&] {
            while (wizard.currentId() < target) {
                const int before = wizard.currentId();
                wizard.next();
                if (wizard.currentId() == before) {
                    qWarning("stuck on page %d", before);
                    break;
                }
            }
            if (errors)
                fill(&wizard, userCount, page, true);
        });
    });
    poll->start(50);
    return app.exec();
}
