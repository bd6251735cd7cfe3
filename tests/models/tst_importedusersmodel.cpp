#include "models/csv/userimport.h"
#include "models/csv/userpaste.h"
#include "models/itemmodels/csvissuelistmodel.h"
#include "models/itemmodels/importedusersmodel.h"
#include "support/testcontexts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The editable users table: per-cell findings through roles, live re-checks on edit. */
class tst_ImportedUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rolesPerCell();
    void headers();
    void editRechecksRow_data();
    void editRechecksRow();
    void editRechecksDuplicates();
    void editClearsReadIssue();
    void addAndRemoveRows();
    void contextChangeRechecks();
    void setRowsForTheWizard();
    void handsOnValidRows_data();
    void handsOnValidRows();
    void ruleFindingsKeptUnderTheSameRules_data();
    void ruleFindingsKeptUnderTheSameRules();
    void issueList();
    void countsFollowEdits_data();
    void countsFollowEdits();
    void adoptsOrRebuildsTheIndex_data();
    void adoptsOrRebuildsTheIndex();
    void bigTableReplaced_data();
    void bigTableReplaced();
    void duplicatesNameRowsNaturally_data();
    void duplicatesNameRowsNaturally();

private:
    ImportedUsersModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    CsvIssueListModel *m_issues = nullptr;
    QAbstractItemModelTester *m_issuesTester = nullptr;
};

namespace {

UserImportResult importText(const char *text,
                            const ValidationContext &ctx = TestContexts::windowsLite())
{
    UserImportRequest request;
    request.data = QByteArray(text);
    request.context = ctx;
    return UserImport::run(request);
}

/** Counts recomputed from scratch, to hold the model's running counts against. */
struct Counts
{
    int valid = 0;
    int invalid = 0;
    int warnings = 0;
};

Counts recounted(const ImportedUsersModel &model)
{
    Counts c;
    for (int r = 0; r < model.rowCount(); ++r) {
        bool error = false;
        for (const CsvIssue &issue : model.rowIssues(r)) {
            error = error || issue.isError();
            c.warnings += !issue.isError();
        }
        ++(error ? c.invalid : c.valid);
    }
    for (const CsvIssue &issue : model.fileIssues())
        c.warnings += !issue.isError();
    return c;
}

/** @p fresh given @p model's rows and source lines, checked from scratch (Windows, LiteAS). */
void checkFromScratch(const ImportedUsersModel &model, ImportedUsersModel *fresh)
{
    QList<int> lines;
    for (int r = 0; r < model.rowCount(); ++r)
        lines.append(model.sourceLine(r));
    fresh->setContext(TestContexts::windowsLite());
    fresh->setRows(model.rows(), lines);
}

/** The issue codes of every row, to compare a model with one indexed from scratch. */
QStringList issueCodes(const ImportedUsersModel &model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (const CsvIssue &issue : model.rowIssues(r))
            row.append(QStringLiteral("%1@%2:%3").arg(issue.code, issue.column).arg(issue.line));
        codes.append(row.join(QLatin1Char(' ')));
    }
    return codes;
}

QStringList describeCodes(const CsvIssues &issues)
{
    QStringList codes;
    for (const CsvIssue &issue : issues) {
        if (issue.code.endsWith(QLatin1String(".duplicate")) || issue.code.startsWith("csv."))
            continue;
        codes.append(issue.code);
    }
    return codes;
}

/** One cell edit: row, canonical column, new value. */
struct Edit
{
    int row;
    QString column;
    QString value;
};

const char *const sample = "user_name,user_email,user_group,computer_name\n"
                           "alice,alice@x.cn,users,PC01\n" // row 0, line 2
                           "1bob,bob@x.cn,users,PC02\n"    // row 1, line 3: bad user name
                           "carol,carol,users,pc01\n"      // row 2, line 4: bad mail, dup PC01
                           "alice,,users,PC04\n";          // row 3, line 5: user twice

} // namespace

Q_DECLARE_METATYPE(Edit)

void tst_ImportedUsersModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ImportedUsersModel::init()
{
    m_model = new ImportedUsersModel(this);
    m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_issues = new CsvIssueListModel(this);
    m_issues->setSourceModel(m_model);
    m_issuesTester = new QAbstractItemModelTester(
            m_issues, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setImport(importText(sample));
}

void tst_ImportedUsersModel::cleanup()
{
    delete m_issuesTester;
    delete m_issues;
    delete m_tester;
    delete m_model;
}

void tst_ImportedUsersModel::rolesPerCell()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), UserImport::fields().size());
    const int user = m_model->columnOf(QStringLiteral("user_name"));
    const int mail = m_model->columnOf(QStringLiteral("user_email"));
    const int pc = m_model->columnOf(QStringLiteral("computer_name"));
    QVERIFY(user >= 0 && mail >= 0 && pc >= 0);

    const QModelIndex aliceName = m_model->index(0, user);
    QCOMPARE(aliceName.data().toString(), QStringLiteral("alice"));
    QCOMPARE(aliceName.data(Qt::EditRole).toString(), QStringLiteral("alice"));
    // alice appears twice: a warning on her name; PC01/pc01: an error on her computer.
    QCOMPARE(aliceName.data(ImportedUsersModel::SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(m_model->index(0, pc).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    QVERIFY(m_model->index(0, pc).data(Qt::ToolTipRole).toString().contains(QStringLiteral("4")));
    QCOMPARE(m_model->index(0, mail).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    QVERIFY(!m_model->index(0, mail).data(Qt::ToolTipRole).isValid());

    const QModelIndex bobName = m_model->index(1, user);
    QCOMPARE(bobName.data(ImportedUsersModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(bobName.data(ImportedUsersModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("user_name.start")});
    QVERIFY(!bobName.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(bobName.data(ImportedUsersModel::LineRole).toInt(), 3);
    QCOMPARE(m_model->index(2, mail).data(ImportedUsersModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("user_email.format")});

    QCOMPARE(m_model->validCount(), 1);
    QCOMPARE(m_model->invalidCount(), 3);
    QCOMPARE(m_model->warningCount(), 2);
    QCOMPARE(m_model->sourceLine(3), 5);
    QList<int> lines;
    QCOMPARE(m_model->validRows(&lines).size(), 1);
    QCOMPARE(lines, QList<int>{5});
}

void tst_ImportedUsersModel::headers()
{
    // Rows are numbered by their place in the table; the file's line is in the tooltip.
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
    QVERIFY(m_model->headerData(0, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("line 2 of the file")));
    QCOMPARE(m_model->headerData(1, Qt::Vertical, ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    QCOMPARE(m_model->headerData(3, Qt::Vertical, ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Warning));
    const int user = m_model->columnOf(QStringLiteral("user_name"));
    QCOMPARE(m_model->headerData(user, Qt::Horizontal).toString(), QStringLiteral("User name"));
    QCOMPARE(m_model->headerData(user, Qt::Horizontal, ImportedUsersModel::ColumnNameRole)
                     .toString(),
             QStringLiteral("user_name"));
}

void tst_ImportedUsersModel::editRechecksRow_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("invalid");

    QTest::newRow("fix bob's name") << 1 << QStringLiteral("user_name") << QStringLiteral("bob")
                                    << int(Severity::None) << 2;
    QTest::newRow("break alice's mail") << 0 << QStringLiteral("user_email")
                                        << QStringLiteral("alice@") << int(Severity::Error) << 3;
    QTest::newRow("clear a required name")
            << 3 << QStringLiteral("user_name") << QString() << int(Severity::Error) << 4;
    QTest::newRow("spaces are trimmed") << 1 << QStringLiteral("user_name")
                                        << QStringLiteral("  bob  ") << int(Severity::None) << 2;
}

void tst_ImportedUsersModel::editRechecksRow()
{
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(int, severity);
    QFETCH(int, invalid);

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy issues(m_model, &ImportedUsersModel::issuesChanged);
    const QModelIndex index = m_model->index(row, m_model->columnOf(column));
    QVERIFY(m_model->setData(index, value));
    QCOMPARE(index.data().toString(), value.trimmed());
    QCOMPARE(index.data(ImportedUsersModel::SeverityRole).toInt(), severity);
    QCOMPARE(m_model->invalidCount(), invalid);
    QVERIFY(!changed.isEmpty());
    bool rowCovered = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        rowCovered = rowCovered || (from.row() <= row && to.row() >= row);
    }
    QVERIFY(rowCovered);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(m_model->item(row).userName, m_model->rows().at(row).userName);
}

void tst_ImportedUsersModel::editRechecksDuplicates()
{
    const int pc = m_model->columnOf(QStringLiteral("computer_name"));
    QCOMPARE(m_model->index(0, pc).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    // Renaming carol's pc01 clears the duplicate on alice's row (row 0) too.
    QVERIFY(m_model->setData(m_model->index(2, pc), QStringLiteral("PC03")));
    QCOMPARE(m_model->index(0, pc).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    QCOMPARE(m_model->index(2, pc).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    bool row0 = false;
    for (const QList<QVariant> &args : std::as_const(changed))
        row0 = row0 || args.at(0).value<QModelIndex>().row() == 0;
    QVERIFY(row0);

    // And a new clash appears live, on both rows, pointing at each other's line.
    QVERIFY(m_model->setData(m_model->index(1, pc), QStringLiteral("pc04")));
    QCOMPARE(m_model->index(1, pc).data(ImportedUsersModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("computer_name.duplicate")});
    QVERIFY(m_model->index(1, pc).data(Qt::ToolTipRole).toString().contains(QStringLiteral("5")));
    QCOMPARE(m_model->index(3, pc).data(ImportedUsersModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("computer_name.duplicate")});

    // Fixing the user-name duplicate clears the warning on both.
    const int user = m_model->columnOf(QStringLiteral("user_name"));
    QVERIFY(m_model->setData(m_model->index(3, user), QStringLiteral("alina")));
    QCOMPARE(m_model->index(0, user).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    QCOMPARE(m_model->warningCount(), 0);
}

void tst_ImportedUsersModel::editClearsReadIssue()
{
    m_model->setImport(importText("user_name,computer_name\nWang, Wei,PC1\n"));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->rowHasErrors(0));
    QCOMPARE(m_model->rowIssues(0).value(0).code, QStringLiteral("csv.too_many_fields"));
    QCOMPARE(m_model->headerData(0, Qt::Vertical, ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    QVERIFY(m_model->setData(m_model->index(0, m_model->columnOf(QStringLiteral("computer_name"))),
                             QStringLiteral("PC1")));
    QVERIFY(!m_model->rowHasErrors(0));
}

void tst_ImportedUsersModel::addAndRemoveRows()
{
    QSignalSpy issues(m_model, &ImportedUsersModel::issuesChanged);
    QVERIFY(m_model->insertRows(1, 2));
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->sourceLine(1), 0);
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
    QVERIFY(m_model->headerData(1, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("added here")));
    // An empty row needs at least a user name.
    QCOMPARE(m_model->index(1, m_model->columnOf(QStringLiteral("user_name")))
                     .data(ImportedUsersModel::IssueCodesRole)
                     .toStringList(),
             QStringList{QStringLiteral("user_name.required")});
    QCOMPARE(m_model->invalidCount(), 5);
    QVERIFY(!issues.isEmpty());

    // Removing alice's second row (now row 5) clears the user warning on row 0.
    QVERIFY(m_model->removeRows(5, 1));
    QCOMPARE(m_model->warningCount(), 0);
    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->sourceLine(2), 4);

    const int added = m_model->appendRow(DesktopItem{QStringLiteral("dave"),
                                                     {},
                                                     {},
                                                     QStringLiteral("users"),
                                                     QStringLiteral("PC02"),
                                                     {},
                                                     {}});
    QCOMPARE(added, 3);
    // PC02 was bob's: both rows now carry the duplicate.
    QCOMPARE(m_model->index(1, m_model->columnOf(QStringLiteral("computer_name")))
                     .data(ImportedUsersModel::IssueCodesRole)
                     .toStringList(),
             QStringList{QStringLiteral("computer_name.duplicate")});
    QVERIFY(!m_model->removeRows(3, 5));
    QVERIFY(!m_model->insertRows(-1, 1));
}

void tst_ImportedUsersModel::contextChangeRechecks()
{
    const int user = m_model->columnOf(QStringLiteral("user_name"));
    QCOMPARE(m_model->index(1, user).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    // LOCAL_AD accepts a user name that starts with a digit.
    ValidationContext ad = TestContexts::windowsLite();
    ad.domainType = DomainType::LocalAd;
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setContext(ad);
    QCOMPARE(m_model->context().domainType, DomainType::LocalAd);
    QCOMPARE(m_model->index(1, user).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::None));
    QVERIFY(!changed.isEmpty());
}

void tst_ImportedUsersModel::setRowsForTheWizard()
{
    QList<DesktopItem> items(2);
    items[0].userName = QStringLiteral("alice");
    items[1].userName = QStringLiteral("bob!");
    m_model->setRows(items, {10, 11});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rows(), items);
    QCOMPARE(m_model->sourceLine(1), 11);
    QCOMPARE(m_model->invalidCount(), 1);
    QVERIFY(m_model->fileIssues().isEmpty());
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_issues->rowCount(), 0);
}

void tst_ImportedUsersModel::handsOnValidRows_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<int>("warnings");

    // Of the sample only row 3 is valid (alice, line 5); its duplicate-user warning was about
    // row 0, which stays behind, so the receiving table finds none unless it has an alice too.
    QTest::newRow("into an empty table")
            << QStringList() << true << QStringList{"alice"} << QList<int>{5} << 0;
    QTest::newRow("replacing typed rows")
            << QStringList{"zed"} << true << QStringList{"alice"} << QList<int>{5} << 0;
    QTest::newRow("after typed rows")
            << QStringList{"zed"} << false << QStringList{"zed", "alice"} << QList<int>{0, 5} << 0;
    QTest::newRow("after the same user") << QStringList{"ALICE"} << false
                                         << QStringList{"ALICE", "alice"} << QList<int>{0, 5} << 2;
}

void tst_ImportedUsersModel::handsOnValidRows()
{
    QFETCH(QStringList, typed);
    QFETCH(bool, replace);
    QFETCH(QStringList, users);
    QFETCH(QList<int>, lines);
    QFETCH(int, warnings);

    // The compact table holds exactly the rows validRows() expands, with their lines and no
    // issues.
    const UserImportRows table = m_model->validTable();
    QList<int> validLines;
    const QList<DesktopItem> valid = m_model->validRows(&validLines);
    QCOMPARE(table.size(), valid.size());
    for (qsizetype r = 0; r < table.size(); ++r) {
        QCOMPARE(table.item(r), valid.at(r));
        QCOMPARE(table.line(r), validLines.at(r));
        QVERIFY(table.readIssues(r).isEmpty());
        QVERIFY(table.duplicateIssues(r).isEmpty());
        QCOMPARE(describeCodes(table.ruleIssues(r)), describeCodes(m_model->rowIssues(r)));
    }

    ImportedUsersModel target;
    QAbstractItemModelTester tester(&target,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    target.setContext(TestContexts::windowsLite());
    QList<DesktopItem> typedItems;
    for (const QString &user : typed) {
        typedItems.append(DesktopItem());
        typedItems.last().userName = user;
    }
    target.setRows(typedItems);
    const ValidationContext checked = m_model->context();
    if (replace)
        target.setRows(table, &checked);
    else
        UserPaste::appendRows(&target, table);

    QStringList gotUsers;
    QList<int> gotLines;
    for (int r = 0; r < target.rowCount(); ++r) {
        gotUsers.append(target.item(r).userName);
        gotLines.append(target.sourceLine(r));
    }
    QCOMPARE(gotUsers, users);
    QCOMPARE(gotLines, lines);
    QCOMPARE(target.invalidCount(), 0);
    QCOMPARE(target.warningCount(), warnings);
    QCOMPARE(recounted(target).warnings, warnings);
    // The source keeps its rows and findings: the storage the tables share is not written.
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->invalidCount(), 3);
}

void tst_ImportedUsersModel::ruleFindingsKeptUnderTheSameRules_data()
{
    QTest::addColumn<int>("checkedUnder"); // 0: not said, 1: the receiving rules, 2: others
    QTest::addColumn<bool>("kept");

    QTest::newRow("not said: checked again") << 0 << false;
    QTest::newRow("the same rules: kept") << 1 << true;
    QTest::newRow("other rules: checked again") << 2 << false;
}

void tst_ImportedUsersModel::ruleFindingsKeptUnderTheSameRules()
{
    QFETCH(int, checkedUnder);
    QFETCH(bool, kept);

    // A finding the rules would never make: it survives only if the rows are not checked again.
    UserImportRow row;
    row.line = 7;
    row.item.userName = QStringLiteral("alice");
    row.ruleIssues.append({7, QStringLiteral("user_name"), QStringLiteral("test.marker"),
                           Severity::Warning, QStringLiteral("marker")});
    row.readIssues.append({7, QString(), QStringLiteral("csv.too_many_fields"), Severity::Warning,
                           QStringLiteral("read")});
    const UserImportRows rows(QList<UserImportRow>{row});

    ImportedUsersModel target;
    QAbstractItemModelTester tester(&target,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    target.setContext(TestContexts::windowsLite());
    ValidationContext other = TestContexts::windowsLite();
    other.os = OsType::Linux;
    const ValidationContext same = TestContexts::windowsLite();
    target.setRows(rows, checkedUnder == 1 ? &same : checkedUnder == 2 ? &other : nullptr);

    QCOMPARE(target.rowCount(), 1);
    QCOMPARE(target.sourceLine(0), 7);
    QStringList codes;
    for (const CsvIssue &issue : target.rowIssues(0))
        codes.append(issue.code);
    // Reading findings belong to the file the rows came from: never carried over.
    QCOMPARE(codes, kept ? QStringList{QStringLiteral("test.marker")} : QStringList());
    QCOMPARE(target.warningCount(), kept ? 1 : 0);
}

void tst_ImportedUsersModel::issueList()
{
    // 1bob (start), carol mail (format) + PC01 dup on rows 0 and 2, alice twice (2 warnings).
    QCOMPARE(m_issues->rowCount(), 6);
    QCOMPARE(m_issues->columnCount(), int(CsvIssueListModel::ColumnCount));
    QStringList seen;
    for (int r = 0; r < m_issues->rowCount(); ++r) {
        seen.append(QStringLiteral("%1:%2").arg(
                m_issues->index(r, CsvIssueListModel::LineColumn).data().toString(),
                m_issues->index(r, 0).data(CsvIssueListModel::CodeRole).toString()));
    }
    QCOMPARE(seen, QStringList({"2:computer_name.duplicate", "2:user_name.duplicate",
                                "3:user_name.start", "4:user_email.format",
                                "4:computer_name.duplicate", "5:user_name.duplicate"}));
    QCOMPARE(m_issues->modelRow(2), 1);
    QCOMPARE(m_issues->index(2, CsvIssueListModel::FieldColumn).data().toString(),
             QStringLiteral("User name"));
    QCOMPARE(m_issues->index(2, 0).data(CsvIssueListModel::ColumnNameRole).toString(),
             QStringLiteral("user_name"));
    QVERIFY(!m_issues->index(2, CsvIssueListModel::MessageColumn).data().toString().isEmpty());

    // Live: fixing bob removes his entry.
    QSignalSpy reset(m_issues, &QAbstractItemModel::modelReset);
    m_model->setData(m_model->index(1, m_model->columnOf(QStringLiteral("user_name"))),
                     QStringLiteral("bob"));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_issues->rowCount(), 5);

    // File-level issues come first and point at no row.
    m_model->setImport(importText("user_name,dept\nzoe,x\n"));
    QCOMPARE(m_issues->rowCount(), 1);
    QCOMPARE(m_issues->modelRow(0), -1);
    QCOMPARE(m_issues->issue(0).code, QStringLiteral("csv.unknown_column"));
}

void tst_ImportedUsersModel::countsFollowEdits_data()
{
    QTest::addColumn<QList<Edit>>("edits");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("warnings");

    const QString user = QStringLiteral("user_name");
    const QString mail = QStringLiteral("user_email");
    const QString pc = QStringLiteral("computer_name");
    // The sample starts at 1 valid, 3 invalid, 2 warnings.
    QTest::newRow("no edit") << QList<Edit>{} << 1 << 3 << 2;
    QTest::newRow("fix an error") << QList<Edit>{{1, user, QStringLiteral("bob")}} << 2 << 2 << 2;
    QTest::newRow("an edit that fixes two rows")
            << QList<Edit>{{2, pc, QStringLiteral("PC03")}, {2, mail, QStringLiteral("c@x.cn")}}
            << 3 << 1 << 2;
    QTest::newRow("a duplicate made and undone")
            << QList<Edit>{{1, pc, QStringLiteral("pc04")}, {1, pc, QStringLiteral("PC02")}} << 1
            << 3 << 2;
    QTest::newRow("a duplicate of three rows")
            << QList<Edit>{{1, pc, QStringLiteral("Pc01")}, {3, pc, QStringLiteral("pC01")}} << 0
            << 4 << 2;
    QTest::newRow("user warnings cleared")
            << QList<Edit>{{3, user, QStringLiteral("alina")}} << 1 << 3 << 0;
    QTest::newRow("user warnings grow")
            << QList<Edit>{{1, user, QStringLiteral("ALICE")}, {2, user, QStringLiteral("Alice")}}
            << 2 << 2 << 4;
    QTest::newRow("clear a required cell, then refill it")
            << QList<Edit>{{0, user, QString()}, {0, user, QStringLiteral("alice")}} << 1 << 3 << 2;
    QTest::newRow("every row fixed") << QList<Edit>{{1, user, QStringLiteral("bob")},
                                                    {2, mail, QStringLiteral("carol@x.cn")},
                                                    {2, pc, QStringLiteral("PC03")},
                                                    {3, user, QStringLiteral("dave")}}
                                     << 4 << 0 << 0;
}

void tst_ImportedUsersModel::countsFollowEdits()
{
    QFETCH(QList<Edit>, edits);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, warnings);

    for (const Edit &edit : std::as_const(edits)) {
        QVERIFY(m_model->setData(m_model->index(edit.row, m_model->columnOf(edit.column)),
                                 edit.value));
        // After every single edit, not only at the end: the counts are kept per changed row.
        const Counts expected = recounted(*m_model);
        QCOMPARE(m_model->validCount(), expected.valid);
        QCOMPARE(m_model->invalidCount(), expected.invalid);
        QCOMPARE(m_model->warningCount(), expected.warnings);
    }
    QCOMPARE(m_model->validCount(), valid);
    QCOMPARE(m_model->invalidCount(), invalid);
    QCOMPARE(m_model->warningCount(), warnings);

    // The findings kept up edit by edit are those of the same rows checked from scratch.
    ImportedUsersModel fresh;
    checkFromScratch(*m_model, &fresh);
    QCOMPARE(issueCodes(*m_model), issueCodes(fresh));
    QCOMPARE(fresh.invalidCount(), invalid);
    QCOMPARE(fresh.warningCount(), warnings);

    // Rows added and removed after the edits keep the counts right too.
    QVERIFY(m_model->insertRows(0, 1));
    QCOMPARE(m_model->invalidCount(), invalid + 1);
    QVERIFY(m_model->removeRows(0, 2));
    const Counts afterRemove = recounted(*m_model);
    QCOMPARE(m_model->validCount(), afterRemove.valid);
    QCOMPARE(m_model->invalidCount(), afterRemove.invalid);
    QCOMPARE(m_model->warningCount(), afterRemove.warnings);
}

void tst_ImportedUsersModel::adoptsOrRebuildsTheIndex_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("pcCodes"); ///< issue codes on computer_name, per row

    const QString dup = QStringLiteral("computer_name.duplicate");
    // The sample as checked: PC01 on rows 0 and 2.
    QTest::newRow("as checked: adopted") << QString() << QStringList{dup, {}, dup, {}};
    // A result changed after it was checked: its index no longer fits and is rebuilt.
    QTest::newRow("a name changed after the check")
            << QStringLiteral("rename") << QStringList{dup, dup, dup, {}};
    QTest::newRow("a row dropped after the check")
            << QStringLiteral("drop") << QStringList{{}, {}, {}};
    QTest::newRow("made by hand, no index") << QStringLiteral("by hand") << QStringList{{}, {}};
}

void tst_ImportedUsersModel::adoptsOrRebuildsTheIndex()
{
    QFETCH(QString, change);
    QFETCH(QStringList, pcCodes);

    UserImportResult result = importText(sample);
    QVERIFY(result.validator.indexes(result.rows));
    if (change == QLatin1String("rename")) {
        DesktopItem second = result.rows.item(1);
        second.computerName = QStringLiteral("pc01");
        result.rows.setItem(1, second);
        QVERIFY(!result.validator.indexes(result.rows));
    } else if (change == QLatin1String("drop")) {
        result.rows.removeAt(2);
        QVERIFY(!result.validator.indexes(result.rows));
    } else if (change == QLatin1String("by hand")) {
        result = UserImportResult();
        result.readable = true;
        result.context = TestContexts::windowsLite();
        for (const char *pc : {"PC01", "PC02"}) {
            UserImportRow row;
            row.item.userName = QStringLiteral("zoe");
            row.item.computerName = QString::fromLatin1(pc);
            result.rows.append(row);
        }
    }
    // Both overloads: the copy leaves the caller's result as it was.
    const UserImportResult copy = result;
    m_model->setImport(copy);
    QCOMPARE(copy.rows.size(), result.rows.size());
    const QStringList viaCopy = issueCodes(*m_model);
    m_model->setImport(std::move(result));
    QCOMPARE(issueCodes(*m_model), viaCopy);
    QCOMPARE(m_model->context().domainType, DomainType::LiteAs);

    const int pc = m_model->columnOf(QStringLiteral("computer_name"));
    QStringList codes;
    for (int r = 0; r < m_model->rowCount(); ++r)
        codes.append(m_model->index(r, pc)
                             .data(ImportedUsersModel::IssueCodesRole)
                             .toStringList()
                             .join(QLatin1Char(' ')));
    QCOMPARE(codes, pcCodes);
    const Counts expected = recounted(*m_model);
    QCOMPARE(m_model->invalidCount(), expected.invalid);
    QCOMPARE(m_model->warningCount(), expected.warnings);

    // The adopted (or rebuilt) index follows edits: a new clash with the last row, then gone.
    const int last = m_model->rowCount() - 1;
    const QString lastPc = m_model->index(last, pc).data().toString();
    QVERIFY(m_model->setData(m_model->index(0, pc), lastPc.toLower()));
    QCOMPARE(m_model->index(last, pc).data(ImportedUsersModel::IssueCodesRole).toStringList(),
             QStringList{QStringLiteral("computer_name.duplicate")});
    QVERIFY(m_model->setData(m_model->index(0, pc), QStringLiteral("UNIQUE-PC")));
    QVERIFY(!m_model->index(last, pc)
                     .data(ImportedUsersModel::IssueCodesRole)
                     .toStringList()
                     .contains(QStringLiteral("computer_name.duplicate")));
    ImportedUsersModel fresh;
    checkFromScratch(*m_model, &fresh);
    QCOMPARE(issueCodes(*m_model), issueCodes(fresh));
}

void tst_ImportedUsersModel::bigTableReplaced_data()
{
    QTest::addColumn<int>("rows");
    // Below and above the size from which the old table is freed on another thread.
    QTest::newRow("small") << 500;
    QTest::newRow("big") << 12000;
}

void tst_ImportedUsersModel::bigTableReplaced()
{
    QFETCH(int, rows);

    // Every 100th computer name repeats the one before it: 2 errors per 100 rows.
    const auto csv = [rows](const char *prefix) {
        QByteArray text("user_name,computer_name\n");
        for (int r = 0; r < rows; ++r) {
            const int pc = r % 100 == 99 ? r - 1 : r;
            text += prefix + QByteArray::number(r) + ",PC" + QByteArray::number(pc) + "\n";
        }
        return text;
    };
    const QByteArray first = csv("a");
    const QByteArray second = csv("b");
    const UserImportResult kept = importText(first.constData());
    m_model->setImport(kept);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->invalidCount(), rows / 50);
    QVERIFY(m_model->setData(m_model->index(99, m_model->columnOf(QStringLiteral("computer_name"))),
                             QStringLiteral("PC-UNIQUE")));
    QCOMPARE(m_model->invalidCount(), rows / 50 - 2);

    // Replaced by another file: the model's old table goes, the caller's copy stays whole.
    m_model->setImport(importText(second.constData()));
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->item(0).userName, QStringLiteral("b0"));
    QCOMPARE(m_model->invalidCount(), rows / 50);
    QCOMPARE(m_issues->rowCount(), rows / 50);
    QCOMPARE(kept.rows.size(), rows);
    QCOMPARE(kept.rows.at(99).item.computerName, QStringLiteral("PC98"));
    QCOMPARE(kept.rows.constLast().item.userName, QStringLiteral("a%1").arg(rows - 1));

    // The new table's index is live.
    const int pc = m_model->columnOf(QStringLiteral("computer_name"));
    QVERIFY(m_model->setData(m_model->index(0, pc), QStringLiteral("PC1")));
    QCOMPARE(m_model->index(1, pc).data(ImportedUsersModel::SeverityRole).toInt(),
             int(Severity::Error));
    QCOMPARE(m_model->invalidCount(), rows / 50 + 2);

    // And the wizard's path, and clearing, from a big table.
    m_model->setRows(
            {DesktopItem{QStringLiteral("zoe"), {}, {}, {}, QStringLiteral("Z1"), {}, {}}});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->validCount(), 1);
    QCOMPARE(m_model->context().domainType, DomainType::LiteAs);
    m_model->setImport(importText(first.constData()));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->validCount(), 0);
    QCOMPARE(m_model->warningCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ImportedUsersModel)
void tst_ImportedUsersModel::duplicatesNameRowsNaturally_data()
{
    // Rows of one table from a CSV (their line), pasted or typed (line 0): the message names the
    // other row by its place in the table, with its line when it has one.
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("firstSays");
    QTest::addColumn<QString>("lastSays");
    QTest::newRow("CSV rows") << QList<int>{2, 7} << QStringLiteral("row 2 (line 7 of the file)")
                              << QStringLiteral("row 1 (line 2 of the file)");
    QTest::newRow("a CSV row and a typed row") << QList<int>{5, 0} << QStringLiteral("on row 2:")
                                               << QStringLiteral("row 1 (line 5 of the file)");
    QTest::newRow("pasted rows") << QList<int>{0, 0} << QStringLiteral("on row 2:")
                                 << QStringLiteral("on row 1:");
}

void tst_ImportedUsersModel::duplicatesNameRowsNaturally()
{
    QFETCH(QList<int>, lines);
    QFETCH(QString, firstSays);
    QFETCH(QString, lastSays);
    ImportedUsersModel model;
    DesktopItem a;
    a.userName = QStringLiteral("alice");
    DesktopItem b = a;
    b.userName = QStringLiteral("Alice");
    model.setRows({a, b}, lines);
    const auto duplicate = [&model](int row) {
        for (const CsvIssue &issue : model.rowIssues(row)) {
            if (issue.code == QLatin1String("user_name.duplicate"))
                return issue.message;
        }
        return QString();
    };
    QVERIFY2(duplicate(0).contains(firstSays), qPrintable(duplicate(0)));
    QVERIFY2(duplicate(1).contains(lastSays), qPrintable(duplicate(1)));
    for (const QString &message : {duplicate(0), duplicate(1)}) {
        QVERIFY2(!message.contains(QLatin1String("an added row")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("line 0")), qPrintable(message));
    }
    // The header numbers rows as the messages do.
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("2"));
}

#include "tst_importedusersmodel.moc"
