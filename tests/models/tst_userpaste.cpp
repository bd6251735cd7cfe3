#include "models/csv/userpaste.h"
#include "models/itemmodels/importedusersmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

/** Rows already in the table before a paste: users with nothing but their names. */
QList<DesktopItem> users(const QStringList &names)
{
    QList<DesktopItem> rows;
    for (const QString &name : names) {
        DesktopItem item;
        item.userName = name;
        rows.append(item);
    }
    return rows;
}

} // namespace

/** Rows copied from a spreadsheet pasted into the users' table, as Excel puts them on the
 * clipboard. */
class tst_UserPaste : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void header_data();
    void header();
    void pasteAppends();
    void pasteOverwritesFromTheCurrentCell();
    void pasteWithHeaderMapsColumns();
    void nothingToPaste();
    void manyRowsKeepTheirLines();
};

void tst_UserPaste::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_UserPaste::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("first");
    QTest::newRow("one cell") << "alice" << 1 << QStringList{"alice"};
    QTest::newRow("excel crlf") << "alice\ta@x.cn\r\nbob\tb@x.cn\r\n"
                                << 2 << QStringList{"alice", "a@x.cn"};
    QTest::newRow("blank line dropped") << "alice\t\n\nbob\t\n" << 2 << QStringList{"alice", ""};
    // Excel quotes a cell that holds a line break or a quote.
    QTest::newRow("quoted cell") << "\"Zhang \"\"Wei\"\"\nSales\"\tz@x.cn\n"
                                 << 1 << QStringList{"Zhang \"Wei\"\nSales", "z@x.cn"};
    QTest::newRow("chinese") << "张伟\tzw@x.cn" << 1 << QStringList{"张伟", "zw@x.cn"};
}

void tst_UserPaste::parse()
{
    QFETCH(QString, text);
    QFETCH(int, rows);
    QFETCH(QStringList, first);
    const QList<QStringList> cells = UserPaste::parse(text);
    QCOMPARE(cells.size(), rows);
    QCOMPARE(cells.constFirst(), first);
}

void tst_UserPaste::header_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("english") << QStringList{"User name", "Email"}
                             << QStringList{"user_name", "user_email"};
    QTest::newRow("chinese") << QStringList{"用户名", "计算机名"}
                             << QStringList{"user_name", "computer_name"};
    QTest::newRow("data row") << QStringList{"alice", "alice@x.cn"} << QStringList();
    QTest::newRow("mixed") << QStringList{"user_name", "alice"} << QStringList();
    QTest::newRow("gap") << QStringList{"user_name", "", "email"}
                         << QStringList{"user_name", "", "user_email"};
}

void tst_UserPaste::header()
{
    QFETCH(QStringList, row);
    QFETCH(QStringList, fields);
    QCOMPARE(UserPaste::headerFields(row), fields);
}

void tst_UserPaste::pasteAppends()
{
    ImportedUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Columns: user_name, user_email, user_phone, user_group, computer_name, prefix.
    QCOMPARE(UserPaste::apply(&model, QStringLiteral("alice\talice@x.cn\nbob\tbob@x.cn\n"), -1, 0),
             2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.item(1).userName, QStringLiteral("bob"));
    QCOMPARE(model.item(1).userEmail, QStringLiteral("bob@x.cn"));
    QCOMPARE(model.sourceLine(1), 0);
    QVERIFY(!model.rowHasErrors(0));
}

void tst_UserPaste::pasteOverwritesFromTheCurrentCell()
{
    ImportedUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(users({QStringLiteral("alice"), QStringLiteral("bob")}));
    // Two rows of computer names pasted on bob's computer_name cell: bob's is overwritten and a
    // third row is added below him.
    const int column = model.columnOf(QStringLiteral("computer_name"));
    QCOMPARE(UserPaste::apply(&model, QStringLiteral("PC-02\nPC-03"), 1, column), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.item(0).computerName, QString());
    QCOMPARE(model.item(1).computerName, QStringLiteral("PC-02"));
    QCOMPARE(model.item(1).userName, QStringLiteral("bob"));
    QCOMPARE(model.item(2).computerName, QStringLiteral("PC-03"));
    // The new row has no user name: the rules say so at once.
    QVERIFY(model.rowHasErrors(2));
}

void tst_UserPaste::pasteWithHeaderMapsColumns()
{
    ImportedUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(users({QStringLiteral("alice")}));
    const QString text = QStringLiteral("计算机名\t用户名\t邮箱\n研发01\tzhangwei\tzw@x.cn\n");
    // A header row maps the columns by name, whatever the current cell; rows are appended.
    QCOMPARE(UserPaste::apply(&model, text, 0, 3), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.item(0).userName, QStringLiteral("alice"));
    QCOMPARE(model.item(1).userName, QStringLiteral("zhangwei"));
    QCOMPARE(model.item(1).computerName, QStringLiteral("研发01"));
    QCOMPARE(model.item(1).userEmail, QStringLiteral("zw@x.cn"));
}

void tst_UserPaste::nothingToPaste()
{
    ImportedUsersModel model;
    QCOMPARE(UserPaste::apply(&model, QString(), -1, 0), 0);
    QCOMPARE(UserPaste::apply(&model, QStringLiteral("\n\n"), -1, 0), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_UserPaste::manyRowsKeepTheirLines()
{
    // Rows imported from a file keep their CSV lines when thousands of rows are pasted after
    // them (one re-read of the table, not one per row).
    ImportedUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(users({QStringLiteral("alice"), QStringLiteral("bob")}), {5, 6});
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("user%1\tuser%1@example.com\n").arg(i);
    QCOMPARE(UserPaste::apply(&model, text, -1, 0), 3000);
    QCOMPARE(model.rowCount(), 3002);
    QCOMPARE(model.sourceLine(0), 5);
    QCOMPARE(model.sourceLine(1), 6);
    QCOMPARE(model.sourceLine(2), 0);
    QCOMPARE(model.item(3001).userEmail, QStringLiteral("user2999@example.com"));
    QCOMPARE(model.invalidCount(), 0);

    UserPaste::appendRows(&model, users({QStringLiteral("alice")}), {42});
    QCOMPARE(model.rowCount(), 3003);
    QCOMPARE(model.sourceLine(3002), 42);
    // "alice" twice is allowed (one user, two desktops) but said.
    QVERIFY(model.warningCount() > 0);
}

QTEST_GUILESS_MAIN(tst_UserPaste)
#include "tst_userpaste.moc"
