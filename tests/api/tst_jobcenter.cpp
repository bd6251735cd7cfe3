#include "api/http/workspaceclient.h"
#include "api/jobs/batchexport.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobfailures.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/jobtreemodel.h"

#include "support/apicallwait.h"
#include "support/batchfixture.h"
#include "support/emulatorconfig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wsc;

namespace {

/** A job center on its own journal file and client, polling fast: what each test starts with. */
struct CenterRig
{
    CenterRig(const QString &journalPath, const ConnectionConfig &config)
        : journal(journalPath)
        , client(config)
        , center(&client, &journal, QStringLiteral("sandbox"))
    {
        center.setPollIntervals(200, 800);
    }

    JobJournal journal;
    WorkspaceClient client;
    JobCenter center;
};

} // namespace

/**
 * JobCenter against wsemu: a create batch followed to its end, an attach batch, a retry of
 * just the failed desktops (traced to their CSV lines), cancel, resuming after the
 * JobCenter went away, and the results export checked column by column. The tree model of
 * the panel rides along under QAbstractItemModelTester.
 */
class tst_JobCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createToTheEnd_data();
    void createToTheEnd();
    void attachToTheEnd();
    void retryFailed();
    void cancelStopsUnsentChunks();
    void pauseAndResume();
    void resumesAfterRestart();
    void exportColumns();
    void failureExplanations_data();
    void failureExplanations();
    void lostJobExplanations_data();
    void lostJobExplanations();

private:
    ConnectionConfig config(int cap = 50) const;
    CreateDesktopRequest request(int count, const QString &prefix) const;
    static BatchSource sourceFor(int count);
    QString journalPath();

    BatchFixture m_tenant; ///< wsemu, empty, with a product and image that fit
    QTemporaryDir m_dir;
};

void tst_JobCenter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_tenant.start({QStringLiteral("--time-scale"), QStringLiteral("0.01"),
                             QStringLiteral("--seed"), QStringLiteral("5")}),
             qPrintable(m_tenant.errorString()));
    QVERIFY(!m_tenant.productId().isEmpty());
}

void tst_JobCenter::init()
{
    QVERIFY(!m_tenant.emulator().reset(true).contains(QStringLiteral("error_code")));
    m_tenant.emulator().configure({{QStringLiteral("fail_rate"), 0},
                                   {QStringLiteral("reset_rate"), 0},
                                   {QStringLiteral("lost_rate"), 0},
                                   {QStringLiteral("subjob_fail_rate"), 0},
                                   {QStringLiteral("latency_ms"), 0},
                                   {QStringLiteral("time_scale"), 0.01},
                                   {QStringLiteral("desktop_quota"), 100000}});
}

ConnectionConfig tst_JobCenter::config(int cap) const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_tenant.emulator());
    c.timeoutMs = 3000;
    c.createCap = cap;
    c.attachCap = cap;
    return c;
}

QString tst_JobCenter::journalPath()
{
    return m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                          + QStringLiteral(".sqlite"));
}

CreateDesktopRequest tst_JobCenter::request(int count, const QString &prefix) const
{
    CreateDesktopRequest r = m_tenant.emptyRequest();
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 4, 10, QLatin1Char('0'));
        d.userGroup = QStringLiteral("default");
        d.computerName = QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        r.desktops.append(d);
    }
    return r;
}

BatchSource tst_JobCenter::sourceFor(int count)
{
    // As if read from a CSV with a header and a blank line after row 3.
    BatchSource s;
    s.origin = QStringLiteral("/data/users.csv");
    for (int i = 0; i < count; ++i)
        s.lines << (i < 3 ? i + 2 : i + 3);
    return s;
}

void tst_JobCenter::createToTheEnd_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("lostRate");
    QTest::newRow("3 chunks") << 120 << 50 << 0.0;
    QTest::newRow("lost replies, 10 per request") << 60 << 10 << 0.3;
}

void tst_JobCenter::createToTheEnd()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(double, lostRate);
    m_tenant.emulator().configure(
            {{QStringLiteral("lost_rate"), lostRate}, {QStringLiteral("seed"), 3}});
    CenterRig rig(journalPath(), config(cap));
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    center.setReconcileDelayMs(200);
    JobTreeModel model(&center);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&center, &JobCenter::batchAdded);
    QSignalSpy running(&center, &JobCenter::runningCountChanged);

    const QString id = center.startCreate(request(count, QStringLiteral("C")), sourceFor(count));
    QVERIFY2(!id.isEmpty(), qPrintable(center.lastError()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(center.runningCount(), 1);
    QCOMPARE(running.last().at(0).toInt(), 1);
    QCOMPARE(center.batch(id).desktops, count);
    QCOMPARE(center.batch(id).kind, BatchKind::Create);
    QCOMPARE(center.batch(id).profile, QStringLiteral("sandbox"));
    QVERIFY(center.isRunningHere(id));
    QVERIFY(BatchFixture::waitFinished(center, id));

    const BatchSummary s = center.batch(id);
    QCOMPARE(s.succeeded, count);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.running, 0);
    QCOMPARE(s.pending, 0);
    QCOMPARE(s.progress, 100);
    QVERIFY(s.isFinished());
    QCOMPARE(center.runningCount(), 0);
    QCOMPARE(running.last().at(0).toInt(), 0);

    const QList<BatchItem> items = center.items(id);
    QCOMPARE(items.size(), count);
    QSet<QString> desktops;
    for (const BatchItem &i : items) {
        QCOMPARE(i.sourceLine, sourceFor(count).lineOf(i.sourceIndex));
        QCOMPARE(i.computerName, QStringLiteral("C%1").arg(i.sourceIndex, 4, 10, QLatin1Char('0')));
        QVERIFY(!i.desktopId.isEmpty());
        desktops.insert(i.desktopId);
        if (lostRate == 0.0) {
            // Followed through its job: the sub-job is known.
            QCOMPARE(i.subJobStatus, SubJobStatus::Success);
            QVERIFY(!i.jobId.isEmpty());
            QVERIFY(!i.subJobId.isEmpty());
        }
    }
    QCOMPARE(desktops.size(), count);
    const QJsonObject state = m_tenant.emulator().state();
    QCOMPARE(state[QStringLiteral("desktops")].toObject()[QStringLiteral("total")].toInt(), count);

    // Figures for docs/JOBS.md: transactions per chunk (transitions and progress batches).
    BatchPlan plan;
    QVERIFY(rig.journal.loadPlan(id, &plan));
    const auto transitions = rig.journal.transitions(id);
    QVERIFY(transitions.size() >= 3 * plan.chunks.size()); // sent, accepted, done at least
    qInfo("journal: %d desktops, %d chunks, %d transitions, %d commits (%.1f per chunk)", count,
          int(plan.chunks.size()), int(transitions.size()), rig.journal.commitCount(),
          double(rig.journal.commitCount()) / qMax<qsizetype>(1, plan.chunks.size()));

    // The journal says the same to a second reader (wsctl).
    JobJournal reader(rig.journal.path());
    QVERIFY(reader.open());
    QCOMPARE(reader.batches(QStringLiteral("sandbox")).size(), 1);
    QVERIFY(reader.batches().first().finished.isValid());
    QCOMPARE(reader.items(id).size(), count);
    QVERIFY(!reader.jobs(id).isEmpty());
    if (lostRate == 0.0)
        QCOMPARE(reader.subJobs(id).size(), count);

    // The panel's model shows the batch with its desktops.
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex row = model.indexOfBatch(id);
    QCOMPARE(model.rowCount(row), count);
    QCOMPARE(model.data(row, JobTreeModel::ProgressRole).toInt(), 100);
    QCOMPARE(model.data(model.index(0, JobTreeModel::SucceededColumn), Qt::DisplayRole).toString(),
             QLocale().toString(count));
}

void tst_JobCenter::attachToTheEnd()
{
    // Desktops without users first (size-only create), then assign them.
    WorkspaceClient client(config());
    CreateDesktopRequest bare = request(0, QStringLiteral("A"));
    bare.size = 6;
    bare.desktopName = QStringLiteral("ATT");
    TypedCall<QString> *create = client.createDesktops(bare);
    QVERIFY(waitFor(create));
    QVERIFY2(create->isOk(), qPrintable(create->error().summary()));
    // Read the job until it ends (each read is a real request; ~60 ms at this time scale).
    QString status;
    for (int tries = 0; tries < 2000 && status != QLatin1String("SUCCESS"); ++tries) {
        auto *job = client.job(create->result());
        QVERIFY(waitFor(job));
        status = job->result().status;
    }
    QCOMPARE(status, QStringLiteral("SUCCESS"));
    QList<DesktopInfo> free;
    auto *list = client.allDesktops(DesktopQuery());
    QVERIFY(waitFor(list));
    for (const DesktopInfo &d : list->result()) {
        if (d.isIdle() && !d.hasUser())
            free << d;
    }
    QCOMPARE(free.size(), 6);

    AttachRequest attach;
    for (int i = 0; i < free.size(); ++i) {
        AttachDesktop d;
        d.desktopId = free.at(i).desktopId;
        d.userName = QStringLiteral("att%1").arg(i);
        d.userGroup = QStringLiteral("default");
        attach.desktops << d;
    }
    CenterRig rig(journalPath(), config(4));
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    const QString id = center.startAttach(attach, sourceFor(6));
    QVERIFY(!id.isEmpty());
    QCOMPARE(center.batch(id).kind, BatchKind::Attach);
    QVERIFY(BatchFixture::waitFinished(center, id));
    const BatchSummary s = center.batch(id);
    QCOMPARE(s.succeeded, 6);
    BatchPlan plan;
    QVERIFY(rig.journal.loadPlan(id, &plan));
    QCOMPARE(plan.chunks.size(), 2); // cap 4 from the client's configuration
    for (const BatchItem &i : center.items(id)) {
        QCOMPARE(i.desktopId, free.at(i.sourceIndex).desktopId);
        QCOMPARE(i.userName, QStringLiteral("att%1").arg(i.sourceIndex));
        QCOMPARE(i.subJobStatus, SubJobStatus::Success);
    }
    auto *after = client.allDesktops(DesktopQuery());
    QVERIFY(waitFor(after));
    int attached = 0;
    for (const DesktopInfo &d : after->result())
        attached += d.userName.startsWith(QLatin1String("att")) ? 1 : 0;
    QCOMPARE(attached, 6);
}

void tst_JobCenter::retryFailed()
{
    m_tenant.emulator().configure(
            {{QStringLiteral("subjob_fail_rate"), 0.35}, {QStringLiteral("seed"), 9}});
    CenterRig rig(journalPath(), config(20));
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    const int count = 40;
    const BatchSource source = sourceFor(count);
    const QString id = center.startCreate(request(count, QStringLiteral("R")), source);
    QVERIFY(BatchFixture::waitFinished(center, id));
    const BatchSummary first = center.batch(id);
    QVERIFY2(first.failed > 0 && first.failed < count,
             qPrintable(QStringLiteral("failed %1").arg(first.failed)));
    QCOMPARE(first.succeeded + first.failed, count);
    QMap<int, BatchItem> failed;
    for (const BatchItem &i : center.items(id)) {
        if (i.outcome() == BatchItem::Outcome::Failed) {
            failed.insert(i.sourceIndex, i);
            QCOMPARE(i.subJobStatus, SubJobStatus::Failed);
            QVERIFY(!i.errorCode.isEmpty());
            QVERIFY(!i.message.isEmpty());
            QVERIFY(!i.desktopId.isEmpty()); // left in ERROR on the service
        }
    }

    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0}});
    QSignalSpy added(&center, &JobCenter::batchAdded);
    const QString retry = center.retryFailed(id);
    QVERIFY(!retry.isEmpty());
    QCOMPARE(added.size(), 1);
    const BatchSummary r = center.batch(retry);
    QCOMPARE(r.parentId, id);
    QCOMPARE(r.desktops, failed.size());
    QCOMPARE(r.origin, source.origin);
    // Just the failed ones, each at its original row and line.
    const QList<BatchItem> before = center.items(retry);
    QCOMPARE(before.size(), failed.size());
    for (const BatchItem &i : before) {
        QVERIFY(failed.contains(i.sourceIndex));
        QCOMPARE(i.sourceLine, source.lineOf(i.sourceIndex));
        QCOMPARE(i.userName, failed.value(i.sourceIndex).userName);
        QCOMPARE(i.computerName, failed.value(i.sourceIndex).computerName);
    }
    QVERIFY(BatchFixture::waitFinished(center, retry));
    const BatchSummary done = center.batch(retry);
    QCOMPARE(done.succeeded, failed.size());
    QCOMPARE(done.failed, 0);
    for (const BatchItem &i : center.items(retry))
        QVERIFY(i.desktopId != failed.value(i.sourceIndex).desktopId); // a new desktop

    // The broken desktops were deleted first: one desktop per name, all of them now fine.
    const QJsonObject state = m_tenant.emulator().state();
    QCOMPARE(state[QStringLiteral("desktops")].toObject()[QStringLiteral("total")].toInt(), count);
    const QJsonObject names = state[QStringLiteral("computer_names")].toObject();
    for (int i = 0; i < count; ++i)
        QCOMPARE(names.value(QStringLiteral("r%1").arg(i, 4, 10, QLatin1Char('0'))).toInt(), 1);
    // Nothing failed is left to retry.
    QVERIFY(center.retryFailed(retry).isEmpty());

    // clearFinished forgets both batches, in memory and in the journal.
    QSignalSpy removed(&center, &JobCenter::batchRemoved);
    center.clearFinished();
    QCOMPARE(removed.size(), 2);
    QVERIFY(center.batches().isEmpty());
    QVERIFY(rig.journal.batches().isEmpty());
}

void tst_JobCenter::cancelStopsUnsentChunks()
{
    m_tenant.emulator().configure({{QStringLiteral("latency_ms"), 300}});
    CenterRig rig(journalPath(), config(5));
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    center.setMaxChunksInFlight(1);
    const int count = 40;
    const QString id = center.startCreate(request(count, QStringLiteral("X")), sourceFor(count));
    QSignalSpy changed(&center, &JobCenter::batchChanged);
    // Wait for the first chunk to be accepted, then cancel the rest.
    while (center.batch(id).running == 0 || center.items(id).first().jobId.isEmpty())
        QVERIFY(changed.wait(10000));
    center.cancel(id);
    QVERIFY(BatchFixture::waitFinished(center, id));
    const BatchSummary s = center.batch(id);
    QVERIFY2(s.cancelled >= count - 10, qPrintable(QString::number(s.cancelled)));
    QCOMPARE(s.succeeded + s.cancelled, count);
    const QJsonObject state = m_tenant.emulator().state();
    QCOMPARE(state[QStringLiteral("desktops")].toObject()[QStringLiteral("total")].toInt(),
             s.succeeded);
    for (const BatchItem &i : center.items(id)) {
        if (i.outcome() == BatchItem::Outcome::Cancelled)
            QCOMPARE(i.statusName(), QStringLiteral("cancelled"));
    }
    QVERIFY(rig.journal.transitions(id).contains(
            {center.items(id).last().chunk, QStringLiteral("planned>cancelled")}));
}

void tst_JobCenter::pauseAndResume()
{
    m_tenant.emulator().configure({{QStringLiteral("latency_ms"), 200}});
    CenterRig rig(journalPath(), config(5));
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    center.setMaxChunksInFlight(1);
    const QString id = center.startCreate(request(20, QStringLiteral("P")), sourceFor(20));
    center.pause(id);
    QVERIFY(center.batch(id).paused);
    JournalBatch record;
    QVERIFY(rig.journal.batch(id, &record));
    QVERIFY(record.paused);
    // While paused nothing new goes out: the chunk in flight ends, the rest stays planned.
    QSignalSpy changed(&center, &JobCenter::batchChanged);
    while (changed.wait(1500)) {}
    const BatchSummary paused = center.batch(id);
    QVERIFY(!paused.isFinished());
    QVERIFY2(paused.pending >= 15, qPrintable(QString::number(paused.pending)));
    center.resume(id);
    QVERIFY(!center.batch(id).paused);
    QVERIFY(BatchFixture::waitFinished(center, id));
    QCOMPARE(center.batch(id).succeeded, 20);
}

void tst_JobCenter::resumesAfterRestart()
{
    m_tenant.emulator().configure(
            {{QStringLiteral("latency_ms"), 150}, {QStringLiteral("time_scale"), 0.05}});
    const QString path = journalPath();
    const int count = 30;
    QString id;
    {
        JobJournal journal(path);
        QVERIFY(journal.open());
        WorkspaceClient client(config(5));
        auto center = std::make_unique<JobCenter>(&client, &journal, QStringLiteral("sandbox"));
        center->setMaxChunksInFlight(2);
        id = center->startCreate(request(count, QStringLiteral("S")), sourceFor(count));
        QSignalSpy changed(center.get(), &JobCenter::batchChanged);
        while (center->batch(id).succeeded + center->batch(id).running < 10)
            QVERIFY(changed.wait(10000));
        // Closed with chunks planned, sent and accepted: the next start takes over at once.
    }
    JobJournal journal(path);
    QVERIFY(journal.open());
    WorkspaceClient client(config(5));
    JobCenter center(&client, &journal, QStringLiteral("sandbox"));
    center.setPollIntervals(200, 800);
    QCOMPARE(center.batches().size(), 1);
    QVERIFY(!center.isRunningHere(id)); // shown, not run, until resumeUnfinished()
    QCOMPARE(center.runningCount(), 1);
    center.resumeUnfinished();
    QVERIFY(center.isRunningHere(id));
    QVERIFY(BatchFixture::waitFinished(center, id));
    QCOMPARE(center.batch(id).succeeded, count);
    const QJsonObject state = m_tenant.emulator().state();
    QCOMPARE(state[QStringLiteral("desktops")].toObject()[QStringLiteral("total")].toInt(), count);
    // Another profile's JobCenter on the same journal sees nothing of it.
    JobCenter other(&client, &journal, QStringLiteral("production"));
    QVERIFY(other.batches().isEmpty());
}

void tst_JobCenter::exportColumns()
{
    m_tenant.emulator().configure(
            {{QStringLiteral("subjob_fail_rate"), 0.5}, {QStringLiteral("seed"), 21}});
    CenterRig rig(journalPath(), config());
    QVERIFY(rig.journal.open());
    JobCenter &center = rig.center;
    const int count = 12;
    CreateDesktopRequest r = request(count, QStringLiteral("E"));
    r.desktops[1].userName = QStringLiteral("zhangsan");
    r.desktops[1].computerName = QStringLiteral("张三的电脑");
    const QString id = center.startCreate(r, sourceFor(count));
    QVERIFY(BatchFixture::waitFinished(center, id));
    QVERIFY(center.batch(id).failed > 0);

    const QString path = m_dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(center.exportCsv(id, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), count + 1);
    QCOMPARE(lines.first(),
             QStringLiteral("source_row,source_line,user_name,computer_name,desktop_id,job_id,"
                            "sub_job_id,status,error_code,message,request_id,outcome"));
    QCOMPARE(BatchExport::columns().size(), 12);
    const QList<BatchItem> items = center.items(id);
    for (int row = 0; row < count; ++row) {
        // A minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes.
        QStringList fields;
        QString field;
        bool quoted = false;
        const QString line = lines.at(row + 1);
        for (int k = 0; k < line.size(); ++k) {
            const QChar ch = line.at(k);
            if (quoted) {
                if (ch == QLatin1Char('"') && k + 1 < line.size()
                    && line.at(k + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++k;
                } else if (ch == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += ch;
                }
            } else if (ch == QLatin1Char('"')) {
                quoted = true;
            } else if (ch == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else {
                field += ch;
            }
        }
        fields << field;
        QCOMPARE(fields.size(), 12);
        const BatchItem &i = items.at(row);
        QCOMPARE(fields.at(0), QString::number(i.sourceIndex + 1));
        QCOMPARE(fields.at(1), QString::number(sourceFor(count).lineOf(i.sourceIndex)));
        QCOMPARE(fields.at(2), i.userName);
        QCOMPARE(fields.at(3), i.computerName);
        QCOMPARE(fields.at(4), i.desktopId);
        QCOMPARE(fields.at(5), i.jobId);
        QCOMPARE(fields.at(6), i.subJobId);
        QCOMPARE(fields.at(7), i.statusName());
        QCOMPARE(fields.at(11), BatchItem::outcomeName(i.outcome()));
        QCOMPARE(fields.at(8), i.errorCode);
        QCOMPARE(fields.at(9), i.message);
        QCOMPARE(fields.at(10), i.requestId);
        QVERIFY(!fields.at(4).isEmpty());
        if (i.outcome() == BatchItem::Outcome::Failed) {
            QCOMPARE(fields.at(7), QStringLiteral("FAILED"));
            QVERIFY(fields.at(8).startsWith(QLatin1String("WKS.")));
            QVERIFY(!fields.at(9).isEmpty());
        } else {
            QCOMPARE(fields.at(7), QStringLiteral("SUCCESS"));
        }
    }
    QVERIFY(text.contains(QStringLiteral("张三的电脑")));
    QVERIFY(!center.exportCsv(QStringLiteral("nope"), path, &error));
    QVERIFY(!error.isEmpty());
}

void tst_JobCenter::failureExplanations_data()
{
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("key");
    QTest::newRow("request refused, known code") << "http" << 409 << "WKS.00010032"
                                                 << "Operation conflict."
                                                 << "WKS.00010032";
    QTest::newRow("request, by status") << "http" << 400 << "WKS.00019999"
                                        << "bad"
                                        << "http.400";
    QTest::newRow("timeout") << "timeout" << 0 << ""
                             << ""
                             << "network.timeout";
    QTest::newRow("sub-job, capacity") << "" << 0 << "WKS.00010306"
                                       << "Insufficient capacity for the flavor"
                                       << "subjob.create.capacity";
    QTest::newRow("sub-job, other") << "" << 0 << "WKS.00010109"
                                    << "Failed to create the system disk"
                                    << "subjob.create";
}

void tst_JobCenter::failureExplanations()
{
    QFETCH(QString, errorKind);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, key);
    BatchItem item;
    item.subJobStatus = errorKind.isEmpty() ? SubJobStatus::Failed : SubJobStatus::None;
    item.chunkState = errorKind.isEmpty() ? ChunkState::Accepted : ChunkState::Failed;
    item.errorKind = errorKind;
    item.httpStatus = httpStatus;
    item.errorCode = code;
    item.message = message;
    item.requestId = QStringLiteral("0123456789abcdef0123456789abcdef");
    // The service refusing a request (4xx) is a refusal, not a failure; the rest failed.
    QCOMPARE(item.outcome(),
             httpStatus >= 400 ? BatchItem::Outcome::Refused : BatchItem::Outcome::Failed);
    const ErrorCatalog::Explanation e = JobFailures::explain(item, BatchKind::Create);
    QCOMPARE(e.key, key);
    QVERIFY(!e.cause.isEmpty());
    const QString text = JobFailures::describe(item, BatchKind::Create);
    QVERIFY(text.startsWith(e.cause));
    QVERIFY(text.contains(item.requestId));
    const QString details = JobFailures::details(QStringLiteral("b1"), item, BatchKind::Create);
    QVERIFY(details.contains(QStringLiteral("request_id: ") + item.requestId));
    // A desktop that did not fail has nothing to explain.
    BatchItem fine;
    fine.subJobStatus = SubJobStatus::Success;
    QVERIFY(JobFailures::explain(fine, BatchKind::Create).cause.isEmpty());
}

void tst_JobCenter::lostJobExplanations_data()
{
    QTest::addColumn<int>("kind"); // BatchKind
    QTest::addColumn<QString>("computerName");
    QTest::addColumn<QString>("desktopId");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("neverSays");
    const QStringList misleading{"accepted the desktop", "left in an error state",
                                 "deletes the broken desktop"};
    QTest::newRow("create, none of that name")
            << int(BatchKind::Create) << "FIN-001"
            << ""
            << QStringList{"no longer knows the job", "listed by name", "none is named FIN-001",
                           "same name and user", "nothing to delete"}
            << misleading;
    QTest::newRow("create, found in ERROR")
            << int(BatchKind::Create) << "FIN-002"
            << "6d82cde4-a8d3-49a5-ad08-715eb0aa4dbd"
            << QStringList{"no longer knows the job", "listed by name", "FIN-002 exists", "ERROR",
                           "deletes that desktop first"}
            << QStringList{"accepted the desktop"};
    QTest::newRow("create, no name")
            << int(BatchKind::Create) << ""
            << ""
            << QStringList{"no longer knows the job", "could not be looked up by name", "same user"}
            << misleading;
    QTest::newRow("attach") << int(BatchKind::Attach) << "WKS-01"
                            << "" << QStringList{"no longer knows the job", "assign"} << misleading;
}

void tst_JobCenter::lostJobExplanations()
{
    QFETCH(int, kind);
    QFETCH(QString, computerName);
    QFETCH(QString, desktopId);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    // What JobPoller reports for a job the service answers 404 WKS.00010011 to.
    BatchItem item;
    item.chunkState = ChunkState::Accepted;
    item.subJobStatus = SubJobStatus::Failed;
    item.errorCode = QStringLiteral("WKS.00010011");
    item.message = QStringLiteral("The job does not exist.");
    item.computerName = computerName;
    item.desktopId = desktopId;
    item.userName = QStringLiteral("alice");
    QCOMPARE(item.outcome(), BatchItem::Outcome::Failed);
    const ErrorCatalog::Explanation e = JobFailures::explain(item, BatchKind(kind));
    QVERIFY2(e.key.endsWith(QLatin1String(".job-unknown")), qPrintable(e.key));
    const QString text = JobFailures::describe(item, BatchKind(kind));
    for (const QString &s : says)
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing in: ") + text));
    for (const QString &s : neverSays)
        QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" found in: ") + text));
    QVERIFY(text.contains(QStringLiteral("WKS.00010011")));
}

QTEST_GUILESS_MAIN(tst_JobCenter)
#include "tst_jobcenter.moc"
