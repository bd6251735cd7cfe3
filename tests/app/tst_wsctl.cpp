#include "models/i18n/translator.h"
#include "support/testfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

/** `wsctl users check` run as a separate process: output formats, exit codes, language. */
class tst_Wsctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonReport_data();
    void jsonReport();
    void textReport();
    void csvReport();
    void help_data();
    void help();
    void chinese_data();
    void chinese();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run wsctl(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"));
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_clean;
    QString m_broken;
};

void tst_Wsctl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(WSCTL_PATH)), WSCTL_PATH);
    m_clean = write(QStringLiteral("clean.csv"),
                    QByteArrayLiteral("user_name,user_email,user_group,computer_name\r\n"
                                      "alice,alice@example.com,users,PC-01\r\n"
                                      "bob,bob@example.com,administrators,PC-02\r\n"));
    m_broken = write(QStringLiteral("broken.csv"),
                     QByteArrayLiteral("user_name,user_email,user_group,computer_name,dept\n"
                                       "alice,alice@example.com,users,PC-01,x\n"
                                       "1bob,bob-at-example,users,pc-01,y\n"
                                       "carol,carol@example.com,users,PC-03,z\n"));
}

QString tst_Wsctl::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

tst_Wsctl::Run tst_Wsctl::wsctl(const QStringList &args, const QString &lang)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WSCTL_PATH), args);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_Wsctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");

    const QString dir = m_dir.path();
    QTest::newRow("clean file") << QStringList{"users", "check", m_clean} << 0;
    QTest::newRow("clean file, json")
            << QStringList{"users", "check", m_clean, "--format", "json"} << 0;
    QTest::newRow("invalid rows") << QStringList{"users", "check", m_broken} << 1;
    QTest::newRow("linux groups on a windows file")
            << QStringList{"users", "check", m_clean, "--os", "Linux"} << 1;
    QTest::newRow("missing file") << QStringList{"users", "check", dir + "/missing.csv"} << 2;
    QTest::newRow("a folder") << QStringList{"users", "check", dir} << 2;
    QTest::newRow("no file") << QStringList{"users", "check"} << 2;
    QTest::newRow("two files") << QStringList{"users", "check", m_clean, m_broken} << 2;
    QTest::newRow("unknown option") << QStringList{"users", "check", m_clean, "--colour"} << 2;
    QTest::newRow("bad domain type")
            << QStringList{"users", "check", m_clean, "--domain-type", "AZURE"} << 2;
    QTest::newRow("bad os") << QStringList{"users", "check", m_clean, "--os", "BeOS"} << 2;
    QTest::newRow("bad encoding") << QStringList{"users", "check", m_clean, "--encoding", "klingon"}
                                  << 2;
    QTest::newRow("bad delimiter")
            << QStringList{"users", "check", m_clean, "--delimiter", "|"} << 2;
    QTest::newRow("bad format") << QStringList{"users", "check", m_clean, "--format", "xml"} << 2;
    QTest::newRow("unknown command") << QStringList{"users", "frobnicate"} << 2;
    QTest::newRow("no command") << QStringList{} << 2;
}

void tst_Wsctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run run = wsctl(args);
    QVERIFY2(run.code == code, qPrintable(QStringLiteral("exit %1, stdout:\n%2\nstderr:\n%3")
                                                  .arg(run.code)
                                                  .arg(run.out, run.err)));
    if (code == 2 && !args.isEmpty())
        QVERIFY2(!run.err.isEmpty(), "a usage error says why on stderr");
}

void tst_Wsctl::jsonReport_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QStringList>("issues"); // "line:column:code:severity", column "null"

    const QByteArray broken("user_name,user_email,user_group,computer_name,dept\n"
                            "alice,alice@example.com,users,PC-01,x\n"
                            "1bob,bob-at-example,users,pc-01,y\n"
                            "carol,carol@example.com,users,PC-03,z\n");
    QTest::newRow("errors and warnings")
            << broken << QStringList() << "UTF-8"
            << "," << 3 << 1 << 2 << 1
            << QStringList{"1:null:csv.unknown_column:warning",
                           "2:computer_name:computer_name.duplicate:error",
                           "3:user_name:user_name.start:error",
                           "3:user_email:user_email.format:error",
                           "3:computer_name:computer_name.duplicate:error"};
    QTest::newRow("LOCAL_AD allows a leading digit")
            << broken << QStringList{"--domain-type", "LOCAL_AD"} << "UTF-8"
            << "," << 3 << 1 << 2 << 1
            << QStringList{"1:null:csv.unknown_column:warning",
                           "2:computer_name:computer_name.duplicate:error",
                           "3:user_email:user_email.format:error",
                           "3:computer_name:computer_name.duplicate:error"};

    QStringEncoder gb("GB18030");
    const QByteArray chinese = gb.encode(QStringLiteral("用户名;邮箱;计算机名\r\n"
                                                        "zhangsan;zs@example.com;研发01\r\n"
                                                        "lisi;ls@example.com;研发01\r\n"));
    QTest::newRow("GB18030, semicolons, Chinese header")
            << chinese << QStringList() << "GB18030"
            << ";" << 2 << 0 << 2 << 0
            << QStringList{"2:computer_name:computer_name.duplicate:error",
                           "3:computer_name:computer_name.duplicate:error"};
    QTest::newRow("forced encoding and delimiter")
            << chinese << QStringList{"--encoding", "GBK", "--delimiter", "semicolon"} << "GB18030"
            << ";" << 2 << 0 << 2 << 0
            << QStringList{"2:computer_name:computer_name.duplicate:error",
                           "3:computer_name:computer_name.duplicate:error"};
    QTest::newRow("unterminated quote")
            << QByteArray("user_name\nalice\n\"bob\ncarol\n") << QStringList() << "UTF-8"
            << "," << 1 << 1 << 0 << 0 << QStringList{"3:null:csv.unterminated_quote:error"};
    // "Wang, Wei" unquoted: user_name "Wang", computer_name "Wei", and one field too many.
    QTest::newRow("too many fields is a line-level error")
            << QByteArray("user_name,computer_name\nWang, Wei,PC1\n") << QStringList() << "UTF-8"
            << "," << 1 << 0 << 1 << 0 << QStringList{"2:null:csv.too_many_fields:error"};
}

void tst_Wsctl::jsonReport()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(int, rows);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, warnings);
    QFETCH(QStringList, issues);

    const QString path = write(QStringLiteral("report.csv"), bytes);
    const Run run = wsctl(QStringList{"users", "check", path, "--format", "json"} + options);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out + run.err));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value("file").toString(), path);
    QCOMPARE(root.value("encoding").toString(), encoding);
    QCOMPARE(root.value("delimiter").toString(), delimiter);
    QCOMPARE(root.value("rows").toInt(-1), rows);
    QCOMPARE(root.value("valid").toInt(-1), valid);
    QCOMPARE(root.value("invalid").toInt(-1), invalid);
    QCOMPARE(root.value("warnings").toInt(-1), warnings);
    QStringList seen;
    for (const QJsonValue &v : root.value("issues").toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value("line").isDouble() || o.value("line").isNull());
        QVERIFY(o.value("column").isString() || o.value("column").isNull());
        QVERIFY(!o.value("message").toString().isEmpty());
        seen.append(QStringLiteral("%1:%2:%3:%4")
                            .arg(o.value("line").toInt())
                            .arg(o.value("column").isNull() ? QStringLiteral("null")
                                                            : o.value("column").toString(),
                                 o.value("code").toString(), o.value("severity").toString()));
    }
    QCOMPARE(seen, issues);
    const bool failing = invalid > 0 || seen.join(u' ').contains(QStringLiteral(":error"));
    QCOMPARE(run.code, failing ? 1 : 0);
}

void tst_Wsctl::textReport()
{
    const Run run = wsctl({"users", "check", m_broken, "--os", "Windows"});
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.value(0).contains(QStringLiteral("UTF-8")));
    QVERIFY(lines.value(0).contains(QStringLiteral("LITE_AS, Windows")));
    // One line per issue, with line, column and severity.
    const QRegularExpression issueLine(QStringLiteral("^\\s+line 3\\s+user_name\\s+error\\s+\\S"));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString &l) { return issueLine.match(l).hasMatch(); }),
             qPrintable(run.out));
    QVERIFY2(lines.last().contains(QStringLiteral("1 valid")), qPrintable(lines.last()));
    QVERIFY(lines.last().contains(QStringLiteral("2 with errors")));

    const Run clean = wsctl({"users", "check", m_clean});
    QCOMPARE(clean.code, 0);
    QCOMPARE(clean.out.split(u'\n', Qt::SkipEmptyParts).size(), 2); // header line and summary
}

void tst_Wsctl::csvReport()
{
    // One problem per line, the same columns as every wsctl issue report; nothing else.
    const Run run = wsctl({"users", "check", m_broken, "--format", "csv"});
    QCOMPARE(run.code, 1);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("file,line,column,path,code,severity,message"));
    QCOMPARE(lines.size(), 1 + 5); // the five issues of jsonReport's "errors and warnings"
    QVERIFY2(lines.value(1).startsWith(m_broken
                                       + QStringLiteral(",1,,,csv.unknown_column,warning,")),
             qPrintable(lines.value(1)));
    QVERIFY(lines.value(3).startsWith(m_broken
                                      + QStringLiteral(",3,user_name,,user_name.start,error,")));
    const Run clean = wsctl({"users", "check", m_clean, "--format", "csv"});
    QCOMPARE(clean.code, 0);
    QCOMPARE(clean.out, QStringLiteral("file,line,column,path,code,severity,message\r\n"));
}

void tst_Wsctl::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("wsctl --help") << QStringList{"--help"} << 0
                                  << QStringList{"users check", "--lang", "Exit codes"};
    QTest::newRow("wsctl -h") << QStringList{"-h"} << 0 << QStringList{"users check"};
    QTest::newRow("users check --help")
            << QStringList{"users", "check", "--help"} << 0
            << QStringList{"--domain-type", "LITE_AS",  "LOCAL_AD", "--os",    "--encoding",
                           "--delimiter",   "--format", "--lang",   "GB18030", "Exit codes"};
    QTest::newRow("users --help") << QStringList{"users", "--help"} << 0
                                  << QStringList{"users check"};
    QTest::newRow("--version") << QStringList{"--version"} << 0 << QStringList{"wsctl "};
}

void tst_Wsctl::help()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);
    const Run run = wsctl(args);
    QCOMPARE(run.code, code);
    for (const QString &m : mentions)
        QVERIFY2(run.out.contains(m), qPrintable(m + QStringLiteral(" missing in:\n") + run.out));
}

void tst_Wsctl::chinese_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lang");
    QTest::newRow("LANG=zh_CN.UTF-8") << QStringList() << QStringLiteral("zh_CN.UTF-8");
    QTest::newRow("--lang zh_CN") << QStringList{"--lang", "zh_CN"} << QStringLiteral("C.UTF-8");
}

void tst_Wsctl::chinese()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lang);

    // wsctl's messages come from the embedded zh_CN catalog (tst_translations keeps it whole).
    Translator translator;
    QVERIFY(translator.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY2(QCoreApplication::translate("Cli", "error") != QLatin1String("error"),
             "the zh_CN catalog does not translate wsctl's messages");

    // The file is all ASCII: every CJK character in the output is a translation.
    const Run english = wsctl({"users", "check", m_broken});
    const Run run = wsctl(QStringList{"users", "check", m_broken} + args, lang);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out != english.out);
    const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(cjk.match(lines.last()).hasMatch(), qPrintable(lines.last())); // the summary
    QVERIFY2(cjk.match(run.out.section(u'\n', 2, 2)).hasMatch(), qPrintable(run.out));
    const Run json
            = wsctl(QStringList{"users", "check", m_broken, "--format", "json"} + args, lang);
    const QJsonArray issues
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value("issues").toArray();
    QVERIFY(!issues.isEmpty());
    // Codes and columns stay stable for scripts; only messages are translated.
    QCOMPARE(issues.at(0).toObject().value("code").toString(),
             QStringLiteral("csv.unknown_column"));
    QVERIFY(cjk.match(issues.at(0).toObject().value("message").toString()).hasMatch());
}

QTEST_GUILESS_MAIN(tst_Wsctl)
#include "tst_wsctl.moc"
