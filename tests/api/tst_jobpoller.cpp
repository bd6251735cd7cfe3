#include "api/http/workspaceclient.h"
#include "api/jobs/jobpoller.h"

#include "support/apicallwait.h"
#include "support/batchfixture.h"
#include "support/emulatorconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * JobPoller against the emulator with jobs that take seconds: 200 create jobs followed with two
 * list requests per cycle, progress and sub-job failures reported, every job seen to its end;
 * a few jobs are polled one by one; an unknown job ends as failed.
 */
class tst_JobPoller : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void follow200Jobs();
    void jobsWithManyDesktops();
    void jobsThatEndedBeforeFollowing();
    void fewJobsReadOneByOne_data();
    void fewJobsReadOneByOne();
    void unknownJobEnds();
    void subJobsEndedUnseen();

private:
    ConnectionConfig config() const;
    QStringList createJobs(WorkspaceClient *client, int count, const QString &prefix,
                           int desktopsPerJob = 1);

    BatchFixture m_tenant; ///< wsemu, empty, with a product and image that fit, and its subnets
};

void tst_JobPoller::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Sub-jobs take 6 s x 0.4 (with jitter); one in ten fails.
    QVERIFY2(m_tenant.start({QStringLiteral("--time-scale"), QStringLiteral("0.4"),
                             QStringLiteral("--seed"), QStringLiteral("5"),
                             QStringLiteral("--subjob-fail-rate"), QStringLiteral("0.1"),
                             QStringLiteral("--desktop-quota"), QStringLiteral("1000")}),
             qPrintable(m_tenant.errorString()));
}

ConnectionConfig tst_JobPoller::config() const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_tenant.emulator());
    return c;
}

QStringList tst_JobPoller::createJobs(WorkspaceClient *client, int count, const QString &prefix,
                                      int desktopsPerJob)
{
    QList<TypedCall<QString> *> calls;
    const QStringList subnets = m_tenant.subnetIds();
    for (int i = 0; i < count; ++i) {
        QJsonArray desktops;
        for (int d = 0; d < desktopsPerJob; ++d) {
            // One desktop per job keeps the names of the documented figure (pju0, PJ0, ...).
            const QString n = desktopsPerJob == 1 ? QString::number(i)
                                                  : QStringLiteral("%1d%2").arg(i).arg(d);
            desktops.append(QJsonObject{
                    {QStringLiteral("user_name"), QStringLiteral("%1u%2").arg(prefix, n)},
                    {QStringLiteral("user_group"), QStringLiteral("default")},
                    {QStringLiteral("computer_name"),
                     QStringLiteral("%1%2").arg(prefix.toUpper(), n)}});
        }
        const QJsonObject body{
                {QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
                {QStringLiteral("product_id"), m_tenant.productId()},
                {QStringLiteral("image_type"), QStringLiteral("gold")},
                {QStringLiteral("image_id"), m_tenant.imageId()},
                {QStringLiteral("root_volume"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                             {QStringLiteral("size"), 80}}},
                {QStringLiteral("nics"), QJsonArray{QJsonObject{{QStringLiteral("subnet_id"),
                                                                 subnets.at(i % subnets.size())}}}},
                {QStringLiteral("desktops"), desktops}};
        calls << client->createDesktopsBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QStringList ids;
    for (TypedCall<QString> *call : qAsConst(calls)) {
        if (waitFor(call) && call->isOk())
            ids << call->result();
        else
            qWarning("create failed: %s", qPrintable(call->error().summary()));
    }
    return ids;
}

// The documented figure (docs/PERFORMANCE.md): 200 jobs, requests per poll cycle.
void tst_JobPoller::follow200Jobs()
{
    WorkspaceClient client(config());
    RateGovernor::Settings fast;
    fast.ratePerSecond = 200;
    fast.burst = 50;
    fast.maxConcurrent = 8;
    client.governor()->setSettings(fast);
    const QStringList jobs = createJobs(&client, 200, QStringLiteral("pj"));
    QCOMPARE(jobs.size(), 200);

    JobPoller poller(&client);
    poller.setIntervals(250, 1500, 1.3);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    QSignalSpy updated(&poller, &JobPoller::jobUpdated);
    QSignalSpy subUpdated(&poller, &JobPoller::subJobUpdated);
    QSignalSpy cycles(&poller, &JobPoller::cycleFinished);
    QSignalSpy idle(&poller, &JobPoller::idle);
    const int before = client.requestCount();
    for (const QString &id : jobs)
        poller.follow(id, QStringLiteral("createDesktops"));
    QVERIFY(idle.wait(60000));

    QCOMPARE(finished.size(), 200);
    QSet<QString> done;
    int failed = 0;
    for (const QList<QVariant> &args : qAsConst(finished)) {
        const JobInfo job = args.at(0).value<JobInfo>();
        QVERIFY(job.isTerminal());
        done.insert(job.id);
        if (job.status == QLatin1String("FAILED")) {
            ++failed;
            QCOMPARE(job.failedCount(), 1);
            QVERIFY(!job.subJobs.first().errorCode.isEmpty());
            QVERIFY(!job.subJobs.first().failReason.isEmpty());
        } else {
            QCOMPARE(job.status, QStringLiteral("SUCCESS"));
            QVERIFY(!job.subJobs.first().desktopId.isEmpty());
        }
        QVERIFY(job.subJobs.first().userName.startsWith(QLatin1String("pju")));
    }
    QCOMPARE(done.size(), 200);
    QVERIFY(failed > 0 && failed < 60);
    QVERIFY(updated.size() >= 200);
    QVERIFY(subUpdated.size() >= 200);
    QCOMPARE(poller.requestCount(), client.requestCount() - before);

    int maxPerCycle = 0;
    for (const QList<QVariant> &args : qAsConst(cycles))
        maxPerCycle = qMax(maxPerCycle, args.at(0).toInt());
    const double perCycle = double(poller.requestCount()) / poller.cycles();
    qInfo("200 jobs: %d cycles, %d requests (%d list, %d per-job reads), %.2f per cycle, at most "
          "%d in one cycle, %d failed jobs",
          poller.cycles(), poller.requestCount(), poller.listRequestCount(),
          poller.jobRequestCount(), perCycle, maxPerCycle, failed);
    // RUNNING plus one of WAITING (while jobs start) or settling the jobs that ended.
    QVERIFY2(maxPerCycle <= 2, qPrintable(QString::number(maxPerCycle)));
    QVERIFY2(perCycle <= 2.0, qPrintable(QString::number(perCycle)));
}

// Jobs of 20 desktops each start their sub-jobs 0.4 s apart: WAITING, RUNNING and ended
// sub-jobs coexist for seconds, and every job must still end complete, at two requests a cycle.
void tst_JobPoller::jobsWithManyDesktops()
{
    const int jobs = 4;
    const int perJob = 20;
    WorkspaceClient client(config());
    const QStringList ids = createJobs(&client, jobs, QStringLiteral("mj"), perJob);
    QCOMPARE(ids.size(), jobs);
    JobPoller poller(&client);
    poller.setIntervals(250, 1000, 1.3);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    QSignalSpy subUpdated(&poller, &JobPoller::subJobUpdated);
    QSignalSpy idle(&poller, &JobPoller::idle);
    int maxPerCycle = 0;
    connect(&poller, &JobPoller::cycleFinished, this,
            [&maxPerCycle](int requests) { maxPerCycle = qMax(maxPerCycle, requests); });
    for (const QString &id : ids)
        poller.follow(id, QStringLiteral("createDesktops"));
    QVERIFY(idle.wait(60000));
    QCOMPARE(finished.size(), jobs);
    QSet<QString> subJobsSeen;
    for (const QList<QVariant> &args : qAsConst(subUpdated))
        subJobsSeen.insert(args.at(0).value<SubJobInfo>().id);
    QCOMPARE(subJobsSeen.size(), jobs * perJob);
    for (const QList<QVariant> &args : qAsConst(finished)) {
        const JobInfo job = args.at(0).value<JobInfo>();
        QVERIFY(job.isTerminal());
        QCOMPARE(job.subJobs.size(), perJob);
        QCOMPARE(job.succeededCount() + job.failedCount(), perJob);
        QCOMPARE(job.status,
                 job.failedCount() > 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"));
        for (const SubJobInfo &sub : job.subJobs) {
            if (sub.isFailed())
                QVERIFY(!sub.errorCode.isEmpty());
        }
    }
    qInfo("%d jobs x %d desktops: %d cycles, %d requests, at most %d in one cycle", jobs, perJob,
          poller.cycles(), poller.requestCount(), maxPerCycle);
    QVERIFY2(maxPerCycle <= 2, qPrintable(QString::number(maxPerCycle)));
}

// Jobs that ended before anyone followed them (a restart resuming its journal): never seen
// in a list, each is read once with ShowJob, complete, in the first cycles.
void tst_JobPoller::jobsThatEndedBeforeFollowing()
{
    WorkspaceClient client(config());
    const QStringList ids = createJobs(&client, 5, QStringLiteral("ej"), 2);
    QCOMPARE(ids.size(), 5);
    {
        JobPoller first(&client);
        first.setIntervals(250, 1000);
        QSignalSpy idle(&first, &JobPoller::idle);
        for (const QString &id : ids)
            first.follow(id, QStringLiteral("createDesktops"));
        QVERIFY(idle.wait(30000));
    }
    JobPoller poller(&client);
    poller.setIntervals(50, 200);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    QSignalSpy idle(&poller, &JobPoller::idle);
    for (const QString &id : ids)
        poller.follow(id, QStringLiteral("createDesktops"));
    QVERIFY(idle.wait(30000));
    QCOMPARE(finished.size(), 5);
    for (const QList<QVariant> &args : qAsConst(finished)) {
        const JobInfo job = args.at(0).value<JobInfo>();
        QVERIFY(job.isTerminal());
        QCOMPARE(job.subJobs.size(), 2);
    }
    QCOMPARE(poller.jobRequestCount(), 5);
    // One cycle lists WAITING and RUNNING (both empty of these jobs), the next reads them.
    QCOMPARE(poller.listRequestCount(), 2);
    QCOMPARE(poller.cycles(), 2);
}

void tst_JobPoller::fewJobsReadOneByOne_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("one") << 1;
    QTest::newRow("two") << 2;
}

void tst_JobPoller::fewJobsReadOneByOne()
{
    QFETCH(int, jobs);
    WorkspaceClient client(config());
    const QStringList ids = createJobs(&client, jobs, QStringLiteral("fj%1x").arg(jobs));
    QCOMPARE(ids.size(), jobs);
    JobPoller poller(&client);
    poller.setIntervals(200, 800);
    QSignalSpy idle(&poller, &JobPoller::idle);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    for (const QString &id : ids)
        poller.follow(id, QStringLiteral("createDesktops"));
    poller.follow(ids.first(), QStringLiteral("createDesktops")); // following twice is once
    QCOMPARE(poller.followedCount(), jobs);
    QVERIFY(idle.wait(30000));
    QCOMPARE(finished.size(), jobs);
    QCOMPARE(poller.listRequestCount(), 0);
    QCOMPARE(poller.jobRequestCount(), poller.requestCount());
    QVERIFY(poller.cycles() >= 2);
}

void tst_JobPoller::unknownJobEnds()
{
    WorkspaceClient client(config());
    JobPoller poller(&client);
    poller.setIntervals(50, 100);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    poller.follow(QStringLiteral("00000000-0000-0000-0000-00000000dead"));
    QVERIFY(finished.wait(10000));
    const JobInfo job = finished.first().first().value<JobInfo>();
    QCOMPARE(job.status, QStringLiteral("FAILED"));
    QVERIFY(!poller.isFollowing(job.id));
}

// Sub-jobs start a second apart: by the first look, the first has already ended and is in no
// WAITING or RUNNING list. When the jobs end, a FAILED list would not name it; the poller, told
// how many sub-jobs each job has, reads such a job whole, so no desktop loses its sub-job.
void tst_JobPoller::subJobsEndedUnseen()
{
    // A frozen clock, moved by hand: at +7.5 s (time scale 1) sub-job 0 (0-7.2 s) has ended
    // and sub-job 4 (from 4 s, at least 4.8 s long) still runs.
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const auto setClock = [this, t0](int ms) {
        const QJsonObject reply = m_tenant.emulator().configure(
                {{QStringLiteral("time_scale"), 1},
                 {QStringLiteral("clock"),
                  QJsonObject{{QStringLiteral("fixed"),
                               t0.addMSecs(ms).toString(Qt::ISODateWithMs)}}}});
        return !reply.contains(QStringLiteral("error_code"));
    };
    QVERIFY(setClock(0));
    WorkspaceClient client(config());
    const int perJob = 5;
    const QStringList ids = createJobs(&client, 2, QStringLiteral("uj"), perJob);
    QCOMPARE(ids.size(), 2);
    QVERIFY(setClock(7500));
    // The emulator moves jobs on its own ticks: wait until it shows the first sub-job ended.
    const auto firstEnded = [&client, &ids] {
        TypedCall<JobInfo> *call = client.job(ids.constFirst());
        if (!waitFor(call) || !call->isOk())
            return false;
        int ended = 0;
        for (const SubJobInfo &sub : call->result().subJobs)
            ended += sub.isTerminal() ? 1 : 0;
        return ended >= 1 && ended < perJob;
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstEnded(), 10000);

    JobPoller poller(&client);
    poller.setIntervals(50, 100);
    poller.setListThreshold(2); // both jobs by listing: the path where a sub-job can go unseen
    QSignalSpy cycle(&poller, &JobPoller::cycleFinished);
    QSignalSpy finished(&poller, &JobPoller::jobFinished);
    QSignalSpy idle(&poller, &JobPoller::idle);
    for (const QString &id : ids)
        poller.follow(id, QStringLiteral("createDesktops"), perJob);
    QVERIFY(cycle.wait(10000));
    QVERIFY(finished.isEmpty());
    QVERIFY(setClock(30000)); // everything has ended
    QVERIFY(idle.wait(20000));
    QCOMPARE(finished.size(), 2);
    for (const QList<QVariant> &args : qAsConst(finished)) {
        const JobInfo job = args.at(0).value<JobInfo>();
        QVERIFY(job.isTerminal());
        QCOMPARE(job.subJobs.size(), perJob);
        QCOMPARE(job.succeededCount() + job.failedCount(), perJob);
    }
    QVERIFY(m_tenant.emulator()
                    .configure({{QStringLiteral("time_scale"), 0.4},
                                {QStringLiteral("clock"),
                                 QJsonObject{{QStringLiteral("real"), true}}}})
                    .value(QStringLiteral("error_code"))
                    .isUndefined());
}

QTEST_GUILESS_MAIN(tst_JobPoller)
#include "tst_jobpoller.moc"
