#include "models/csv/userimportrows.h"
#include "models/csv/userimportvalidator.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The compact row storage of a user import, and the duplicate index kept over it. */
class tst_UserImportRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void selectedAndAppended_data();
    void selectedAndAppended();
    void editsAgreeWithAList_data();
    void editsAgreeWithAList();
    void indexFollowsEdits_data();
    void indexFollowsEdits();
};

namespace {

CsvIssue issue(int line, const char *column, const char *code, Severity severity)
{
    return {line, QString::fromLatin1(column), QString::fromLatin1(code), severity,
            QStringLiteral("message for %1").arg(QString::fromLatin1(code))};
}

/** "line column code severity message" per issue: comparisons that read like the list. */
QStringList describe(const CsvIssues &issues)
{
    QStringList out;
    for (const CsvIssue &i : issues)
        out.append(QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(i.line)
                           .arg(i.column, i.code)
                           .arg(int(i.severity))
                           .arg(i.message));
    return out;
}

void compareRows(const UserImportRows &compact, const QList<UserImportRow> &list)
{
    QCOMPARE(compact.size(), list.size());
    for (qsizetype r = 0; r < list.size(); ++r) {
        const UserImportRow row = compact.at(r);
        const UserImportRow &expected = list.at(r);
        QCOMPARE(row.line, expected.line);
        QCOMPARE(compact.line(r), expected.line);
        QVERIFY2(row.item == expected.item, qPrintable(QString::number(r)));
        QCOMPARE(compact.item(r).userName, expected.item.userName);
        QVERIFY(compact.fieldView(r, UserImportRows::ComputerName) == expected.item.computerName);
        QCOMPARE(describe(row.readIssues), describe(expected.readIssues));
        QCOMPARE(describe(row.ruleIssues), describe(expected.ruleIssues));
        QCOMPARE(describe(row.duplicateIssues), describe(expected.duplicateIssues));
        QCOMPARE(describe(compact.issues(r)), describe(expected.issues()));
        QCOMPARE(compact.hasErrors(r), expected.hasErrors());
        QCOMPARE(compact.warningCount(r), expected.warningCount());
        QCOMPARE(compact.hasIssues(r), !expected.issues().isEmpty());
    }
}

UserImportRow randomRow(QRandomGenerator &random, int line)
{
    static const QStringList values{QString(),
                                    QStringLiteral("a"),
                                    QStringLiteral("PC-01"),
                                    QStringLiteral("研发01"),
                                    QStringLiteral("user@example.com"),
                                    QString(300, u'x')};
    const auto pick = [&] { return values.at(int(random.bounded(values.size()))); };
    UserImportRow row;
    row.line = line;
    row.item.userName = pick();
    row.item.userEmail = pick();
    row.item.userPhone = pick();
    row.item.userGroup = pick();
    row.item.computerName = pick();
    row.item.desktopNamePrefix = pick();
    if (random.bounded(5) == 0)
        row.item.setMore().osHostName = QStringLiteral("host%1").arg(line);
    if (random.bounded(4) == 0)
        row.readIssues.append(issue(line, "", "csv.too_many_fields", Severity::Error));
    if (random.bounded(3) == 0)
        row.ruleIssues.append(issue(line, "user_name", "user_name.pattern", Severity::Warning));
    if (random.bounded(6) == 0)
        row.duplicateIssues.append(
                issue(line, "computer_name", "computer_name.duplicate", Severity::Error));
    return row;
}

} // namespace

void tst_UserImportRows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_UserImportRows::roundTrip()
{
    QRandomGenerator random(7);
    QList<UserImportRow> list;
    for (int i = 0; i < 200; ++i)
        list.append(randomRow(random, i + 2));
    const UserImportRows compact(list);
    compareRows(compact, list);
    QCOMPARE(compact.toList().size(), list.size());
    int n = 0;
    for (const UserImportRow &row : compact)
        QCOMPARE(row.line, list.at(n++).line);
    QCOMPARE(n, list.size());
    QCOMPARE(compact.value(-1).line, 0);
    QCOMPARE(compact.value(200).item.userName, QString());
    QCOMPARE(compact.constLast().line, list.constLast().line);

    UserImportRows empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.begin() == empty.end());
}

void tst_UserImportRows::selectedAndAppended_data()
{
    QTest::addColumn<int>("every"); // keep rows whose index is a multiple of this (0: none)
    QTest::addColumn<int>("edits"); // then edit this many kept rows, forcing a compaction

    QTest::newRow("all, untouched") << 1 << 0;
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("every third, untouched") << 3 << 0;
    QTest::newRow("every third, then edited") << 3 << 40;
    QTest::newRow("every tenth, then edited") << 10 << 15;
}

void tst_UserImportRows::selectedAndAppended()
{
    QFETCH(int, every);
    QFETCH(int, edits);

    QRandomGenerator random(11);
    QList<UserImportRow> list;
    for (int i = 0; i < 400; ++i)
        list.append(randomRow(random, i + 2));
    const UserImportRows source(list);

    // What both ways of taking rows must give: the kept rows' lines, cells and extra fields,
    // without any issue.
    QList<UserImportRow> expected;
    for (int i = 0; i < list.size(); ++i) {
        if (every > 0 && i % every == 0) {
            UserImportRow row = list.at(i);
            row.readIssues.clear();
            row.ruleIssues.clear();
            row.duplicateIssues.clear();
            expected.append(row);
        }
    }
    UserImportRows selected
            = source.selected([every](qsizetype r) { return every > 0 && r % every == 0; });
    UserImportRows appended;
    for (qsizetype r = 0; r < source.size(); ++r) {
        if (every > 0 && r % every == 0)
            appended.appendFrom(source, r);
    }
    compareRows(selected, expected);
    compareRows(appended, expected);

    // Edits write the shared text's copy and compact it; the source must not change.
    for (int e = 0; e < edits && !expected.isEmpty(); ++e) {
        const int r = int(random.bounded(expected.size()));
        DesktopItem item = randomRow(random, 0).item;
        item.userName = QStringLiteral("edited%1").arg(e);
        selected.setItem(r, item);
        expected[r].item = item;
        if (e % 4 == 3) {
            selected.removeAt(r);
            expected.removeAt(r);
        }
    }
    compareRows(selected, expected);
    compareRows(source, list);
}

void tst_UserImportRows::editsAgreeWithAList_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void tst_UserImportRows::editsAgreeWithAList()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QList<UserImportRow> list;
    for (int i = 0; i < 50; ++i)
        list.append(randomRow(random, i + 2));
    UserImportRows compact(list);
    const UserImportRows before = compact; // a copy shares, and stays as it was
    const QList<UserImportRow> original = list;
    // Enough edits of long values that the replaced text is compacted away several times.
    for (int step = 0; step < 1500; ++step) {
        const int r = list.isEmpty() ? 0 : int(random.bounded(list.size()));
        switch (list.isEmpty() ? 4 : random.bounded(7)) {
        case 0: {
            const UserImportRow fresh = randomRow(random, list.at(r).line);
            list[r].item = fresh.item;
            compact.setItem(r, fresh.item);
            break;
        }
        case 1: {
            const CsvIssues issues = randomRow(random, 1).ruleIssues;
            list[r].ruleIssues = issues;
            compact.setRuleIssues(r, issues);
            break;
        }
        case 2: {
            const CsvIssues issues = randomRow(random, 1).readIssues;
            list[r].readIssues = issues;
            compact.setReadIssues(r, issues);
            break;
        }
        case 3:
            list.removeAt(r);
            compact.removeAt(r);
            break;
        case 4: {
            const UserImportRow fresh = randomRow(random, step);
            list.insert(r, fresh);
            compact.insert(r, fresh);
            break;
        }
        case 5: {
            const CsvIssue found
                    = issue(step, "user_name", "user_name.duplicate", Severity::Warning);
            list[r].duplicateIssues.append(found);
            compact.appendDuplicateIssue(r, found);
            break;
        }
        case 6:
            if (random.bounded(20) == 0) {
                for (UserImportRow &row : list)
                    row.duplicateIssues.clear();
                compact.clearDuplicateIssues();
            } else {
                list[r].duplicateIssues.clear();
                compact.setDuplicateIssues(r, {});
            }
            break;
        }
        if (step % 100 == 0)
            compareRows(compact, list);
    }
    compareRows(compact, list);
    compareRows(before, original);

    // A discarded table freed in slices.
    qsizetype left = compact.extraCount();
    for (int turn = 0; left > 0 && turn < 1000; ++turn)
        left = compact.releaseExtras(3);
    QCOMPARE(left, 0);
    QVERIFY(compact.isEmpty());
}

void tst_UserImportRows::indexFollowsEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("values"); ///< distinct names (and their case variants)
    QTest::newRow("few values") << 11u << 40 << 3;
    QTest::newRow("some values") << 12u << 60 << 12;
    QTest::newRow("many rows") << 13u << 400 << 30;
    QTest::newRow("one value") << 14u << 25 << 1;
}

void tst_UserImportRows::indexFollowsEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, rows);
    QFETCH(int, values);
    QRandomGenerator random(seed);
    const auto name = [&](const char *prefix) {
        const int v = int(random.bounded(values + 1));
        if (v == values)
            return QString(); // empty values are never duplicates
        const QString text = QString::fromLatin1(prefix) + QString::number(v);
        return random.bounded(2) ? text.toUpper() : text;
    };
    UserImportRows table;
    for (int i = 0; i < rows; ++i) {
        UserImportRow row;
        row.line = i + 2;
        row.item.userName = name("u");
        row.item.computerName = name("pc");
        table.append(row);
    }
    ValidationContext context;
    context.os = OsType::Windows;
    UserImportValidator validator(context);
    validator.indexAll(table);
    QVERIFY(validator.indexes(table));
    for (int step = 0; step < 300; ++step) {
        const int r = int(random.bounded(rows));
        DesktopItem item = table.item(r);
        if (random.bounded(2))
            item.computerName = name("pc");
        else
            item.userName = name("u");
        const bool changed = item.computerName != table.item(r).computerName
                             || item.userName != table.item(r).userName;
        table.setItem(r, item);
        if (changed && step % 7 == 0)
            QVERIFY(!validator.indexes(table));
        const QList<int> touched = validator.reindexRow(table, r);
        QVERIFY(touched.contains(r));
        QVERIFY(validator.indexes(table));

        UserImportRows fresh = table;
        UserImportValidator(context).indexAll(fresh);
        for (int i = 0; i < rows; ++i) {
            QVERIFY2(describe(table.duplicateIssues(i)) == describe(fresh.duplicateIssues(i)),
                     qPrintable(QStringLiteral("step %1 row %2: %3 / %4")
                                        .arg(step)
                                        .arg(i)
                                        .arg(describe(table.duplicateIssues(i)).join(u'|'),
                                             describe(fresh.duplicateIssues(i)).join(u'|'))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_UserImportRows)
#include "tst_userimportrows.moc"
