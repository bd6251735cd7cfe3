#include "api/http/workspaceclient.h"
#include "api/profiles/session.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"
#include "ui/mainwindow/desktopsview.h"
#include "ui/mainwindow/desktoptablefilter.h"
#include "ui/mainwindow/desktoptablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/loadstatewidget.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

namespace {
constexpr int Desktops = 1300; // three pages of 500
}

/**
 * DesktopsView on wsemu with generated desktops, as the list loads page by page: every desktop
 * once, a refresh in place that keeps the selection (no reset), and a load that fails half-way
 * keeping the rows it read and saying so beside the count.
 */
class tst_DesktopsViewLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsEveryPage();
    void refreshKeepsSelection();
    void failureHalfWayKeepsRows();
    void goneRowsRemoved();

private:
    Profile profile() const;

    EmulatorProcess m_emu;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DesktopsView> m_view;
};

void tst_DesktopsViewLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--desktops"), QString::number(Desktops)}),
             qPrintable(m_emu.errorString()));
}

Profile tst_DesktopsViewLoading::profile() const
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("loading");
    EmulatorConfig::pointAt(p.config, m_emu);
    p.config.timeoutMs = 10000;
    return p;
}

void tst_DesktopsViewLoading::init()
{
    QVERIFY(m_emu.configure({{QStringLiteral("fail_rate"), 0}}).contains(QStringLiteral("config")));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<Session>(profile(), m_dir.filePath(QStringLiteral("jobs.jsonl")));
    m_view = std::make_unique<DesktopsView>(m_settings.get());
    m_view->resize(1000, 600);
    m_view->show();
}

void tst_DesktopsViewLoading::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_settings.reset();
}

void tst_DesktopsViewLoading::loadsEveryPage()
{
    QSignalSpy loaded(m_view.get(), &DesktopsView::loaded);
    QSignalSpy inserted(m_view->model(), &QAbstractItemModel::rowsInserted);
    m_view->setSession(m_session.get());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(loaded.first().at(1).toInt(), Desktops);
    QCOMPARE(m_view->model()->rowCount(), Desktops);
    QCOMPARE(m_view->filter()->rowCount(), Desktops);
    // Pages merged as they come (in slices when merging takes long), never the whole list at once.
    QVERIFY(inserted.size() >= 3);
    for (const QList<QVariant> &insert : inserted)
        QVERIFY(insert.at(2).toInt() - insert.at(1).toInt() < 500);
    QSet<QString> ids;
    for (const DesktopInfo &d : m_view->model()->desktops())
        ids.insert(d.desktopId);
    QCOMPARE(ids.size(), Desktops);
    // No translator here: the source text with %n filled in.
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("desktopCount"))
                    ->text()
                    .contains(QString::number(Desktops)));
}

void tst_DesktopsViewLoading::refreshKeepsSelection()
{
    QSignalSpy loaded(m_view.get(), &DesktopsView::loaded);
    m_view->setSession(m_session.get());
    QVERIFY(loaded.wait(30000));
    QTableView *table = m_view->table();
    table->selectRow(700);
    const QString chosen = table->currentIndex().data(DesktopTableModel::DesktopIdRole).toString();
    QVERIFY(!chosen.isEmpty());
    QSignalSpy resets(m_view->model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_view->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_view->model(), &QAbstractItemModel::rowsInserted);
    loaded.clear();
    m_view->refresh();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0); // the same desktops: updated in place
    const QList<DesktopInfo> selected = m_view->selectedDesktops();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().desktopId, chosen);
}

void tst_DesktopsViewLoading::failureHalfWayKeepsRows()
{
    // One request at a time, no retries: the pages after the first fail once wsemu does.
    RetryPolicy once = m_session->client()->retryPolicy();
    once.maxAttempts = 1;
    m_session->client()->setRetryPolicy(once);
    RateGovernor::Settings pace = m_session->client()->governor()->settings();
    pace.ratePerSecond = 4;
    pace.burst = 1;
    pace.maxConcurrent = 1;
    m_session->client()->governor()->setSettings(pace);
    QSignalSpy loaded(m_view.get(), &DesktopsView::loaded);
    QSignalSpy inserted(m_view->model(), &QAbstractItemModel::rowsInserted);
    m_view->setSession(m_session.get());
    QVERIFY(inserted.wait(30000));
    QVERIFY(m_emu.configure({{QStringLiteral("fail_rate"), 1}}).contains(QStringLiteral("config")));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    const int rows = m_view->model()->rowCount();
    QVERIFY2(rows >= 500 && rows < Desktops, qPrintable(QString::number(rows)));
    QCOMPARE(m_view->filter()->rowCount(), rows);
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("desktopCount"))
                    ->text()
                    .startsWith(QStringLiteral("Refresh failed: ")));
    QVERIFY(!m_view->isLoading());
}

// Rows of desktops the service no longer lists go at the end of a refresh (removed over a few
// event-loop turns); loaded() comes once they are gone.
void tst_DesktopsViewLoading::goneRowsRemoved()
{
    QSignalSpy loaded(m_view.get(), &DesktopsView::loaded);
    m_view->setSession(m_session.get());
    QVERIFY(loaded.wait(30000));
    QList<DesktopInfo> ghosts;
    for (int i = 0; i < 30; ++i) {
        DesktopInfo d = m_view->model()->desktop(i * 40);
        d.desktopId = QStringLiteral("gone-%1").arg(i);
        d.computerName = QStringLiteral("GONE-%1").arg(i);
        ghosts << d;
    }
    m_view->model()->mergeDesktops(ghosts);
    QCOMPARE(m_view->model()->rowCount(), Desktops + 30);
    QSignalSpy resets(m_view->model(), &QAbstractItemModel::modelReset);
    loaded.clear();
    m_view->refresh();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().at(0).toBool(), true);
    QCOMPARE(loaded.first().at(1).toInt(), Desktops);
    QCOMPARE(m_view->model()->rowCount(), Desktops);
    QCOMPARE(m_view->filter()->rowCount(), Desktops);
    for (const DesktopInfo &d : ghosts)
        QCOMPARE(m_view->model()->rowOf(d.desktopId), -1);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!m_view->isLoading());
}

QTEST_MAIN(tst_DesktopsViewLoading)
#include "tst_desktopsviewloading.moc"
