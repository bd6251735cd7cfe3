#include "wsctlrunner.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl demo`, as a headless machine's run.sh runs it: no account, no emulator of ours, a
 * fresh HOME. It ends with exit 0 in a few seconds, prints each step and a summary that the
 * service confirmed, and leaves nothing behind in HOME.
 */
class tst_WsctlDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demo_data();
    void demo();
    void usage_data();
    void usage();
};

void tst_WsctlDemo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
}

void tst_WsctlDemo::demo_data()
{
    QTest::addColumn<QString>("timeScale");
    QTest::newRow("jobs at once") << "0";
    QTest::newRow("jobs that take a moment") << "0.03";
}

void tst_WsctlDemo::demo()
{
    QFETCH(QString, timeScale);
    WsctlRunner wsctl;
    QElapsedTimer clock;
    clock.start();
    const auto r = wsctl.runBare({"demo", "--time-scale", timeScale});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
    // Each of the five steps, in order.
    qsizetype at = 0;
    for (int step = 1; step <= 5; ++step) {
        const qsizetype next = r.out.indexOf(QStringLiteral("[%1/5] ").arg(step), at);
        QVERIFY2(next >= at,
                 qPrintable(QStringLiteral("step %1 missing:\n%2").arg(step).arg(r.out)));
        at = next;
    }
    // The bad row of the bundled CSV is reported by line and column, and left out.
    QVERIFY(r.out.contains("line 13, user_email:"));
    // The summary: everything the service was asked for is there, each name once.
    const QRegularExpression check(
            QStringLiteral("Service check: (\\d+) of (\\d+) new desktops ACTIVE with their user; "
                           "\\d+ desktops in the tenant; computer names used twice: 0\\."));
    const QRegularExpressionMatch m = check.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1), m.captured(2));
    QCOMPARE(m.captured(1).toInt(), 24);
    QVERIFY(QRegularExpression(
                    QStringLiteral("Assignments confirmed on the service: (\\d+) of \\1\\."))
                    .match(r.out)
                    .hasMatch());
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Journal: 2 batches, .* Done in "))));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

    // Nothing outside its temporary folder: HOME has no journal, no Sandbox state.
    QDirIterator it(wsctl.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    QVERIFY2(files.isEmpty(), qPrintable(files.join('\n')));
}

void tst_WsctlDemo::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("time scale out of range") << QStringList{"demo", "--time-scale", "11"};
    QTest::newRow("time scale not a number") << QStringList{"demo", "--time-scale", "fast"};
    QTest::newRow("stray argument") << QStringList{"demo", "now"};
}

void tst_WsctlDemo::usage()
{
    QFETCH(QStringList, args);
    WsctlRunner wsctl;
    const auto r = wsctl.runBare(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("wsctl demo --help"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WsctlDemo)
#include "tst_wsctl_demo.moc"
