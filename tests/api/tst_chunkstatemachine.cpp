#include "api/jobs/batchplan.h"
#include "api/jobs/chunkreconciler.h"
#include "api/jobs/chunkstatemachine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The chunk state machine apart from I/O: allowed transitions, signals, replans, the plan JSON. */
class tst_ChunkStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void transitions_data();
    void transitions();
    void signalCarriesJournalFields();
    void replanKeepsMissingOnly();
    void subsetBody();
    void planRoundTrip();
    void chunksValidatedAtSourceIndex();
    void names();

private:
    static BatchPlan twoChunkPlan();
};

BatchPlan tst_ChunkStateMachine::twoChunkPlan()
{
    BatchPlan plan;
    plan.id = QStringLiteral("p");
    plan.sourceCount = 3;
    BatchChunk a;
    a.index = 0;
    a.body = R"({"desktops":[{"user_name":"u0","computer_name":"PC-0"},{"user_name":"u1","computer_name":"PC-1"}],"product_id":"p"})";
    a.sourceIndexes = {0, 1};
    BatchChunk b;
    b.index = 1;
    b.body = R"({"desktops":[{"user_name":"u2"}]})";
    b.sourceIndexes = {2};
    plan.chunks = {a, b};
    return plan;
}

void tst_ChunkStateMachine::transitions_data()
{
    QTest::addColumn<QList<ChunkState>>("path");
    QTest::addColumn<bool>("allowed");
    using S = ChunkState;
    QTest::newRow("happy") << QList<S>{S::Sent, S::Accepted, S::Done} << true;
    QTest::newRow("unknown then done") << QList<S>{S::Sent, S::Unknown, S::Done} << true;
    QTest::newRow("unknown then resend")
            << QList<S>{S::Sent, S::Unknown, S::Planned, S::Sent} << true;
    QTest::newRow("throttled back to planned") << QList<S>{S::Sent, S::Planned} << true;
    QTest::newRow("failed then retried") << QList<S>{S::Sent, S::Failed, S::Planned} << true;
    QTest::newRow("cancel and resume") << QList<S>{S::Cancelled, S::Planned} << true;
    QTest::newRow("accept without send") << QList<S>{S::Accepted} << false;
    QTest::newRow("done is final") << QList<S>{S::Sent, S::Accepted, S::Done, S::Planned} << false;
    QTest::newRow("cancel sent") << QList<S>{S::Sent, S::Cancelled} << false;
    QTest::newRow("unknown, its job found") << QList<S>{S::Sent, S::Unknown, S::Accepted} << true;
}

void tst_ChunkStateMachine::transitions()
{
    QFETCH(QList<ChunkState>, path);
    QFETCH(bool, allowed);
    ChunkStateMachine machine(twoChunkPlan());
    QSignalSpy spy(&machine, &ChunkStateMachine::chunkStateChanged);
    bool ok = true;
    int emitted = 0;
    for (ChunkState to : path) {
        const ChunkState before = machine.chunk(0).state;
        const bool step = machine.transition(0, to);
        ok = ok && step;
        emitted += step ? 1 : 0;
        QCOMPARE(machine.chunk(0).state, step ? to : before);
    }
    QCOMPARE(ok, allowed);
    QCOMPARE(spy.size(), emitted);
    QCOMPARE(machine.chunk(1).state, ChunkState::Planned);
}

void tst_ChunkStateMachine::signalCarriesJournalFields()
{
    ChunkStateMachine machine(twoChunkPlan());
    QSignalSpy spy(&machine, &ChunkStateMachine::chunkStateChanged);
    QVERIFY(machine.transition(0, ChunkState::Sent));
    ApiError error = ApiError::network(ApiError::Kind::Timeout);
    QVERIFY(machine.transition(0, ChunkState::Unknown, {}, error));
    QVERIFY(!machine.transition(5, ChunkState::Sent));
    QCOMPARE(spy.size(), 2);
    const auto t = spy.at(1).at(0).value<ChunkTransition>();
    QCOMPARE(t.chunk, 0);
    QCOMPARE(t.from, ChunkState::Sent);
    QCOMPARE(t.to, ChunkState::Unknown);
    QCOMPARE(t.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(t.bodyDigest,
             QCryptographicHash::hash(machine.chunk(0).body, QCryptographicHash::Sha256).toHex());
    QCOMPARE(t.sourceIndexes, (QList<int>{0, 1}));

    QVERIFY(machine.transition(1, ChunkState::Sent));
    QVERIFY(machine.transition(1, ChunkState::Accepted, QStringLiteral("job-9")));
    QCOMPARE(machine.chunk(1).jobIds, QStringList{QStringLiteral("job-9")});
    QCOMPARE(spy.last().at(0).value<ChunkTransition>().jobId, QStringLiteral("job-9"));
}

void tst_ChunkStateMachine::replanKeepsMissingOnly()
{
    ChunkStateMachine machine(twoChunkPlan());
    QVERIFY(machine.transition(0, ChunkState::Sent));
    const QByteArray before = machine.chunk(0).bodyDigest();
    QVERIFY(!machine.replan(0, "x", {1}, {0}, {})); // Sent -> Planned needs reconciliation first
    QVERIFY(machine.transition(0, ChunkState::Unknown));
    const QByteArray smaller = ChunkReconciler::subsetBody(machine.chunk(0).body, {1});
    QVERIFY(machine.replan(0, smaller, {1}, {0}, {}));
    QCOMPARE(machine.chunk(0).state, ChunkState::Planned);
    QCOMPARE(machine.chunk(0).sourceIndexes, QList<int>{1});
    QCOMPARE(machine.chunk(0).confirmedSourceIndexes, QList<int>{0});
    QVERIFY(machine.chunk(0).bodyDigest() != before);
}

void tst_ChunkStateMachine::subsetBody()
{
    const QByteArray body
            = R"({"product_id":"p","desktops":[{"user_name":"a"},{"user_name":"b"},{"user_name":"c"}],"desktop_ips":["1","2","3"]})";
    const QJsonObject o
            = QJsonDocument::fromJson(ChunkReconciler::subsetBody(body, {0, 2})).object();
    QCOMPARE(o.value(QStringLiteral("product_id")).toString(), QStringLiteral("p"));
    const QJsonArray desktops = o.value(QStringLiteral("desktops")).toArray();
    QCOMPARE(desktops.size(), 2);
    QCOMPARE(desktops.at(1).toObject().value(QStringLiteral("user_name")).toString(),
             QStringLiteral("c"));
    QCOMPARE(o.value(QStringLiteral("desktop_ips")).toArray(),
             (QJsonArray{QStringLiteral("1"), QStringLiteral("3")}));
    QVERIFY(ChunkReconciler::needsBaseline(BatchKind::Create, body));
    QVERIFY(!ChunkReconciler::needsBaseline(BatchKind::Attach, body));
    QVERIFY(!ChunkReconciler::needsBaseline(
            BatchKind::Create, R"({"desktops":[{"user_name":"a","computer_name":"PC"}]})"));
}

// What the journal will store and load: states, bodies, jobs, baselines survive the round trip.
void tst_ChunkStateMachine::planRoundTrip()
{
    ChunkStateMachine machine(twoChunkPlan());
    QVERIFY(machine.transition(0, ChunkState::Sent));
    QVERIFY(machine.transition(0, ChunkState::Accepted, QStringLiteral("j1")));
    machine.setBaseline(1, {{QStringLiteral("u2"), 1}});
    const BatchPlan back = BatchPlan::fromJson(machine.plan().toJson());
    QCOMPARE(back.id, QStringLiteral("p"));
    QCOMPARE(back.sourceCount, 3);
    QCOMPARE(back.chunks.size(), 2);
    QCOMPARE(back.chunks.at(0).state, ChunkState::Accepted);
    QCOMPARE(back.chunks.at(0).jobIds, QStringList{QStringLiteral("j1")});
    QCOMPARE(back.chunks.at(0).body, machine.chunk(0).body);
    QCOMPARE(back.chunks.at(0).bodyDigest(), machine.chunk(0).bodyDigest());
    QVERIFY(back.chunks.at(1).baselineTaken);
    QCOMPARE(back.chunks.at(1).userBaseline.value(QStringLiteral("u2")), 1);
    QCOMPARE(back.count(ChunkState::Planned), 1);
}

// Each chunk is checked as it will be sent; a bad desktop is reported at its source index.
void tst_ChunkStateMachine::chunksValidatedAtSourceIndex()
{
    CreateDesktopRequest request;
    request.desktopType = QStringLiteral("DEDICATED");
    request.productId = QStringLiteral("workspace.x86.general.large2.linux");
    request.imageType = QStringLiteral("gold");
    request.imageId = QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b");
    request.rootVolume.type = QStringLiteral("SAS");
    request.rootVolume.size = 80;
    for (int i = 0; i < 120; ++i) {
        DesktopItem d;
        d.userName = i == 75 ? QStringLiteral("bad name!") : QStringLiteral("user%1").arg(i);
        d.userGroup = QStringLiteral("default");
        d.computerName = QStringLiteral("PC-%1").arg(i);
        request.desktops.append(d);
    }
    ValidationContext context;
    context.os = OsType::Linux;
    context.createCap = 50;
    Findings problems;
    const BatchPlan plan = BatchPlan::forCreate(request, context, &problems);
    QCOMPARE(plan.chunks.size(), 3);
    QCOMPARE(plan.chunks.at(1).sourceIndexes.first(), 50);
    QVERIFY(hasErrors(problems));
    const Findings atSource = findingsUnder(problems, QStringLiteral("desktops[75]"));
    QVERIFY(!atSource.isEmpty());
    QVERIFY(findingsUnder(problems, QStringLiteral("desktops[25]")).isEmpty());
    for (const Finding &f : problems)
        QVERIFY2(f.path.startsWith(QLatin1String("desktops[75]")), qPrintable(f.path + f.code));

    request.desktops[75].userName = QStringLiteral("user75");
    Findings none;
    BatchPlan::forCreate(request, context, &none);
    QVERIFY2(!hasErrors(none), qPrintable(none.isEmpty() ? QString() : none.first().code));
}

void tst_ChunkStateMachine::names()
{
    for (ChunkState s :
         {ChunkState::Planned, ChunkState::Sent, ChunkState::Accepted, ChunkState::Failed,
          ChunkState::Unknown, ChunkState::Done, ChunkState::Cancelled}) {
        ChunkState back = ChunkState::Done;
        QVERIFY(ChunkStates::fromName(ChunkStates::name(s), &back));
        QCOMPARE(back, s);
        QVERIFY(!ChunkStates::displayName(s).isEmpty());
    }
    ChunkState unused;
    QVERIFY(!ChunkStates::fromName(QStringLiteral("bogus"), &unused));
}

QTEST_GUILESS_MAIN(tst_ChunkStateMachine)
#include "tst_chunkstatemachine.moc"
