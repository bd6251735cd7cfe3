#include "api/batchsubmitter.h"
#include "api/jobpoller.h"
#include "api/workspaceclient.h"

#include "support/emulatorprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

bool waitFor(ApiCall *call, int timeoutMs = 30000)
{
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &ApiCall::finished);
    return spy.wait(timeoutMs);
}

} // namespace

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
    ConnectionConfig config() const;
    CreateDesktopRequest request(int count, const QString &prefix, int everyNthWithoutName) const;
    /** Gives each chunk one of the workspace subnets in turn (a /24 holds ~240 desktops). */
    void spreadOverSubnets(BatchPlan *plan) const;
    /** Runs a submitter to its end; false on timeout. */
    bool run(BatchSubmitter &submitter, int timeoutMs);

    EmulatorProcess m_emu;
    QString m_productId;
    QString m_imageId;
    QStringList m_subnetIds; ///< the workspace's subnets, to spread chunks over
    int m_capacity = 0;      ///< free addresses in them
};

void tst_BatchSubmitter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--empty"), QStringLiteral("--desktop-quota"),
                          QStringLiteral("100000"), QStringLiteral("--seed"), QStringLiteral("7")}),
             qPrintable(m_emu.errorString()));
    WorkspaceClient client(config());
    auto *products = client.products({{QStringLiteral("os_type"), QStringLiteral("Linux")}});
    auto *images = client.images({{QStringLiteral("os_type"), QStringLiteral("Linux")},
                                  {QStringLiteral("image_type"), QStringLiteral("gold")}});
    QVERIFY(waitFor(products) && waitFor(images));
    for (const Product &p : products->result()) {
        for (const ImageInfo &i : images->result()) {
            if (m_productId.isEmpty() && p.isAvailable() && p.architecture == i.architecture
                && i.minDiskGb <= 80 && i.minRamMb <= p.memoryMb) {
                m_productId = p.productId;
                m_imageId = i.id;
            }
        }
    }
    QVERIFY(!m_productId.isEmpty());

    auto *workspace = client.workspaceInfo();
    auto *subnets = client.subnets();
    QVERIFY(waitFor(workspace) && waitFor(subnets));
    m_subnetIds = workspace->result().subnetIds;
    for (const SubnetInfo &s : subnets->result()) {
        if (m_subnetIds.contains(s.id)) {
            const int prefix = s.cidr.section(QLatin1Char('/'), 1).toInt();
            m_capacity += prefix > 0 && prefix < 31 ? (1 << (32 - prefix)) - 12 : 0;
        }
    }
    QVERIFY(!m_subnetIds.isEmpty());
}

void tst_BatchSubmitter::init()
{
    const QJsonObject reset = m_emu.reset(true);
    QVERIFY2(!reset.contains(QStringLiteral("error_code")),
             QJsonDocument(reset).toJson().constData());
    m_emu.configure({{QStringLiteral("fail_rate"), 0},
                     {QStringLiteral("reset_rate"), 0},
                     {QStringLiteral("lost_rate"), 0},
                     {QStringLiteral("rps"), 0},
                     {QStringLiteral("latency_ms"), 0},
                     {QStringLiteral("desktop_quota"), 100000}});
}

ConnectionConfig tst_BatchSubmitter::config() const
{
    ConnectionConfig c;
    c.region = QString::fromLatin1(EmulatorProcess::DefaultRegion);
    c.workspaceEndpoint = m_emu.baseUrl();
    c.iamEndpoint = m_emu.baseUrl();
    c.projectId = m_emu.projectId();
    c.accessKey = QString::fromLatin1(EmulatorProcess::DefaultAccessKey);
    c.secretKey = QString::fromLatin1(EmulatorProcess::DefaultSecretKey);
    c.proxyMode = ConnectionConfig::ProxyMode::None;
    c.timeoutMs = 2000;
    return c;
}

CreateDesktopRequest tst_BatchSubmitter::request(int count, const QString &prefix,
                                                 int everyNthWithoutName) const
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = m_productId;
    r.imageType = QStringLiteral("gold");
    r.imageId = m_imageId;
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 5, 10, QLatin1Char('0'));
        d.userGroup = QStringLiteral("default");
        // Some desktops carry no computer name: those are reconciled by user instead.
        if (everyNthWithoutName <= 0 || i % everyNthWithoutName != 0)
            d.computerName = QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        r.desktops.append(d);
    }
    return r;
}

void tst_BatchSubmitter::spreadOverSubnets(BatchPlan *plan) const
{
    for (BatchChunk &c : plan->chunks) {
        QJsonObject body = QJsonDocument::fromJson(c.body).object();
        body.insert(QStringLiteral("nics"),
                    QJsonArray{QJsonObject{{QStringLiteral("subnet_id"),
                                            m_subnetIds.at(c.index % m_subnetIds.size())}}});
        c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
}

bool tst_BatchSubmitter::run(BatchSubmitter &submitter, int timeoutMs)
{
    QSignalSpy finished(&submitter, &BatchSubmitter::finished);
    submitter.start();
    return submitter.isFinished() || finished.wait(timeoutMs);
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
    m_emu.configure({{QStringLiteral("seed"), seed},
                     {QStringLiteral("fail_rate"), failRate},
                     {QStringLiteral("reset_rate"), resetRate},
                     {QStringLiteral("lost_rate"), lostRate},
                     {QStringLiteral("rps"), rps}});
    WorkspaceClient client(config());
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 50;
    policy.maxDelayMs = 1000;
    policy.throttleDelayMs = 200;
    client.setRetryPolicy(policy);

    if (count > m_capacity)
        qWarning("%d desktops asked, the emulator's workspace subnets hold %d", count, m_capacity);
    const QString prefix = QStringLiteral("F%1").arg(count);
    BatchPlan plan = BatchPlan::forCreate(request(count, prefix, 10), cap);
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

    int sourcesSeen = 0;
    for (const BatchChunk &c : submitter.plan().chunks) {
        QVERIFY2(c.state == ChunkState::Accepted || c.state == ChunkState::Done,
                 qPrintable(QStringLiteral("chunk %1 is %2: %3")
                                    .arg(c.index)
                                    .arg(ChunkStates::name(c.state), c.error.summary())));
        sourcesSeen += static_cast<int>(c.sourceIndexes.size() + c.confirmedSourceIndexes.size());
    }
    QVERIFY(sourcesSeen >= count);

    m_emu.configure({{QStringLiteral("fail_rate"), 0},
                     {QStringLiteral("reset_rate"), 0},
                     {QStringLiteral("lost_rate"), 0},
                     {QStringLiteral("rps"), 0}});
    const QJsonObject state = m_emu.state(30000);
    QCOMPARE(state.value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             count);
    const QJsonObject perUser = state.value(QStringLiteral("desktops_per_user")).toObject();
    QCOMPARE(perUser.size(), count);
    for (auto it = perUser.begin(); it != perUser.end(); ++it)
        QVERIFY2(it.value().toInt() == 1,
                 qPrintable(it.key() + QStringLiteral(" has two desktops")));
    const QJsonObject names = state.value(QStringLiteral("computer_names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key() + QStringLiteral(" exists twice")));

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
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 50;
    policy.maxDelayMs = 1000;
    policy.throttleDelayMs = 200;
    client.setRetryPolicy(policy);
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
    m_emu.configure({{QStringLiteral("fail_rate"), 0},
                     {QStringLiteral("reset_rate"), 0},
                     {QStringLiteral("lost_rate"), 0},
                     {QStringLiteral("rps"), 0}});
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
    BatchSubmitter submitter(&client,
                             BatchPlan::forCreate(request(120, QStringLiteral("J"), 0), 50));
    submitter.setJobPoller(&poller);
    QSignalSpy jobs(&submitter, &BatchSubmitter::jobFinished);
    QSignalSpy desktopsDone(&submitter, &BatchSubmitter::desktopFinished);
    QVERIFY(run(submitter, 60000));
    // Every desktop traced back to its row of the original request.
    QSet<int> sources;
    for (const QList<QVariant> &args : qAsConst(desktopsDone)) {
        const int source = args.at(0).toInt();
        const SubJobInfo sub = args.at(1).value<SubJobInfo>();
        QCOMPARE(sub.computerName.toUpper(),
                 QStringLiteral("J%1").arg(source, 5, 10, QLatin1Char('0')));
        sources.insert(source);
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
