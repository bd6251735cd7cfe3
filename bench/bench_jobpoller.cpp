// bench_jobpoller: requests per poll cycle while JobPoller follows many jobs.
//
//   bench_jobpoller [--jobs N] [--desktops-per-job D] [--time-scale X] [--runs R]
//
// Starts wsemu (its own process) with --time-scale X (default 0.4: a desktop takes ~2.4 s,
// staggered 0.4 s apart inside a job) and --subjob-fail-rate 0.1, creates N jobs (default 200)
// of D desktops (default 1), follows them all with JobPoller (intervals 250 ms .. 1.5 s, x1.3,
// as the jobs panel does) and prints the requests of every cycle: mean, distribution, maximum.

#include "api/http/workspaceclient.h"
#include "api/jobs/jobpoller.h"
#include "support/batchfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimer>

#include <cstdio>

using namespace wsc;

namespace {

QStringList createJobs(BatchFixture &tenant, WorkspaceClient *client, int jobs, int perJob,
                       const QString &prefix)
{
    const QStringList subnets = tenant.subnetIds();
    QList<TypedCall<QString> *> calls;
    for (int j = 0; j < jobs; ++j) {
        QJsonArray desktops;
        for (int d = 0; d < perJob; ++d) {
            const int n = j * perJob + d;
            desktops.append(QJsonObject{
                    {QStringLiteral("user_name"), QStringLiteral("%1u%2").arg(prefix).arg(n)},
                    {QStringLiteral("user_group"), QStringLiteral("default")},
                    {QStringLiteral("computer_name"),
                     QStringLiteral("%1%2").arg(prefix.toUpper()).arg(n)}});
        }
        const QJsonObject body{
                {QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
                {QStringLiteral("product_id"), tenant.productId()},
                {QStringLiteral("image_type"), QStringLiteral("gold")},
                {QStringLiteral("image_id"), tenant.imageId()},
                {QStringLiteral("root_volume"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                             {QStringLiteral("size"), 80}}},
                {QStringLiteral("nics"),
                 QJsonArray{QJsonObject{{QStringLiteral("subnet_id"), subnets.constFirst()}}}},
                {QStringLiteral("desktops"), desktops}};
        calls << client->createDesktopsBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QStringList ids;
    for (TypedCall<QString> *call : qAsConst(calls)) {
        if (!call->isFinished()) {
            QEventLoop loop;
            QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!call->isOk())
            qFatal("create failed: %s", qPrintable(call->error().summary()));
        ids << call->result();
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("JobPoller requests per cycle."));
    parser.addHelpOption();
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Jobs."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption perJobOption(QStringLiteral("desktops-per-job"),
                                          QStringLiteral("Desktops per job."), QStringLiteral("D"),
                                          QStringLiteral("1"));
    const QCommandLineOption scaleOption(QStringLiteral("time-scale"),
                                         QStringLiteral("wsemu --time-scale."), QStringLiteral("X"),
                                         QStringLiteral("0.4"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({jobsOption, perJobOption, scaleOption, runsOption});
    parser.process(app);
    const int jobs = parser.value(jobsOption).toInt();
    const int perJob = parser.value(perJobOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    BatchFixture tenant;
    if (!tenant.start({QStringLiteral("--time-scale"), parser.value(scaleOption),
                       QStringLiteral("--subjob-fail-rate"), QStringLiteral("0.1"),
                       QStringLiteral("--seed"), QStringLiteral("5")}))
        qFatal("%s", qPrintable(tenant.errorString()));
    std::printf("bench_jobpoller: %d jobs x %d desktops, wsemu --time-scale %s, "
                "--subjob-fail-rate 0.1, intervals 250..1500 ms x1.3\n",
                jobs, perJob, qPrintable(parser.value(scaleOption)));
    double worstMean = 0;
    int worstMax = 0;
    for (int r = 0; r < runs; ++r) {
        if (!tenant.resetTenant())
            qFatal("%s", qPrintable(tenant.errorString()));
        WorkspaceClient client(tenant.config(10000));
        RateGovernor::Settings fast;
        fast.ratePerSecond = 200;
        fast.burst = 50;
        fast.maxConcurrent = 8;
        client.governor()->setSettings(fast);
        const QStringList ids
                = createJobs(tenant, &client, jobs, perJob, QStringLiteral("pj%1x").arg(r));

        JobPoller poller(&client);
        poller.setIntervals(250, 1500, 1.3);
        QMap<int, int> histogram; // requests in a cycle -> cycles
        int finished = 0;
        QObject::connect(&poller, &JobPoller::cycleFinished, &poller,
                         [&histogram](int requests) { ++histogram[requests]; });
        QObject::connect(&poller, &JobPoller::jobFinished, &poller,
                         [&finished](const JobInfo &) { ++finished; });
        QEventLoop loop;
        QObject::connect(&poller, &JobPoller::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        for (const QString &id : ids)
            poller.follow(id, QStringLiteral("createDesktops"));
        loop.exec();
        const double mean = double(poller.requestCount()) / std::max(1, poller.cycles());
        const int max = histogram.isEmpty() ? 0 : histogram.lastKey();
        QStringList dist;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            dist << QStringLiteral("%1 req: %2").arg(it.key()).arg(it.value());
        std::printf("  run %d: %d/%d jobs ended in %.1f s; %d cycles, %d requests (%d list, %d "
                    "per-job reads): %.2f per cycle, max %d  [%s]\n",
                    r + 1, finished, jobs, clock.elapsed() / 1000.0, poller.cycles(),
                    poller.requestCount(), poller.listRequestCount(), poller.jobRequestCount(),
                    mean, max, qPrintable(dist.join(QStringLiteral(", "))));
        std::fflush(stdout);
        worstMean = std::max(worstMean, mean);
        worstMax = std::max(worstMax, max);
        if (finished != jobs)
            return 1;
    }
    std::printf("worst of %d: %.2f requests per cycle on average, %d at most\n", runs, worstMean,
                worstMax);
    return 0;
}
