#pragma once

// The kill tests' loop (tst_jobcenterkill, tst_deletekill): the crash driver started again and
// again on one journal and SIGKILLed at seeded random moments, until a run finishes.

#include <QByteArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

namespace wsc {

/** The crash driver's runs on one journal, each but the last SIGKILLed at a random moment. */
class KilledRuns
{
public:
    /**
     * Starts @p program with @p args up to @p kills + 1 times: each run but the last is killed
     * 100 to 1500 ms after it starts (drawn from @p seed), the last must finish within a minute;
     * a run that finishes before its kill ends the loop. Checks with QVERIFY: the caller returns
     * when QTest::currentTestFailed().
     */
    void run(const QString &program, const QStringList &args, int kills, quint32 seed)
    {
        QRandomGenerator random(seed);
        for (int run = 0; run <= kills; ++run) {
            QProcess driver;
            driver.setProcessChannelMode(QProcess::MergedChannels);
            driver.start(program, args);
            QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
            QSignalSpy finished(&driver, &QProcess::finished);
            if (run < kills) {
                // A random moment: early ones hit planning and the first sends, later ones
                // requests in flight, reconciliation and polling.
                const int delay = 100 + static_cast<int>(random.bounded(1400));
                if (!finished.wait(delay)) {
                    driver.kill(); // SIGKILL
                    QVERIFY(driver.waitForFinished(10000));
                    QCOMPARE(driver.exitStatus(), QProcess::CrashExit);
                    ++m_killed;
                    continue;
                }
                ++m_finishedEarly;
            } else {
                QVERIFY2(finished.wait(60000), "the last run did not finish in time");
            }
            m_lastOutput = driver.readAll();
            QVERIFY2(driver.exitStatus() == QProcess::NormalExit,
                     qPrintable(QStringLiteral("run %1 crashed: %2")
                                        .arg(run)
                                        .arg(QString::fromUtf8(m_lastOutput.right(2000)))));
            QVERIFY2(driver.exitCode() == 0, m_lastOutput.constData());
            if (run < kills)
                break; // finished before it could be killed again: nothing left to interrupt
        }
    }

    /** How many runs were killed. */
    int killed() const { return m_killed; }
    /** How many runs finished before their kill (the loop ends at the first). */
    int finishedEarly() const { return m_finishedEarly; }
    /** What the run that finished wrote. */
    const QByteArray &lastOutput() const { return m_lastOutput; }

private:
    int m_killed = 0;
    int m_finishedEarly = 0;
    QByteArray m_lastOutput;
};

} // namespace wsc
