#include "api/http/workspaceclient.h"
#include "api/jobs/jobjournal.h"

#include "killedruns.h"

#include "support/apicallwait.h"
#include "support/batchfixture.h"
#include "support/emulatorconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

/**
 * The kill test of a day-2 batch: wsc_crashdriver deletes (or stops) 500 of 560 desktops through
 * JobCenter against wsemu (jobs that take time, latency, reset connections and lost replies) and
 * is SIGKILLed at seeded moments, each restart resuming from the journal. At the end exactly the
 * asked desktops are gone (or shut off), each acted on once (one deleteDesktops or
 * operateDesktops sub-job per desktop on the service), and the journal's batch has every desktop
 * succeeded. A stop's lost answer is looked up through its job, a delete's through the desktops.
 */
class tst_DeleteKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deleteKilled_data();
    void deleteKilled();

private:
    BatchFixture m_tenant; ///< wsemu, empty, with a product and image that fit
    QTemporaryDir m_dir;
};

void tst_DeleteKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_tenant.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                             QStringLiteral("--seed"), QStringLiteral("11")}),
             qPrintable(m_tenant.errorString()));
    QVERIFY(!m_tenant.productId().isEmpty());
}

void tst_DeleteKill::deleteKilled_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("kills");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("lostRate");
    QTest::addColumn<double>("resetRate");
    // Time scale 1: each delete job of 25 desktops runs ~5 s, so kills land while requests,
    // lookups and jobs are in flight.
    QTest::newRow("500 of 560 deleted, 8 kills, lost and reset replies")
            << 560 << QStringLiteral("delete") << 500 << 8 << quint32(16) << 0.1 << 0.05;
    QTest::newRow("500 of 560 stopped, 8 kills, lost and reset replies")
            << 560 << QStringLiteral("stop") << 500 << 8 << quint32(17) << 0.1 << 0.05;
}

void tst_DeleteKill::deleteKilled()
{
    QFETCH(int, count);
    QFETCH(QString, action);
    QFETCH(int, asked);
    const bool deleting = action == QLatin1String("delete");
    const QString jobType
            = deleting ? QStringLiteral("deleteDesktops") : QStringLiteral("operateDesktops");
    QFETCH(int, kills);
    QFETCH(quint32, seed);
    QFETCH(double, lostRate);
    QFETCH(double, resetRate);
    QVERIFY(!m_tenant.emulator().reset(true).contains(QStringLiteral("error_code")));
    m_tenant.emulator().configure({{QStringLiteral("time_scale"), 0},
                                   {QStringLiteral("lost_rate"), 0},
                                   {QStringLiteral("reset_rate"), 0},
                                   {QStringLiteral("latency_ms"), 0},
                                   {QStringLiteral("desktop_quota"), 100000}});

    // The desktops, made directly (no journal involved).
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_tenant.emulator());
    WorkspaceClient client(c);
    for (int made = 0; made < count; made += 50) {
        CreateDesktopRequest r = m_tenant.emptyRequest();
        r.size = qMin(50, count - made);
        r.desktopName = QStringLiteral("DL%1").arg(made / 50, 2, 10, QLatin1Char('0'));
        auto *call = client.createDesktops(r);
        QVERIFY(waitFor(call));
        QVERIFY2(call->isOk(), qPrintable(call->error().errorMessage));
    }
    auto *list = client.allDesktops(DesktopQuery());
    QVERIFY(waitFor(list));
    QCOMPARE(list->result().size(), count);
    QStringList all;
    for (const DesktopInfo &d : list->result())
        all << d.desktopId;
    const QStringList askedIds = all.mid(0, asked);
    const QString idsPath = m_dir.filePath(QStringLiteral("%1-%2.txt").arg(action).arg(seed));
    {
        QFile file(idsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(askedIds.join(QLatin1Char('\n')).toLatin1());
    }

    m_tenant.emulator().configure({{QStringLiteral("lost_rate"), lostRate},
                                   {QStringLiteral("reset_rate"), resetRate},
                                   {QStringLiteral("time_scale"), 1},
                                   {QStringLiteral("latency_ms"), 40}});
    const QString journalPath
            = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(action).arg(seed));
    const QStringList args{action,
                           QStringLiteral("--journal"),
                           journalPath,
                           QStringLiteral("--endpoint"),
                           m_tenant.emulator().baseUrl().toString(),
                           QStringLiteral("--project"),
                           m_tenant.emulator().projectId(),
                           QStringLiteral("--ids"),
                           idsPath,
                           QStringLiteral("--cap"),
                           QStringLiteral("25")};
    KilledRuns runs;
    runs.run(QStringLiteral(WSC_CRASHDRIVER_PATH), args, kills, seed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(runs.lastOutput().contains("finished"), runs.lastOutput().constData());
    QVERIFY2(runs.killed() >= kills / 2,
             qPrintable(QStringLiteral("only %1 kills landed").arg(runs.killed())));

    // The service: exactly the asked desktops are gone (shut off), the others stay (running),
    // and no desktop was acted on twice (one sub-job of the type per desktop, over all jobs).
    m_tenant.emulator().configure(
            {{QStringLiteral("lost_rate"), 0}, {QStringLiteral("reset_rate"), 0}});
    auto *after = client.allDesktops(DesktopQuery());
    QVERIFY(waitFor(after));
    QVERIFY(after->isOk());
    QSet<QString> left;
    for (const DesktopInfo &d : after->result()) {
        if (deleting || d.status == QLatin1String("ACTIVE"))
            left.insert(d.desktopId);
        else
            QVERIFY2(askedIds.contains(d.desktopId) && d.status == QLatin1String("SHUTOFF"),
                     qPrintable(d.desktopId + QLatin1Char(' ') + d.status));
    }
    QCOMPARE(left.size(), count - asked);
    for (const QString &id : all.mid(asked))
        QVERIFY2(left.contains(id), qPrintable(id));
    const QJsonObject jobs = m_tenant.emulator().jobs(10000);
    QHash<QString, int> deletes;
    for (const QJsonValue &j : jobs.value(QStringLiteral("jobs")).toArray()) {
        if (j.toObject().value(QStringLiteral("job_type")).toString() != jobType)
            continue;
        for (const QJsonValue &sub : j.toObject().value(QStringLiteral("sub_jobs")).toArray())
            ++deletes[sub.toObject()
                              .value(QStringLiteral("entities"))
                              .toObject()
                              .value(QStringLiteral("desktop_id"))
                              .toString()];
    }
    QCOMPARE(deletes.size(), asked);
    for (const QString &id : askedIds)
        QVERIFY2(deletes.value(id) == 1,
                 qPrintable(QStringLiteral("%1 acted on %2 times").arg(id).arg(deletes.value(id))));

    // The journal: one finished batch, every asked desktop succeeded once.
    JobJournal journal(journalPath);
    QVERIFY2(journal.open(), qPrintable(journal.errorString()));
    const QList<JournalBatch> batches = journal.batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().kind, deleting ? BatchKind::Delete : BatchKind::Power);
    QVERIFY(batches.first().finished.isValid());
    const QList<BatchItem> items = journal.items(batches.first().id);
    QCOMPARE(items.size(), asked);
    QSet<QString> seen;
    for (const BatchItem &item : items) {
        QVERIFY2(item.outcome() == BatchItem::Outcome::Succeeded,
                 qPrintable(QStringLiteral("%1: %2").arg(item.desktopId, item.message)));
        QCOMPARE(item.desktopId, askedIds.at(item.sourceIndex));
        QVERIFY(!seen.contains(item.desktopId));
        seen.insert(item.desktopId);
    }
    BatchPlan plan;
    QVERIFY(journal.loadPlan(batches.first().id, &plan));
    int sends = 0;
    for (const BatchChunk &ch : plan.chunks)
        sends += ch.sends;
    int unknown = 0;
    for (const auto &step : journal.transitions(batches.first().id))
        unknown += step.second.endsWith(QLatin1String(">unknown")) ? 1 : 0;
    // Lost answers happened and were looked up (a run that never lost one proves less).
    QVERIFY2(unknown > 0, "no answer was lost: raise the lost rate");
    // Each chunk sent once, plus once more for each request the service never saw.
    QVERIFY2(sends <= plan.chunks.size() + unknown, qPrintable(QString::number(sends)));
    qInfo("%s kill test: %d of %d desktops, %d chunks, %d kills landed, %d sends, "
          "%d unknown outcomes looked up",
          qPrintable(action), asked, count, static_cast<int>(plan.chunks.size()), runs.killed(),
          sends, unknown);
}

QTEST_GUILESS_MAIN(tst_DeleteKill)
#include "tst_deletekill.moc"
