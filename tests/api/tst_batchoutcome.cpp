#include "api/jobs/batchoutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wsc;

/**
 * What each event of a batch means for a desktop (BatchOutcome), rule by rule: the outcome read
 * from the client's and the service's accounts, transitions that must not overwrite the
 * service's word, sub-jobs matched one to one (named, unnamed and attach chunks), a job that
 * forgot a desktop, and the counts of a batch.
 */
class tst_BatchOutcome : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data();
    void outcome();
    void transitionKeepsServiceWord();
    void matchSubJob_data();
    void matchSubJob();
    void unnamedChunkOneToOne();
    void unreportedEnd();
    void summarize_data();
    void summarize();
    void itemsOfSizeChunks();
};

namespace {

ApiError httpError(int status, const char *code)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.errorCode = QString::fromLatin1(code);
    e.errorMessage = QStringLiteral("refused");
    return e;
}

BatchItem failedChunk(const ApiError &error)
{
    BatchItem i;
    ChunkTransition t;
    t.to = ChunkState::Failed;
    t.error = error;
    BatchOutcome::applyTransition(i, t);
    return i;
}

SubJobInfo sub(const QString &id, const QString &status, const QString &computer = {},
               const QString &user = {}, const QString &desktop = {})
{
    SubJobInfo s;
    s.id = id;
    s.jobId = QStringLiteral("job");
    s.status = status;
    s.computerName = computer;
    s.userName = user;
    s.desktopId = desktop.isEmpty() ? QStringLiteral("d-") + id : desktop;
    if (status == QLatin1String("FAILED")) {
        s.errorCode = QStringLiteral("WKS.0999");
        s.failReason = QStringLiteral("own reason of ") + id;
    }
    return s;
}

} // namespace

void tst_BatchOutcome::outcome_data()
{
    QTest::addColumn<int>("chunkState");
    QTest::addColumn<QString>("subJobStatus");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("expected");

    using O = BatchItem::Outcome;
    QTest::newRow("planned") << int(ChunkState::Planned) << QString() << 0 << int(O::Pending);
    QTest::newRow("sent") << int(ChunkState::Sent) << QString() << 0 << int(O::Running);
    QTest::newRow("unknown") << int(ChunkState::Unknown) << QString() << 0 << int(O::Running);
    QTest::newRow("found by lookup")
            << int(ChunkState::Done) << QString() << 0 << int(O::Succeeded);
    QTest::newRow("400 is a refusal")
            << int(ChunkState::Failed) << QString() << 400 << int(O::Refused);
    QTest::newRow("409 is a refusal")
            << int(ChunkState::Failed) << QString() << 409 << int(O::Refused);
    QTest::newRow("401 is not") << int(ChunkState::Failed) << QString() << 401 << int(O::Failed);
    QTest::newRow("refused connection is not")
            << int(ChunkState::Failed) << QString() << 0 << int(O::Failed);
    QTest::newRow("cancelled") << int(ChunkState::Cancelled) << QString() << 0 << int(O::Cancelled);
    QTest::newRow("sub-job success wins over chunk")
            << int(ChunkState::Accepted) << QStringLiteral("SUCCESS") << 0 << int(O::Succeeded);
    QTest::newRow("sub-job failed in a done chunk")
            << int(ChunkState::Done) << QStringLiteral("FAILED") << 0 << int(O::Failed);
    QTest::newRow("sub-job running")
            << int(ChunkState::Accepted) << QStringLiteral("RUNNING") << 0 << int(O::Running);
    QTest::newRow("other failure spelling")
            << int(ChunkState::Done) << QStringLiteral("ERROR") << 0 << int(O::Failed);
}

void tst_BatchOutcome::outcome()
{
    QFETCH(int, chunkState);
    QFETCH(QString, subJobStatus);
    QFETCH(int, httpStatus);
    QFETCH(int, expected);
    BatchItem i;
    if (ChunkState(chunkState) == ChunkState::Failed) {
        i = failedChunk(httpStatus > 0 ? httpError(httpStatus, "WKS.0001")
                                       : ApiError::network(ApiError::Kind::ConnectionRefused));
    } else {
        i.chunkState = ChunkState(chunkState);
    }
    if (!subJobStatus.isEmpty())
        BatchOutcome::applySubJob(i, sub(QStringLiteral("s1"), subJobStatus));
    QCOMPARE(int(i.outcome()), expected);
}

void tst_BatchOutcome::transitionKeepsServiceWord()
{
    BatchItem i;
    BatchOutcome::applySubJob(i, sub(QStringLiteral("s1"), QStringLiteral("FAILED")));
    ChunkTransition done;
    done.to = ChunkState::Done;
    BatchOutcome::applyTransition(i, done);
    QCOMPARE(i.chunkState, ChunkState::Done);
    QCOMPARE(i.outcome(), BatchItem::Outcome::Failed);
    QCOMPARE(i.message, QStringLiteral("own reason of s1"));
    QCOMPARE(i.statusName(), QStringLiteral("FAILED"));
    // A lookup never turns a desktop the service failed into a success.
    QVERIFY(!BatchOutcome::applyConfirmed(i));
    QCOMPARE(i.outcome(), BatchItem::Outcome::Failed);
}

void tst_BatchOutcome::matchSubJob_data()
{
    QTest::addColumn<QStringList>("computers"); ///< requested computer names per desktop
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("desktopIds");
    QTest::addColumn<QString>("subComputer");
    QTest::addColumn<QString>("subUser");
    QTest::addColumn<QString>("subDesktop");
    QTest::addColumn<int>("expected");

    const QStringList none{QString(), QString(), QString()};
    QTest::newRow("by computer name, any case")
            << QStringList{"PC1", "PC2", "PC3"} << QStringList{"a", "b", "c"} << none
            << QStringLiteral("pc2") << QStringLiteral("x") << QString() << 1;
    QTest::newRow("by user when names are generated")
            << none << QStringList{"a", "b", "c"} << none << QStringLiteral("WKS-00007")
            << QStringLiteral("c") << QString() << 2;
    QTest::newRow("attach: by desktop id")
            << none << QStringList{"a", "b", "c"} << QStringList{"d1", "d2", "d3"}
            << QStringLiteral("X") << QStringLiteral("q") << QStringLiteral("d3") << 2;
    QTest::newRow("unnamed: the first free one")
            << none << none << none << QStringLiteral("LAB07") << QString() << QString() << 0;
    QTest::newRow("named but unknown: none")
            << QStringList{"PC1", "PC2", "PC3"} << QStringList{"a", "b", "c"} << none
            << QStringLiteral("PC9") << QStringLiteral("z") << QString() << -1;
}

void tst_BatchOutcome::matchSubJob()
{
    QFETCH(QStringList, computers);
    QFETCH(QStringList, users);
    QFETCH(QStringList, desktopIds);
    QFETCH(QString, subComputer);
    QFETCH(QString, subUser);
    QFETCH(QString, subDesktop);
    QFETCH(int, expected);
    QList<BatchItem> items(computers.size());
    QList<const BatchItem *> candidates;
    for (int k = 0; k < items.size(); ++k) {
        items[k].computerName = computers.at(k);
        items[k].userName = users.at(k);
        items[k].desktopId = desktopIds.at(k);
        candidates << &items.at(k);
    }
    SubJobInfo s = sub(QStringLiteral("s"), QStringLiteral("RUNNING"), subComputer, subUser);
    s.desktopId = subDesktop;
    QCOMPARE(BatchOutcome::matchSubJob(candidates, s), expected);
}

void tst_BatchOutcome::unnamedChunkOneToOne()
{
    // size = 4: four desktops that name nothing; sub-jobs come in any order, several times.
    QList<BatchItem> items(4);
    const QList<int> rows{0, 1, 2, 3};
    const QStringList ids{"s3", "s1", "s4", "s2"};
    for (const QString &id : ids)
        QVERIFY(BatchOutcome::takeSubJob(items, rows, sub(id, QStringLiteral("RUNNING"))) >= 0);
    // The next poll reports them again, now ended: each goes back to the same desktop.
    for (const QString &id : ids) {
        const int row = BatchOutcome::takeSubJob(items, rows,
                                                 sub(id,
                                                     id == QLatin1String("s1")
                                                             ? QStringLiteral("FAILED")
                                                             : QStringLiteral("SUCCESS"),
                                                     QStringLiteral("LAB-") + id));
        QCOMPARE(items.at(row).subJobId, id);
    }
    QSet<QString> seen;
    int failed = 0;
    for (const BatchItem &i : items) {
        seen.insert(i.subJobId);
        QCOMPARE(i.desktopId, QStringLiteral("d-") + i.subJobId);
        QCOMPARE(i.computerName, QStringLiteral("LAB-") + i.subJobId);
        failed += i.outcome() == BatchItem::Outcome::Failed ? 1 : 0;
    }
    QCOMPARE(seen.size(), 4);
    QCOMPARE(failed, 1);
    // A fifth sub-job has no desktop left to be.
    QCOMPARE(BatchOutcome::takeSubJob(items, rows,
                                      sub(QStringLiteral("s5"), QStringLiteral("SUCCESS"))),
             -1);
}

void tst_BatchOutcome::unreportedEnd()
{
    JobInfo job;
    job.id = QStringLiteral("j");
    job.status = QStringLiteral("FAILED");
    job.failReason = QStringLiteral("1 of 2 sub-jobs failed");
    BatchItem reported;
    BatchOutcome::applySubJob(reported, sub(QStringLiteral("s1"), QStringLiteral("SUCCESS")));
    QVERIFY(!BatchOutcome::applyUnreportedEnd(reported, job));
    QCOMPARE(reported.outcome(), BatchItem::Outcome::Succeeded);
    BatchItem forgotten;
    forgotten.chunkState = ChunkState::Accepted;
    QVERIFY(BatchOutcome::applyUnreportedEnd(forgotten, job));
    QCOMPARE(forgotten.outcome(), BatchItem::Outcome::Failed);
    QCOMPARE(forgotten.message, job.failReason);
}

void tst_BatchOutcome::summarize_data()
{
    QTest::addColumn<QList<int>>(
            "outcomes"); ///< per item: 0 pending 1 running 2 ok 3 failed 4 refused
    QTest::addColumn<bool>("finished");
    QTest::addColumn<QList<int>>(
            "expected"); ///< succeeded, failed, refused, running, pending, progress

    QTest::newRow("job FAILED with 3 of 5 successful")
            << QList<int>{2, 2, 3, 2, 3} << true << QList<int>{3, 2, 0, 0, 0, 100};
    QTest::newRow("refused whole: no progress")
            << QList<int>{4, 4, 4} << true << QList<int>{0, 0, 3, 0, 0, 0};
    QTest::newRow("refused chunk among accepted")
            << QList<int>{2, 2, 4, 4} << true << QList<int>{2, 0, 2, 0, 0, 100};
    QTest::newRow("undecided at the end counts failed")
            << QList<int>{2, 1, 0} << true << QList<int>{1, 2, 0, 0, 0, 100};
    QTest::newRow("running") << QList<int>{2, 1, 0, 0} << false << QList<int>{1, 0, 0, 1, 2, 37};
}

void tst_BatchOutcome::summarize()
{
    QFETCH(QList<int>, outcomes);
    QFETCH(bool, finished);
    QFETCH(QList<int>, expected);
    QList<BatchItem> items;
    for (int o : outcomes) {
        BatchItem i;
        switch (o) {
        case 0:
            break;
        case 1:
            BatchOutcome::applySubJob(i, sub(QStringLiteral("r"), QStringLiteral("RUNNING")));
            i.process = 50;
            break;
        case 2:
            BatchOutcome::applySubJob(i, sub(QStringLiteral("ok"), QStringLiteral("SUCCESS")));
            break;
        case 3:
            BatchOutcome::applySubJob(i, sub(QStringLiteral("ko"), QStringLiteral("FAILED")));
            break;
        case 4:
            i = failedChunk(httpError(400, "WKS.00010004"));
            break;
        }
        items << i;
    }
    BatchSummary s;
    if (finished)
        s.finished = QDateTime::currentDateTimeUtc();
    BatchOutcome::summarize(items, &s);
    QCOMPARE((QList<int>{s.succeeded, s.failed, s.refused, s.running, s.pending, s.progress}),
             expected);
    QCOMPARE(s.isRefused(), finished && s.refused == s.desktops);
}

void tst_BatchOutcome::itemsOfSizeChunks()
{
    BatchPlan plan;
    for (int c = 0; c < 2; ++c) {
        BatchChunk chunk;
        chunk.index = c;
        chunk.body = QJsonDocument(
                             QJsonObject{{QStringLiteral("size"), c == 0 ? 49 : 2},
                                         {QStringLiteral("desktop_name"), QStringLiteral("LAB")}})
                             .toJson(QJsonDocument::Compact);
        for (int k = 0; k < (c == 0 ? 49 : 2); ++k)
            chunk.sourceIndexes << c * 49 + k;
        plan.chunks << chunk;
    }
    const QList<BatchItem> items = BatchOutcome::itemsOf(plan, {});
    QCOMPARE(items.size(), 51);
    QCOMPARE(items.last().chunk, 1);
    QCOMPARE(items.last().sourceIndex, 50);
    QVERIFY(items.last().computerName.isEmpty());
    QCOMPARE(items.last().outcome(), BatchItem::Outcome::Pending);
}

QTEST_GUILESS_MAIN(tst_BatchOutcome)
#include "tst_batchoutcome.moc"
