#include "models/csv/csvcolumnmatcher.h"
#include "models/csv/csvencoding.h"
#include "models/csv/csvparser.h"
#include "models/csv/csvreader.h"
#include "support/testfiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

/** The CSV reader on files written the way Excel, WPS and HR systems write them. */
class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encodings_data();
    void encodings();
    void encodingOverride_data();
    void encodingOverride();
    void delimiters_data();
    void delimiters();
    void lineEndings_data();
    void lineEndings();
    void quoting_data();
    void quoting();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void emptyAndHeaderOnly_data();
    void emptyAndHeaderOnly();
    void unreadable();
    void columnMatcher_data();
    void columnMatcher();
    void headerMapping();
    void largeFile();
    void progressAndCancel();
    void streamedAsWhole_data();
    void streamedAsWhole();
    void refusedFiles_data();
    void refusedFiles();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QByteArray encode(const QString &text, const QString &encoding, bool bom)
{
    QStringEncoder encoder(encoding.toLatin1().constData(), bom ? QStringConverter::Flag::WriteBom
                                                                : QStringConverter::Flag::Default);
    Q_ASSERT(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

const QString chineseCsv
        = QStringLiteral("用户名,邮箱,手机号码,用户组,计算机名\r\n"
                         "zhangsan,zhangsan@example.com,+8613800000000,administrators,研发部01\r\n"
                         "lisi,lisi@example.com,13900000000,users,PC-02\r\n");

} // namespace

void tst_CsvReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_CsvReader::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");

    QTest::newRow("utf-8") << encode(chineseCsv, QStringLiteral("UTF-8"), false)
                           << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf-8 bom") << encode(chineseCsv, QStringLiteral("UTF-8"), true)
                               << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf-16le bom") << encode(chineseCsv, QStringLiteral("UTF-16LE"), true)
                                  << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("utf-16be bom") << encode(chineseCsv, QStringLiteral("UTF-16BE"), true)
                                  << QStringLiteral("UTF-16BE") << true;
    QTest::newRow("utf-16le no bom") << encode(chineseCsv, QStringLiteral("UTF-16LE"), false)
                                     << QStringLiteral("UTF-16LE") << false;
    QTest::newRow("gb18030 (Excel on Chinese Windows)")
            << encode(chineseCsv, QStringLiteral("GB18030"), false) << QStringLiteral("GB18030")
            << false;
    // GBK bytes are GB18030 bytes: a GB2312-only text decodes the same.
    QTest::newRow("gbk subset") << encode(QStringLiteral("用户名,邮箱\n张三,a@b.cn\n"),
                                          QStringLiteral("GBK"), false)
                                << QStringLiteral("GB18030") << false;
    QTest::newRow("ascii is utf-8") << QByteArray("user_name,user_email\nalice,alice@example.com\n")
                                    << QStringLiteral("UTF-8") << false;
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);

    const QString path = write(QStringLiteral("enc.csv"), bytes);
    CsvTable table;
    QString error;
    QVERIFY2(CsvReader::readFile(path, {}, &table, &error), qPrintable(error));
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.hasBom, bom);
    QVERIFY(table.encodingDetected);
    QVERIFY2(table.issues.isEmpty(), qPrintable(table.issues.value(0).message));
    QCOMPARE(table.delimiter, QLatin1Char(','));
    QCOMPARE(table.headerLine, 1);
    // The header's first cell must not carry the BOM: the matcher would miss "用户名".
    QVERIFY(!table.header.value(0).startsWith(QChar(0xFEFF)));
    QVERIFY(!table.records.isEmpty());
    const QString expected = QString::fromUtf8(bytes.isValidUtf8() ? bytes : QByteArray());
    if (bytes.startsWith("user_name")) {
        QCOMPARE(table.header,
                 QStringList({QStringLiteral("user_name"), QStringLiteral("user_email")}));
        QCOMPARE(table.records.at(0).fields.at(1), QStringLiteral("alice@example.com"));
        return;
    }
    QCOMPARE(table.header.value(0), QStringLiteral("用户名"));
    QCOMPARE(table.header.value(1), QStringLiteral("邮箱"));
    if (table.header.size() == 5) {
        QCOMPARE(table.header.value(4), QStringLiteral("计算机名"));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).line, 2);
        QCOMPARE(table.records.at(0).fields.value(4), QStringLiteral("研发部01"));
        QCOMPARE(table.records.at(1).line, 3);
        QCOMPARE(table.records.at(1).fields.value(2), QStringLiteral("13900000000"));
    } else {
        QCOMPARE(table.records.at(0).fields.value(0), QStringLiteral("张三"));
    }
}

void tst_CsvReader::encodingOverride_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("forced");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("invalidLine"); // 0 = no invalid-bytes warning
    QTest::addColumn<QString>("firstUser");

    const QString text = QStringLiteral("user_name,computer_name\nalice,pc1\n张三,研发01\n");
    QTest::newRow("gb18030 file read as utf-8: warning on the first Chinese line")
            << encode(text, QStringLiteral("GB18030"), false) << QStringLiteral("utf8")
            << QStringLiteral("UTF-8") << 3 << QStringLiteral("alice");
    QTest::newRow("gbk spelled by the user")
            << encode(text, QStringLiteral("GB18030"), false) << QStringLiteral("GBK")
            << QStringLiteral("GB18030") << 0 << QStringLiteral("alice");
    QTest::newRow("cp936 alias") << encode(text, QStringLiteral("GB18030"), false)
                                 << QStringLiteral("cp936") << QStringLiteral("GB18030") << 0
                                 << QStringLiteral("alice");
    QTest::newRow("utf-8 bom file forced utf-8 drops the bom")
            << encode(text, QStringLiteral("UTF-8"), true) << QStringLiteral("UTF-8")
            << QStringLiteral("UTF-8") << 0 << QStringLiteral("alice");
    QTest::newRow("utf-16 forced by a generic name")
            << encode(text, QStringLiteral("UTF-16LE"), true) << QStringLiteral("UTF-16")
            << QStringLiteral("UTF-16LE") << 0 << QStringLiteral("alice");
}

void tst_CsvReader::encodingOverride()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, forced);
    QFETCH(QString, encoding);
    QFETCH(int, invalidLine);
    QFETCH(QString, firstUser);

    CsvReadOptions options;
    options.encoding = forced;
    const CsvTable table = CsvReader::read(bytes, options);
    QCOMPARE(table.encoding, encoding);
    QVERIFY(!table.encodingDetected);
    QCOMPARE(table.header.value(0), QStringLiteral("user_name"));
    QCOMPARE(table.records.value(0).fields.value(0), firstUser);
    if (invalidLine == 0) {
        QVERIFY(table.issues.isEmpty());
        QCOMPARE(table.records.value(1).fields.value(1), QStringLiteral("研发01"));
    } else {
        QCOMPARE(table.issues.size(), 1);
        QCOMPARE(table.issues.at(0).code, QStringLiteral("csv.invalid_bytes"));
        QCOMPARE(table.issues.at(0).line, invalidLine);
        QCOMPARE(table.issues.at(0).severity, Severity::Warning);
    }

    CsvReadOptions bogus;
    bogus.encoding = QStringLiteral("no-such-encoding");
    const CsvTable bad = CsvReader::read(bytes, bogus);
    QCOMPARE(bad.issues.value(0).code, QStringLiteral("csv.unknown_encoding"));
    QVERIFY(bad.records.isEmpty());
}

void tst_CsvReader::delimiters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("forced");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRow");

    const QStringList header{QStringLiteral("user_name"), QStringLiteral("user_email"),
                             QStringLiteral("computer_name")};
    const QStringList row{QStringLiteral("alice"), QStringLiteral("a@x.cn"), QStringLiteral("pc1")};
    QTest::newRow("comma") << QStringLiteral(
            "user_name,user_email,computer_name\nalice,a@x.cn,pc1\n")
                           << QChar() << QChar(u',') << header << row;
    QTest::newRow("semicolon (European Excel)")
            << QStringLiteral("user_name;user_email;computer_name\nalice;a@x.cn;pc1\n") << QChar()
            << QChar(u';') << header << row;
    QTest::newRow("tab (Excel unicode text)")
            << QStringLiteral("user_name\tuser_email\tcomputer_name\nalice\ta@x.cn\tpc1\n")
            << QChar() << QChar(u'\t') << header << row;
    QTest::newRow("commas inside quoted header cells do not count")
            << QStringLiteral(
                       "\"user_name, the login\";user_email;computer_name\nalice;a@x.cn;pc1\n")
            << QChar() << QChar(u';')
            << QStringList{QStringLiteral("user_name, the login"), QStringLiteral("user_email"),
                           QStringLiteral("computer_name")}
            << row;
    QTest::newRow("blank lines before the header")
            << QStringLiteral("\n\nuser_name;user_email;computer_name\nalice;a@x.cn;pc1\n")
            << QChar() << QChar(u';') << header << row;
    QTest::newRow("single column")
            << QStringLiteral("user_name\nalice\n") << QChar() << QChar(u',')
            << QStringList{QStringLiteral("user_name")} << QStringList{QStringLiteral("alice")};
    QTest::newRow("forced semicolon on a comma file keeps whole lines")
            << QStringLiteral("user_name,user_email\nalice,a@x.cn\n") << QChar(u';') << QChar(u';')
            << QStringList{QStringLiteral("user_name,user_email")}
            << QStringList{QStringLiteral("alice,a@x.cn")};
    QTest::newRow("forced tab") << QStringLiteral("a,b\tc\nx,y\tz\n") << QChar(u'\t')
                                << QChar(u'\t')
                                << QStringList{QStringLiteral("a,b"), QStringLiteral("c")}
                                << QStringList{QStringLiteral("x,y"), QStringLiteral("z")};
}

void tst_CsvReader::delimiters()
{
    QFETCH(QString, text);
    QFETCH(QChar, forced);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, firstRow);

    CsvReadOptions options;
    options.delimiter = forced;
    const CsvTable table = CsvReader::read(text.toUtf8(), options);
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(table.delimiterDetected, forced.isNull());
    QCOMPARE(table.header, header);
    QCOMPARE(table.records.value(0).fields, firstRow);
}

void tst_CsvReader::lineEndings_data()
{
    QTest::addColumn<QString>("eol");
    QTest::newRow("CRLF") << QStringLiteral("\r\n");
    QTest::newRow("LF") << QStringLiteral("\n");
    QTest::newRow("CR only (old Mac Excel)") << QStringLiteral("\r");
}

void tst_CsvReader::lineEndings()
{
    QFETCH(QString, eol);
    // line 1 header, 2 alice, 3 blank, 4-5 bob (quoted line break), 6 ",,," row, 7 carol
    const QString text = QStringLiteral("user_name,user_email,computer_name") + eol
                         + QStringLiteral("alice,a@x.cn,pc1") + eol + eol
                         + QStringLiteral("bob,\"first") + eol + QStringLiteral("second\",pc2")
                         + eol + QStringLiteral(",,") + eol + QStringLiteral("carol,c@x.cn,pc3");
    const QString path = write(QStringLiteral("eol.csv"), text.toUtf8());
    CsvTable table;
    QVERIFY(CsvReader::readFile(path, {}, &table, nullptr));
    QVERIFY(table.issues.isEmpty());
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records.at(0).line, 2);
    QCOMPARE(table.records.at(1).line, 4);
    QCOMPARE(table.records.at(1).fields.value(1),
             QStringLiteral("first") + eol + QStringLiteral("second"));
    QCOMPARE(table.records.at(1).fields.value(2), QStringLiteral("pc2"));
    QCOMPARE(table.records.at(2).line, 7);
    QCOMPARE(table.records.at(2).fields.value(0), QStringLiteral("carol"));
    QCOMPARE(CsvReader::lineAt(text, text.indexOf(QStringLiteral("carol"))), 7);
}

void tst_CsvReader::quoting_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("warning"); // expected issue code, or empty

    QTest::newRow("plain") << QStringLiteral("a,b,c") << QStringList{"a", "b", "c"} << QString();
    QTest::newRow("all quoted") << QStringLiteral("\"a\",\"b\",\"c\"") << QStringList{"a", "b", "c"}
                                << QString();
    QTest::newRow("quoted delimiter") << QStringLiteral("\"Wang, Wei\",b,c")
                                      << QStringList{"Wang, Wei", "b", "c"} << QString();
    QTest::newRow("escaped quotes") << QStringLiteral("\"say \"\"hi\"\"\",\"\"\"\",c")
                                    << QStringList{"say \"hi\"", "\"", "c"} << QString();
    QTest::newRow("empty quoted and empty plain")
            << QStringLiteral("\"\",,c") << QStringList{"", "", "c"} << QString();
    QTest::newRow("spaces around unquoted are trimmed")
            << QStringLiteral("  a  ,\tb , c ") << QStringList{"a", "b", "c"} << QString();
    QTest::newRow("spaces inside quotes are kept")
            << QStringLiteral(" \" a \" ,b,c") << QStringList{" a ", "b", "c"} << QString();
    QTest::newRow("no-break and ideographic spaces trimmed")
            << QString(QChar(0xA0)) + QStringLiteral("a") + QChar(0x3000) + QStringLiteral(",b,c")
            << QStringList{"a", "b", "c"} << QString();
    QTest::newRow("quote inside an unquoted field is literal")
            << QStringLiteral("a\"b,c,d") << QStringList{"a\"b", "c", "d"} << QString();
    QTest::newRow("text after a closing quote is kept, with a warning")
            << QStringLiteral("\"ab\"cd,e,f") << QStringList{"abcd", "e", "f"}
            << QStringLiteral("csv.text_after_quote");
    QTest::newRow("trailing delimiter gives an empty last field")
            << QStringLiteral("a,b,") << QStringList{"a", "b", ""} << QString();
    QTest::newRow("chinese values") << QStringLiteral("张三,\"研发部，一组\",c")
                                    << QStringList{"张三", "研发部，一组", "c"} << QString();
}

void tst_CsvReader::quoting()
{
    QFETCH(QString, row);
    QFETCH(QStringList, fields);
    QFETCH(QString, warning);

    const CsvParseResult result = CsvParser::parse(
            QString(QStringLiteral("h1,h2,h3\n") + row + u'\n'), QLatin1Char(','));
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records.at(1).fields, fields);
    QCOMPARE(result.records.at(1).line, 2);
    if (warning.isEmpty()) {
        QVERIFY(result.issues.isEmpty());
    } else {
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.at(0).code, warning);
        QCOMPARE(result.issues.at(0).line, 2);
    }
}

void tst_CsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("keptRecords"); // data records kept before it

    QTest::newRow("in the last row")
            << QStringLiteral("u,e\nalice,a@x\nbob,\"b@x\ncarol,c@x\n") << 3 << 1;
    QTest::newRow("after a multi-line field")
            << QStringLiteral("u,e\n\"al\nice\",a@x\nbob,b@x\n\"never closed,x\n") << 5 << 2;
    QTest::newRow("in the header") << QStringLiteral("\"u,e\nalice,a\n") << 1 << 0;
}

void tst_CsvReader::unterminatedQuote()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, keptRecords);

    const CsvTable table = CsvReader::read(text.toUtf8());
    QCOMPARE(table.issues.size(), 1);
    const CsvIssue issue = table.issues.at(0);
    QCOMPARE(issue.code, QStringLiteral("csv.unterminated_quote"));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.severity, Severity::Error);
    QVERIFY(issue.message.contains(QString::number(line)));
    QCOMPARE(table.records.size(), keptRecords);
}

void tst_CsvReader::emptyAndHeaderOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("headerSize");

    QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("csv.empty") << 0;
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("csv.empty") << 0;
    QTest::newRow("only blank lines")
            << QByteArray("\r\n\r\n  \r\n") << QStringLiteral("csv.empty") << 0;
    QTest::newRow("header only") << QByteArray("user_name,user_email\r\n") << QString() << 2;
}

void tst_CsvReader::emptyAndHeaderOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, headerSize);

    const CsvTable table = CsvReader::read(bytes);
    QCOMPARE(table.header.size(), headerSize);
    QVERIFY(table.records.isEmpty());
    if (code.isEmpty())
        QVERIFY(table.issues.isEmpty());
    else
        QCOMPARE(table.issues.value(0).code, code);
}

void tst_CsvReader::unreadable()
{
    CsvTable table;
    QString error;
    QVERIFY(!CsvReader::readFile(m_dir.filePath(QStringLiteral("missing.csv")), {}, &table,
                                 &error));
    QVERIFY(error.contains(QStringLiteral("missing.csv")));
    error.clear();
    QVERIFY(!CsvReader::readFile(m_dir.path(), {}, &table, &error));
    QVERIFY(!error.isEmpty());
}

void tst_CsvReader::columnMatcher_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const QList<QPair<QString, QString>> cases{{"user_name", "user_name"},
                                               {"User Name", "user_name"},
                                               {"USERNAME", "user_name"},
                                               {"user-name", "user_name"},
                                               {"User", "user_name"},
                                               {"用户名", "user_name"},
                                               {"用户", "user_name"},
                                               {"用户名*", "user_name"},
                                               {" 用户名 ", "user_name"},
                                               {"\xEF\xBB\xBFuser_name", "user_name"},
                                               {"E-mail", "user_email"},
                                               {"Email", "user_email"},
                                               {"mail", "user_email"},
                                               {"邮箱", "user_email"},
                                               {"电子邮箱", "user_email"},
                                               {"邮件", "user_email"},
                                               {"user_email", "user_email"},
                                               {"Phone", "user_phone"},
                                               {"Mobile", "user_phone"},
                                               {"手机", "user_phone"},
                                               {"手机号", "user_phone"},
                                               {"手机号码", "user_phone"},
                                               {"电话", "user_phone"},
                                               {"user_group", "user_group"},
                                               {"Group", "user_group"},
                                               {"用户组", "user_group"},
                                               {"Computer Name", "computer_name"},
                                               {"computer", "computer_name"},
                                               {"计算机名", "computer_name"},
                                               {"桌面名", "computer_name"},
                                               {"桌面名称", "computer_name"},
                                               {"desktop_name_prefix", "desktop_name_prefix"},
                                               {"Prefix", "desktop_name_prefix"},
                                               {"桌面名前缀", "desktop_name_prefix"},
                                               {"department", ""},
                                               {"", ""},
                                               {"user name 2", ""}};
    for (const auto &c : cases)
        QTest::newRow(qPrintable(c.first.isEmpty() ? QStringLiteral("(empty)") : c.first))
                << c.first << c.second;
}

void tst_CsvReader::columnMatcher()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(CsvColumnMatcher::userImport().match(header), field);
}

void tst_CsvReader::headerMapping()
{
    const CsvColumnMatcher matcher = CsvColumnMatcher::userImport();
    CsvIssues issues;
    const QStringList mapping
            = matcher.mapHeader({QStringLiteral("用户名"), QStringLiteral("部门"),
                                 QStringLiteral("Email"), QStringLiteral("username"), QString()},
                                1, &issues);
    QCOMPARE(mapping, QStringList({QStringLiteral("user_name"), QString(),
                                   QStringLiteral("user_email"), QString(), QString()}));
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).code, QStringLiteral("csv.unknown_column"));
    QCOMPARE(issues.at(0).severity, Severity::Warning);
    QVERIFY(issues.at(0).message.contains(QStringLiteral("部门")));
    QCOMPARE(issues.at(1).code, QStringLiteral("csv.duplicate_column"));
    QCOMPARE(issues.at(1).column, QStringLiteral("user_name"));

    // The assignment dialog reads its own columns through the same matcher.
    const CsvColumnMatcher assign = CsvColumnMatcher::assignment();
    QCOMPARE(assign.match(QStringLiteral("Desktop ID")), QStringLiteral("desktop_id"));
    QCOMPARE(assign.match(QStringLiteral("new_computer_name")),
             QStringLiteral("new_computer_name"));
    QCOMPARE(assign.match(QStringLiteral("是否清除数据")), QStringLiteral("is_clear_data"));
    QCOMPARE(assign.match(QStringLiteral("用户名")), QStringLiteral("user_name"));
    QCOMPARE(assign.fieldNames().size(), 7);
}

void tst_CsvReader::largeFile()
{
    QByteArray bytes("\xEF\xBB\xBFuser_name,user_email,user_group,computer_name\r\n");
    const int rows = 100000;
    bytes.reserve(rows * 60);
    for (int i = 0; i < rows; ++i) {
        bytes += "user" + QByteArray::number(i) + ",user" + QByteArray::number(i)
                 + "@example.com,users,";
        // every 1000th row has a quoted field with a line break: line numbers must follow
        if (i % 1000 == 999)
            bytes += "\"pc" + QByteArray::number(i) + "\r\nnext\"\r\n";
        else
            bytes += "pc" + QByteArray::number(i) + "\r\n";
    }
    const QString path = write(QStringLiteral("large.csv"), bytes);
    CsvTable table;
    QVERIFY(CsvReader::readFile(path, {}, &table, nullptr));
    QVERIFY(table.issues.isEmpty());
    QCOMPARE(table.records.size(), rows);
    QCOMPARE(table.records.at(0).line, 2);
    QCOMPARE(table.records.at(999).line, 1001);
    QCOMPARE(table.records.at(999).fields.at(3), QStringLiteral("pc999\r\nnext"));
    QCOMPARE(table.records.at(1000).line, 1003); // one extra physical line above it
    QCOMPARE(table.records.last().line, rows + 1 + rows / 1000 - 1);
    QCOMPARE(table.records.last().fields.at(0), QStringLiteral("user%1").arg(rows - 1));
}

void tst_CsvReader::progressAndCancel()
{
    QString text = QStringLiteral("user_name\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("u%1\n").arg(i);
    qint64 last = -1;
    int calls = 0;
    const CsvParseResult full
            = CsvParser::parse(text, QLatin1Char(','), [&](qint64 done, qint64 total) {
                  [&] { QVERIFY(done >= last && done <= total); }();
                  last = done;
                  ++calls;
                  return true;
              });
    QVERIFY(!full.cancelled);
    QCOMPARE(full.records.size(), 20001);
    QVERIFY(calls >= 2);
    QCOMPARE(last, qint64(text.size()));

    const CsvParseResult cancelled
            = CsvParser::parse(text, QLatin1Char(','), [](qint64, qint64) { return false; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.records.size() < 20001);
}

void tst_CsvReader::streamedAsWhole_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("tail");
    // Files of several blocks (4 MB): records, quoted line breaks, "" escapes and multi-byte
    // characters fall on block boundaries somewhere; the result must not depend on where.
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("UTF-8") << true << QByteArray();
    QTest::newRow("UTF-8 without BOM") << QStringLiteral("UTF-8") << false << QByteArray();
    QTest::newRow("UTF-8, a bad byte near the end")
            << QStringLiteral("UTF-8") << false << QByteArray("bad\xff,x@example.com,users,pc\r\n");
    QTest::newRow("UTF-8, cut inside a character")
            << QStringLiteral("UTF-8") << true << QByteArray("cut,\xe7\xa0");
    QTest::newRow("UTF-8, unterminated quote at the end")
            << QStringLiteral("UTF-8") << true << QByteArray("open,\"never closed\r\nrow\r\n");
    QTest::newRow("GB18030") << QStringLiteral("GB18030") << false << QByteArray();
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("UTF-16LE") << true << QByteArray();
}

void tst_CsvReader::streamedAsWhole()
{
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QByteArray, tail);
    QString text = QStringLiteral("用户名,邮箱,用户组,计算机名\r\n");
    for (int i = 0; text.size() < 5'000'000; ++i) {
        const QString n = QString::number(i);
        text += QStringLiteral("用户") + n + QStringLiteral(",u") + n
                + QStringLiteral("@example.com,");
        if (i % 7 == 0)
            text += QStringLiteral("\"say \"\"hi\"\"\r\nthere\",");
        else if (i % 5 == 0)
            text += QStringLiteral("\"a, b\",");
        else
            text += QStringLiteral("users,");
        text += (i % 3 ? QStringLiteral("研发") : QStringLiteral("PC-")) + n
                + (i % 11 ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    }
    const QByteArray bytes = encode(text, encoding, bom) + tail;
    const QString path = write(QStringLiteral("streamed.csv"), bytes);

    const CsvTable whole = CsvReader::read(bytes);
    CsvTable streamed;
    QVERIFY(CsvReader::readFile(path, {}, &streamed, nullptr));
    QCOMPARE(streamed.encoding, whole.encoding);
    QCOMPARE(streamed.hasBom, whole.hasBom);
    QCOMPARE(streamed.delimiter, whole.delimiter);
    QCOMPARE(streamed.header, whole.header);
    QCOMPARE(streamed.records.size(), whole.records.size());
    QVERIFY(streamed.records.size() > 50000);
    for (qsizetype r = 0; r < whole.records.size(); ++r) {
        if (streamed.records.at(r).line != whole.records.at(r).line
            || streamed.records.at(r).fields != whole.records.at(r).fields) {
            QFAIL(qPrintable(QStringLiteral("record %1: line %2 %3 / %4 %5")
                                     .arg(r)
                                     .arg(streamed.records.at(r).line)
                                     .arg(streamed.records.at(r).fields.join(u'|'))
                                     .arg(whole.records.at(r).line)
                                     .arg(whole.records.at(r).fields.join(u'|'))));
        }
    }
    QCOMPARE(streamed.issues.size(), whole.issues.size());
    for (qsizetype k = 0; k < whole.issues.size(); ++k)
        QCOMPARE(streamed.issues.at(k), whole.issues.at(k));
}

void tst_CsvReader::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << qint64(0)
                               << CsvReadOptions::DefaultMaxBytes
                               << QStringLiteral("not a regular file");
    QTest::newRow("300 MB (sparse)")
            << QStringLiteral("sparse.csv") << (qint64(300) << 20)
            << CsvReadOptions::DefaultMaxBytes << QStringLiteral("300.0 MB, more than the 256 MB");
    QTest::newRow("2 MB, limit 1 MB") << QStringLiteral("small.csv") << (qint64(2) << 20)
                                      << (qint64(1) << 20) << QStringLiteral("more than the 1 MB");
}

void tst_CsvReader::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, message);
    if (size > 0) {
        path = write(path, "user_name\r\n");
        QVERIFY(QFile::resize(path, size));
    }
    CsvReadOptions options;
    options.maxBytes = maxBytes;
    CsvTable table;
    QString error;
    QVERIFY(!CsvReader::readFile(path, options, &table, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
