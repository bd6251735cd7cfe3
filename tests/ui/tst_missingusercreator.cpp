#include "ui/assign/missingusercreator.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"

#include "models/itemmodels/assignmentmodel.h"
#include "models/itemmodels/candidateusersmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace wsc;

/**
 * MissingUserCreator against a real wsemu: new users are created (with the email the activation
 * link goes to), a name the directory has already counts as there (409 WKS.00170110 through
 * ErrorCatalog::isAlreadyExists), and a refused one is reported with the service's error.
 */
class tst_MissingUserCreator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void create_data();
    void create();
    void refusesWhileRunningOrEmpty();
    void usersToCreateTakeTheirEmail();

private:
    EmulatorProcess m_emu;
    std::unique_ptr<WorkspaceClient> m_client;
};

void tst_MissingUserCreator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--empty")}),
             qPrintable(m_emu.errorString()));
}

void tst_MissingUserCreator::init()
{
    const QJsonObject reset = m_emu.reset(true);
    QVERIFY2(!reset.contains(QStringLiteral("error_code")),
             QJsonDocument(reset).toJson().constData());
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu);
    c.timeoutMs = 5000;
    m_client = std::make_unique<WorkspaceClient>(c);
}

void tst_MissingUserCreator::cleanup()
{
    m_client.reset();
}

void tst_MissingUserCreator::create_data()
{
    // name=email pairs; an empty email is sent without one.
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("created");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QString>("failCode");

    QTest::newRow("new user") << QStringList{"newbie1=newbie1@example.com"}
                              << QStringList{"newbie1"} << QStringList{} << QStringList{} << "";
    QTest::newRow("exists already, other case")
            << QStringList{"ZhangWei=zw@example.com"} << QStringList{"ZhangWei"}
            << QStringList{"ZhangWei"} << QStringList{} << "";
    QTest::newRow("no email: refused") << QStringList{"noemail="} << QStringList{} << QStringList{}
                                       << QStringList{"noemail"} << "WKS.00010001";
    QTest::newRow("mixed") << QStringList{"newbie2=n2@example.com", "wangfang=wf@example.com",
                                          "bad="}
                           << QStringList{"newbie2", "wangfang"} << QStringList{"wangfang"}
                           << QStringList{"bad"} << "WKS.00010001";
}

void tst_MissingUserCreator::create()
{
    QFETCH(QStringList, users);
    QFETCH(QStringList, created);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, failed);
    QFETCH(QString, failCode);

    QList<DirectoryUser> input;
    for (const QString &pair : std::as_const(users)) {
        DirectoryUser u;
        u.userName = pair.section(QLatin1Char('='), 0, 0);
        u.userEmail = pair.section(QLatin1Char('='), 1);
        input.append(u);
    }
    MissingUserCreator creator(m_client.get());
    QSignalSpy finished(&creator, &MissingUserCreator::finished);
    QSignalSpy userFailed(&creator, &MissingUserCreator::userFailed);
    QVERIFY(creator.start(input));
    QVERIFY(creator.isRunning());
    QVERIFY(finished.wait(15000));
    QVERIFY(!creator.isRunning());
    QCOMPARE(finished.first().at(0).toInt(), int(created.size()));
    QCOMPARE(finished.first().at(1).toInt(), int(failed.size()));
    QCOMPARE(userFailed.size(), int(failed.size()));

    QStringList createdNames;
    for (const DirectoryUser &u : creator.created()) {
        createdNames.append(u.userName);
        // Those made here carry the id the directory gave them.
        if (!existing.contains(u.userName))
            QVERIFY2(!u.id.isEmpty(), qPrintable(u.userName));
    }
    createdNames.sort();
    created.sort();
    QCOMPARE(createdNames, created);
    QCOMPARE(creator.existing(), existing);
    QStringList failedNames;
    for (const auto &f : creator.failures()) {
        failedNames.append(f.first);
        QCOMPARE(f.second.errorCode, failCode);
        QVERIFY(!ErrorCatalog::isAlreadyExists(f.second));
    }
    QCOMPARE(failedNames, failed);

    // The directory has every user created or existing, with the email sent for the new ones.
    auto *list = m_client->users({});
    QSignalSpy got(list, &ApiCall::finished);
    QVERIFY(got.wait(10000));
    QVERIFY(list->isOk());
    for (const QString &name : std::as_const(created)) {
        bool found = false;
        for (const DirectoryUser &u : list->result())
            found = found || u.userName.compare(name, Qt::CaseInsensitive) == 0;
        QVERIFY2(found, qPrintable(name));
    }
    for (const DirectoryUser &u : list->result()) {
        if (u.userName == QLatin1String("newbie1"))
            QCOMPARE(u.userEmail, QStringLiteral("newbie1@example.com"));
        QVERIFY2(!failed.contains(u.userName), qPrintable(u.userName));
    }
    list->deleteLater();
}

void tst_MissingUserCreator::refusesWhileRunningOrEmpty()
{
    MissingUserCreator creator(m_client.get());
    QVERIFY(!creator.start({}));
    DirectoryUser u;
    u.userName = QStringLiteral("once");
    u.userEmail = QStringLiteral("once@example.com");
    QSignalSpy finished(&creator, &MissingUserCreator::finished);
    QVERIFY(creator.start({u}));
    QVERIFY(!creator.start({u})); // one run at a time: nobody is created twice
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 1);
}

// The email of a user to create comes from its row, else from the users list (a CSV of users).
void tst_MissingUserCreator::usersToCreateTakeTheirEmail()
{
    AssignmentModel assignment;
    CandidateUsersModel candidates;
    new QAbstractItemModelTester(
            &assignment, QAbstractItemModelTester::FailureReportingMode::QtTest, &assignment);
    new QAbstractItemModelTester(
            &candidates, QAbstractItemModelTester::FailureReportingMode::QtTest, &candidates);
    DirectoryUser known;
    known.id = QStringLiteral("u1");
    known.userName = QStringLiteral("zhangwei");
    assignment.setDirectory({known});
    candidates.setDirectoryUsers({known});
    QList<DesktopInfo> desktops;
    for (int i = 0; i < 3; ++i) {
        DesktopInfo d;
        d.desktopId = QStringLiteral("d%1").arg(i);
        d.computerName = QStringLiteral("PC-%1").arg(i);
        d.osType = QStringLiteral("Windows");
        desktops.append(d);
    }
    QCOMPARE(assignment.addDesktops(desktops), 3);
    CandidateUser fromCsv;
    fromCsv.userName = QStringLiteral("carol");
    fromCsv.userEmail = QStringLiteral("carol@example.com");
    fromCsv.source = CandidateUser::Source::Csv;
    candidates.addCandidate(fromCsv);
    assignment.setUser(0, QStringLiteral("zhangwei"));
    assignment.setUser(1, QStringLiteral("bob"), QStringLiteral("bob@example.com"));
    assignment.setUser(2, QStringLiteral("Carol"));

    const QList<DirectoryUser> users = MissingUserCreator::usersToCreate(assignment, candidates);
    QStringList got;
    for (const DirectoryUser &u : users)
        got.append(u.userName + QLatin1Char('=') + u.userEmail);
    QCOMPARE(got, (QStringList{"bob=bob@example.com", "Carol=carol@example.com"}));
}

QTEST_MAIN(tst_MissingUserCreator)
#include "tst_missingusercreator.moc"
