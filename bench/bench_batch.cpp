// bench_batch: how close a big create batch gets to the server's rate limit.
//
//   bench_batch [--desktops N] [--cap C] [--rps R[,R...]] [--client learn|match|both]
//
// Starts the wsemu executable (EmulatorProcess, as the integration tests do: the server runs in
// its own process, so its work does not share the client's event loop) with --rps R, a raised
// quota and --empty, then sends N desktops (default 4 000) in chunks of C (default 50: 80
// requests) through BatchSubmitter. The ideal wall time is requests / R. Two clients:
//   match  a profile that states R as its rate and its ceiling;
//   learn  a profile with no rate set (starts at 20/s, nothing learned yet): the governor
//          grows the rate while no 429 arrives and settles below the limit a 429 states.
// Every run is checked afterwards: exactly N desktops, none twice.

#include "api/http/workspaceclient.h"
#include "api/jobs/batchsubmitter.h"
#include "support/batchfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>

using namespace wsc;

namespace {

struct Outcome
{
    double seconds = 0;
    int requests = 0;
    int throttled = 0;
    bool ok = false;
};

Outcome runOnce(BatchFixture &tenant, int desktops, int cap, int rps, bool match)
{
    Outcome out;
    if (!tenant.resetTenant())
        qFatal("%s", qPrintable(tenant.errorString()));
    tenant.emulator().configure({{QStringLiteral("rps"), rps}});
    ConnectionConfig config = tenant.config(10000);
    if (match) {
        config.requestsPerSecond = rps;
        config.rateCeiling = rps;
    }
    WorkspaceClient client(config);
    RetryPolicy retries = BatchFixture::fastRetries();
    client.setRetryPolicy(retries);
    const CreateDesktopRequest request
            = tenant.request(desktops, QStringLiteral("B%1x").arg(rps), 0);
    BatchPlan plan = BatchPlan::forCreate(request, cap);
    tenant.spreadOverSubnets(&plan);
    BatchSubmitter submitter(&client, plan);
    QElapsedTimer clock;
    clock.start();
    if (!BatchFixture::run(submitter, 3600 * 1000))
        qFatal("the batch did not finish in an hour");
    out.seconds = clock.nsecsElapsed() / 1e9;
    out.requests = client.requestCount();
    const QJsonObject requests
            = tenant.emulator().state(60000).value(QStringLiteral("requests")).toObject();
    out.throttled = requests.value(QStringLiteral("faults"))
                            .toObject()
                            .value(QStringLiteral("throttle"))
                            .toInt();
    const QStringList problems = tenant.exactlyOnceProblems(request, submitter.plan());
    out.ok = problems.isEmpty();
    if (!out.ok)
        std::printf("    NOT EXACTLY ONCE: %s\n", qPrintable(problems.join(QStringLiteral("; "))));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Batch wall time against a rate limit."));
    parser.addHelpOption();
    const QCommandLineOption desktopsOption(QStringLiteral("desktops"), QStringLiteral("Desktops."),
                                            QStringLiteral("N"), QStringLiteral("4000"));
    const QCommandLineOption capOption(QStringLiteral("cap"),
                                       QStringLiteral("Desktops per CreateDesktop request."),
                                       QStringLiteral("C"), QStringLiteral("50"));
    const QCommandLineOption rpsOption(QStringLiteral("rps"),
                                       QStringLiteral("Server limits to try (requests/s)."),
                                       QStringLiteral("R,..."), QStringLiteral("5,50,100"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          QStringLiteral("match, learn or both."),
                                          QStringLiteral("mode"), QStringLiteral("both"));
    parser.addOptions({desktopsOption, capOption, rpsOption, clientOption});
    parser.process(app);

    const int desktops = parser.value(desktopsOption).toInt();
    const int cap = parser.value(capOption).toInt();
    const QString mode = parser.value(clientOption);
    BatchFixture tenant;
    if (!tenant.start({QStringLiteral("--create-cap"), QString::number(cap)}))
        qFatal("%s", qPrintable(tenant.errorString()));
    const int requests = (desktops + cap - 1) / cap;
    std::printf("bench_batch: %d desktops, %d per request = %d CreateDesktop requests, wsemu "
                "process (EmulatorProcess), BatchSubmitter with 4 chunks in flight\n",
                desktops, cap, requests);
    std::printf("%6s  %-6s  %9s  %9s  %7s  %9s  %6s\n", "rps", "client", "ideal s", "wall s",
                "ratio", "requests", "429s");
    std::fflush(stdout);
    int status = 0;
    for (const QString &r : parser.value(rpsOption).split(u',', Qt::SkipEmptyParts)) {
        const int rps = r.toInt();
        for (const bool match : {true, false}) {
            if ((match && mode == QLatin1String("learn"))
                || (!match && mode == QLatin1String("match")))
                continue;
            const Outcome o = runOnce(tenant, desktops, cap, rps, match);
            const double ideal = double(requests) / rps;
            std::printf("%6d  %-6s  %9.2f  %9.2f  %6.3fx  %9d  %6d%s\n", rps,
                        match ? "match" : "learn", ideal, o.seconds, o.seconds / ideal, o.requests,
                        o.throttled, o.ok ? "" : "  FAILED");
            std::fflush(stdout);
            status |= o.ok ? 0 : 1;
        }
    }
    return status;
}
