#include "api/http/workspaceclient.h"
#include "api/jobs/jobjournal.h"

#include "killedruns.h"

#include "support/batchfixture.h"
#include "support/emulatorconfig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

/**
 * The acceptance run of the journal: wsc_crashdriver creates a batch of 1 000 desktops through
 * JobCenter against wsemu (jobs that take time, latency, reset connections and lost replies)
 * and is SIGKILLed at ten random (seeded) moments, each restart resuming from the journal.
 * At the end the emulator holds exactly 1 000 desktops, one per computer name and per user,
 * and every source row of the journal has a desktop or a failure.
 */
class tst_JobCenterKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedTenTimes_data();
    void killedTenTimes();

private:
    QStringList driverArgs(const QString &journal, int count, const QString &prefix) const;

    BatchFixture m_tenant; ///< wsemu, empty, with a product and image that fit
    QTemporaryDir m_dir;
};

void tst_JobCenterKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_tenant.start({QStringLiteral("--time-scale"), QStringLiteral("0.02"),
                             QStringLiteral("--latency-ms"), QStringLiteral("40"),
                             QStringLiteral("--seed"), QStringLiteral("11")}),
             qPrintable(m_tenant.errorString()));
    QVERIFY(!m_tenant.productId().isEmpty());
}

QStringList tst_JobCenterKill::driverArgs(const QString &journal, int count,
                                          const QString &prefix) const
{
    return {QStringLiteral("run"), QStringLiteral("--journal"), journal,
            QStringLiteral("--endpoint"), m_tenant.emulator().baseUrl().toString(),
            QStringLiteral("--project"), m_tenant.emulator().projectId(),
            QStringLiteral("--product"), m_tenant.productId(), QStringLiteral("--image"),
            m_tenant.imageId(), QStringLiteral("--count"), QString::number(count),
            QStringLiteral("--prefix"), prefix,
            // Every 10th desktop has no computer name: found again by user, the harder case.
            QStringLiteral("--nameless-every"), QStringLiteral("10")};
}

void tst_JobCenterKill::killedTenTimes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kills");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("lostRate");
    QTest::addColumn<double>("resetRate");
    QTest::addColumn<double>("timeScale");
    // Time scale 0.3: a job of 50 desktops runs ~17 s on the emulator, so every kill lands
    // while requests, lookups or jobs are in flight.
    QTest::newRow("1000 desktops, 10 kills, lost and reset replies")
            << 1000 << 10 << quint32(20260101) << 0.05 << 0.03 << 0.3;
    QTest::newRow("1000 desktops, 10 kills, more lost replies, another seed")
            << 1000 << 10 << quint32(7) << 0.15 << 0.05 << 0.3;
}

void tst_JobCenterKill::killedTenTimes()
{
    QFETCH(int, count);
    QFETCH(int, kills);
    QFETCH(quint32, seed);
    QFETCH(double, lostRate);
    QFETCH(double, resetRate);
    QFETCH(double, timeScale);
    QVERIFY(!m_tenant.emulator().reset(true).contains(QStringLiteral("error_code")));
    m_tenant.emulator().configure({{QStringLiteral("lost_rate"), lostRate},
                                   {QStringLiteral("reset_rate"), resetRate},
                                   {QStringLiteral("time_scale"), timeScale},
                                   {QStringLiteral("latency_ms"), 60},
                                   {QStringLiteral("desktop_quota"), 100000}});
    const QString journalPath = m_dir.filePath(QStringLiteral("kill-%1.sqlite").arg(seed));
    const QString prefix = QStringLiteral("K");
    QElapsedTimer clock;
    clock.start();
    KilledRuns runs;
    runs.run(QStringLiteral(WSC_CRASHDRIVER_PATH), driverArgs(journalPath, count, prefix), kills,
             seed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(runs.lastOutput().contains("finished"), runs.lastOutput().constData());
    QVERIFY2(runs.killed() == kills,
             qPrintable(QStringLiteral("only %1 kills landed").arg(runs.killed())));

    // The service: exactly `count` desktops, none twice (by name, and by user for the
    // nameless ones).
    const QJsonObject state = m_tenant.emulator().state();
    QCOMPARE(state.value(QStringLiteral("desktops"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
             count);
    const QJsonObject perUser = state.value(QStringLiteral("desktops_per_user")).toObject();
    for (int i = 0; i < count; ++i) {
        const QString user
                = QStringLiteral("%1u%2").arg(prefix.toLower()).arg(i, 5, 10, QLatin1Char('0'));
        QVERIFY2(perUser.value(user).toInt() == 1,
                 qPrintable(QStringLiteral("%1 has %2 desktops")
                                    .arg(user)
                                    .arg(perUser.value(user).toInt())));
    }
    const QJsonObject names = state.value(QStringLiteral("computer_names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        QVERIFY2(it.value().toInt() == 1, qPrintable(it.key()));

    // The journal: every source row has a desktop or a failure, and the batch is finished.
    JobJournal journal(journalPath);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const QList<JournalBatch> batches = journal.batches();
    QCOMPARE(batches.size(), 1);
    QVERIFY(batches.first().finished.isValid());
    const QList<BatchItem> items = journal.items(batches.first().id);
    QCOMPARE(items.size(), count);
    int withDesktop = 0;
    int failed = 0;
    QSet<QString> desktopIds;
    for (const BatchItem &item : items) {
        QCOMPARE(item.sourceLine, item.sourceIndex + 2);
        if (item.outcome() == BatchItem::Outcome::Failed) {
            ++failed;
            QVERIFY2(!item.message.isEmpty() || !item.errorCode.isEmpty(),
                     qPrintable(QString::number(item.sourceIndex)));
        } else {
            QCOMPARE(item.outcome(), BatchItem::Outcome::Succeeded);
            QVERIFY2(!item.desktopId.isEmpty(), qPrintable(QString::number(item.sourceIndex)));
            QVERIFY2(!desktopIds.contains(item.desktopId), qPrintable(item.desktopId));
            desktopIds.insert(item.desktopId);
            ++withDesktop;
        }
    }
    QCOMPARE(withDesktop + failed, count);
    QCOMPARE(failed, 0); // no sub-job failures are injected here

    // Figures for docs/JOBS.md.
    BatchPlan plan;
    QVERIFY(journal.loadPlan(batches.first().id, &plan));
    const auto log = journal.transitions(batches.first().id);
    int sends = 0;
    int unknown = 0;
    for (const BatchChunk &c : plan.chunks)
        sends += c.sends;
    for (const auto &step : log)
        unknown += step.second.endsWith(QLatin1String(">unknown")) ? 1 : 0;
    qInfo("kill test: %d desktops, %d chunks, %d kills landed (%d runs finished early), "
          "%d transitions (%.1f per chunk), %d sends, %d unknown outcomes, %lld ms",
          count, static_cast<int>(plan.chunks.size()), runs.killed(), runs.finishedEarly(),
          static_cast<int>(log.size()), double(log.size()) / qMax<qsizetype>(1, plan.chunks.size()),
          sends, unknown, static_cast<long long>(clock.elapsed()));
}

QTEST_GUILESS_MAIN(tst_JobCenterKill)
#include "tst_jobcenterkill.moc"
