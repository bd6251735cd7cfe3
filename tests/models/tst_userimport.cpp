#include "models/csv/duplicateindex.h"
#include "models/csv/userimport.h"
#include "models/csv/userimportworker.h"
#include "models/rules/createrules.h"
#include "support/testcontexts.h"
#include "support/testfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace wsc;

Q_DECLARE_METATYPE(ValidationContext)

/** The user import from file to checked rows: mapping, per-cell findings, file-level rules. */
class tst_UserImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void excelExports_data();
    void excelExports();
    void cellFindings_data();
    void cellFindings();
    void raggedRows_data();
    void raggedRows();
    void headerProblems_data();
    void headerProblems();
    void duplicates();
    void duplicatesAgreeWithCreateRules();
    void validatorHandedToResult_data();
    void validatorHandedToResult();
    void explicitMapping();
    void unreadableFile();
    void largeFile();
    void workerProgressAndResult();
    void workerCancel();
    void streamingCheck_data();
    void streamingCheck();
    void duplicateIndex_data();
    void duplicateIndex();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QByteArray encode(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

/** "line:column:code" for each issue, so a failing comparison reads like the error list. */
QStringList describe(const CsvIssues &issues)
{
    QStringList out;
    for (const CsvIssue &i : issues)
        out.append(QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column, i.code));
    return out;
}

} // namespace

void tst_UserImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_UserImport::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

void tst_UserImport::excelExports_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");

    // What Excel writes on Chinese Windows for "CSV (逗号分隔)": GB18030, CRLF, Chinese headers,
    // trailing ",,,,," lines for formatted-but-empty rows.
    const QString zh = QStringLiteral(
            "用户名,邮箱,手机号码,用户组,计算机名,备注\r\n"
            "zhangsan,zhangsan@example.com,13800000000,administrators,研发01,新员工\r\n"
            "lisi,lisi@example.com,,users,PC-02,\r\n"
            ",,,,,\r\n"
            ",,,,,\r\n");
    QTest::newRow("Excel zh CSV (GB18030)")
            << encode(zh, "GB18030") << QStringLiteral("GB18030") << QChar(u',');
    QTest::newRow("Excel CSV UTF-8 (BOM)")
            << encode(zh, "UTF-8", true) << QStringLiteral("UTF-8") << QChar(u',');
    QString tabbed = zh;
    tabbed.replace(u',', u'\t');
    QTest::newRow("Excel Unicode text (UTF-16LE, tabs)")
            << encode(tabbed, "UTF-16LE", true) << QStringLiteral("UTF-16LE") << QChar(u'\t');
    QString semi = zh;
    semi.replace(u',', u';');
    QTest::newRow("semicolon, UTF-16BE")
            << encode(semi, "UTF-16BE", true) << QStringLiteral("UTF-16BE") << QChar(u';');
    const QString en = QStringLiteral(
            "User Name,E-mail,Mobile,Group,Computer Name,Department\n"
            "zhangsan,zhangsan@example.com,13800000000,administrators,研发01,新员工\n"
            "\"lisi\",\"lisi@example.com\",\"\",\"users\",\"PC-02\",\"\"\n");
    QTest::newRow("English headers, LF, quoted")
            << encode(en, "UTF-8") << QStringLiteral("UTF-8") << QChar(u',');
}

void tst_UserImport::excelExports()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);

    UserImportRequest request;
    request.filePath = write(QStringLiteral("excel.csv"), bytes);
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const UserImportResult result = UserImport::run(request);
    QVERIFY(result.readable);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.columnMapping,
             QStringList({QStringLiteral("user_name"), QStringLiteral("user_email"),
                          QStringLiteral("user_phone"), QStringLiteral("user_group"),
                          QStringLiteral("computer_name"), QString()}));
    // The sixth column (备注 / Department) is unknown: one warning on the header line.
    QCOMPARE(describe(result.fileIssues), QStringList{QStringLiteral("1::csv.unknown_column")});
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).line, 2);
    QCOMPARE(result.rows.at(0).item.userName, QStringLiteral("zhangsan"));
    QCOMPARE(result.rows.at(0).item.computerName, QStringLiteral("研发01"));
    QCOMPARE(result.rows.at(0).item.userGroup, QStringLiteral("administrators"));
    QCOMPARE(result.rows.at(1).item.userEmail, QStringLiteral("lisi@example.com"));
    QCOMPARE(result.rows.at(1).item.userPhone, QString());
    QCOMPARE(describe(result.rows.at(0).issues()), QStringList());
    QCOMPARE(describe(result.rows.at(1).issues()), QStringList());
    QCOMPARE(result.validCount(), 2);
    QCOMPARE(result.invalidCount(), 0);
    QCOMPARE(result.warningCount(), 1);
}

void tst_UserImport::cellFindings_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<ValidationContext>("ctx");
    QTest::addColumn<QStringList>("issues"); // "line:column:code"

    const ValidationContext liteWin = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const ValidationContext liteLinux = TestContexts::of(DomainType::LiteAs, OsType::Linux);
    const ValidationContext adWin = TestContexts::of(DomainType::LocalAd, OsType::Windows);

    QTest::newRow("clean") << QStringLiteral("alice,alice@x.cn,+8613800000000,users,PC-01,")
                           << liteWin << QStringList();
    QTest::newRow("missing user name")
            << QStringLiteral(",alice@x.cn,,users,PC-01,") << liteWin
            << QStringList{QStringLiteral("3:user_name:user_name.required")};
    QTest::newRow("user name starts with a digit on LITE_AS")
            << QStringLiteral("1alice,,,users,PC-01,") << liteWin
            << QStringList{QStringLiteral("3:user_name:user_name.start")};
    QTest::newRow("user name starts with a digit on LOCAL_AD is fine")
            << QStringLiteral("1alice,,,users,PC-01,") << adWin << QStringList();
    QTest::newRow("bad characters in user name")
            << QStringLiteral("al ice!,,,users,PC-01,") << liteWin
            << QStringList{QStringLiteral("3:user_name:user_name.chars")};
    QTest::newRow("bad email") << QStringLiteral("alice,not-an-email,,users,PC-01,") << liteWin
                               << QStringList{QStringLiteral("3:user_email:user_email.format")};
    QTest::newRow("unusual phone (S000 gives no format: a warning)")
            << QStringLiteral("alice,,12ab,users,PC-01,") << liteWin
            << QStringList{QStringLiteral("3:user_phone:user_phone.chars")};
    QTest::newRow("windows group on linux")
            << QStringLiteral("alice,,,administrators,PC-01,") << liteLinux
            << QStringList{QStringLiteral("3:user_group:user_group.enum")};
    QTest::newRow("linux group on linux")
            << QStringLiteral("alice,,,sudo,PC-01,") << liteLinux << QStringList();
    QTest::newRow("computer name ends with a dash")
            << QStringLiteral("alice,,,users,PC-,") << liteWin
            << QStringList{QStringLiteral("3:computer_name:computer_name.end")};
    QTest::newRow("computer name too long (Chinese counts 2)")
            << QStringLiteral("alice,,,users,研发部研发部研发部01,") << liteWin
            << QStringList{QStringLiteral("3:computer_name:computer_name.length")};
    QTest::newRow("prefix too long")
            << QStringLiteral("alice,,,users,,abcdefghijklmn") << liteWin
            << QStringList{QStringLiteral("3:desktop_name_prefix:desktop_name_prefix.length")};
    QTest::newRow("two bad cells on one row")
            << QStringLiteral("1alice,bad,,users,-PC,") << liteWin
            << QStringList{QStringLiteral("3:user_name:user_name.start"),
                           QStringLiteral("3:user_email:user_email.format"),
                           QStringLiteral("3:computer_name:computer_name.start")};
}

void tst_UserImport::cellFindings()
{
    QFETCH(QString, row);
    QFETCH(ValidationContext, ctx);
    QFETCH(QStringList, issues);

    // Line 2 is a clean row, so the row under test is on line 3.
    UserImportRequest request;
    request.data = QString(QStringLiteral("user_name,user_email,user_phone,user_group,"
                                          "computer_name,desktop_name_prefix\n"
                                          "zoe,,,,ZOE-PC,\n")
                           + row + u'\n')
                           .toUtf8();
    request.context = ctx;
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(describe(result.rows.at(0).issues()), QStringList());
    const CsvIssues found = result.rows.at(1).issues();
    QCOMPARE(describe(found), issues);
    for (const CsvIssue &issue : found)
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.code));
    // Warnings (user_phone.chars) do not make a row invalid.
    const bool onlyWarnings = std::all_of(found.cbegin(), found.cend(), [](const CsvIssue &i) {
        return i.severity == Severity::Warning;
    });
    QCOMPARE(result.invalidCount(), onlyWarnings ? 0 : 1);
}

void tst_UserImport::raggedRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QStringList>("userNames");
    QTest::addColumn<QStringList>("computerNames");

    QTest::newRow("fewer fields: the missing ones are empty")
            << QStringLiteral("user_name,user_group,computer_name\nalice,users\nbob\n")
            << QStringList() << QStringList{"alice", "bob"} << QStringList{"", ""};
    QTest::newRow("more fields: an error on that line, the row kept")
            << QStringLiteral("user_name,user_group,computer_name\nalice,users,PC1\n"
                              "Wang, Wei,users,PC2\ncarol,users,PC3\n")
            << QStringList{QStringLiteral("3::csv.too_many_fields")}
            << QStringList{"alice", "Wang", "carol"} << QStringList{"PC1", "users", "PC3"};
    QTest::newRow("trailing empty fields are harmless")
            << QStringLiteral("user_name,user_group,computer_name\nalice,users,PC1,,,\n")
            << QStringList() << QStringList{"alice"} << QStringList{"PC1"};
    QTest::newRow("blank lines skipped, lines counted")
            << QStringLiteral("user_name,user_group,computer_name\n\n\nalice,users,PC1\n\n"
                              "bob,users,PC2,extra\n")
            << QStringList{QStringLiteral("6::csv.too_many_fields")} << QStringList{"alice", "bob"}
            << QStringList{"PC1", "PC2"};
}

void tst_UserImport::raggedRows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, issues);
    QFETCH(QStringList, userNames);
    QFETCH(QStringList, computerNames);

    UserImportRequest request;
    request.data = text.toUtf8();
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const UserImportResult result = UserImport::run(request);
    QStringList readIssues;
    QStringList users;
    QStringList computers;
    for (const UserImportRow &row : result.rows) {
        readIssues += describe(row.readIssues);
        users.append(row.item.userName);
        computers.append(row.item.computerName);
    }
    QCOMPARE(readIssues, issues);
    QCOMPARE(users, userNames);
    QCOMPARE(computers, computerNames);
    QVERIFY(result.fileIssues.isEmpty());
}

void tst_UserImport::headerProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fileIssues");
    QTest::addColumn<int>("rows");

    QTest::newRow("no header: data on line 1")
            << QStringLiteral("alice,alice@x.cn\nbob,bob@x.cn\n")
            << QStringList{QStringLiteral("1::csv.unknown_column"),
                           QStringLiteral("1::csv.unknown_column"),
                           QStringLiteral("1::csv.no_header")}
            << 1;
    QTest::newRow("no user_name column")
            << QStringLiteral("email,computer\nalice@x.cn,PC1\n")
            << QStringList{QStringLiteral("1:user_name:csv.missing_column")} << 1;
    QTest::newRow("header only") << QStringLiteral("user_name\n")
                                 << QStringList{QStringLiteral("1::csv.no_rows")} << 0;
    QTest::newRow("unterminated quote keeps the rows before it")
            << QStringLiteral("user_name,computer_name\nalice,PC1\n\"bob,PC2\ncarol,PC3\n")
            << QStringList{QStringLiteral("3::csv.unterminated_quote")} << 1;
    QTest::newRow("empty file") << QString() << QStringList{QStringLiteral("0::csv.empty")} << 0;
}

void tst_UserImport::headerProblems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fileIssues);
    QFETCH(int, rows);

    UserImportRequest request;
    request.data = text.toUtf8();
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(describe(result.fileIssues), fileIssues);
    QCOMPARE(result.rows.size(), rows);
}

void tst_UserImport::duplicates()
{
    UserImportRequest request;
    request.data = QByteArrayLiteral("user_name,computer_name\n"
                                     "alice,PC01\n"  // 2
                                     "bob,pc01\n"    // 3: same computer, other case
                                     "Alice,PC02\n"  // 4: same user, other case
                                     "carol,PC03\n"  // 5
                                     "dave,Pc01\n"); // 6
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(describe(result.rows.at(0).duplicateIssues),
             QStringList({QStringLiteral("2:computer_name:computer_name.duplicate"),
                          QStringLiteral("2:user_name:user_name.duplicate")}));
    QCOMPARE(describe(result.rows.at(1).duplicateIssues),
             QStringList{QStringLiteral("3:computer_name:computer_name.duplicate")});
    QCOMPARE(describe(result.rows.at(2).duplicateIssues),
             QStringList{QStringLiteral("4:user_name:user_name.duplicate")});
    QCOMPARE(describe(result.rows.at(3).duplicateIssues), QStringList());
    QCOMPARE(result.rows.at(2).duplicateIssues.at(0).severity, Severity::Warning);
    QCOMPARE(result.rows.at(0).duplicateIssues.at(0).severity, Severity::Error);
    // The message points at the other rows, and their lines in the file.
    QVERIFY2(result.rows.at(1).duplicateIssues.at(0).message.contains(
                     QStringLiteral("row 1 (line 2 of the file) and row 5 (line 6 of the file)")),
             qPrintable(result.rows.at(1).duplicateIssues.at(0).message));
    QVERIFY(result.rows.at(2).duplicateIssues.at(0).message.contains(QStringLiteral("line 2")));
    QCOMPARE(result.invalidCount(), 3);
    QCOMPARE(result.validCount(), 2);
    QCOMPARE(result.warningCount(), 2);
}

void tst_UserImport::duplicatesAgreeWithCreateRules()
{
    // The import's own index reports line numbers; it must flag exactly the rows that the
    // request-level rule flags.
    QList<DesktopItem> items;
    const QStringList names{"PC1", "pc2", "PC2", "pc1", "PC3", "Pc1", "研发01", "研发01"};
    QList<UserImportRow> rows;
    for (int i = 0; i < names.size(); ++i) {
        DesktopItem item;
        item.userName = QStringLiteral("u%1").arg(i);
        item.computerName = names.at(i);
        items.append(item);
        rows.append({i + 2, item, {}, {}, {}});
    }
    QVERIFY(UserImport::validateRows(rows, TestContexts::of(DomainType::LiteAs, OsType::Windows)));
    QList<int> ours;
    for (int i = 0; i < rows.size(); ++i) {
        for (const CsvIssue &issue : rows.at(i).duplicateIssues) {
            if (issue.column == QLatin1String("computer_name"))
                ours.append(i);
        }
    }
    Findings findings;
    CreateRules::checkUniqueComputerNames(items, findings);
    QList<int> theirs;
    for (const Finding &f : findings) {
        const qsizetype open = f.path.indexOf(u'[');
        const qsizetype close = f.path.indexOf(u']');
        if (open >= 0 && close > open)
            theirs.append(f.path.mid(open + 1, close - open - 1).toInt());
    }
    std::sort(theirs.begin(), theirs.end());
    theirs.erase(std::unique(theirs.begin(), theirs.end()), theirs.end());
    QVERIFY(!theirs.isEmpty());
    // CreateRules may report only the repeats, we report every member of a group.
    for (const int row : std::as_const(theirs))
        QVERIFY2(ours.contains(row), qPrintable(QString::number(row)));
    QCOMPARE(ours, (QList<int>{0, 1, 2, 3, 5, 6, 7}));
}

void tst_UserImport::validatorHandedToResult_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("rows");

    QTest::newRow("duplicates") << QByteArray("user_name,computer_name\nann,PC1\nbob,pc1\n"
                                              "ann,PC2\ncid,PC3\n")
                                << 4;
    QTest::newRow("no duplicates") << QByteArray("user_name,computer_name\nann,A\nbob,B\n") << 2;
    QTest::newRow("header only") << QByteArray("user_name,computer_name\n") << 0;
}

void tst_UserImport::validatorHandedToResult()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, rows);

    UserImportRequest request;
    request.data = csv;
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    UserImportResult result = UserImport::run(request);
    QCOMPARE(result.rows.size(), rows);
    // The result carries the validator that checked it, with the rows' duplicate index and
    // the rules it checked against.
    QVERIFY(result.validator.indexes(result.rows));
    QCOMPARE(result.validator.context().domainType, DomainType::LiteAs);
    QCOMPARE(result.validator.context().os, OsType::Windows);

    // The index is live: re-indexing one row after an edit agrees with indexing from scratch.
    if (rows > 0) {
        DesktopItem first = result.rows.item(0);
        first.computerName = result.rows.constLast().item.computerName.toLower();
        result.rows.setItem(0, first);
        QVERIFY(!result.validator.indexes(result.rows));
        const QList<int> touched = result.validator.reindexRow(result.rows, 0);
        QVERIFY(touched.contains(0));
        QVERIFY(result.validator.indexes(result.rows));
        QList<UserImportRow> fromScratch = result.rows.toList();
        UserImportValidator(result.context).indexAll(fromScratch);
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(result.rows.at(r).duplicateIssues.size(),
                     fromScratch.at(r).duplicateIssues.size());
            for (int i = 0; i < fromScratch.at(r).duplicateIssues.size(); ++i) {
                QCOMPARE(result.rows.at(r).duplicateIssues.at(i).message,
                         fromScratch.at(r).duplicateIssues.at(i).message);
            }
        }
        QVERIFY(!result.rows.constLast().duplicateIssues.isEmpty() || rows == 1);
    }

    // validateRows() hands its validator out when asked.
    UserImportValidator handed;
    QList<UserImportRow> again = result.rows.toList();
    QVERIFY(UserImport::validateRows(again, request.context, {}, &handed));
    QVERIFY(handed.indexes(again));
    QCOMPARE(handed.context().domainType, DomainType::LiteAs);

    // A cancelled check hands nothing out.
    UserImportValidator untouched;
    QList<UserImportRow> cancelled = result.rows.toList();
    const bool finished = UserImport::validateRows(
            cancelled, request.context, [](qint64, qint64) { return false; }, &untouched);
    QCOMPARE(finished, rows == 0 ? true : false);
    if (rows > 0)
        QVERIFY(!untouched.indexes(cancelled));
}

void tst_UserImport::explicitMapping()
{
    UserImportRequest request;
    request.data = QByteArrayLiteral("login,pc,user_name\nalice,PC1,ignored\n");
    request.columnMapping
            = {QStringLiteral("user_name"), QStringLiteral("computer_name"), QString()};
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(result.columnMapping, request.columnMapping);
    QVERIFY(result.fileIssues.isEmpty());
    QCOMPARE(result.rows.value(0).item.userName, QStringLiteral("alice"));
    QCOMPARE(result.rows.value(0).item.computerName, QStringLiteral("PC1"));

    // Unknown field names and a field chosen twice are ignored, not trusted.
    request.columnMapping
            = {QStringLiteral("user_name"), QStringLiteral("bogus"), QStringLiteral("user_name")};
    const UserImportResult second = UserImport::run(request);
    QCOMPARE(second.columnMapping,
             QStringList({QStringLiteral("user_name"), QString(), QString()}));
}

void tst_UserImport::unreadableFile()
{
    UserImportRequest request;
    request.filePath = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
    const UserImportResult result = UserImport::run(request);
    QVERIFY(!result.readable);
    QVERIFY(!result.readError.isEmpty());
    QVERIFY(result.rows.isEmpty());
}

void tst_UserImport::largeFile()
{
    const int count = 100000;
    QByteArray bytes("user_name,user_email,user_group,computer_name\n");
    bytes.reserve(count * 50);
    for (int i = 0; i < count; ++i) {
        bytes += "user" + QByteArray::number(i) + ",u" + QByteArray::number(i)
                 + "@example.com,users,PC" + QByteArray::number(i) + '\n';
    }
    // Three planted problems: a bad email, a duplicate computer name, a duplicate user.
    bytes += "bad-user,not-mail,users,PCX1\n"; // line count + 2
    bytes += "user7,,users,PC5\n";             // line count + 3
    UserImportRequest request;
    request.filePath = write(QStringLiteral("large.csv"), bytes);
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const UserImportResult result = UserImport::run(request);
    QCOMPARE(result.rows.size(), count + 2);
    QCOMPARE(result.rows.last().line, count + 3);
    QCOMPARE(result.invalidCount(), 3); // bad email, PC5 twice
    QCOMPARE(result.warningCount(), 2); // user7 twice
    QStringList issues = describe(result.allIssues());
    std::sort(issues.begin(), issues.end());
    QStringList expected{QStringLiteral("%1:user_email:user_email.format").arg(count + 2),
                         QStringLiteral("%1:computer_name:computer_name.duplicate").arg(count + 3),
                         QStringLiteral("%1:user_name:user_name.duplicate").arg(count + 3),
                         QStringLiteral("7:computer_name:computer_name.duplicate"),
                         QStringLiteral("9:user_name:user_name.duplicate")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(issues, expected);
}

void tst_UserImport::workerProgressAndResult()
{
    QByteArray bytes("user_name,computer_name\n");
    for (int i = 0; i < 50000; ++i)
        bytes += "user" + QByteArray::number(i) + ",PC" + QByteArray::number(i) + '\n';
    bytes += "1bad,PC1\n";
    UserImportRequest request;
    request.filePath = write(QStringLiteral("worker.csv"), bytes);
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);

    UserImportWorker worker;
    QSignalSpy progress(&worker, &UserImportWorker::progressChanged);
    QSignalSpy finished(&worker, &UserImportWorker::finished);
    worker.start(request);
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!worker.isRunning());
    const auto result = finished.at(0).at(0).value<UserImportResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.rows.size(), 50001);
    QCOMPARE(result.invalidCount(), 2); // 1bad: user_name.start; PC1 twice
    QVERIFY(!progress.isEmpty());
    int last = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(0).toInt() >= last);
        last = args.at(0).toInt();
    }
    QVERIFY(last <= 1000);
}

void tst_UserImport::workerCancel()
{
    QByteArray bytes("user_name,computer_name\n");
    for (int i = 0; i < 200000; ++i)
        bytes += "user" + QByteArray::number(i) + ",PC" + QByteArray::number(i) + '\n';
    UserImportRequest request;
    request.data = bytes;

    UserImportWorker worker;
    QSignalSpy finished(&worker, &UserImportWorker::finished);
    // Cancel right after the start: 200 000 rows take far longer to read than this takes, and the
    // worker looks at the flag every 4096 records.
    worker.start(request);
    worker.cancel();
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<UserImportResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.rows.isEmpty());

    // A second start supersedes the first: only the newest result is delivered.
    finished.clear();
    worker.start(request);
    UserImportRequest small;
    small.data = QByteArrayLiteral("user_name\nalice\n");
    worker.start(small);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<UserImportResult>().rows.size(), 1);
    QCoreApplication::processEvents(); // a superseded run's result, if queued, is dropped
    QCOMPARE(finished.size(), 1);
}

// The streaming check (UserImport::check: rows checked as read and dropped, a compact duplicate
// index, the first issues up to the cap) reports exactly what the full import does.
void tst_UserImport::streamingCheck_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("cap");
    QTest::addColumn<bool>("asFile");
    const QByteArray mixed("user_name,user_email,user_group,computer_name,note\n"
                           "alice,alice@example.com,users,PC01,\n"
                           "bob,not-mail,users,pc01,x,extra\n"  // rule error, duplicate, ragged
                           "1carl,c@example.com,admins,PC02,\n" // two rule errors
                           "Alice,,users,PC03,\n"               // duplicate user (warning)
                           "dave,d@example.com,users,Pc01,\n"   // third of the PC01 group
                           "\"eve\",e@example.com,users,\"PC\n04\",\n" // quoted line break
                           "frank,f@example.com,users,PC02,\n");       // duplicate of line 4's PC02
    for (const int cap : {1000, 5, 3, 1, 0}) {
        QTest::addRow("mixed, cap %d", cap) << mixed << cap << false;
        QTest::addRow("mixed from a file, cap %d", cap) << mixed << cap << true;
    }
    QTest::newRow("clean") << QByteArray("user_name,computer_name\na,PC1\nb,PC2\n") << 1000 << true;
    QTest::newRow("header only") << QByteArray("user_name,computer_name\n") << 1000 << true;
    QTest::newRow("no known column") << QByteArray("foo,bar\n1,2\n") << 1000 << true;
    QTest::newRow("empty") << QByteArray() << 1000 << true;
    QTest::newRow("unterminated quote")
            << QByteArray("user_name,computer_name\na,PC1\n\"b,PC2\nc,PC3\n") << 2 << true;
    QTest::newRow("invalid bytes")
            << QByteArray("user_name,computer_name\na\xff,PC1\nb,PC2\n") << 1000 << true;
    // A late duplicate of an early row: its issue lands before the cap's rule issues.
    QByteArray late("user_name,user_email,computer_name\n");
    for (int i = 0; i < 40; ++i)
        late += "u" + QByteArray::number(i) + ",bad" + QByteArray::number(i) + ",PC"
                + QByteArray::number(i) + '\n';
    late += "z,z@example.com,pc0\n";
    for (const int cap : {10, 39, 40, 41, 200})
        QTest::addRow("late duplicate, cap %d", cap) << late << cap << true;
    // Garbage: random bytes, a finding in nearly every cell.
    QByteArray garbage("user_name,user_email,user_phone,user_group,computer_name\n");
    quint32 seed = 12345;
    for (int i = 0; i < 20000; ++i) {
        seed = seed * 1103515245u + 12345u;
        const char c = char((seed >> 16) & 0xff);
        garbage += (c == '\0') ? ',' : c;
    }
    QTest::newRow("garbage, cap 1000") << garbage << 1000 << true;
    QTest::newRow("garbage, cap 10") << garbage << 10 << true;
}

void tst_UserImport::streamingCheck()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, cap);
    QFETCH(bool, asFile);
    UserImportRequest request;
    if (asFile)
        request.filePath = write(QStringLiteral("stream.csv"), bytes);
    else
        request.data = bytes;
    request.context = TestContexts::of(DomainType::LiteAs, OsType::Windows);
    const UserCheckReport full = UserCheckReport::fromResult(UserImport::run(request), cap);
    const UserCheckReport streamed = UserImport::check(request, cap);
    QCOMPARE(streamed.readable, full.readable);
    QCOMPARE(streamed.encoding, full.encoding);
    QCOMPARE(streamed.delimiter, full.delimiter);
    QCOMPARE(streamed.rows, full.rows);
    QCOMPARE(streamed.valid, full.valid);
    QCOMPARE(streamed.invalid, full.invalid);
    QCOMPARE(streamed.warnings, full.warnings);
    QCOMPARE(streamed.fileErrors, full.fileErrors);
    QCOMPARE(describe(streamed.issues), describe(full.issues));
    for (qsizetype i = 0; i < full.issues.size(); ++i) {
        QCOMPARE(streamed.issues.at(i).message, full.issues.at(i).message);
        QCOMPARE(streamed.issues.at(i).severity, full.issues.at(i).severity);
    }
    QCOMPARE(streamed.notShown, full.notShown);
    QCOMPARE(streamed.notShownErrors, full.notShownErrors);
    QVERIFY(streamed.issues.size() <= cap);
}

void tst_UserImport::duplicateIndex_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("groups"); // "0 2 5" per duplicated value, in first-row order
    QTest::newRow("none") << QStringList{"a", "b", "c"} << QStringList();
    QTest::newRow("case-insensitive")
            << QStringList{"PC1", "pc2", "pc1", "Pc1"} << QStringList{"0 2 3"};
    QTest::newRow("empty values never match")
            << QStringList{"", "a", "", "A"} << QStringList{"1 3"};
    QTest::newRow("non-ASCII folded") << QStringList{QStringLiteral("Straße"), QStringLiteral("ÄB"),
                                                     QStringLiteral("äb"), QStringLiteral("研发")}
                                      << QStringList{"1 2"};
    QStringList many;
    for (int i = 0; i < 5000; ++i)
        many << QStringLiteral("v%1").arg(i % 2500); // grows the table several times
    QTest::newRow("grows") << many << QStringList();
}

void tst_UserImport::duplicateIndex()
{
    QFETCH(QStringList, values);
    QFETCH(QStringList, groups);
    DuplicateIndex index;
    for (const QString &v : values)
        index.add(v);
    QCOMPARE(index.rowCount(), values.size());
    QStringList found;
    index.forEachDuplicate([&](const QList<int> &rows) {
        QStringList numbers;
        for (const int r : rows)
            numbers << QString::number(r);
        found << numbers.join(u' ');
    });
    if (values.size() == 5000) {
        QCOMPARE(found.size(), 2500);
        for (const QString &g : std::as_const(found))
            QCOMPARE(g.split(u' ').size(), 2);
    } else {
        found.sort();
        QCOMPARE(found, groups);
    }
    for (int r = 0; r < values.size(); ++r) {
        QCOMPARE(index.value(r).toString(), values.at(r));
        const QList<int> group = index.group(r);
        if (!group.isEmpty())
            QVERIFY(group.contains(r));
    }
}

QTEST_GUILESS_MAIN(tst_UserImport)
#include "tst_userimport.moc"
