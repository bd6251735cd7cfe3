#include "api/http/workspaceclient.h"
#include "api/jobs/batchoutcome.h"
#include "api/jobs/batchsubmitter.h"
#include "api/jobs/jobpoller.h"

#include "support/apicallwait.h"
#include "support/batchfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * BatchSubmitter against the emulator under injected faults (5xx, 429, resets, lost replies):
 * every desktop ends up on the server exactly once, counted through /_emulator/state. Also
 * attach batches, resuming a saved plan, pause/resume/cancel, and following jobs to Done.
 * The default run creates 2 000 desktops; WSC_FULL_BATCH=1 runs the full 10 000.
 */
class tst_BatchSubmitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createUnderFaults_data();
    void createUnderFaults();
    void attachUnderFaults();
    void resumeSavedPlan();
    void pauseResumeCancel();
    void followJobsToDone();

private:
    ConnectionConfig config() const { return m_tenant.config(); }
    CreateDesktopRequest request(int count, const QString &prefix, int everyNthWithoutName) const
    {
        return m_tenant.request(count, prefix, everyNthWithoutName);
    }
    void spreadOverSubnets(BatchPlan *plan) const { m_tenant.spreadOverSubnets(plan); }
    static bool run(BatchSubmitter &submitter, int timeoutMs)
    {
        return BatchFixture::run(submitter, timeoutMs);
    }

    BatchFixture m_tenant; ///< wsemu, the product/image pair and subnets (tests/support)
    EmulatorProcess &m_emu = m_tenant.emulator();
};

void tst_BatchSubmitter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_tenant.start({QStringLiteral("--seed"), QStringLiteral("7")}),
             qPrintable(m_tenant.errorString()));
}

void tst_BatchSubmitter::init()
{
    QVERIFY2(m_tenant.resetTenant(), qPrintable(m_tenant.errorString()));
}

void tst_BatchSubmitter::createUnderFaults_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("seed");
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("resetRate");
    QTest::addColumn<double>("lostRate");
    QTest::addColumn<double>("rps");
    // The emulator's two /24 workspace subnets hold 245 desktops each: the default run stays
    // inside them; WSC_FULL_BATCH=N asks for N (10000 for the acceptance figure).
    const int full = qEnvironmentVariableIntValue("WSC_FULL_BATCH");
    QTest::newRow("lost replies only") << 200 << 50 << 7 << 0.0 << 0.0 << 0.3 << 0.0;
    QTest::newRow("all faults, 50 per request")
            << (full > 0 ? full : 400) << 50 << 7 << 0.05 << 0.05 << 0.05 << 40.0;
    QTest::newRow("heavy faults, 10 per request, seed 3")
            << 400 << 10 << 3 << 0.1 << 0.1 << 0.1 << 15.0;
    QTest::newRow("heavy faults, 10 per request, seed 4")
            << 400 << 10 << 4 << 0.1 << 0.1 << 0.1 << 15.0;
}

// The acceptance run: N desktops, faults on, exactly N on the server, none twice.
void tst_BatchSubmitter::createUnderFaults()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(int, seed);
    QFETCH(double, failRate);
    QFETCH(double, resetRate);
    QFETCH(double, lostRate);
    QFETCH(double, rps);
    m_tenant.setFaults(seed, failRate, resetRate, lostRate, rps);
    WorkspaceClient client(config());
    client.setRetryPolicy(BatchFixture::fastRetries());

    if (count > m_tenant.capacity())
        qWarning("%d desktops asked, the emulator's workspace subnets hold %d", count,
                 m_tenant.capacity());
    const QString prefix = QStringLiteral("F%1").arg(count);
    const CreateDesktopRequest source = request(count, prefix, 10);
    BatchPlan plan = BatchPlan::forCreate(source, cap);
    QCOMPARE(plan.chunks.size(), (count + cap - 1) / cap);
    spreadOverSubnets(&plan);
    BatchSubmitter submitter(&client, plan);
    submitter.setReconcileDelayMs(100);
    int transitions = 0;
    connect(&submitter, &BatchSubmitter::chunkStateChanged, this,
            [&transitions](const ChunkTransition &) { ++transitions; });
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(submitter, 240000));
    const qint64 elapsed = clock.elapsed();

    // Every source row in the plan once, exactly one desktop per row on the server.
    const QStringList problems = m_tenant.exactlyOnceProblems(source, submitter.plan());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    qInfo("%d desktops in %d chunks: %lld ms, %d requests (%d retries), %d reconciliations, "
          "%d resends, %d confirmed by lookup, %d throttled, %d transitions",
          count, int(plan.chunks.size()), elapsed, client.requestCount(), client.retryCount(),
          submitter.reconcileCount(), submitter.resendCount(), submitter.confirmedCount(),
          client.governor()->throttleCount(), transitions);
    if (lostRate > 0 || resetRate > 0)
        QVERIFY(submitter.reconcileCount() > 0);
}

void tst_BatchSubmitter::attachUnderFaults()
{
    const int count = 240;
    WorkspaceClient client(config());
    client.setRetryPolicy(BatchFixture::fastRetries());
    // Unassigned desktops first (size-only creates), fault-free.
    QList<ApiCall *> creates;
    for (int i = 0; i < count / 40; ++i) {
        QJsonObject body
                = QJsonDocument::fromJson(
                          QJsonDocument(request(1, QStringLiteral("X"), 0).toJson()).toJson())
                          .object();
        body.remove(QStringLiteral("desktops"));
        body.insert(QStringLiteral("size"), 40);
        body.insert(QStringLiteral("desktop_name"), QStringLiteral("AT%1").arg(i));
        creates << client.createDesktopsBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    for (ApiCall *c : creates) {
        QVERIFY(waitFor(c));
        QVERIFY2(c->isOk(), qPrintable(c->error().summary()));
    }
    auto *desktops = client.allDesktops({});
    QVERIFY(waitFor(desktops));
    QCOMPARE(desktops->result().size(), count);

    AttachRequest attach;
    for (int i = 0; i < count; ++i) {
        AttachDesktop d;
        d.desktopId = desktops->result().at(i).desktopId;
        d.userName = QStringLiteral("atuser%1").arg(i);
        d.userGroup = QStringLiteral("default");
        attach.desktops.append(d);
    }
    m_emu.configure({{QStringLiteral("fail_rate"), 0.05},
                     {QStringLiteral("reset_rate"), 0.05},
                     {QStringLiteral("lost_rate"), 0.2},
                     {QStringLiteral("rps"), 40}});
    BatchSubmitter submitter(&client, BatchPlan::forAttach(attach, 50));
    submitter.setReconcileDelayMs(100);
    QVERIFY(run(submitter, 120000));
    for (const BatchChunk &c : submitter.plan().chunks)
        QVERIFY2(c.state == ChunkState::Accepted || c.state == ChunkState::Done,
                 qPrintable(c.error.summary()));
    m_tenant.clearFaults();
    auto *after = client.allDesktops({});
    QVERIFY(waitFor(after));
    QSet<QString> users;
    for (const DesktopInfo &d : after->result()) {
        QVERIFY2(d.userName.startsWith(QLatin1String("atuser")), qPrintable(d.desktopId));
        users.insert(d.userName);
    }
    QCOMPARE(users.size(), count);
    qInfo("attach %d: %d requests, %d reconciliations, %d resends", count, client.requestCount(),
          submitter.reconcileCount(), submitter.resendCount());
}

// A plan saved by a run that crashed: chunk 0 was applied (its reply lost), chunk 1 was
// marked sent but never left, chunk 2 is planned. The resumed batch creates each once.
void tst_BatchSubmitter::resumeSavedPlan()
{
    WorkspaceClient client(config());
    BatchPlan plan = BatchPlan::forCreate(request(150, QStringLiteral("R"), 4), 50);
    QCOMPARE(plan.chunks.size(), 3);
    auto *applied = client.createDesktopsBody(plan.chunks.at(0).body);
    QVERIFY(waitFor(applied));
    QVERIFY(applied->isOk());
    plan.chunks[0].state = ChunkState::Sent;
    plan.chunks[0].sends = 1;
    plan.chunks[0].baselineTaken = true; // its users had no desktops before
    for (const QJsonValue &d : QJsonDocument::fromJson(plan.chunks.at(0).body)
                                       .object()
                                       .value(QStringLiteral("desktops"))
                                       .toArray())
        plan.chunks[0].userBaseline.insert(
                d.toObject().value(QStringLiteral("user_name")).toString(), 0);
    plan.chunks[1].state = ChunkState::Sent;
    plan.chunks[1].sends = 1;
    plan.chunks[1].baselineTaken = true;
    const BatchPlan saved = BatchPlan::fromJson(plan.toJson());

    BatchSubmitter submitter(&client, saved);
    submitter.setReconcileDelayMs(0);
    QVERIFY(run(submitter, 60000));
    QCOMPARE(submitter.plan().chunks.at(0).state, ChunkState::Done);
    QCOMPARE(submitter.plan().chunks.at(0).confirmedSourceIndexes.size(), 50);
    QCOMPARE(submitter.plan().chunks.at(1).state, ChunkState::Accepted);
    QCOMPARE(submitter.plan().chunks.at(2).state, ChunkState::Accepted);
    QCOMPARE(submitter.reconcileCount(), 2);
    const QJsonObject state = m_emu.state();
    QCOMPARE(state.value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             150);
}

void tst_BatchSubmitter::pauseResumeCancel()
{
    WorkspaceClient client(config());
    m_emu.configure({{QStringLiteral("latency_ms"), 200}});
    BatchPlan plan = BatchPlan::forCreate(request(400, QStringLiteral("P"), 0), 50);
    spreadOverSubnets(&plan);
    BatchSubmitter submitter(&client, plan);
    submitter.setMaxChunksInFlight(1);
    QList<ChunkTransition> seen;
    connect(&submitter, &BatchSubmitter::chunkStateChanged, this,
            [&seen](const ChunkTransition &t) { seen << t; });
    submitter.start();
    QTRY_VERIFY(submitter.states()->count(ChunkState::Accepted) >= 1);
    submitter.pause();
    QVERIFY(submitter.isPaused());
    // What was in flight finishes; nothing new is sent.
    QTRY_COMPARE(submitter.states()->count(ChunkState::Sent), 0);
    const int acceptedWhilePaused = submitter.states()->count(ChunkState::Accepted);
    const int sentTransitions = static_cast<int>(
            std::count_if(seen.cbegin(), seen.cend(),
                          [](const ChunkTransition &t) { return t.to == ChunkState::Sent; }));
    QCOMPARE(sentTransitions, acceptedWhilePaused);
    QVERIFY(!submitter.isFinished());
    submitter.resume();
    QTRY_VERIFY(submitter.states()->count(ChunkState::Accepted) > acceptedWhilePaused);
    QSignalSpy finished(&submitter, &BatchSubmitter::finished);
    submitter.cancel();
    QVERIFY(finished.wait(10000) || submitter.isFinished());
    const int accepted = submitter.states()->count(ChunkState::Accepted);
    QCOMPARE(accepted + submitter.states()->count(ChunkState::Cancelled), 8);
    QVERIFY(submitter.states()->count(ChunkState::Cancelled) > 0);
    // Every Sent transition carried the body digest a journal needs.
    for (const ChunkTransition &t : qAsConst(seen))
        QCOMPARE(t.bodyDigest.size(), 64);
    m_emu.configure({{QStringLiteral("latency_ms"), 0}});
    QCOMPARE(m_emu.state()
                     .value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             accepted * 50);
}

void tst_BatchSubmitter::followJobsToDone()
{
    WorkspaceClient client(config());
    JobPoller poller(&client);
    poller.setIntervals(50, 200);
    const BatchPlan plan = BatchPlan::forCreate(request(120, QStringLiteral("J"), 0), 50);
    BatchSubmitter submitter(&client, plan);
    submitter.setJobPoller(&poller);
    QSignalSpy jobs(&submitter, &BatchSubmitter::jobFinished);
    QVERIFY(run(submitter, 60000));
    // Every desktop traced back to its row of the original request through its sub-job.
    QList<BatchItem> items = BatchOutcome::itemsOf(plan, {});
    QSet<int> sources;
    for (const QList<QVariant> &args : qAsConst(jobs)) {
        const int chunk = args.at(0).toInt();
        QList<int> rows;
        for (int r = 0; r < items.size(); ++r) {
            if (items.at(r).chunk == chunk)
                rows << r;
        }
        for (const SubJobInfo &sub : args.at(1).value<JobInfo>().subJobs) {
            const int row = BatchOutcome::takeSubJob(items, rows, sub);
            QVERIFY(row >= 0);
            const int source = items.at(row).sourceIndex;
            QCOMPARE(sub.computerName.toUpper(),
                     QStringLiteral("J%1").arg(source, 5, 10, QLatin1Char('0')));
            sources.insert(source);
        }
    }
    QCOMPARE(sources.size(), 120);
    QCOMPARE(submitter.states()->count(ChunkState::Done), 3);
    QCOMPARE(jobs.size(), 3);
    int desktops = 0;
    for (const QList<QVariant> &args : qAsConst(jobs))
        desktops += static_cast<int>(args.at(1).value<JobInfo>().subJobs.size());
    QCOMPARE(desktops, 120);
}

QTEST_GUILESS_MAIN(tst_BatchSubmitter)
#include "tst_batchsubmitter.moc"
