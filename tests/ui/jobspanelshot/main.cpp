// wsc_jobspanelshot: opens the jobs panel on a running wsemu with one batch that ended with
// failures and one that is still running, for screenshots (test-only, not installed).
//
//   scripts/screenshot.sh docs/screenshots/jobs-panel-en.png --wait 12 --size 1280x660 --
//       build/tests/bin/wsc_jobspanelshot [--lang zh_CN] [--pseudo]
//
// --pseudo installs a translator that doubles every text, to see that nothing clips.
// --truth shows instead a batch of desktops without users (size = 10) with some failed, a batch
// the service refused, and a running one.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/jobtreemodel.h"
#include "models/i18n/translator.h"
#include "support/doublingtranslator.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/jobs/jobsdock.h"
#include "ui/jobs/jobspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace wsc;

namespace {

CreateDesktopRequest request(const QString &product, const QString &image, int count,
                             const QString &prefix)
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = product;
    r.imageType = QStringLiteral("gold");
    r.imageId = image;
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    const QStringList users{QStringLiteral("zhang.wei"), QStringLiteral("li.na"),
                            QStringLiteral("wang.fang"), QStringLiteral("liu.yang"),
                            QStringLiteral("chen.jie"),  QStringLiteral("yang.lei"),
                            QStringLiteral("zhao.min"),  QStringLiteral("huang.li")};
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1%2").arg(users.at(i % users.size())).arg(i);
        d.userName.replace(QLatin1Char('.'), QLatin1Char('_'));
        d.userGroup = QStringLiteral("default");
        d.computerName = QStringLiteral("%1-%2").arg(prefix).arg(i + 1, 3, 10, QLatin1Char('0'));
        r.desktops.append(d);
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser args;
    args.addOption(QCommandLineOption(QStringLiteral("lang"), QStringLiteral("language"),
                                      QStringLiteral("code"), QStringLiteral("en")));
    args.addOption(QCommandLineOption(QStringLiteral("pseudo"), QStringLiteral("doubled texts")));
    args.addOption(QCommandLineOption(QStringLiteral("truth"),
                                      QStringLiteral("unassigned, refused and running batches")));
    args.process(app);
    Translator translator;
    translator.setLanguage(args.value(QStringLiteral("lang")));
    DoublingTranslator doubling;
    if (args.isSet(QStringLiteral("pseudo")))
        QCoreApplication::installTranslator(&doubling);

    EmulatorProcess emu;
    if (!emu.start({QStringLiteral("--empty"), QStringLiteral("--time-scale"),
                    QStringLiteral("0.01"), QStringLiteral("--seed"), QStringLiteral("12"),
                    QStringLiteral("--desktop-quota"), QStringLiteral("10000")})) {
        qWarning("%s", qPrintable(emu.errorString()));
        return 1;
    }
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, emu);
    WorkspaceClient client(c);
    QTemporaryDir dir;
    JobJournal journal(dir.filePath(QStringLiteral("jobs.sqlite")));
    if (!journal.open())
        return 1;
    JobCenter center(&client, &journal, QStringLiteral("Sandbox"));
    center.setPollIntervals(300, 1000);

    QMainWindow window;
    auto *placeholder = new QLabel(&window);
    placeholder->setMinimumHeight(40);
    window.setCentralWidget(placeholder);
    auto *dock = new JobsDock(&center, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.setWindowTitle(QStringLiteral("Workspace Console"));
    window.move(0, 0);
    window.resize(1280, 660);
    window.show();
    window.resizeDocks({dock}, {600}, Qt::Vertical);

    // Fixed product and image of the emulator's Linux catalog.
    auto *products = client.products({{QStringLiteral("os_type"), QStringLiteral("Linux")}});
    QObject::connect(products, &ApiCall::finished, &app, [&, products] {
        auto *images = client.images({{QStringLiteral("os_type"), QStringLiteral("Linux")},
                                      {QStringLiteral("image_type"), QStringLiteral("gold")}});
        QObject::connect(images, &ApiCall::finished, &app, [&, products, images] {
            QString product;
            QString image;
            for (const Product &p : products->result())
                for (const ImageInfo &i : images->result())
                    if (product.isEmpty() && p.isAvailable() && p.architecture == i.architecture
                        && i.minDiskGb <= 80 && i.minRamMb <= p.memoryMb) {
                        product = p.productId;
                        image = i.id;
                    }
            if (args.isSet(QStringLiteral("truth"))) {
                emu.configure({{QStringLiteral("subjob_fail_rate"), 0.4}});
                CreateDesktopRequest lab = request(product, image, 0, QString());
                lab.size = 10;
                lab.desktopName = QStringLiteral("LAB");
                const QString unassigned = center.startCreate(lab, {});
                QObject::connect(
                        &center, &JobCenter::batchFinished, &app,
                        [&, unassigned, product, image](const QString &id) {
                            JobsPanel *panel = dock->panel();
                            if (id == unassigned) {
                                emu.configure({{QStringLiteral("subjob_fail_rate"), 0},
                                               {QStringLiteral("desktop_quota"), 12}});
                                BatchSource csv{QStringLiteral("/home/admin/new-staff.csv"),
                                                {2, 3, 4, 5, 6}};
                                center.startCreate(
                                        request(product, image, 5, QStringLiteral("NEW")), csv);
                                return;
                            }
                            if (!center.batch(id).isRefused())
                                return;
                            emu.configure({{QStringLiteral("desktop_quota"), 10000},
                                           {QStringLiteral("time_scale"), 0.4}});
                            center.startCreate(request(product, image, 60, QStringLiteral("ENG")),
                                               BatchSource{QStringLiteral("wizard"), {}});
                            QTreeView *tree = panel->view();
                            const QModelIndex u = panel->model()->indexOfBatch(unassigned);
                            tree->expand(u);
                            for (int r = 0; r < panel->model()->rowCount(u); ++r) {
                                const QModelIndex child = panel->model()->index(r, 0, u);
                                if (child.data(JobTreeModel::OutcomeRole).toInt()
                                    == static_cast<int>(BatchItem::Outcome::Failed)) {
                                    tree->setCurrentIndex(child);
                                    break;
                                }
                            }
                            QTimer::singleShot(1500, tree, [tree] {
                                for (int col = 0; col < JobTreeModel::ColumnCount - 1; ++col)
                                    tree->resizeColumnToContents(col);
                            });
                        });
                return;
            }
            emu.configure({{QStringLiteral("subjob_fail_rate"), 0.4}});
            BatchSource csv{QStringLiteral("/home/admin/新员工-2026.csv"), {}};
            for (int i = 0; i < 12; ++i)
                csv.lines << i + 2;
            const QString failed
                    = center.startCreate(request(product, image, 12, QStringLiteral("FIN")), csv);
            QObject::connect(&center, &JobCenter::batchFinished, &app,
                             [&, failed, product, image](const QString &id) {
                                 if (id != failed)
                                     return;
                                 emu.configure({{QStringLiteral("subjob_fail_rate"), 0},
                                                {QStringLiteral("time_scale"), 0.4}});
                                 BatchSource wizard{QStringLiteral("wizard"), {}};
                                 const QString running = center.startCreate(
                                         request(product, image, 240, QStringLiteral("ENG")),
                                         wizard);
                                 JobsPanel *panel = dock->panel();
                                 QTreeView *tree = panel->view();
                                 const QModelIndex f = panel->model()->indexOfBatch(failed);
                                 tree->expand(f);
                                 for (int r = 0; r < panel->model()->rowCount(f); ++r) {
                                     const QModelIndex child = panel->model()->index(r, 0, f);
                                     if (child.data(JobTreeModel::OutcomeRole).toInt()
                                         == static_cast<int>(BatchItem::Outcome::Failed)) {
                                         tree->setCurrentIndex(child);
                                         break;
                                     }
                                 }
                                 Q_UNUSED(running);
                                 QTimer::singleShot(1500, tree, [tree] {
                                     for (int col = 0; col < JobTreeModel::ColumnCount - 1; ++col)
                                         tree->resizeColumnToContents(col);
                                 });
                             });
        });
    });
    // Ends by itself (after the screenshot), so that wsemu is stopped by EmulatorProcess.
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
