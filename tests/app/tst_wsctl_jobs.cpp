#include "wsctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

/**
 * wsctl's exit codes (each provoked), the jobs commands on the shared journal (list, show,
 * export, retry-failed), and Ctrl-C in the middle of a batch: the journal stays consistent and
 * `jobs watch` finishes the batch with exactly the desktops asked for, none twice.
 */
class tst_WsctlJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exitCodes_data();
    void exitCodes();
    void failuresThenRetry();
    void unassignedRetriedUntilDone();
    void interruptThenWatch_data();
    void interruptThenWatch();
    void unreachableGivesUp_data();
    void unreachableGivesUp();

private:
    QString csv(const QString &name, int count, const QString &prefix) const;
    int desktopsOnServer();

    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    QString m_spec;
};

QString tst_WsctlJobs::csv(const QString &name, int count, const QString &prefix) const
{
    QByteArray bytes("user_name,user_group,computer_name\n");
    for (int i = 0; i < count; ++i)
        bytes += QStringLiteral("%1u%2,users,%3-%2\n")
                         .arg(prefix.toLower())
                         .arg(i, 4, 10, QChar('0'))
                         .arg(prefix)
                         .toUtf8();
    return m_wsctl.write(name, bytes);
}

int tst_WsctlJobs::desktopsOnServer()
{
    return m_emu.state()["desktops"].toObject()["total"].toInt(-1);
}

void tst_WsctlJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--empty", "--time-scale", "0", "--desktop-quota", "5000"}),
             qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
    m_spec = m_wsctl.writeSeedSpec();
}

void tst_WsctlJobs::init()
{
    QVERIFY(m_emu.reset(true).contains("desktops"));
    QVERIFY(m_emu.configure({{"time_scale", 0},
                             {"subjob_fail_rate", 0},
                             {"lost_rate", 0},
                             {"latency_ms", 0},
                             {"desktop_quota", 5000},
                             {"create_cap", 50}})
                    .contains("config"));
}

void tst_WsctlJobs::exitCodes_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::newRow("0: done") << "ok" << 0;
    QTest::newRow("1: invalid input, nothing sent") << "invalid" << 1;
    QTest::newRow("2: usage") << "usage" << 2;
    QTest::newRow("2: unknown global format") << "format" << 2;
    QTest::newRow("3: nothing listens at the endpoint") << "network" << 3;
    QTest::newRow("1: past the quota, nothing sent") << "quota" << 1;
    QTest::newRow("3: the service refuses the request (its own limit per request)")
            << "refused" << 3;
    QTest::newRow("4: jobs ended with failures") << "failures" << 4;
}

void tst_WsctlJobs::exitCodes()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    WsctlRunner::Result r;
    const QString five = csv("five.csv", 5, "EC");
    if (what == "ok") {
        r = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", five, "--wait",
                         "--poll-interval", "0.2"});
        QCOMPARE(desktopsOnServer(), 5);
    } else if (what == "invalid") {
        const QString bad = m_wsctl.write("bad.csv", "user_name,computer_name\n1x,PC-1\n");
        r = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", bad});
        // The reason of the exit goes to stderr; stdout carries only requested output.
        QVERIFY2(r.err.contains("line 2, user_name"), qPrintable(r.all()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.all()));
        QCOMPARE(desktopsOnServer(), 0);
    } else if (what == "usage") {
        r = m_wsctl.run({"desktops", "create", "--users", five});
        QVERIFY(r.err.contains("--spec"));
    } else if (what == "format") {
        r = m_wsctl.run({"desktops", "list", "--format", "yaml"});
        QVERIFY(r.err.contains("--format"));
    } else if (what == "network") {
        r = m_wsctl.run({"desktops", "list", "--endpoint", "http://127.0.0.1:1"});
        QVERIFY2(r.err.contains("refused"), qPrintable(r.all()));
    } else if (what == "quota") {
        // wsctl reads the quotas first: the batch does not fit, nothing is sent.
        QVERIFY(m_emu.configure({{"desktop_quota", 3}}).contains("config"));
        r = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", five});
        QVERIFY2(r.err.contains("quota.exceeded"), qPrintable(r.all()));
        QCOMPARE(desktopsOnServer(), 0);
    } else if (what == "refused") {
        // A limit the client cannot know (the profile says 50 a request): the service refuses.
        QVERIFY(m_emu.configure({{"create_cap", 3}}).contains("config"));
        r = m_wsctl.run(
                {"desktops", "create", "--spec", m_spec, "--users", five, "--format", "json"});
        const QJsonObject batch = WsctlRunner::json(r.out)["batches"].toArray()[0].toObject();
        // Refused, not failed: nothing was created, and retry-failed has nothing to send.
        QCOMPARE(batch["refused"].toInt(), 5);
        QCOMPARE(batch["failed"].toInt(), 0);
        QCOMPARE(batch["state"].toString(), QStringLiteral("refused"));
        const QJsonObject failure = batch["failures"].toArray()[0].toObject();
        QCOMPARE(failure["outcome"].toString(), QStringLiteral("refused"));
        QVERIFY2(!failure["error_code"].toString().isEmpty(), qPrintable(r.out));
        QVERIFY(!failure["explanation"].toString().isEmpty());
        QCOMPARE(desktopsOnServer(), 0);
        const auto retry = m_wsctl.run({"jobs", "retry-failed", batch["id"].toString()});
        QVERIFY2(retry.code == 3, qPrintable(retry.all()));
        QVERIFY2(retry.err.contains("refused"), qPrintable(retry.all()));
        QCOMPARE(desktopsOnServer(), 0);
    } else if (what == "failures") {
        QVERIFY(m_emu.configure({{"subjob_fail_rate", 1.0}}).contains("config"));
        r = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", five, "--wait",
                         "--poll-interval", "0.2"});
        QVERIFY2(r.out.contains("Failed:"), qPrintable(r.all()));
    }
    QVERIFY2(r.code == code, qPrintable(r.all()));
    if (code >= 2)
        QVERIFY2(!r.err.isEmpty(), "the reason goes to stderr");
}

void tst_WsctlJobs::unassignedRetriedUntilDone()
{
    // Desktops without users (size = 20, prefix LAB), 45 % of the sub-jobs failing: the report
    // names each desktop the service made and says which failed, and retry-failed converges.
    m_wsctl.setJournal("unassigned.sqlite");
    QVERIFY(m_emu.configure({{"subjob_fail_rate", 0.45}, {"seed", 5}}).contains("config"));
    QFile specFile(m_spec);
    QVERIFY(specFile.open(QIODevice::ReadOnly));
    QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
    spec.remove("desktops");
    spec.insert("size", 20);
    spec.insert("desktop_name", "LAB");
    const QString sizeSpec = m_wsctl.write("size.json", QJsonDocument(spec).toJson());
    auto run = m_wsctl.run({"desktops", "create", "--spec", sizeSpec, "--wait", "--poll-interval",
                            "0.2", "--format", "json"});
    QVERIFY2(run.code == 4, qPrintable(run.all()));
    QJsonObject batch = WsctlRunner::json(run.out)["batches"].toArray()[0].toObject();
    const QJsonObject byStatus = m_emu.state()["desktops"].toObject()["by_status"].toObject();
    QCOMPARE(batch["succeeded"].toInt(), byStatus["ACTIVE"].toInt());
    QCOMPARE(batch["failed"].toInt(), byStatus["ERROR"].toInt());
    QVERIFY2(batch["failed"].toInt() > 0 && batch["succeeded"].toInt() > 0, qPrintable(run.out));
    QSet<QString> desktops;
    for (const QJsonValue &v : batch["failures"].toArray()) {
        const QJsonObject f = v.toObject();
        // Each row with its own desktop and its own sub-job's reason.
        QVERIFY(!f["desktop_id"].toString().isEmpty());
        QVERIFY(f["computer_name"].toString().startsWith("LAB"));
        QVERIFY2(!f["message"].toString().contains("sub-jobs failed"), qPrintable(run.out));
        desktops.insert(f["desktop_id"].toString());
    }
    QCOMPARE(desktops.size(), batch["failed"].toInt());
    const auto listed = m_wsctl.run({"jobs", "list", "--format", "json"});
    const QJsonObject row = QJsonDocument::fromJson(listed.out.toUtf8()).array()[0].toObject();
    QCOMPARE(row["failed"].toInt(), batch["failed"].toInt());
    QCOMPARE(row["succeeded"].toInt(), batch["succeeded"].toInt());

    QString id = batch["id"].toString();
    for (int round = 0; round < 10 && run.code != 0; ++round) {
        if (round == 2)
            QVERIFY(m_emu.configure({{"subjob_fail_rate", 0}}).contains("config"));
        run = m_wsctl.run({"jobs", "retry-failed", id, "--wait", "--poll-interval", "0.2",
                           "--format", "json"});
        QVERIFY2(run.code == 0 || run.code == 4, qPrintable(run.all()));
        batch = WsctlRunner::json(run.out)["batches"].toArray()[0].toObject();
        QCOMPARE(batch["parent_id"].toString(), id);
        id = batch["id"].toString();
    }
    QCOMPARE(run.code, 0);
    const QJsonObject end = m_emu.state()["desktops"].toObject();
    QCOMPARE(end["total"].toInt(), 20);
    QCOMPARE(end["by_status"].toObject()["ACTIVE"].toInt(), 20);
}

void tst_WsctlJobs::failuresThenRetry()
{
    m_wsctl.setJournal("retry.sqlite");
    QVERIFY(m_emu.configure({{"subjob_fail_rate", 0.4}, {"seed", 3}}).contains("config"));
    const QString users = csv("retry.csv", 30, "RT");
    const auto first = m_wsctl.run({"desktops", "create", "--spec", m_spec, "--users", users,
                                    "--wait", "--poll-interval", "0.2", "--format", "json"});
    QVERIFY2(first.code == 4, qPrintable(first.all()));
    const QJsonObject batch = WsctlRunner::json(first.out)["batches"].toArray()[0].toObject();
    const QString id = batch["id"].toString();
    const int failed = batch["failed"].toInt();
    QVERIFY2(failed > 0 && failed < 30, qPrintable(first.out));
    for (const QJsonValue &v : batch["failures"].toArray()) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f["source_line"].toInt(), f["source_row"].toInt() + 1);
        QVERIFY(f["error_code"].toString().startsWith("WKS."));
    }

    // jobs list / show in every format.
    const auto list = m_wsctl.run({"jobs", "list", "--format", "json"});
    QCOMPARE(list.code, 0);
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches[0].toObject()["state"].toString(), QStringLiteral("finished"));
    QCOMPARE(batches[0].toObject()["failed"].toInt(), failed);
    const auto show = m_wsctl.run({"jobs", "show", id.left(8)});
    QVERIFY2(show.code == 0, qPrintable(show.all()));
    QVERIFY(show.out.contains(id));
    QCOMPARE(show.out.count(QRegularExpression("\\n  - line \\d+:")), failed);
    const auto showJson = m_wsctl.run({"jobs", "show", id, "--format", "json"});
    QCOMPARE(WsctlRunner::json(showJson.out)["items"].toArray().size(), 30);
    const auto showCsv = m_wsctl.run({"jobs", "show", id, "--format", "csv"});
    QCOMPARE(showCsv.out.count("\r\n"), 31);
    const auto unknown = m_wsctl.run({"jobs", "show", "nonexistent"});
    QCOMPARE(unknown.code, 2);

    // Retry: only the failed desktops, with their original lines; all succeed now.
    QVERIFY(m_emu.configure({{"subjob_fail_rate", 0}}).contains("config"));
    const auto retry = m_wsctl.run(
            {"jobs", "retry-failed", id, "--wait", "--poll-interval", "0.2", "--format", "json"});
    QVERIFY2(retry.code == 0, qPrintable(retry.all()));
    const QJsonObject again = WsctlRunner::json(retry.out)["batches"].toArray()[0].toObject();
    QCOMPARE(again["desktops"].toInt(), failed);
    QCOMPARE(again["succeeded"].toInt(), failed);
    QCOMPARE(again["parent_id"].toString(), id);
    QCOMPARE(desktopsOnServer(), 30);
    const QJsonObject names = m_emu.state()["computer_names"].toObject();
    QCOMPARE(names.size(), 30);
    for (auto it = names.begin(); it != names.end(); ++it)
        QCOMPARE(it.value().toInt(), 1);

    // Export to a file: BOM, English header, one line per desktop.
    const QString out = m_wsctl.home() + "/results.csv";
    const auto exported = m_wsctl.run({"jobs", "export", again["id"].toString(), "--out", out});
    QVERIFY2(exported.code == 0, qPrintable(exported.all()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFsource_row,source_line,"));
    QCOMPARE(bytes.count("\r\n"), failed + 1);
}

void tst_WsctlJobs::interruptThenWatch_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("lostRate");
    QTest::newRow("600 desktops") << 600 << 0.0;
    QTest::newRow("600 desktops, 20% of replies lost") << 600 << 0.2;
}

void tst_WsctlJobs::interruptThenWatch()
{
    QFETCH(int, count);
    QFETCH(double, lostRate);
    m_wsctl.setJournal(QStringLiteral("interrupt-%1.sqlite").arg(QTest::currentDataTag()));
    // Slow answers, so that SIGINT lands while chunks are planned, in flight and accepted.
    QVERIFY(m_emu.configure({{"latency_ms", 300}, {"time_scale", 0.02}, {"lost_rate", lostRate}})
                    .contains("config"));
    const QString users = csv("interrupt.csv", count, "IR");
    auto process = m_wsctl.start({"desktops", "create", "--spec", m_spec, "--users", users,
                                  "--wait", "--poll-interval", "0.3"});
    QVERIFY(process->waitForStarted(10000));
    QSignalSpy finished(process.get(), &QProcess::finished);
    // Interrupt once the service has applied the first chunk.
    while (desktopsOnServer() < 50 && finished.isEmpty())
        finished.wait(100);
    QVERIFY2(finished.isEmpty(), "wsctl ended before it could be interrupted");
    ::kill(static_cast<pid_t>(process->processId()), SIGINT);
    QVERIFY(finished.wait(60000));
    const auto interrupted = WsctlRunner::finish(process.get(), 1000);
    QVERIFY2(interrupted.code == 130, qPrintable(interrupted.all()));
    QVERIFY(interrupted.out.contains("Interrupted: no new request is sent"));
    QVERIFY(interrupted.err.contains("jobs watch"));
    const int atInterrupt = desktopsOnServer();
    QVERIFY2(atInterrupt < count,
             qPrintable(QStringLiteral("%1 desktops already: not mid-batch").arg(atInterrupt)));

    // The journal says where it stopped: nobody runs it, some desktops were never sent.
    const auto list = m_wsctl.run({"jobs", "list", "--format", "json"});
    const QJsonObject stopped = QJsonDocument::fromJson(list.out.toUtf8()).array()[0].toObject();
    QCOMPARE(stopped["state"].toString(), QStringLiteral("stopped"));
    QVERIFY2(stopped["waiting"].toInt() > 0, qPrintable(list.out));

    // jobs watch resumes it (reconciling lost replies first) and follows it to the end.
    const auto watch = m_wsctl.run({"jobs", "watch", "--poll-interval", "0.3"});
    QVERIFY2(watch.code == 0, qPrintable(watch.all()));
    QVERIFY(watch.out.contains("Following batch"));
    const QJsonObject state = m_emu.state();
    QCOMPARE(state["desktops"].toObject()["total"].toInt(), count);
    const QJsonObject names = state["computer_names"].toObject();
    QCOMPARE(names.size(), count);
    for (auto it = names.begin(); it != names.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
    // Never made twice, even for a moment: each name was created once since the reset.
    const QJsonObject created = state["created_computer_names"].toObject();
    QCOMPARE(created.size(), count);
    for (auto it = created.begin(); it != created.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));
    const auto after = m_wsctl.run({"jobs", "list", "--format", "json"});
    const QJsonObject done = QJsonDocument::fromJson(after.out.toUtf8()).array()[0].toObject();
    QCOMPARE(done["state"].toString(), QStringLiteral("finished"));
    QCOMPARE(done["succeeded"].toInt(), count);
}

void tst_WsctlJobs::unreachableGivesUp_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("json") << "json";
}

void tst_WsctlJobs::unreachableGivesUp()
{
    QFETCH(QString, format);
    // A service of its own, killed mid-wait and never restarted. Jobs take minutes (time scale
    // 1), so they are running when it dies.
    EmulatorProcess emu;
    QVERIFY2(emu.start({"--empty", "--time-scale", "1"}), qPrintable(emu.errorString()));
    WsctlRunner wsctl;
    wsctl.useEmulator(emu);
    QFile specFile(m_spec);
    QVERIFY(specFile.open(QIODevice::ReadOnly));
    const QString spec = wsctl.write("spec.json", specFile.readAll());
    QString users = QStringLiteral("user_name,computer_name\n");
    for (int i = 1; i <= 3; ++i)
        users += QStringLiteral("ur%1,UR-%1\n").arg(i);
    const QString csvPath = wsctl.write("users.csv", users.toUtf8());
    auto process = wsctl.start({"desktops", "create", "--spec", spec, "--users", csvPath, "--wait",
                                "--poll-interval", "0.3", "--unreachable-timeout", "2", "--format",
                                format});
    QVERIFY(process->waitForStarted(10000));
    QSignalSpy finished(process.get(), &QProcess::finished);
    while (emu.state()["desktops"].toObject()["total"].toInt() < 3 && finished.isEmpty())
        finished.wait(100);
    QVERIFY2(finished.isEmpty(), "wsctl ended before the service went away");
    emu.kill();
    // Each poll retries for a few seconds before it counts as failed; then 2 s of outage.
    QVERIFY2(finished.wait(60000), "wsctl kept waiting for a service that is gone");
    const auto r = WsctlRunner::finish(process.get(), 1000);
    QVERIFY2(r.code == 3, qPrintable(r.all()));
    // Said while waiting (since when, the last error, the next try), then why it gave up and
    // how to resume.
    QVERIFY2(r.err.contains("the service cannot be reached since"), qPrintable(r.all()));
    QVERIFY2(r.err.contains("Connection refused") || r.err.contains("refused"),
             qPrintable(r.all()));
    QVERIFY2(r.err.contains("Next try in") || r.err.contains("Retrying now."), qPrintable(r.all()));
    QVERIFY2(r.err.contains("Waiting up to 2 s in all (--unreachable-timeout)."),
             qPrintable(r.all()));
    QVERIFY2(r.err.contains("gave up waiting") && r.err.contains("--unreachable-timeout 2"),
             qPrintable(r.all()));
    const QRegularExpression resume(R"(wsctl jobs watch [0-9a-f-]{36})");
    QVERIFY2(resume.match(r.err).hasMatch(), qPrintable(r.all()));
    if (format == QLatin1String("json")) {
        const QJsonObject report = WsctlRunner::json(r.out);
        QCOMPARE(report["unreachable"].toBool(), true);
        QVERIFY(r.err.contains("service unreachable since")); // the progress line
    } else {
        QVERIFY2(r.out.contains("service unreachable since"), qPrintable(r.all()));
    }
}

QTEST_GUILESS_MAIN(tst_WsctlJobs)
#include "tst_wsctl_jobs.moc"
