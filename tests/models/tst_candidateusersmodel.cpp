#include "models/itemmodels/candidateusersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The users list of the assignment dialog: directory users plus typed and CSV names, merged by
 * name (ignoring case) and flagged when the directory lacks them.
 */
class tst_CandidateUsersModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mergesAndFlags_data();
    void mergesAndFlags();
    void directoryReloadKeepsTypedNames();
    void pairedCounts();
    void removeRows();
};

namespace {

DirectoryUser user(const QString &name, const QString &email = {})
{
    DirectoryUser u;
    u.id = QStringLiteral("id-") + name.toLower();
    u.userName = name;
    u.userEmail = email;
    return u;
}

CandidateUser typed(const QString &name,
                    CandidateUser::Source source = CandidateUser::Source::Typed, int line = 0)
{
    CandidateUser c;
    c.userName = name;
    c.source = source;
    c.line = line;
    return c;
}

} // namespace

void tst_CandidateUsersModel::mergesAndFlags_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<bool>("inDirectory");
    QTest::addColumn<QString>("source");
    QTest::newRow("directory name, other case") << "ALICE" << 2 << true << "Directory";
    QTest::newRow("new name") << "carol" << 3 << false << "Not in directory";
}

void tst_CandidateUsersModel::mergesAndFlags()
{
    QFETCH(QString, name);
    QFETCH(int, expectedRows);
    QFETCH(bool, inDirectory);
    QFETCH(QString, source);
    CandidateUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectoryUsers({user(QStringLiteral("alice"), QStringLiteral("a@example.com")),
                             user(QStringLiteral("bob"))});
    const int row = model.addCandidate(typed(name));
    QCOMPARE(model.rowCount(), expectedRows);
    QCOMPARE(model.candidate(row).inDirectory, inDirectory);
    QCOMPARE(model.index(row, CandidateUsersModel::SourceColumn).data().toString(), source);
    QCOMPARE(model.index(row, CandidateUsersModel::NameColumn)
                     .data(CandidateUsersModel::SeverityRole)
                     .toInt(),
             inDirectory ? 0 : 1);
    QCOMPARE(model.rowOf(name.toLower()), row);
    if (inDirectory)
        QCOMPARE(model.candidate(row).userId, QStringLiteral("id-alice"));
}

void tst_CandidateUsersModel::directoryReloadKeepsTypedNames()
{
    CandidateUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Before the directory is read nothing is flagged as missing, only "not checked yet".
    model.addCandidate(typed(QStringLiteral("zoe"), CandidateUser::Source::Csv, 7));
    QCOMPARE(model.index(0, CandidateUsersModel::NameColumn)
                     .data(CandidateUsersModel::SeverityRole)
                     .toInt(),
             0);
    QCOMPARE(model.index(0, CandidateUsersModel::SourceColumn).data().toString(),
             QStringLiteral("Not checked yet"));
    model.setDirectoryUsers({user(QStringLiteral("alice"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("zoe")), 1);
    QVERIFY(!model.candidate(1).inDirectory);
    // The user is created meanwhile: the next read of the directory clears the flag.
    model.setDirectoryUsers({user(QStringLiteral("alice")), user(QStringLiteral("Zoe"))});
    QCOMPARE(model.rowCount(), 2);
    const int zoe = model.rowOf(QStringLiteral("zoe"));
    QVERIFY(model.candidate(zoe).inDirectory);
    QCOMPARE(model.candidate(zoe).line, 7);
    QCOMPARE(model.index(zoe, CandidateUsersModel::SourceColumn).data().toString(),
             QStringLiteral("CSV line 7 (in directory)"));
    QCOMPARE(model.userNames(), (QStringList{"alice", "Zoe"}));
}

void tst_CandidateUsersModel::pairedCounts()
{
    CandidateUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectoryUsers({user(QStringLiteral("alice")), user(QStringLiteral("bob"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPairedCounts({{QStringLiteral("alice"), 2}});
    QCOMPARE(changed.size(), 1);
    model.setPairedCounts({{QStringLiteral("alice"), 2}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, CandidateUsersModel::PairedColumn).data().toInt(), 2);
    QCOMPARE(model.index(1, CandidateUsersModel::PairedColumn).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(CandidateUsersModel::PairedCountRole).toInt(), 2);
}

void tst_CandidateUsersModel::removeRows()
{
    CandidateUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addCandidate(typed(QStringLiteral("a")));
    model.addCandidate(typed(QStringLiteral("b")));
    model.addCandidate(typed(QStringLiteral("c")));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowOf(QStringLiteral("c")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
    QVERIFY(!model.removeRows(0, 3));
}

QTEST_GUILESS_MAIN(tst_CandidateUsersModel)
#include "tst_candidateusersmodel.moc"
