#include "models/csv/assignmentimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;

/**
 * The assignment CSV mapping that the dialog and `wsctl desktops attach` share: headers in
 * either language, rows resolved to desktops by ID or name, SHARED desktops merging their rows,
 * and every rule problem placed on its CSV line and column.
 */
class tst_AssignmentImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mapping_data();
    void mapping();
    void sharedDesktopMergesRows();
    void parseBool_data();
    void parseBool();
    void readsGb18030File();
    void unreadableFile();
    void headerProblems_data();
    void headerProblems();
};

namespace {

DesktopInfo desktop(const QString &id, const QString &name, const QString &os,
                    const QString &type = QStringLiteral("DEDICATED"),
                    const QString &attachState = QStringLiteral("UNATTACH"))
{
    DesktopInfo d;
    d.desktopId = id;
    d.computerName = name;
    d.osType = os;
    d.desktopType = type;
    d.attachState = attachState;
    d.status = QStringLiteral("ACTIVE");
    return d;
}

QList<DesktopInfo> tenant()
{
    const QString win = QStringLiteral("Windows");
    QList<DesktopInfo> list{
            desktop(QStringLiteral("d-win-1"), QStringLiteral("PC-W1"), win),
            desktop(QStringLiteral("d-win-2"), QStringLiteral("PC-W2"), win),
            desktop(QStringLiteral("d-lin-1"), QStringLiteral("PC-L1"), QStringLiteral("Linux")),
            desktop(QStringLiteral("d-shr-1"), QStringLiteral("PC-S1"), win,
                    QStringLiteral("SHARED")),
            desktop(QStringLiteral("d-taken"), QStringLiteral("PC-T1"), win,
                    QStringLiteral("DEDICATED"), QStringLiteral("ATTACHED")),
            desktop(QStringLiteral("d-dup-a"), QStringLiteral("DUP"), win),
            desktop(QStringLiteral("d-dup-b"), QStringLiteral("dup"), win),
    };
    list[4].userName = QStringLiteral("bob");
    DesktopInfo busy = desktop(QStringLiteral("d-busy"), QStringLiteral("PC-B1"), win);
    busy.taskStatus = QStringLiteral("rebooting");
    list.append(busy);
    DesktopInfo broken = desktop(QStringLiteral("d-error"), QStringLiteral("PC-E1"), win);
    broken.status = QStringLiteral("ERROR");
    list.append(broken);
    return list;
}

ValidationContext liteAs()
{
    ValidationContext c;
    c.domainType = DomainType::LiteAs;
    return c;
}

/** "line:column:code" of each issue, sorted, for compact expectations. */
QStringList issueKeys(const CsvIssues &issues)
{
    QStringList keys;
    for (const CsvIssue &i : issues)
        keys.append(QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column, i.code));
    keys.sort();
    return keys;
}

} // namespace

void tst_AssignmentImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AssignmentImport::mapping_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("desktopIds"); // desktops[] of the request, in order
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QString>("firstJson"); // compact JSON of desktops[0], or empty

    QTest::newRow("english header, by id")
            << "desktop_id,user_name,user_group,user_email\n"
               "d-win-1,alice,administrators,alice@example.com\n"
            << QStringList{"d-win-1"} << QList<int>{2} << QStringList{}
            << R"({"desktop_id":"d-win-1","user_email":"alice@example.com","user_group":"administrators","user_name":"alice"})";
    QTest::newRow("chinese header, by name, default group")
            << "计算机名,用户名\nPC-W1,alice\npc-l1,bob\n"
            << QStringList{"d-win-1", "d-lin-1"} << QList<int>{2, 3} << QStringList{}
            << R"({"desktop_id":"d-win-1","user_group":"users","user_name":"alice"})";
    QTest::newRow("new name and clear data")
            << "desktop_id,user_name,new_computer_name,is_clear_data\n"
               "d-win-1,alice,FIN-001,no\n"
            << QStringList{"d-win-1"} << QList<int>{2} << QStringList{}
            << R"({"computer_name":"FIN-001","desktop_id":"d-win-1","is_clear_data":false,"user_group":"users","user_name":"alice"})";
    QTest::newRow("chinese clear data")
            << "桌面ID,用户,清除数据\nd-win-1,alice,是\n"
            << QStringList{"d-win-1"} << QList<int>{2} << QStringList{}
            << R"({"desktop_id":"d-win-1","is_clear_data":true,"user_group":"users","user_name":"alice"})";
    QTest::newRow("unknown desktop id")
            << "desktop_id,user_name\nd-nope,alice\nd-win-2,carol\n"
            << QStringList{"d-win-2"} << QList<int>{3}
            << QStringList{"2:desktop_id:assign.desktop_not_found"} << QString();
    QTest::newRow("unknown computer name")
            << "computer_name,user_name\nPC-X9,alice\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:computer_name:assign.desktop_not_found"} << QString();
    QTest::newRow("ambiguous computer name")
            << "computer_name,user_name\ndup,alice\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:computer_name:assign.desktop_ambiguous"} << QString();
    QTest::newRow("desktop has a user")
            << "desktop_id,user_name\nd-taken,alice\n"
            << QStringList{} << QList<int>{} << QStringList{"2:desktop_id:assign.desktop_has_user"}
            << QString();
    // The service refuses a desktop in ERROR: said on the line, with the status in words.
    QTest::newRow("desktop in ERROR")
            << "computer_name,user_name\npc-e1,alice\n"
            << QStringList{} << QList<int>{} << QStringList{"2:computer_name:assign.desktop_error"}
            << QString();
    QTest::newRow("busy desktop is a warning")
            << "desktop_id,user_name\nd-busy,alice\n"
            << QStringList{"d-busy"} << QList<int>{2}
            << QStringList{"2:desktop_id:assign.desktop_busy"} << QString();
    QTest::newRow("id wins over a mismatching name")
            << "desktop_id,computer_name,user_name\nd-win-1,PC-W2,alice\n"
            << QStringList{"d-win-1"} << QList<int>{2}
            << QStringList{"2:computer_name:assign.name_mismatch"} << QString();
    QTest::newRow("dedicated desktop twice keeps the first line")
            << "desktop_id,user_name\nd-win-1,alice\nd-win-1,bob\n"
            << QStringList{"d-win-1"} << QList<int>{2}
            << QStringList{"3:desktop_id:assign.desktop_duplicate"}
            << R"({"desktop_id":"d-win-1","user_group":"users","user_name":"alice"})";
    QTest::newRow("group on a dedicated desktop")
            << "desktop_id,user_name,type,user_id\nd-win-1,dev,GROUP,g-1\n"
            << QStringList{} << QList<int>{} << QStringList{"2:user_type:assign.group_needs_shared"}
            << QString();
    QTest::newRow("bad clear data")
            << "desktop_id,user_name,is_clear_data\nd-win-1,alice,maybe\n"
            << QStringList{} << QList<int>{} << QStringList{"2:is_clear_data:is_clear_data.format"}
            << QString();
    QTest::newRow("bad type") << "desktop_id,user_name,user_type\nd-shr-1,alice,ROBOT\n"
                              << QStringList{} << QList<int>{}
                              << QStringList{"2:user_type:user_type.enum"} << QString();
    QTest::newRow("no desktop on the line")
            << "desktop_id,user_name\n,alice\n"
            << QStringList{} << QList<int>{} << QStringList{"2:desktop_id:assign.desktop_required"}
            << QString();
    QTest::newRow("new name starts with a digit")
            << "desktop_id,user_name,new_computer_name\nd-win-1,alice,9PC\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:new_computer_name:computer_name.start"} << QString();
    QTest::newRow("new name twice in the file")
            << "desktop_id,user_name,new_computer_name\nd-win-1,alice,NEW1\nd-win-2,bob,new1\n"
            << QStringList{"d-win-1"} << QList<int>{2}
            << QStringList{"3:new_computer_name:computer_name.duplicate"} << QString();
    QTest::newRow("new name of another desktop")
            << "desktop_id,user_name,new_computer_name\nd-win-1,alice,pc-w2\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:new_computer_name:computer_name.taken"} << QString();
    QTest::newRow("own name as new name is fine")
            << "desktop_id,user_name,new_computer_name\nd-win-1,alice,PC-W1\n"
            << QStringList{"d-win-1"} << QList<int>{2} << QStringList{} << QString();
    QTest::newRow("user named like the computer")
            << "desktop_id,user_name\nd-win-1,pc-w1\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:user_name:user_name.same_as_computer_name"} << QString();
    QTest::newRow("user named like the new computer name")
            << "desktop_id,user_name,new_computer_name\nd-win-1,alice,ALICE\n"
            << QStringList{} << QList<int>{}
            << QStringList{"2:user_name:user_name.same_as_computer_name"} << QString();
    QTest::newRow("windows group on a linux desktop")
            << "desktop_id,user_name,user_group\nd-lin-1,alice,administrators\n"
            << QStringList{} << QList<int>{} << QStringList{"2:user_group:user_group.enum"}
            << QString();
    QTest::newRow("lite_as user name starting with a digit")
            << "desktop_id,user_name\nd-win-1,1alice\n"
            << QStringList{} << QList<int>{} << QStringList{"2:user_name:user_name.start"}
            << QString();
    QTest::newRow("bad email") << "desktop_id,user_name,email\nd-win-1,alice,alice-at-example\n"
                               << QStringList{} << QList<int>{}
                               << QStringList{"2:user_email:user_email.format"} << QString();
    QTest::newRow("too many fields")
            << "desktop_id,user_name\nd-win-1,alice,extra\n"
            << QStringList{} << QList<int>{} << QStringList{"2::csv.too_many_fields"} << QString();
    QTest::newRow("blank padding is not too many fields")
            << "desktop_id,user_name\nd-win-1,alice,,\n"
            << QStringList{"d-win-1"} << QList<int>{2} << QStringList{} << QString();
}

void tst_AssignmentImport::mapping()
{
    QFETCH(QString, csv);
    QFETCH(QStringList, desktopIds);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, issues);
    QFETCH(QString, firstJson);

    const AssignmentImportResult read = AssignmentImport::read(csv.toUtf8());
    QVERIFY(read.readable);
    const AssignmentMapping m = AssignmentImport::map(read.rows, tenant(), liteAs());
    QStringList ids;
    for (const AttachDesktop &d : m.request.desktops)
        ids.append(d.desktopId);
    QCOMPARE(ids, desktopIds);
    QCOMPARE(m.lines, lines);
    QCOMPARE(m.linesPerDesktop.size(), m.lines.size());
    QCOMPARE(issueKeys(m.issues), issues);
    for (const CsvIssue &i : m.issues)
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.code));
    if (!firstJson.isEmpty()) {
        QVERIFY(!m.request.desktops.isEmpty());
        QCOMPARE(QString::fromUtf8(QJsonDocument(m.request.desktops.first().toJson())
                                           .toJson(QJsonDocument::Compact)),
                 firstJson);
    }
}

// Several lines for one SHARED desktop become its attach_user_infos, users and a group; the
// desktop-wide fields come from whichever line gives them, and every line is traced.
void tst_AssignmentImport::sharedDesktopMergesRows()
{
    const QString csv = QStringLiteral("desktop_id,user_name,type,user_id,user_group,"
                                       "new_computer_name,email\n"
                                       "d-shr-1,alice,,,administrators,,\n"
                                       "d-shr-1,bob,USER,,,SHR-NEW,bob@example.com\n"
                                       "d-shr-1,研发部,用户组,g-42,,,\n"
                                       "d-shr-1,,GROUP,,,,\n");
    const AssignmentImportResult read = AssignmentImport::read(csv.toUtf8());
    AssignmentMapping m = AssignmentImport::map(read.rows, tenant(), liteAs());
    // The group without a name or id blocks the desktop, on its own line.
    QCOMPARE(issueKeys(m.issues),
             (QStringList{"3:user_email:assign.email_ignored", "5:user_id:user_id.required",
                          "5:user_name:user_name.required"}));
    QVERIFY(m.request.desktops.isEmpty());

    const QString fixed = csv.left(csv.lastIndexOf(QStringLiteral("d-shr-1,,GROUP")));
    m = AssignmentImport::map(AssignmentImport::read(fixed.toUtf8()).rows, tenant(), liteAs());
    QCOMPARE(m.request.desktops.size(), 1);
    QCOMPARE(m.lines, QList<int>{2});
    QCOMPARE(m.linesPerDesktop.first(), (QList<int>{2, 3, 4}));
    const AttachDesktop &d = m.request.desktops.first();
    QCOMPARE(d.computerName, QStringLiteral("SHR-NEW"));
    QVERIFY(d.userName.isEmpty());
    QCOMPARE(d.attachUserInfos.size(), 3);
    QCOMPARE(d.attachUserInfos.at(0).type, QStringLiteral("USER"));
    QCOMPARE(d.attachUserInfos.at(0).userGroup, QStringLiteral("administrators"));
    QCOMPARE(d.attachUserInfos.at(1).userGroup, QStringLiteral("users"));
    QCOMPARE(d.attachUserInfos.at(2).type, QStringLiteral("GROUP"));
    QCOMPARE(d.attachUserInfos.at(2).userName, QStringLiteral("研发部"));
    QCOMPARE(d.attachUserInfos.at(2).userId, QStringLiteral("g-42"));
}

void tst_AssignmentImport::parseBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value"); // -1 = none, 0 = false, 1 = true

    QTest::newRow("empty") << "" << true << -1;
    QTest::newRow("spaces") << "  " << true << -1;
    QTest::newRow("true") << "TRUE" << true << 1;
    QTest::newRow("yes") << "Yes" << true << 1;
    QTest::newRow("y") << "y" << true << 1;
    QTest::newRow("1") << "1" << true << 1;
    QTest::newRow("shi") << "是" << true << 1;
    QTest::newRow("false") << "false" << true << 0;
    QTest::newRow("no") << " no " << true << 0;
    QTest::newRow("0") << "0" << true << 0;
    QTest::newRow("fou") << "否" << true << 0;
    QTest::newRow("maybe") << "maybe" << false << -1;
    QTest::newRow("2") << "2" << false << -1;
}

void tst_AssignmentImport::parseBool()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, value);
    bool parsed = !ok;
    const std::optional<bool> result = AssignmentImport::parseBool(text, &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(result.has_value(), value >= 0);
    if (value >= 0)
        QCOMPARE(*result, value == 1);
}

// Excel on Chinese Windows saves GB18030 with CRLF and Chinese headers; semicolons too.
void tst_AssignmentImport::readsGb18030File()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QStringLiteral("桌面名称;用户名;用户组;新计算机名\r\n"
                                        "PC-W1;zhangsan;administrators;财务01\r\n"
                                        "PC-W2;lisi;users;FIN-02\r\n");
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    const QString path = dir.filePath(QStringLiteral("assign.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const AssignmentImportResult read = AssignmentImport::readFile(path);
    QVERIFY(read.readable);
    QCOMPARE(read.encoding, QStringLiteral("GB18030"));
    QCOMPARE(read.delimiter, QLatin1Char(';'));
    QCOMPARE(read.columnMapping,
             (QStringList{"computer_name", "user_name", "user_group", "new_computer_name"}));
    QCOMPARE(read.rows.size(), 2);
    QCOMPARE(read.rows.at(1).line, 3);
    const AssignmentMapping m = AssignmentImport::map(read.rows, tenant(), liteAs());
    // A Chinese computer name is allowed on create, not on attach (letters, digits, - and _).
    QCOMPARE(issueKeys(m.issues), QStringList{"2:new_computer_name:computer_name.chars"});
    QCOMPARE(m.request.desktops.size(), 1);
    QCOMPARE(m.request.desktops.first().computerName, QStringLiteral("FIN-02"));
}

void tst_AssignmentImport::unreadableFile()
{
    const AssignmentImportResult read
            = AssignmentImport::readFile(QStringLiteral("/nonexistent/assign.csv"));
    QVERIFY(!read.readable);
    QVERIFY(!read.readError.isEmpty());
}

void tst_AssignmentImport::headerProblems_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("issues");

    QTest::newRow("no desktop column") << "user_name,email\nalice,a@example.com\n"
                                       << QStringList{"1:desktop_id:csv.missing_column"};
    QTest::newRow("no user column") << "desktop_id,email\nd-win-1,a@example.com\n"
                                    << QStringList{"1:user_name:csv.missing_column"};
    QTest::newRow("nothing known")
            << "foo,bar\n1,2\n"
            << QStringList{"1::csv.no_header", "1::csv.unknown_column", "1::csv.unknown_column"};
    QTest::newRow("header only") << "desktop_id,user_name\n" << QStringList{"1::csv.no_rows"};
    QTest::newRow("extra column is a warning")
            << "desktop_id,user_name,department\nd-win-1,alice,finance\n"
            << QStringList{"1::csv.unknown_column"};
}

void tst_AssignmentImport::headerProblems()
{
    QFETCH(QString, csv);
    QFETCH(QStringList, issues);
    const AssignmentImportResult read = AssignmentImport::read(csv.toUtf8());
    QCOMPARE(issueKeys(read.fileIssues), issues);
}

QTEST_GUILESS_MAIN(tst_AssignmentImport)
#include "tst_assignmentimport.moc"
