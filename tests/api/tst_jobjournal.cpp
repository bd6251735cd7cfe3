#include "api/auth/privatefiles.h"
#include "api/jobs/chunkstatemachine.h"
#include "api/jobs/jobjournal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace wsc;

/**
 * JobJournal on its own: every batch, chunk, transition, desktop, job and sub-job comes back
 * as written; two connections see each other's commits and respect each other's leases; a
 * committed transition survives a SIGKILL of the writer; damaged, locked and newer files are
 * refused with a message that says what to do.
 */
class tst_JobJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsInAppData();
    void roundTrip_data();
    void roundTrip();
    void progressRoundTrip();
    void removeBatchForgetsEverything();
    void twoConnections();
    void leases();
    void transitionSurvivesKill();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesLockedFile();
    void filesArePrivate_data();
    void filesArePrivate();

private:
    QString freshPath();
    static CreateDesktopRequest createRequest(int count);
    static JournalBatch batchFor(const BatchPlan &plan, const QString &profile);
    static QList<BatchItem> itemsFor(const BatchPlan &plan);

    QTemporaryDir m_dir;
};

void tst_JobJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_JobJournal::freshPath()
{
    return m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                          + QStringLiteral(".sqlite"));
}

CreateDesktopRequest tst_JobJournal::createRequest(int count)
{
    CreateDesktopRequest r;
    r.desktopType = QStringLiteral("DEDICATED");
    r.productId = QStringLiteral("workspace.x86.ultimate.large2.linux");
    r.imageType = QStringLiteral("gold");
    r.imageId = QStringLiteral("img");
    r.rootVolume.type = QStringLiteral("SAS");
    r.rootVolume.size = 80;
    for (int i = 0; i < count; ++i) {
        DesktopItem d;
        d.userName = QStringLiteral("user%1").arg(i);
        // Every third desktop without a name: its chunk needs a baseline, which must persist.
        if (i % 3 != 0)
            d.computerName = QStringLiteral("张三PC%1").arg(i);
        r.desktops.append(d);
    }
    return r;
}

JournalBatch tst_JobJournal::batchFor(const BatchPlan &plan, const QString &profile)
{
    JournalBatch b;
    b.id = plan.id;
    b.kind = plan.kind;
    b.profile = profile;
    b.title = QStringLiteral("Create desktops");
    b.origin = QStringLiteral("/tmp/users.csv");
    for (int i = 0; i < plan.sourceCount; ++i)
        b.lines << i + 2;
    b.cap = 2;
    b.sourceCount = plan.sourceCount;
    b.created = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    return b;
}

QList<BatchItem> tst_JobJournal::itemsFor(const BatchPlan &plan)
{
    QList<BatchItem> items;
    for (const BatchChunk &c : plan.chunks) {
        for (int s : c.sourceIndexes) {
            BatchItem i;
            i.sourceIndex = s;
            i.sourceLine = s + 2;
            i.chunk = c.index;
            i.userName = QStringLiteral("user%1").arg(s);
            items.append(i);
        }
    }
    return items;
}

void tst_JobJournal::defaultPathIsInAppData()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(JobJournal::defaultPath().startsWith(dir));
    QVERIFY(JobJournal::defaultPath().endsWith(QLatin1String("/jobs.sqlite")));
    QCOMPARE(JobJournal().path(), JobJournal::defaultPath());
}

void tst_JobJournal::roundTrip_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("steps"); // chunk 0 goes through these states
    QTest::addColumn<bool>("withError");
    QTest::newRow("sent only") << 5 << QStringList{"sent"} << false;
    QTest::newRow("accepted, done") << 5 << QStringList{"sent", "accepted", "done"} << false;
    QTest::newRow("unknown, replanned, resent")
            << 6 << QStringList{"sent", "unknown", "replan", "sent", "accepted"} << true;
    QTest::newRow("failed") << 3 << QStringList{"sent", "failed"} << true;
}

void tst_JobJournal::roundTrip()
{
    QFETCH(int, count);
    QFETCH(QStringList, steps);
    QFETCH(bool, withError);
    const QString path = freshPath();
    const BatchPlan plan = BatchPlan::forCreate(createRequest(count), 2);
    JobJournal journal(path);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QVERIFY2(journal.addBatch(batchFor(plan, QStringLiteral("p1")), plan, itemsFor(plan)),
             qPrintable(journal.errorString()));

    ChunkStateMachine states(plan);
    QList<BatchItem> items = itemsFor(plan);
    connect(&states, &ChunkStateMachine::chunkStateChanged, this, [&](const ChunkTransition &t) {
        QList<BatchItem> changed;
        for (BatchItem &i : items) {
            if (t.sourceIndexes.contains(i.sourceIndex)) {
                i.chunkState = t.to;
                i.jobId = t.jobId.isEmpty() ? i.jobId : t.jobId;
                i.errorCode = t.error.errorCode;
                i.requestId = t.error.requestId;
                i.httpStatus = t.error.httpStatus;
                i.errorKind = t.error.isError() ? ApiError::kindName(t.error.kind) : QString();
                changed << i;
            }
        }
        QVERIFY2(journal.recordTransition(plan.id, t, states.chunk(t.chunk), changed),
                 qPrintable(journal.errorString()));
    });
    ApiError error = ApiError::fromHttp(
            500, R"({"error_code":"WKS.00010500","error_msg":"Internal service error."})",
            "0123456789abcdef0123456789abcdef");
    states.setBaseline(0, {{QStringLiteral("user0"), 1}});
    QStringList expected;
    ChunkState from = ChunkState::Planned;
    int job = 0;
    for (const QString &step : steps) {
        if (step == QLatin1String("replan")) {
            const BatchChunk c = states.chunk(0);
            QVERIFY(states.replan(0, c.body.left(c.body.size()), {c.sourceIndexes.last()},
                                  {c.sourceIndexes.first()}, error));
            expected << QStringLiteral("unknown>planned");
            from = ChunkState::Planned;
            continue;
        }
        ChunkState to;
        QVERIFY(ChunkStates::fromName(step, &to));
        if (to == ChunkState::Sent)
            states.noteSend(0);
        const QString jobId
                = to == ChunkState::Accepted ? QStringLiteral("job-%1").arg(++job) : QString();
        QVERIFY(states.transition(
                0, to, jobId,
                withError && (to == ChunkState::Unknown || to == ChunkState::Failed) ? error
                                                                                     : ApiError()));
        expected << ChunkStates::name(from) + QLatin1Char('>') + step;
        from = to;
    }

    // A second object on the same file reads what the first committed.
    JobJournal reader(path);
    QVERIFY2(reader.open(), qPrintable(reader.errorString()));
    BatchPlan loaded;
    QVERIFY(reader.loadPlan(plan.id, &loaded));
    QCOMPARE(loaded.id, plan.id);
    QCOMPARE(loaded.sourceCount, count);
    QCOMPARE(loaded.chunks.size(), plan.chunks.size());
    const BatchChunk &want = states.chunk(0);
    const BatchChunk &got = loaded.chunks.at(0);
    QCOMPARE(got.state, want.state);
    QCOMPARE(got.body, want.body);
    QCOMPARE(got.bodyDigest(), want.bodyDigest());
    QCOMPARE(got.sourceIndexes, want.sourceIndexes);
    QCOMPARE(got.confirmedSourceIndexes, want.confirmedSourceIndexes);
    QCOMPARE(got.jobIds, want.jobIds);
    QCOMPARE(got.sends, want.sends);
    QCOMPARE(got.baselineTaken, want.baselineTaken);
    QCOMPARE(got.userBaseline, want.userBaseline);
    QCOMPARE(got.error.errorCode, want.error.errorCode);
    QCOMPARE(got.error.requestId, want.error.requestId);
    QCOMPARE(got.error.httpStatus, want.error.httpStatus);
    for (int c = 1; c < loaded.chunks.size(); ++c) {
        QCOMPARE(loaded.chunks.at(c).state, ChunkState::Planned);
        QCOMPARE(loaded.chunks.at(c).body, plan.chunks.at(c).body);
    }
    BatchPlan initial;
    QVERIFY(reader.initialPlan(plan.id, &initial));
    QCOMPARE(initial.chunks.at(0).body, plan.chunks.at(0).body);

    QList<QPair<int, QString>> log = reader.transitions(plan.id);
    QStringList states0;
    for (const auto &[chunk, step] : log) {
        QCOMPARE(chunk, 0);
        states0 << step;
    }
    QCOMPARE(states0, expected);

    const QList<BatchItem> readItems = reader.items(plan.id);
    QCOMPARE(readItems.size(), items.size());
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(readItems.at(i).sourceIndex, items.at(i).sourceIndex);
        QCOMPARE(readItems.at(i).sourceLine, items.at(i).sourceLine);
        QCOMPARE(readItems.at(i).chunkState, items.at(i).chunkState);
        QCOMPARE(readItems.at(i).subJobStatus, items.at(i).subJobStatus);
        QCOMPARE(readItems.at(i).jobId, items.at(i).jobId);
        QCOMPARE(readItems.at(i).errorCode, items.at(i).errorCode);
        QCOMPARE(readItems.at(i).requestId, items.at(i).requestId);
        QCOMPARE(readItems.at(i).errorKind, items.at(i).errorKind);
    }

    JournalBatch b;
    QVERIFY(reader.batch(plan.id, &b));
    QCOMPARE(b.profile, QStringLiteral("p1"));
    QCOMPARE(b.origin, QStringLiteral("/tmp/users.csv"));
    QCOMPARE(b.lines.size(), count);
    QCOMPARE(b.lines.first(), 2);
    QCOMPARE(b.created, QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC));
    QVERIFY(!b.finished.isValid());
    QVERIFY(journal.setFinished(plan.id, QDateTime::fromMSecsSinceEpoch(1767225700000, Qt::UTC)));
    QVERIFY(journal.setPaused(plan.id, true));
    QVERIFY(journal.setCleanup(plan.id, {QStringLiteral("d1"), QStringLiteral("d2")}));
    QVERIFY(journal.setRequest(plan.id, BatchRequest::Cancel));
    QVERIFY(reader.batch(plan.id, &b));
    QCOMPARE(b.finished, QDateTime::fromMSecsSinceEpoch(1767225700000, Qt::UTC));
    QVERIFY(b.paused);
    QCOMPARE(b.cleanup, (QStringList{QStringLiteral("d1"), QStringLiteral("d2")}));
    QCOMPARE(b.request, BatchRequest::Cancel);
    QCOMPARE(reader.batches(QStringLiteral("p1")).size(), 1);
    QCOMPARE(reader.batches(QStringLiteral("other")).size(), 0);
    QVERIFY(!b.title.isEmpty());
}

void tst_JobJournal::progressRoundTrip()
{
    const BatchPlan plan = BatchPlan::forCreate(createRequest(2), 2);
    JobJournal journal(freshPath());
    QVERIFY(journal.open());
    QVERIFY(journal.addBatch(batchFor(plan, QStringLiteral("p")), plan, itemsFor(plan)));
    JobInfo job;
    job.id = QStringLiteral("job-1");
    job.jobType = QStringLiteral("createDesktops");
    job.status = QStringLiteral("RUNNING");
    job.subJobsTotal = 2;
    SubJobInfo sub;
    sub.id = QStringLiteral("sub-1");
    sub.jobId = job.id;
    sub.status = QStringLiteral("FAILED");
    sub.process = 40;
    sub.errorCode = QStringLiteral("WKS.00010306");
    sub.failReason = QStringLiteral("Insufficient capacity, try again");
    sub.desktopId = QStringLiteral("desk-1");
    sub.userName = QStringLiteral("user1");
    sub.computerName = QStringLiteral("PC1");
    BatchItem item = itemsFor(plan).at(1);
    item.subJobStatus = SubJobStatuses::fromName(sub.status);
    item.subJobId = sub.id;
    item.desktopId = sub.desktopId;
    item.message = sub.failReason;
    item.process = 100;
    QVERIFY2(journal.recordProgress(plan.id, {item}, {{0, job}}, {{1, sub}}),
             qPrintable(journal.errorString()));
    const QList<JobInfo> jobs = journal.jobs(plan.id);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).status, job.status);
    QCOMPARE(jobs.at(0).subJobsTotal, 2);
    const QList<SubJobInfo> subs = journal.subJobs(plan.id);
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.at(0).status, sub.status);
    QCOMPARE(subs.at(0).process, sub.process);
    QCOMPARE(subs.at(0).errorCode, sub.errorCode);
    QCOMPARE(subs.at(0).failReason, sub.failReason);
    QCOMPARE(subs.at(0).desktopId, sub.desktopId);
    QCOMPARE(subs.at(0).computerName, sub.computerName);
    const QList<BatchItem> items = journal.items(plan.id);
    QCOMPARE(items.at(1).subJobId, sub.id);
    QCOMPARE(items.at(1).message, sub.failReason);
    QCOMPARE(items.at(1).outcome(), BatchItem::Outcome::Failed);
    QCOMPARE(items.at(0).outcome(), BatchItem::Outcome::Pending);
}

void tst_JobJournal::removeBatchForgetsEverything()
{
    const BatchPlan plan = BatchPlan::forCreate(createRequest(3), 2);
    const BatchPlan other = BatchPlan::forCreate(createRequest(1), 2);
    const QString path = freshPath();
    JobJournal journal(path);
    QVERIFY(journal.open());
    QVERIFY(journal.addBatch(batchFor(plan, QStringLiteral("p")), plan, itemsFor(plan)));
    QVERIFY(journal.addBatch(batchFor(other, QStringLiteral("p")), other, itemsFor(other)));
    QVERIFY(journal.removeBatch(plan.id));
    QCOMPARE(journal.batches().size(), 1);
    QVERIFY(journal.items(plan.id).isEmpty());
    QCOMPARE(journal.items(other.id).size(), 1);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM chunks WHERE batch_id='%1'").arg(plan.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void tst_JobJournal::twoConnections()
{
    const QString path = freshPath();
    JobJournal gui(path);
    JobJournal cli(path);
    QVERIFY(gui.open());
    QVERIFY(cli.open());
    const qint64 before = cli.dataVersion();
    QVERIFY(before >= 0);
    const BatchPlan plan = BatchPlan::forCreate(createRequest(4), 2);
    QVERIFY(gui.addBatch(batchFor(plan, QStringLiteral("p")), plan, itemsFor(plan)));
    // The other connection notices the commit (what JobCenter's refresh relies on).
    QVERIFY(cli.dataVersion() != before);
    QCOMPARE(cli.batches().size(), 1);
    // Interleaved writes from both: each one is a short transaction, none is lost.
    for (int i = 0; i < 20; ++i) {
        JobJournal &writer = i % 2 ? gui : cli;
        QVERIFY2(writer.setPaused(plan.id, i % 3 == 0), qPrintable(writer.errorString()));
    }
    JournalBatch b;
    QVERIFY(gui.batch(plan.id, &b));
    QCOMPARE(b.paused, (19 % 3 == 0));
    QVERIFY(gui.commitCount() >= 10);
}

void tst_JobJournal::leases()
{
    const QString path = freshPath();
    JobJournal a(path);
    JobJournal b(path);
    QVERIFY(a.open());
    QVERIFY(b.open());
    const BatchPlan plan = BatchPlan::forCreate(createRequest(2), 2);
    QVERIFY(a.addBatch(batchFor(plan, QStringLiteral("p")), plan, itemsFor(plan)));
    bool taken = false;
    QVERIFY(a.claim(plan.id, QStringLiteral("owner-a"), 60000, &taken));
    QVERIFY(taken);
    // This process is alive and the lease runs: another owner may not take it.
    QVERIFY(b.claim(plan.id, QStringLiteral("owner-b"), 60000, &taken));
    QVERIFY(!taken);
    QVERIFY(a.claim(plan.id, QStringLiteral("owner-a"), 60000, &taken));
    QVERIFY(taken);
    // A lease that ran out is free.
    QVERIFY(a.renew(QStringLiteral("owner-a"), -1000));
    QVERIFY(b.claim(plan.id, QStringLiteral("owner-b"), 60000, &taken));
    QVERIFY(taken);
    JournalBatch record;
    QVERIFY(a.batch(plan.id, &record));
    QCOMPARE(record.owner, QStringLiteral("owner-b"));
    QCOMPARE(record.ownerPid, QCoreApplication::applicationPid());
    // Released on a clean exit: free at once.
    QVERIFY(b.release(QStringLiteral("owner-b")));
    QVERIFY(a.claim(plan.id, QStringLiteral("owner-a"), 60000, &taken));
    QVERIFY(taken);
    QVERIFY(JobJournal::processExists(QCoreApplication::applicationPid()));
    QVERIFY(!JobJournal::processExists(0));
}

void tst_JobJournal::transitionSurvivesKill()
{
    const QString path = freshPath();
    QProcess child;
    child.start(QStringLiteral(WSC_CRASHDRIVER_PATH),
                {QStringLiteral("journal-write"), QStringLiteral("--journal"), path});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
    QByteArray line;
    while (!line.contains('\n')) {
        if (!child.bytesAvailable())
            QVERIFY2(output.wait(10000), "the child printed nothing");
        line += child.readAllStandardOutput();
    }
    QVERIFY2(line.startsWith("committed "), line.constData());
    const QString batchId = QString::fromLatin1(line.mid(10).trimmed());
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    JobJournal journal(path);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    BatchPlan plan;
    QVERIFY(journal.loadPlan(batchId, &plan));
    QCOMPARE(plan.chunks.size(), 2);
    QCOMPARE(plan.chunks.at(0).state, ChunkState::Sent);
    QCOMPARE(plan.chunks.at(0).sends, 1);
    QCOMPARE(plan.chunks.at(1).state, ChunkState::Planned);
    const auto log = journal.transitions(batchId);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).second, QStringLiteral("planned>sent"));
    QCOMPARE(journal.items(batchId).at(0).chunkState, ChunkState::Sent);
}

void tst_JobJournal::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("user_name,computer_name\nalice,PC1\n")
                               << QStringLiteral("damaged");
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(84, '\xff'));
    QTest::newRow("broken header") << header << QStringLiteral("damaged");
    QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << QStringLiteral("damaged");
    QTest::newRow("newer schema") << QByteArray() << QStringLiteral("newer version");
}

void tst_JobJournal::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = freshPath();
    if (content.isEmpty()) {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    JobJournal journal(path);
    QVERIFY(!journal.open());
    QVERIFY(!journal.isOpen());
    QVERIFY2(journal.errorString().contains(expected), qPrintable(journal.errorString()));
    QVERIFY2(journal.errorString().contains(path), qPrintable(journal.errorString()));
    // The file is left as it was, for the administrator to look at or move aside.
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
    // Writes on an unopened journal fail cleanly too.
    QVERIFY(!journal.setPaused(QStringLiteral("x"), true));
    QVERIFY(journal.batches().isEmpty());
}

void tst_JobJournal::refusesLockedFile()
{
    const QString path = freshPath();
    {
        JobJournal create(path);
        QVERIFY(create.open());
    }
    // Another program holds the file exclusively (as a stuck or hostile process would).
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE batches SET paused=1")));
    }
    JobJournal journal(path);
    journal.setBusyTimeoutMs(200);
    const bool opened = journal.open();
    const bool wrote = opened && journal.setRequest(QStringLiteral("x"), BatchRequest::Pause);
    QVERIFY(!wrote);
    QVERIFY2(journal.errorString().contains(QLatin1String("locked")),
             qPrintable(journal.errorString()));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    // Once the other program lets go, the same object works.
    journal.close();
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    QVERIFY(journal.setRequest(QStringLiteral("x"), BatchRequest::Pause));
}

void tst_JobJournal::filesArePrivate_data()
{
    QTest::addColumn<QString>("where");   // "appdata": the apps' own folder; "chosen": --journal
    QTest::addColumn<int>("dirMode");     // 0: the folder does not exist yet
    QTest::addColumn<int>("fileMode");    // 0: the journal does not exist yet
    QTest::addColumn<int>("expectedDir"); // the folder's mode afterwards
    QTest::newRow("app data, fresh") << "appdata" << 0 << 0 << 0700;
    QTest::newRow("app data, left open") << "appdata" << 0755 << 0644 << 0700;
    QTest::newRow("chosen folder, created") << "chosen" << 0 << 0 << 0700;
    QTest::newRow("chosen folder kept, file tightened") << "chosen" << 0755 << 0644 << 0755;
}

void tst_JobJournal::filesArePrivate()
{
    QFETCH(QString, where);
    QFETCH(int, dirMode);
    QFETCH(int, fileMode);
    QFETCH(int, expectedDir);
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = where == QLatin1String("appdata")
                                ? appData
                                : m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    QDir(dir).removeRecursively();
    const QString path = dir + QStringLiteral("/jobs.sqlite");
    if (dirMode != 0) {
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), dirMode), 0);
    }
    if (fileMode != 0) {
        // An earlier version's journal, with its WAL files, readable by everyone.
        JobJournal old(path);
        QVERIFY2(old.open(), qPrintable(old.errorString()));
        const BatchPlan plan = BatchPlan::forCreate(createRequest(3), 2);
        QVERIFY(old.addBatch(batchFor(plan, QStringLiteral("p1")), plan, itemsFor(plan)));
        old.close();
        if (dirMode != 0)
            QCOMPARE(::chmod(QFile::encodeName(dir).constData(), dirMode), 0);
        for (const QString &f : QStringList{path, path + "-wal", path + "-shm"})
            ::chmod(QFile::encodeName(f).constData(), fileMode);
        QCOMPARE(PrivateFiles::mode(path), fileMode);
    }
    JobJournal journal(path);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const BatchPlan plan = BatchPlan::forCreate(createRequest(4), 2);
    QVERIFY(journal.addBatch(batchFor(plan, QStringLiteral("p2")), plan, itemsFor(plan)));
    QCOMPARE(PrivateFiles::mode(dir), expectedDir);
    QCOMPARE(PrivateFiles::mode(path), 0600);
    // SQLite keeps -wal and -shm open while the journal is: they exist now, and are private.
    for (const QString &f : QStringList{path + "-wal", path + "-shm"}) {
        QVERIFY2(QFile::exists(f), qPrintable(f));
        QCOMPARE(PrivateFiles::mode(f), 0600);
    }
    journal.close();
    if (where == QLatin1String("appdata"))
        QDir(dir).removeRecursively();
}

QTEST_GUILESS_MAIN(tst_JobJournal)
#include "tst_jobjournal.moc"
