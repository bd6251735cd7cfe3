#include "wsctlrunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>

/**
 * wsctl on input that is too big, endless or garbage: special files and oversized files are
 * refused up front, reports stop after a cap of issues, and Ctrl-C during a long validation
 * ends the process with 130 at once. All offline (no emulator: --dry-run with --domain-type
 * and --os needs no connection).
 */
class tst_WsctlLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void issueCap_data();
    void issueCap();
    void interruptDuringValidation_data();
    void interruptDuringValidation();

private:
    /** A user CSV of @p rows rows, each with a bad e-mail (one finding per row). */
    static QByteArray badEmails(int rows);
    QStringList args(QStringList list) const;

    WsctlRunner m_wsctl;
    QString m_spec;
    QString m_fifo;
    QString m_sparseCsv;
    QString m_sparseSpec;
};

QByteArray tst_WsctlLimits::badEmails(int rows)
{
    QByteArray csv("user_name,user_email,user_group,computer_name\r\n");
    csv.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "user" + n + ",not-an-email-" + n + ",users,PC-" + n + "\r\n";
    }
    return csv;
}

QStringList tst_WsctlLimits::args(QStringList list) const
{
    for (QString &a : list)
        a.replace(QStringLiteral("SPEC"), m_spec);
    return list;
}

void tst_WsctlLimits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_spec = m_wsctl.writeSeedSpec();
    m_fifo = m_wsctl.home() + QStringLiteral("/users.fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    // Sparse: 300 MB and 17 MB on paper, no disk used; refused on their size alone.
    m_sparseCsv = m_wsctl.write("huge.csv", "user_name\r\n");
    QVERIFY(QFile::resize(m_sparseCsv, qint64(300) << 20));
    m_sparseSpec = m_wsctl.write("huge.json", "{}");
    QVERIFY(QFile::resize(m_sparseSpec, qint64(17) << 20));
}

void tst_WsctlLimits::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList check{"users", "check"};
    const QStringList create{"desktops", "create", "--dry-run", "--domain-type",
                             "LITE_AS",  "--os",   "Windows",   "--spec"};
    QTest::newRow("users check /dev/zero")
            << (QStringList(check) << "/dev/zero") << "not a regular file";
    QTest::newRow("users check FIFO") << (QStringList(check) << "FIFO") << "not a regular file";
    QTest::newRow("users check 300 MB")
            << (QStringList(check) << "HUGE_CSV") << "more than the 256 MB";
    QTest::newRow("users check 300 MB, --max-size 100") << (QStringList(check) << "HUGE_CSV"
                                                                               << "--max-size"
                                                                               << "100")
                                                        << "more than the 100 MB";
    QTest::newRow("--spec /dev/zero")
            << (QStringList(create) << "/dev/zero") << "not a regular file";
    QTest::newRow("--spec 17 MB") << (QStringList(create) << "HUGE_SPEC") << "more than the 16 MB";
    QTest::newRow("--users /dev/zero") << (QStringList(create) << "SPEC"
                                                               << "--users"
                                                               << "/dev/zero")
                                       << "not a regular file";
    QTest::newRow("--users 300 MB") << (QStringList(create) << "SPEC"
                                                            << "--users"
                                                            << "HUGE_CSV")
                                    << "more than the 256 MB";
    QTest::newRow("attach --assignments /dev/zero")
            << QStringList{"desktops", "attach", "--dry-run", "--assignments", "/dev/zero"}
            << "not a regular file";
}

void tst_WsctlLimits::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        a.replace(QStringLiteral("HUGE_CSV"), m_sparseCsv);
        a.replace(QStringLiteral("HUGE_SPEC"), m_sparseSpec);
        a.replace(QStringLiteral("FIFO"), m_fifo);
    }
    // Refused before a byte is read: a FIFO without writer would block, /dev/zero never ends.
    const auto result = m_wsctl.run(args(arguments), {}, QStringLiteral("C.UTF-8"), 10000);
    QVERIFY2(result.code == 2, qPrintable(result.all()));
    QVERIFY2(result.err.contains(message), qPrintable(result.all()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.all()));
}

void tst_WsctlLimits::issueCap_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    const QStringList check{"users", "check", "CSV"};
    const QStringList create{"desktops", "create", "--dry-run", "--domain-type", "LITE_AS", "--os",
                             "Windows",  "--spec", "SPEC",      "--users",       "CSV"};
    QTest::newRow("users check, text") << check << "text";
    QTest::newRow("users check, json") << check << "json";
    QTest::newRow("create --dry-run, text") << create << "text";
    QTest::newRow("create --dry-run, json") << create << "json";
}

void tst_WsctlLimits::issueCap()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    const QString csv = m_wsctl.write("cap.csv", badEmails(3000));
    arguments.replaceInStrings(QStringLiteral("CSV"), csv);
    const auto result = m_wsctl.run(QStringList{"--format", format} + args(arguments));
    QVERIFY2(result.code == 1, qPrintable(result.all().left(2000)));
    if (format == QLatin1String("json")) {
        const QJsonObject o = WsctlRunner::json(result.out);
        QCOMPARE(o["issues"].toArray().size(), 1000);
        // The first by line, the rest counted by code.
        QCOMPARE(o["issues"].toArray()[0].toObject()["line"].toInt(), 2);
        QCOMPARE(o["not_shown"].toObject()["total"].toInt(), 2000);
        QCOMPARE(o["not_shown"].toObject()["by_code"].toObject()["user_email.format"].toInt(),
                 2000);
    } else {
        // `users check` prints its report as the requested output; a create refused for invalid
        // input gives it on stderr with the reason.
        const QString report = result.out + result.err;
        QVERIFY2(report.contains("2000 more issue")
                         && report.contains("not shown: user_email.format 2000."),
                 qPrintable(report.right(2000)));
        QVERIFY(report.contains("line 1001"));
        QVERIFY(!report.contains("line 1002"));
    }
}

void tst_WsctlLimits::interruptDuringValidation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("users check") << QStringList{"users", "check", "CSV"};
    QTest::newRow("desktops create --dry-run")
            << QStringList{"desktops", "create", "--dry-run", "--domain-type", "LITE_AS", "--os",
                           "Windows",  "--spec", "SPEC",      "--users",       "CSV"};
}

void tst_WsctlLimits::interruptDuringValidation()
{
    QFETCH(QStringList, arguments);
    // Big enough that reading and checking take seconds: the signal lands in the middle.
    const QString csv = m_wsctl.write("interrupt.csv", badEmails(1000000));
    arguments.replaceInStrings(QStringLiteral("CSV"), csv);
    auto process = m_wsctl.start(args(arguments));
    QVERIFY(process->waitForStarted(10000));
    QSignalSpy finished(process.get(), &QProcess::finished);
    // Let it get into the work (the signal handler is installed at start-up).
    QVERIFY2(!finished.wait(700), "wsctl ended before it could be interrupted");
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    ::kill(static_cast<pid_t>(process->processId()), SIGINT);
    QVERIFY2(finished.wait(1000) || !finished.isEmpty(), "SIGINT was not honoured within 1 s");
    const qint64 ms = sinceSignal.elapsed();
    const auto result = WsctlRunner::finish(process.get(), 1000);
    QVERIFY2(result.code == 130, qPrintable(result.all().left(2000)));
    QVERIFY2(result.err.contains("Interrupted"), qPrintable(result.all().left(2000)));
    qInfo("exit 130 %lld ms after SIGINT", ms);
}

QTEST_GUILESS_MAIN(tst_WsctlLimits)
#include "tst_wsctl_limits.moc"
