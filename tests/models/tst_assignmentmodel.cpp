#include "models/csv/assignmentimport.h"
#include "models/itemmodels/assignmentmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/**
 * The pairing table of the assignment dialog: rows per desktop, pairing in order and from a CSV,
 * live AttachRules per row under the desktop's OS, the directory check, and what the service
 * said kept on the row until it is edited.
 */
class tst_AssignmentModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndRemove();
    void pairInOrder();
    void cellRules_data();
    void cellRules();
    void duplicateNewNames();
    void directoryFlagsMissingUsers();
    void sharedUsers();
    void csvMappingFillsRows();
    void submissionStates();
    void bulkEdit();
    void clearDataCheckbox();
    void secondDesktopIsMentioned_data();
    void secondDesktopIsMentioned();

private:
    AssignmentModel *makeModel();
};

namespace {

DesktopInfo desktop(int i, const QString &os = QStringLiteral("Windows"),
                    const QString &type = QStringLiteral("DEDICATED"))
{
    DesktopInfo d;
    d.desktopId = QStringLiteral("desk-%1").arg(i);
    d.computerName = QStringLiteral("PC-%1").arg(i);
    d.osType = os;
    d.desktopType = type;
    d.attachState = QStringLiteral("UNATTACH");
    d.status = QStringLiteral("ACTIVE");
    d.ipAddresses = {QStringLiteral("192.168.0.%1").arg(10 + i)};
    return d;
}

CandidateUser candidate(const QString &name, bool inDirectory = true)
{
    CandidateUser c;
    c.userName = name;
    c.inDirectory = inDirectory;
    c.source = inDirectory ? CandidateUser::Source::Directory : CandidateUser::Source::Typed;
    return c;
}

DirectoryUser dirUser(const QString &name)
{
    DirectoryUser u;
    u.id = QStringLiteral("id-") + name;
    u.userName = name;
    return u;
}

QStringList codesAt(const AssignmentModel &m, int row, int column)
{
    return m.index(row, column).data(AssignmentModel::IssueCodesRole).toStringList();
}

} // namespace

void tst_AssignmentModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

AssignmentModel *tst_AssignmentModel::makeModel()
{
    auto *m = new AssignmentModel(this);
    new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
    return m;
}

void tst_AssignmentModel::addAndRemove()
{
    AssignmentModel *m = makeModel();
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QCOMPARE(m->addDesktops({desktop(1), desktop(2), desktop(1)}), 2);
    QCOMPARE(m->addDesktops({desktop(2), desktop(3)}), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->rowOf(QStringLiteral("desk-3")), 2);
    QCOMPARE(m->index(0, AssignmentModel::StatusColumn).data().toString(),
             QStringLiteral("No user yet"));
    QCOMPARE(m->index(0, AssignmentModel::DesktopColumn).data().toString(), QStringLiteral("PC-1"));
    QVERIFY(m->removeRows(0, 1));
    QCOMPARE(m->rowOf(QStringLiteral("desk-3")), 1);
    QCOMPARE(m->rowOf(QStringLiteral("desk-1")), -1);
    QVERIFY(!m->removeRows(1, 5));
    m->clear();
    QCOMPARE(m->rowCount(), 0);
    delete m;
}

// "Pair in order": the chosen users go, top to bottom, to the desktops without a user; a user
// already paired elsewhere is skipped rather than given two desktops by accident.
void tst_AssignmentModel::pairInOrder()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2, QStringLiteral("Linux")), desktop(3), desktop(4)});
    m->setUser(1, QStringLiteral("carol"));
    const int made = m->pairInOrder({candidate(QStringLiteral("alice")),
                                     candidate(QStringLiteral("carol")),
                                     candidate(QStringLiteral("bob"))});
    QCOMPARE(made, 2);
    QCOMPARE(m->row(0).userName, QStringLiteral("alice"));
    QCOMPARE(m->row(1).userName, QStringLiteral("carol"));
    QCOMPARE(m->row(1).userGroup, QStringLiteral("default")); // Linux default group
    QCOMPARE(m->row(2).userName, QStringLiteral("bob"));
    QCOMPARE(m->row(2).userGroup, QStringLiteral("users"));
    QVERIFY(!m->row(3).isPaired());
    QCOMPARE(m->pairedCount(), 3);
    QCOMPARE(m->sendableRows(), (QList<int>{0, 1, 2}));

    // Pairing into chosen rows replaces what they had.
    QCOMPARE(m->pairInOrder({candidate(QStringLiteral("dave"))}, {0}), 1);
    QCOMPARE(m->row(0).userName, QStringLiteral("dave"));

    m->clearPairing({0, 1});
    QVERIFY(!m->row(0).isPaired());
    QVERIFY(!m->row(1).isPaired());
    QCOMPARE(m->row(2).userName, QStringLiteral("bob"));
    m->clearPairing();
    QCOMPARE(m->pairedCount(), 0);
    delete m;
}

void tst_AssignmentModel::cellRules_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("value"); // for the column (user column: ignored)
    QTest::addColumn<int>("checkedColumn");
    QTest::addColumn<QStringList>("codes");

    const QString win = QStringLiteral("Windows");
    const QString lin = QStringLiteral("Linux");
    QTest::newRow("fine") << win << int(AssignmentModel::GroupColumn) << "alice"
                          << "administrators" << int(AssignmentModel::GroupColumn) << QStringList{};
    QTest::newRow("linux group on windows")
            << win << int(AssignmentModel::GroupColumn) << "alice"
            << "sudo" << int(AssignmentModel::GroupColumn) << QStringList{"user_group.enum"};
    QTest::newRow("windows group on linux")
            << lin << int(AssignmentModel::GroupColumn) << "alice"
            << "users" << int(AssignmentModel::GroupColumn) << QStringList{"user_group.enum"};
    QTest::newRow("user equals current computer name")
            << win << int(AssignmentModel::GroupColumn) << "pc-1"
            << "users" << int(AssignmentModel::UserColumn)
            << QStringList{"user_name.same_as_computer_name"};
    QTest::newRow("user equals new computer name")
            << win << int(AssignmentModel::NewNameColumn) << "alice"
            << "ALICE" << int(AssignmentModel::UserColumn)
            << QStringList{"user_name.same_as_computer_name"};
    QTest::newRow("new name ends with dash")
            << win << int(AssignmentModel::NewNameColumn) << "alice"
            << "PC-" << int(AssignmentModel::NewNameColumn) << QStringList{"computer_name.end"};
    QTest::newRow("new name too long") << win << int(AssignmentModel::NewNameColumn) << "alice"
                                       << "ABCDEFGHIJKLMNOP" << int(AssignmentModel::NewNameColumn)
                                       << QStringList{"computer_name.length"};
    QTest::newRow("bad email") << win << int(AssignmentModel::EmailColumn) << "alice"
                               << "nope" << int(AssignmentModel::EmailColumn)
                               << QStringList{"user_email.format"};
    QTest::newRow("windows user over 20")
            << win << int(AssignmentModel::GroupColumn) << "abcdefghijklmnopqrstu"
            << "users" << int(AssignmentModel::UserColumn) << QStringList{"user_name.length"};
    QTest::newRow("lite_as user starting with digit")
            << lin << int(AssignmentModel::GroupColumn) << "1abc"
            << "default" << int(AssignmentModel::UserColumn) << QStringList{"user_name.start"};
}

void tst_AssignmentModel::cellRules()
{
    QFETCH(QString, os);
    QFETCH(int, column);
    QFETCH(QString, user);
    QFETCH(QString, value);
    QFETCH(int, checkedColumn);
    QFETCH(QStringList, codes);

    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1, os)});
    QVERIFY(m->setData(m->index(0, AssignmentModel::UserColumn), user));
    QVERIFY(m->setData(m->index(0, column), value));
    QCOMPARE(codesAt(*m, 0, checkedColumn), codes);
    QCOMPARE(m->rowHasErrors(0), !codes.isEmpty());
    QCOMPARE(m->index(0, checkedColumn).data(AssignmentModel::SeverityRole).toInt(),
             codes.isEmpty() ? int(Severity::None) : int(Severity::Error));
    // The status column carries the row's worst finding and says it in words.
    const QString status = m->index(0, AssignmentModel::StatusColumn).data().toString();
    if (codes.isEmpty())
        QCOMPARE(status, QStringLiteral("Ready"));
    else
        QVERIFY2(status != QStringLiteral("Ready") && !status.isEmpty(), qPrintable(status));
    delete m;
}

void tst_AssignmentModel::duplicateNewNames()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2), desktop(3)});
    m->setTakenComputerNames({{QStringLiteral("PC-9"), QStringLiteral("desk-9")},
                              {QStringLiteral("PC-1"), QStringLiteral("desk-1")}});
    for (int i = 0; i < 3; ++i)
        m->setUser(i, QStringLiteral("user%1").arg(i));
    m->setData(m->index(0, AssignmentModel::NewNameColumn), QStringLiteral("NEW-A"));
    m->setData(m->index(1, AssignmentModel::NewNameColumn), QStringLiteral("new-a"));
    m->setData(m->index(2, AssignmentModel::NewNameColumn), QStringLiteral("pc-9"));
    QCOMPARE(codesAt(*m, 0, AssignmentModel::NewNameColumn), QStringList{});
    QCOMPARE(codesAt(*m, 1, AssignmentModel::NewNameColumn),
             QStringList{"computer_name.duplicate"});
    QCOMPARE(codesAt(*m, 2, AssignmentModel::NewNameColumn), QStringList{"computer_name.taken"});
    QCOMPARE(m->errorCount(), 2);
    // A desktop may keep its own name.
    m->setData(m->index(0, AssignmentModel::NewNameColumn), QStringLiteral("pc-1"));
    QCOMPARE(codesAt(*m, 0, AssignmentModel::NewNameColumn), QStringList{});
    QCOMPARE(m->errorCount(), 1);
    delete m;
}

void tst_AssignmentModel::directoryFlagsMissingUsers()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2), desktop(3)});
    m->setUser(0, QStringLiteral("alice"));
    m->setUser(1, QStringLiteral("Newbie"));
    m->setUser(2, QStringLiteral("newbie"));
    // Until the directory is known nobody is flagged.
    QCOMPARE(m->missingUsers(), QStringList{});
    m->setDirectory({dirUser(QStringLiteral("Alice"))});
    QCOMPARE(m->row(0).userId, QString()); // set before the directory was known
    QCOMPARE(m->missingUsers(), QStringList{"Newbie"});
    // Newbie is missing, and gets two desktops of this list: both said.
    QCOMPARE(codesAt(*m, 1, AssignmentModel::UserColumn),
             (QStringList{"assign.user_more_desktops", "assign.user_missing"}));
    QCOMPARE(m->index(1, AssignmentModel::UserColumn).data(AssignmentModel::SeverityRole).toInt(),
             int(Severity::Warning));
    QCOMPARE(m->warningCount(), 2); // rows with warnings
    QCOMPARE(m->errorCount(), 0);
    m->setUser(0, QStringLiteral("alice"));
    QCOMPARE(m->row(0).userId, QStringLiteral("id-Alice"));
    const QHash<QString, int> counts = m->pairedCounts();
    QCOMPARE(counts.value(QStringLiteral("newbie")), 2);
    QCOMPARE(counts.value(QStringLiteral("alice")), 1);
    delete m;
}

void tst_AssignmentModel::sharedUsers()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1, QStringLiteral("Windows"), QStringLiteral("SHARED")), desktop(2)});
    QVERIFY(m->index(0, 0).data(AssignmentModel::SharedRole).toBool());
    m->setUser(0, QStringLiteral("alice"));
    AttachUserInfo u1{QStringLiteral("USER"), QString(), QStringLiteral("alice"),
                      QStringLiteral("users"), QString()};
    AttachUserInfo u2{QStringLiteral("USER"), QString(), QStringLiteral("bob"),
                      QStringLiteral("administrators"), QString()};
    AttachUserInfo g{QStringLiteral("GROUP"), QStringLiteral("g-1"), QStringLiteral("研发"),
                     QStringLiteral("users"), QString()};
    m->setSharedUsers(0, {u1, u2, g});
    QVERIFY(m->row(0).userName.isEmpty()); // the flat user gives way to attach_user_infos
    // "group(s)" until the English plural forms are loaded; the summary is what matters.
    QVERIFY(m->index(0, AssignmentModel::UserColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("alice, bob + 1 group")));
    QVERIFY(!(m->flags(m->index(0, AssignmentModel::UserColumn)) & Qt::ItemIsEditable));
    QVERIFY(!m->rowHasErrors(0));
    const AttachRequest r = m->request({0});
    QCOMPARE(r.desktops.size(), 1);
    QCOMPARE(r.desktops.first().attachUserInfos.size(), 3);
    QVERIFY(r.desktops.first().userName.isEmpty());

    // A group without its id is an error on the user column.
    g.userId.clear();
    m->setSharedUsers(0, {u1, g});
    QCOMPARE(codesAt(*m, 0, AssignmentModel::UserColumn), QStringList{"user_id.required"});
    // Users and groups on a dedicated desktop are refused.
    m->setSharedUsers(1, {u1});
    QVERIFY(codesAt(*m, 1, AssignmentModel::UserColumn).contains("assign.infos_need_shared"));
    delete m;
}

// A CSV resolved by AssignmentImport::map fills the table: desktops are added as needed and
// every field lands in its cell, with the CSV line kept on the row.
void tst_AssignmentModel::csvMappingFillsRows()
{
    const QList<DesktopInfo> desktops{desktop(1), desktop(2), desktop(3)};
    const QString csv = QStringLiteral("computer_name,user_name,email,new_computer_name,"
                                       "is_clear_data\n"
                                       "PC-3,carol,carol@example.com,FIN-3,no\n"
                                       "pc-1,alice,,,\n");
    const AssignmentImportResult read = AssignmentImport::read(csv.toUtf8());
    const AssignmentMapping mapping = AssignmentImport::map(read.rows, desktops, {});
    QVERIFY(!mapping.hasErrors());

    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1)});
    QCOMPARE(m->applyMapping(mapping, desktops), 2);
    QCOMPARE(m->rowCount(), 2);
    const int carol = m->rowOf(QStringLiteral("desk-3"));
    QCOMPARE(carol, 1);
    QCOMPARE(m->row(carol).userName, QStringLiteral("carol"));
    QCOMPARE(m->row(carol).userEmail, QStringLiteral("carol@example.com"));
    QCOMPARE(m->row(carol).newComputerName, QStringLiteral("FIN-3"));
    QCOMPARE(m->row(carol).isClearData, std::optional<bool>(false));
    QCOMPARE(m->row(carol).line, 2);
    QCOMPARE(m->index(carol, 0).data(AssignmentModel::LineRole).toInt(), 2);
    QCOMPARE(m->row(0).userName, QStringLiteral("alice"));
    QCOMPARE(m->row(0).userGroup, QStringLiteral("users"));
    QCOMPARE(m->row(0).line, 3);
    delete m;
}

// What the service says stays on the row until the row is edited; assigned rows are done and
// no longer sent or editable; rows in flight are read-only.
void tst_AssignmentModel::submissionStates()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2), desktop(3)});
    for (int i = 0; i < 3; ++i)
        m->setUser(i, QStringLiteral("user%1").arg(i));
    m->setSending({0, 1, 2});
    QCOMPARE(m->sendingCount(), 3);
    QCOMPARE(m->sendableRows(), QList<int>{});
    QVERIFY(!(m->flags(m->index(0, AssignmentModel::UserColumn)) & Qt::ItemIsEditable));
    QVERIFY(!m->removeRows(0, 1));
    m->setProgress(0, QStringLiteral("RUNNING 40%"));
    QCOMPARE(m->index(0, AssignmentModel::StatusColumn).data().toString(),
             QStringLiteral("RUNNING 40%"));

    m->setAssigned(0);
    m->setFailed(1, QStringLiteral("WKS.00010032"), QStringLiteral("The desktop is busy."));
    m->setBlocked(2, QStringLiteral("Not applied: another desktop was refused."));
    QCOMPARE(m->doneCount(), 1);
    QCOMPARE(m->index(0, AssignmentModel::StatusColumn).data().toString(),
             QStringLiteral("Assigned"));
    QCOMPARE(m->index(1, AssignmentModel::StatusColumn).data().toString(),
             QStringLiteral("The desktop is busy."));
    QCOMPARE(codesAt(*m, 1, AssignmentModel::StatusColumn), QStringList{"WKS.00010032"});
    QCOMPARE(m->index(1, AssignmentModel::StatusColumn).data(AssignmentModel::SeverityRole).toInt(),
             int(Severity::Error));
    QCOMPARE(m->index(2, AssignmentModel::StatusColumn).data(AssignmentModel::SeverityRole).toInt(),
             int(Severity::Warning));
    // The service's findings do not block sending again; the rules' do.
    QVERIFY(!m->rowHasErrors(1));
    QCOMPARE(m->sendableRows(), (QList<int>{1, 2}));
    QVERIFY(!(m->flags(m->index(0, AssignmentModel::UserColumn)) & Qt::ItemIsEditable));

    // Editing the failed row makes it a draft again.
    QVERIFY(m->setData(m->index(1, AssignmentModel::EmailColumn), QStringLiteral("u@example.com")));
    QCOMPARE(m->row(1).state, AssignmentRow::State::Editing);
    QCOMPARE(codesAt(*m, 1, AssignmentModel::StatusColumn), QStringList{});

    m->setSending({1});
    m->releaseSending(QStringLiteral("The batch was cancelled."));
    QCOMPARE(m->row(1).state, AssignmentRow::State::Editing);
    QCOMPARE(codesAt(*m, 1, AssignmentModel::StatusColumn), QStringList{"assign.not_applied"});
    delete m;
}

void tst_AssignmentModel::bulkEdit()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2), desktop(3, QStringLiteral("Linux"))});
    for (int i = 0; i < 3; ++i)
        m->setUser(i, QStringLiteral("user%1").arg(i));
    m->setAssigned(0);
    QCOMPARE(m->setColumnForRows({0, 1, 2}, AssignmentModel::GroupColumn,
                                 QStringLiteral("administrators")),
             2);
    QCOMPARE(m->row(0).userGroup, QStringLiteral("users")); // assigned rows are left alone
    QCOMPARE(m->row(1).userGroup, QStringLiteral("administrators"));
    QCOMPARE(codesAt(*m, 2, AssignmentModel::GroupColumn), QStringList{"user_group.enum"});
    QCOMPARE(m->setColumnForRows({1, 2}, AssignmentModel::ClearDataColumn, false), 2);
    QCOMPARE(m->row(2).isClearData, std::optional<bool>(false));
    QCOMPARE(m->setColumnForRows({1}, AssignmentModel::ClearDataColumn, QVariant()), 1);
    QVERIFY(!m->row(1).isClearData.has_value());
    QCOMPARE(m->setColumnForRows({1}, AssignmentModel::StatusColumn, QStringLiteral("x")), 0);
    delete m;
}

// is_clear_data is sent only when the administrator chose it; unset shows the default (clear).
void tst_AssignmentModel::clearDataCheckbox()
{
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1)});
    m->setUser(0, QStringLiteral("alice"));
    const QModelIndex cell = m->index(0, AssignmentModel::ClearDataColumn);
    QVERIFY(m->flags(cell) & Qt::ItemIsUserCheckable);
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!m->request({0}).desktops.first().toJson().contains(QStringLiteral("is_clear_data")));
    QVERIFY(m->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m->request({0}).desktops.first().toJson().value(QStringLiteral("is_clear_data")),
             QJsonValue(false));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    delete m;
}

QTEST_GUILESS_MAIN(tst_AssignmentModel)
void tst_AssignmentModel::secondDesktopIsMentioned_data()
{
    QTest::addColumn<int>("has");         // desktops the user has already
    QTest::addColumn<int>("paired");      // desktops of this list paired with the user
    QTest::addColumn<QString>("message"); // "" = nothing said
    QTest::newRow("a first desktop") << 0 << 1 << QString();
    QTest::newRow("has one already") << 1 << 1 << QStringLiteral("will have 2 desktop");
    QTest::newRow("two of this list") << 0 << 2 << QStringLiteral("will have 2 desktop");
    QTest::newRow("both") << 2 << 2 << QStringLiteral("will have 4 desktop");
}

// Giving a user another desktop is allowed and often a slip: the row says so, as a warning.
void tst_AssignmentModel::secondDesktopIsMentioned()
{
    QFETCH(int, has);
    QFETCH(int, paired);
    QFETCH(QString, message);
    AssignmentModel *m = makeModel();
    m->addDesktops({desktop(1), desktop(2)});
    DirectoryUser alice = dirUser(QStringLiteral("alice"));
    alice.totalDesktops = has;
    m->setDirectory({alice});
    for (int row = 0; row < paired; ++row)
        m->setUser(row, QStringLiteral("alice"));
    for (int row = 0; row < paired; ++row) {
        const Findings findings = m->rowFindings(row);
        const auto it = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return f.code == QLatin1String("assign.user_more_desktops");
        });
        if (message.isEmpty()) {
            QVERIFY(it == findings.cend());
            continue;
        }
        QVERIFY(it != findings.cend());
        QCOMPARE(it->severity, Severity::Warning);
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
    }
    QCOMPARE(m->errorCount(), 0); // allowed
    delete m;
}

#include "tst_assignmentmodel.moc"
