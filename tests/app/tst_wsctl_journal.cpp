#include "wsctlrunner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

/**
 * `wsctl jobs list|show|export|watch|retry-failed` on a journal, in every format: an empty
 * journal, one finished batch, and the errors (unknown batch, missing --out, a file that cannot
 * be written, a journal that cannot be opened) with their exit codes.
 */
class tst_WsctlJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyJournal();
    void oneBatch();
    void exportFile();
    void errors_data();
    void errors();

private:
    WsctlRunner m_wsctl;
    EmulatorProcess m_emu;
    QString m_id;
};

void tst_WsctlJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(WsctlRunner::executable()), WSCTL_PATH);
    QVERIFY2(m_emu.start({"--empty", "--time-scale", "0"}), qPrintable(m_emu.errorString()));
    m_wsctl.useEmulator(m_emu);
}

void tst_WsctlJournal::emptyJournal()
{
    auto r = m_wsctl.run({"jobs", "list"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QCOMPARE(r.out, QStringLiteral("The journal has no batch of this profile.\n"));
    r = m_wsctl.run({"jobs", "list", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    r = m_wsctl.run({"jobs", "watch"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("Nothing to watch"));
}

void tst_WsctlJournal::oneBatch()
{
    const QString specPath = m_wsctl.writeSeedSpec();
    const QString csv = m_wsctl.write("three.csv", "user_name,computer_name\n"
                                                   "jnu1,JN-01\njnu2,JN-02\njnu3,JN-03\n");
    auto r = m_wsctl.run({"desktops", "create", "--spec", specPath, "--users", csv, "--wait",
                          "--poll-interval", "0.2"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(QRegularExpression("3 desktops?(\\(s\\))?: 3 succeeded, 0 failed")));

    // list, in the three formats.
    r = m_wsctl.run({"jobs", "list", "--format", "json"});
    const QJsonArray batches = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches[0].toObject();
    m_id = batch["id"].toString();
    QCOMPARE(batch["state"].toString(), QStringLiteral("finished"));
    QCOMPARE(batch["desktops"].toInt(), 3);
    QCOMPARE(batch["succeeded"].toInt(), 3);
    r = m_wsctl.run({"jobs", "list", "--format", "csv"});
    const QStringList lines = r.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith("id,"), qPrintable(lines[0]));
    QVERIFY(lines[1].startsWith(m_id + ','));
    r = m_wsctl.run({"jobs", "list"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(m_id));

    // show: by a unique start of the id; each desktop with its CSV line.
    r = m_wsctl.run({"jobs", "show", m_id.left(6), "--format", "json"});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    const QJsonArray items = WsctlRunner::json(r.out)["items"].toArray();
    QCOMPARE(items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject item = items[i].toObject();
        QCOMPARE(item["source_line"].toInt(), i + 2);
        QCOMPARE(item["computer_name"].toString(), QStringLiteral("JN-0%1").arg(i + 1));
        QCOMPARE(item["status"].toString(), QStringLiteral("SUCCESS"));
        QVERIFY(!item["desktop_id"].toString().isEmpty());
    }
    r = m_wsctl.run({"jobs", "show", m_id});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(m_id));
    QVERIFY(r.out.contains("JN-03"));

    // Nothing failed: nothing to retry; nothing unfinished: nothing to watch.
    r = m_wsctl.run({"jobs", "retry-failed", m_id});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("has no failed desktop"));
    QCOMPARE(m_emu.state()["desktops"].toObject()["total"].toInt(), 3);
}

void tst_WsctlJournal::exportFile()
{
    QVERIFY(!m_id.isEmpty());
    const QString path = m_wsctl.home() + "/out/results.csv";
    QDir().mkpath(m_wsctl.home() + "/out");
    const auto r = m_wsctl.run({"jobs", "export", m_id, "--out", path});
    QVERIFY2(r.code == 0, qPrintable(r.all()));
    QVERIFY(r.out.contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFsource_row,source_line,user_name,computer_name,"));
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(bytes.count("\r\n"), 4);
    QVERIFY(lines[1].startsWith("1,2,jnu1,JN-01,"));
    QVERIFY(lines[3].startsWith("3,4,jnu3,JN-03,"));

    // "-" is standard output, without the BOM, byte for byte the same lines.
    const auto stdoutExport = m_wsctl.run({"jobs", "export", m_id, "--out", "-"});
    QCOMPARE(stdoutExport.code, 0);
    QCOMPARE(stdoutExport.out.toUtf8(), bytes.mid(3));
}

void tst_WsctlJournal::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mention");
    QTest::newRow("show: unknown batch")
            << QStringList{"jobs", "show", "fffffff"} << 2 << "no batch fffffff";
    QTest::newRow("show: no id") << QStringList{"jobs", "show"} << 2 << "batch ID";
    QTest::newRow("export: no --out") << QStringList{"jobs", "export", "ID"} << 2 << "--out";
    QTest::newRow("export: folder does not exist")
            << QStringList{"jobs", "export", "ID", "--out", "/nonexistent/dir/x.csv"} << 2
            << "/nonexistent/dir/x.csv";
    QTest::newRow("retry-failed: no id") << QStringList{"jobs", "retry-failed"} << 2 << "ID";
    QTest::newRow("watch: bad poll interval")
            << QStringList{"jobs", "watch", "--poll-interval", "0"} << 2 << "--poll-interval";
    QTest::newRow("list: journal is a folder")
            << QStringList{"jobs", "list", "--journal", "HOME"} << 2 << "";
}

void tst_WsctlJournal::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mention);
    QVERIFY(!m_id.isEmpty());
    args.replaceInStrings(QRegularExpression("^ID$"), m_id);
    args.replaceInStrings(QRegularExpression("^HOME$"), m_wsctl.home());
    const auto r = m_wsctl.run(args);
    QVERIFY2(r.code == code, qPrintable(r.all()));
    QVERIFY(!r.err.isEmpty());
    QVERIFY2(r.err.contains(mention), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_WsctlJournal)
#include "tst_wsctl_journal.moc"
