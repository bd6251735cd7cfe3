#include "ui/jobs/jobsdock.h"
#include "ui/jobs/jobspanel.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobfailures.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/jobtreemodel.h"
#include "api/profiles/profile.h"

#include "support/batchfixture.h"
#include "support/doublingtranslator.h"
#include "support/emulatorconfig.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <memory>

using namespace wsc;

/**
 * The jobs panel, offscreen, on a real JobCenter over wsemu: progress of a running batch,
 * failures explained through the catalog, retry failed, export, copy, clear finished,
 * the end-of-batch notification, and retranslation on a language change.
 */
class tst_JobsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsProgressAndNotifies();
    void explainsFailuresAndRetries();
    void unassignedBatchTellsTheTruth();
    void refusedIsNotFailed();
    void exportsResults();
    void retranslates();
    void showsUnreachableService_data();
    void showsUnreachableService();
    void smallDockKeepsRows();

private:
    ConnectionConfig config(int cap) const;
    CreateDesktopRequest request(int count, const QString &prefix) const;
    bool waitFinished(const QString &batchId, int timeoutMs = 60000);
    template<typename T>
    T *find(const char *name) const
    {
        return m_dock->findChild<T *>(QString::fromLatin1(name));
    }

    BatchFixture m_tenant; ///< wsemu, empty, with a product and image that fit
    QTemporaryDir m_dir;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<JobCenter> m_center;
    std::unique_ptr<JobsDock> m_dock;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_JobsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // init() sets the time scale; the tenant's Linux product and gold image come from the fixture.
    QVERIFY2(m_tenant.start({QStringLiteral("--desktop-quota"), QStringLiteral("10000"),
                             QStringLiteral("--seed"), QStringLiteral("4")}),
             qPrintable(m_tenant.errorString()));
}

void tst_JobsPanel::init()
{
    QVERIFY(!m_tenant.emulator().reset(true).contains(QStringLiteral("error_code")));
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0},
                                   {QStringLiteral("time_scale"), 0.01},
                                   {QStringLiteral("latency_ms"), 0}});
    m_journal = std::make_unique<JobJournal>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(m_journal->open());
    m_client = std::make_unique<WorkspaceClient>(config(10));
    m_center = std::make_unique<JobCenter>(m_client.get(), m_journal.get(),
                                           QString::fromLatin1(Profile::SandboxName));
    m_center->setPollIntervals(150, 600);
    m_dock = std::make_unique<JobsDock>(m_center.get());
    m_dock->resize(1100, 500);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dock->panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_JobsPanel::cleanup()
{
    m_tester.reset();
    m_dock.reset();
    m_center.reset();
    m_client.reset();
    m_journal.reset();
}

ConnectionConfig tst_JobsPanel::config(int cap) const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_tenant.emulator());
    c.createCap = cap;
    return c;
}

CreateDesktopRequest tst_JobsPanel::request(int count, const QString &prefix) const
{
    CreateDesktopRequest r = m_tenant.emptyRequest();
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i);
        d.computerName = QStringLiteral("%1%2").arg(prefix).arg(i);
        r.desktops.append(d);
    }
    return r;
}

bool tst_JobsPanel::waitFinished(const QString &batchId, int timeoutMs)
{
    QSignalSpy spy(m_center.get(), &JobCenter::batchFinished);
    QElapsedTimer clock;
    clock.start();
    while (!m_center->batch(batchId).isFinished()) {
        if (clock.elapsed() > timeoutMs || !spy.wait(timeoutMs))
            return false;
    }
    return true;
}

void tst_JobsPanel::showsProgressAndNotifies()
{
    m_tenant.emulator().configure({{QStringLiteral("time_scale"), 0.1}});
    QSignalSpy ended(m_dock.get(), &JobsDock::batchEnded);
    QSignalSpy running(m_dock.get(), &JobsDock::runningCountChanged);
    auto *tree = find<QTreeView>("jobsTree");
    QVERIFY(tree);
    QCOMPARE(m_dock->objectName(), QStringLiteral("jobsDock"));
    JobTreeModel *model = m_dock->panel()->model();

    BatchSource source{QStringLiteral("users.csv"), {}};
    const QString id = m_center->startCreate(request(20, QStringLiteral("G")), source);
    QVERIFY(!id.isEmpty());
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.first().at(0).toInt(), 1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_dock->panel()->currentBatchId(), id);

    // Progress shows up while the jobs run: the batch row, then the bar.
    const QModelIndex row = model->indexOfBatch(id);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    int seen = 0;
    while (seen == 0 || seen == 100) {
        QVERIFY(changed.wait(20000));
        seen = model->data(row, JobTreeModel::ProgressRole).toInt();
        if (m_center->batch(id).isFinished())
            break;
    }
    QVERIFY2(seen > 0 && seen < 100, qPrintable(QString::number(seen)));
    const QModelIndex bar = model->index(row.row(), JobTreeModel::ProgressColumn);
    QCOMPARE(bar.data().toString(), QStringLiteral("%1%").arg(seen));
    QCOMPARE(model->index(row.row(), JobTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Running"));
    QVERIFY(!tree->grab().isNull()); // the delegate paints the bar
    QVERIFY(find<QAction>("pauseResumeAction"));

    QVERIFY(waitFinished(id));
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(0).toString(), id);
    QCOMPARE(ended.first().at(1).toString(),
             QStringLiteral("Create 20 desktop(s): all 20 succeeded."));
    QCOMPARE(running.last().at(0).toInt(), 0);
    QCOMPARE(model->data(row, JobTreeModel::ProgressRole).toInt(), 100);
    QCOMPARE(model->index(row.row(), JobTreeModel::SucceededColumn).data().toString(),
             QStringLiteral("20"));
    QCOMPARE(model->index(row.row(), JobTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Finished"));
    QVERIFY(!find<QAction>("retryFailedAction")->isEnabled());
    QVERIFY(find<QAction>("clearFinishedAction")->isEnabled());

    // Clear finished empties the panel and the journal.
    find<QAction>("clearFinishedAction")->trigger();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_journal->batches().isEmpty());
}

void tst_JobsPanel::explainsFailuresAndRetries()
{
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 1.0}});
    const QString id = m_center->startCreate(request(4, QStringLiteral("F")),
                                             BatchSource{QStringLiteral("f.csv"), {2, 3, 5, 6}});
    QVERIFY(waitFinished(id));
    QCOMPARE(m_center->batch(id).failed, 4);
    JobTreeModel *model = m_dock->panel()->model();
    auto *tree = find<QTreeView>("jobsTree");
    auto *details = find<QLabel>("jobsDetails");
    QVERIFY(details);
    m_dock->panel()->selectBatch(id, true);
    QTRY_COMPARE(model->index(0, JobTreeModel::FailedColumn).data().toString(),
                 QStringLiteral("4"));
    QVERIFY(model->index(0, JobTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("4 failed")));
    QVERIFY(find<QAction>("retryFailedAction")->isEnabled());
    QVERIFY(find<QAction>("copyErrorAction")->isEnabled());

    // Each desktop row: status, and the failure in the catalog's words.
    const QModelIndex parent = model->indexOfBatch(id);
    QCOMPARE(model->rowCount(parent), 4);
    QVERIFY(tree->isExpanded(parent));
    const QList<BatchItem> items = m_center->items(id);
    for (int r = 0; r < 4; ++r) {
        const BatchItem &item = items.at(r);
        const ErrorCatalog::Explanation e = JobFailures::explain(item, BatchKind::Create);
        QVERIFY(!e.cause.isEmpty());
        QCOMPARE(model->index(r, JobTreeModel::DetailsColumn, parent).data().toString(), e.cause);
        QCOMPARE(model->index(r, JobTreeModel::StatusColumn, parent).data().toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(model->index(r, JobTreeModel::NameColumn, parent).data().toString(),
                 QStringLiteral("Row %1 (line %2)").arg(r + 1).arg(QList<int>{2, 3, 5, 6}.at(r)));
        QVERIFY(model->index(r, JobTreeModel::DetailsColumn, parent)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(item.errorCode));
    }
    // Selecting a desktop shows the whole explanation under the tree; copy takes the ids.
    tree->setCurrentIndex(model->index(2, 0, parent));
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(JobFailures::explain(items.at(2), BatchKind::Create).fix));
    QVERIFY(details->text().contains(items.at(2).errorCode));
    find<QAction>("copyErrorAction")->trigger();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("error_code: ") + items.at(2).errorCode),
             qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("source_line: 5")));

    // Retry failed: a new batch of the four, run to the end, selected and expanded.
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0}});
    tree->setCurrentIndex(parent);
    find<QAction>("retryFailedAction")->trigger();
    QCOMPARE(model->rowCount(), 2);
    const QString retry = m_dock->panel()->currentBatchId();
    QVERIFY(retry != id);
    QCOMPARE(m_center->batch(retry).parentId, id);
    QCOMPARE(model->index(0, JobTreeModel::NameColumn).data().toString(),
             QStringLiteral("Retry 4 failed desktop(s)"));
    QVERIFY(waitFinished(retry));
    QCOMPARE(m_center->batch(retry).succeeded, 4);
    const QModelIndex retried = model->indexOfBatch(retry);
    QCOMPARE(model->index(3, JobTreeModel::NameColumn, retried).data().toString(),
             QStringLiteral("Row 4 (line 6)"));
}

void tst_JobsPanel::unassignedBatchTellsTheTruth()
{
    // Desktops without users (size = 16, prefix LAB), 45 % of the sub-jobs failing: the panel's
    // counts are the service's, each row names its own desktop and reason, and "Retry failed"
    // until it is disabled leaves exactly 16 working desktops.
    m_tenant.emulator().configure(
            {{QStringLiteral("subjob_fail_rate"), 0.45}, {QStringLiteral("seed"), 8}});
    CreateDesktopRequest r = request(0, QStringLiteral("U"));
    r.size = 16;
    r.desktopName = QStringLiteral("LAB");
    QString id = m_center->startCreate(r, BatchSource{});
    QVERIFY(waitFinished(id));
    JobTreeModel *model = m_dock->panel()->model();
    auto *tree = find<QTreeView>("jobsTree");
    auto *retryAction = find<QAction>("retryFailedAction");
    const auto byStatus = [this] {
        return m_tenant.emulator()
                .state()[QStringLiteral("desktops")]
                .toObject()[QStringLiteral("by_status")]
                .toObject();
    };
    QJsonObject service = byStatus();
    const QModelIndex batch = model->indexOfBatch(id);
    QCOMPARE(model->index(batch.row(), JobTreeModel::SucceededColumn).data().toString(),
             QString::number(service[QStringLiteral("ACTIVE")].toInt()));
    QCOMPARE(model->index(batch.row(), JobTreeModel::FailedColumn).data().toString(),
             QString::number(service[QStringLiteral("ERROR")].toInt()));
    QVERIFY(service[QStringLiteral("ERROR")].toInt() > 0);
    QCOMPARE(model->rowCount(batch), 16);
    for (int r = 0; r < 16; ++r) {
        const QString computer
                = model->index(r, JobTreeModel::StartedColumn, batch).data().toString();
        QVERIFY2(computer.startsWith(QLatin1String("LAB")), qPrintable(computer));
        const QString status = model->index(r, JobTreeModel::StatusColumn, batch).data().toString();
        QVERIFY(status == QLatin1String("Succeeded") || status == QLatin1String("Failed"));
        if (status == QLatin1String("Failed"))
            QVERIFY(!model->index(r, JobTreeModel::DetailsColumn, batch)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .contains(QLatin1String("sub-jobs failed")));
    }
    for (int round = 0; round < 10; ++round) {
        tree->setCurrentIndex(model->indexOfBatch(id));
        if (!retryAction->isEnabled())
            break;
        if (round == 2)
            m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0}});
        retryAction->trigger();
        const QString retry = m_dock->panel()->currentBatchId();
        QVERIFY(retry != id);
        QVERIFY(waitFinished(retry));
        id = retry;
    }
    QVERIFY(!retryAction->isEnabled());
    service = byStatus();
    QCOMPARE(service[QStringLiteral("ACTIVE")].toInt(), 16);
    QCOMPARE(service[QStringLiteral("ERROR")].toInt(), 0);
    QCOMPARE(m_tenant.emulator()
                     .state()[QStringLiteral("desktops")]
                     .toObject()[QStringLiteral("total")]
                     .toInt(),
             16);
}

void tst_JobsPanel::refusedIsNotFailed()
{
    // The tenant's quota refuses the request before any job: nothing was created, and the
    // panel says so instead of "Finished, 5 failed" with a full bar.
    m_tenant.emulator().configure({{QStringLiteral("desktop_quota"), 3}});
    QSignalSpy ended(m_dock.get(), &JobsDock::batchEnded);
    QSignalSpy open(m_dock->panel(), &JobsPanel::openInWizardRequested);
    const QString id = m_center->startCreate(request(5, QStringLiteral("Q")),
                                             BatchSource{QStringLiteral("q.csv"), {}});
    QVERIFY(waitFinished(id));
    m_tenant.emulator().configure({{QStringLiteral("desktop_quota"), 10000}});
    const BatchSummary s = m_center->batch(id);
    QCOMPARE(s.refused, 5);
    QCOMPARE(s.failed, 0);
    QVERIFY(s.isRefused());
    JobTreeModel *model = m_dock->panel()->model();
    m_dock->panel()->selectBatch(id, true);
    const QModelIndex batch = model->indexOfBatch(id);
    QCOMPARE(model->index(batch.row(), JobTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Refused — nothing was created"));
    QCOMPARE(model->index(batch.row(), JobTreeModel::ProgressColumn).data().toString(),
             QStringLiteral("Refused"));
    QCOMPARE(model->data(batch, JobTreeModel::ProgressRole).toInt(), 0);
    QCOMPARE(model->index(0, JobTreeModel::StatusColumn, batch).data().toString(),
             QStringLiteral("Refused"));
    // The service's reason on the row, through the catalog.
    QVERIFY(!model->index(0, JobTreeModel::DetailsColumn, batch).data().toString().isEmpty());
    QVERIFY(!find<QAction>("retryFailedAction")->isEnabled());
    auto *openAction = find<QAction>("openInWizardAction");
    QVERIFY(openAction->isEnabled());
    openAction->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), id);
    QTRY_COMPARE(ended.size(), 1);
    QVERIFY(ended.first().at(1).toString().contains(QLatin1String("refused")));
    // Retrying through the engine sends nothing either.
    QVERIFY(m_center->retryFailed(id).isEmpty());
    QCOMPARE(m_tenant.emulator()
                     .state()[QStringLiteral("desktops")]
                     .toObject()[QStringLiteral("total")]
                     .toInt(),
             0);
}

void tst_JobsPanel::exportsResults()
{
    const QString id = m_center->startCreate(request(5, QStringLiteral("X")),
                                             BatchSource{QStringLiteral("x.csv"), {}});
    QVERIFY(waitFinished(id));
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QString suggested;
    m_dock->panel()->setSaveFileNameProvider([&](const QString &s) {
        suggested = s;
        return path;
    });
    m_dock->panel()->selectBatch(id);
    m_dock->activateWindow();
    find<QTreeView>("jobsTree")->setFocus();
    QTRY_VERIFY(find<QTreeView>("jobsTree")->hasFocus());
    // The keyboard shortcut of "Export results".
    QTest::keyClick(find<QTreeView>("jobsTree"), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(suggested.endsWith(QLatin1String(".csv")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.at(0).trimmed(),
             QByteArray("source_row,source_line,user_name,computer_name,desktop_id,job_id,"
                        "sub_job_id,status,error_code,message,request_id,outcome"));
    const QList<BatchItem> items = m_center->items(id);
    for (int r = 0; r < 5; ++r) {
        const QList<QByteArray> f = lines.at(r + 1).trimmed().split(',');
        QCOMPARE(f.size(), 12);
        QCOMPARE(f.at(0), QByteArray::number(r + 1));
        QCOMPARE(f.at(1), QByteArray());
        QCOMPARE(QString::fromUtf8(f.at(2)), items.at(r).userName);
        QCOMPARE(QString::fromUtf8(f.at(3)), items.at(r).computerName);
        QCOMPARE(QString::fromUtf8(f.at(4)), items.at(r).desktopId);
        QCOMPARE(QString::fromUtf8(f.at(5)), items.at(r).jobId);
        QCOMPARE(QString::fromUtf8(f.at(6)), items.at(r).subJobId);
        QCOMPARE(f.at(7), QByteArray("SUCCESS"));
        QCOMPARE(f.at(11), QByteArray("succeeded"));
    }
    QVERIFY(find<QLabel>("jobsDetails")->text().contains(QStringLiteral("Saved the results")));
}

void tst_JobsPanel::retranslates()
{
    const QString id = m_center->startCreate(request(2, QStringLiteral("T")),
                                             BatchSource{QStringLiteral("t.csv"), {}});
    QVERIFY(waitFinished(id));
    auto *tree = find<QTreeView>("jobsTree");
    const QString before = tree->model()->headerData(0, Qt::Horizontal).toString();
    QCOMPARE(before, QStringLiteral("Batch / row"));
    QCOMPARE(m_dock->windowTitle(), QStringLiteral("Jobs"));
    DoublingTranslator doubling;
    QVERIFY(QCoreApplication::installTranslator(&doubling)); // posts LanguageChange
    QTRY_COMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Batch / row Batch / row"));
    QTRY_COMPARE(m_dock->windowTitle(), QStringLiteral("Jobs Jobs"));
    QCOMPARE(find<QAction>("exportAction")->text(),
             QStringLiteral("Export results… Export results…"));
    QVERIFY(tree->model()
                    ->index(0, JobTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Finished Finished")));
    // The journal keeps the Sandbox's neutral name; the panel shows it in the current language.
    QCOMPARE(tree->model()->index(0, JobTreeModel::ProfileColumn).data().toString(),
             QStringLiteral("Sandbox Sandbox"));
    QCoreApplication::removeTranslator(&doubling);
    QTRY_COMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), before);
}

void tst_JobsPanel::showsUnreachableService_data()
{
    QTest::addColumn<int>("desktops");
    QTest::newRow("one request, jobs running when the service dies") << 3;
}

void tst_JobsPanel::showsUnreachableService()
{
    QFETCH(int, desktops);
    // A service of its own, killed while its jobs run (time scale 1: minutes).
    EmulatorProcess gone;
    QVERIFY2(gone.start({QStringLiteral("--empty"), QStringLiteral("--time-scale"),
                         QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("4")}),
             qPrintable(gone.errorString()));
    ConnectionConfig c = config(10);
    c.workspaceEndpoint = gone.baseUrl();
    c.iamEndpoint = gone.baseUrl();
    c.projectId = gone.projectId();
    WorkspaceClient client(c);
    JobJournal journal(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QVERIFY(journal.open());
    JobCenter center(&client, &journal, QStringLiteral("gone"));
    center.setPollIntervals(150, 600);
    JobsDock dock(&center);
    dock.resize(900, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    auto *state = dock.findChild<QLabel *>(QStringLiteral("jobsServiceState"));
    QVERIFY(state);
    QVERIFY(state->isHidden());

    BatchSource source;
    const QString id = center.startCreate(request(desktops, QStringLiteral("GONE")), source);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
            gone.state()[QStringLiteral("desktops")].toObject()[QStringLiteral("total")].toInt()
                    == desktops,
            20000);
    gone.kill();
    QSignalSpy changed(&center, &JobCenter::serviceReachabilityChanged);
    QTRY_VERIFY_WITH_TIMEOUT(center.isServiceUnreachable(), 40000);
    QVERIFY(center.unreachableSince().isValid());
    QCOMPARE(center.lastServiceError().kind, ApiError::Kind::ConnectionRefused);
    QVERIFY(!changed.isEmpty());
    // The panel says since when, why, and that polling goes on.
    QTRY_VERIFY(state->isVisible());
    QVERIFY2(state->text().contains(QStringLiteral("cannot be reached since")),
             qPrintable(state->text()));
    QVERIFY2(state->text().contains(QStringLiteral("refused")), qPrintable(state->text()));
    // ...and that the jobs go on while the console asks again.
    QVERIFY2(state->text().contains(QStringLiteral("The jobs go on on the service")),
             qPrintable(state->text()));
    // Nothing was decided for the desktops: they still run on the service.
    QVERIFY(!center.batch(id).isFinished());
}

QTEST_MAIN(tst_JobsPanel)
// On a 1024×640 screen the dock gets about 160 px: a long failure text scrolls in a few lines
// instead of squeezing the list to a row and a half, and the bars' "100%" is not clipped.
void tst_JobsPanel::smallDockKeepsRows()
{
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 1.0}});
    const QString id = m_center->startCreate(request(4, QStringLiteral("S")),
                                             BatchSource{QStringLiteral("s.csv"), {2, 3, 4, 5}});
    QVERIFY(waitFinished(id));
    JobTreeModel *model = m_dock->panel()->model();
    auto *tree = find<QTreeView>("jobsTree");
    m_dock->panel()->selectBatch(id, true);
    const QModelIndex parent = model->indexOfBatch(id);
    QTRY_COMPARE(model->rowCount(parent), 4);
    tree->setCurrentIndex(model->index(0, 0, parent));
    auto *details = find<QLabel>("jobsDetails");
    QTRY_VERIFY(details->isVisible());
    QVERIFY(details->text().count(QLatin1Char('\n')) >= 2); // the long, several-line text

    m_dock->resize(1024, 160);
    QApplication::processEvents();
    const int row = tree->visualRect(model->index(0, 0)).height();
    QVERIFY2(row >= tree->fontMetrics().height() + 6, "rows too low for the bar's text");
    QVERIFY2(tree->viewport()->height() >= 3 * row - 2,
             qPrintable(QStringLiteral("the list shows %1 px for rows of %2 px")
                                .arg(tree->viewport()->height())
                                .arg(row)));
    auto *area = find<QScrollArea>("jobsDetailsArea");
    QVERIFY(area->isVisible());
    QVERIFY(area->height() <= details->fontMetrics().lineSpacing() * 3 + 8);
}

#include "tst_jobspanel.moc"
