#include "ui/assign/attachsubmission.h"
#include "wsemuwidgettest.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include "api/http/workspaceclient.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"

#include "models/itemmodels/assignmentmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wsc;

/**
 * AttachSubmission against a real wsemu: the reviewed rows become one journaled batch, refused
 * starts send nothing and change no row, the outcome of every desktop comes back onto its row
 * (assigned, or the 409's desktop failed and the rest of its request not applied), and rows
 * already assigned are not sent again.
 */
class tst_AttachSubmission : public WsemuWidgetTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedStartSendsNothing_data();
    void refusedStartSendsNothing();
    void assignsAndReportsEveryRow();
    void conflictLandsOnItsRow();

private:
    QList<DesktopInfo> freeDesktops(int count);
    int attachRequests(const QString &status = QStringLiteral("200"));

    std::unique_ptr<WorkspaceClient> m_client;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobCenter> m_jobs;
    std::unique_ptr<AssignmentModel> m_model;
};

void tst_AttachSubmission::initTestCase()
{
    startEmulator(emptyTenant(), QLocale(QStringLiteral("en_US")));
}

void tst_AttachSubmission::init()
{
    resetToEmpty();
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu);
    c.timeoutMs = 5000;
    m_client = std::make_unique<WorkspaceClient>(c);
    m_jobs = startJobs(m_client.get(), &m_journal);
    QVERIFY(m_jobs);
    m_model = std::make_unique<AssignmentModel>();
    new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_AttachSubmission::cleanup()
{
    m_model.reset();
    m_jobs.reset();
    m_journal.reset();
    m_client.reset();
}

/** @p count new desktops without a user, as the wizard lists them. */
QList<DesktopInfo> tst_AttachSubmission::freeDesktops(int count)
{
    CreateDesktopRequest r = windowsRequest();
    r.size = count;
    r.desktopName = QStringLiteral("SUB");
    auto *create = m_client->createDesktops(r);
    QSignalSpy created(create, &ApiCall::finished);
    if (!created.wait(10000) || !create->isOk())
        return {};
    DesktopQuery query;
    query.userAttached = false;
    auto *list = m_client->allDesktops(query);
    QSignalSpy listed(list, &ApiCall::finished);
    if (!listed.wait(10000) || !list->isOk())
        return {};
    QList<DesktopInfo> out = list->result();
    std::sort(out.begin(), out.end(), [](const DesktopInfo &a, const DesktopInfo &b) {
        return a.computerName < b.computerName;
    });
    return out;
}

int tst_AttachSubmission::attachRequests(const QString &status)
{
    return m_emu.requestCount(QStringLiteral("POST /v2/{project_id}/desktops/attach"), status);
}

void tst_AttachSubmission::refusedStartSendsNothing_data()
{
    QTest::addColumn<QString>("userOfRow0");
    QTest::addColumn<QString>("imageType");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing paired") << ""
                                    << ""
                                    << "No paired desktop";
    QTest::newRow("a row breaks a rule") << "9lives"
                                         << ""
                                         << "has errors";
    // An image type without its id is no longer refused: seed 004 makes each optional
    // ("涉及变更镜像时需传(可选)"); tests/models/tst_attachrules covers it.
}

void tst_AttachSubmission::refusedStartSendsNothing()
{
    QFETCH(QString, userOfRow0);
    QFETCH(QString, imageType);
    QFETCH(QString, expected);

    const QList<DesktopInfo> desktops = freeDesktops(2);
    QCOMPARE(desktops.size(), 2);
    m_model->addDesktops(desktops);
    if (!userOfRow0.isEmpty())
        m_model->setUser(0, userOfRow0);
    AttachSubmission submission(m_jobs.get(), m_model.get());
    AttachRequest options;
    options.imageType = imageType;
    submission.setOptions(options);
    QSignalSpy started(&submission, &AttachSubmission::started);
    QVERIFY(!submission.start(m_model->desktopIds({0, 1})));
    QVERIFY2(submission.startError().contains(expected, Qt::CaseInsensitive),
             qPrintable(submission.startError()));
    QVERIFY(!submission.isRunning());
    QCOMPARE(started.size(), 0);
    QVERIFY(submission.batchId().isEmpty());
    QCOMPARE(m_model->sendingCount(), 0);
    QVERIFY(m_jobs->batches().isEmpty());
    QCOMPARE(attachRequests(), 0);
}

// Three rows, one batch: every row assigned, traced to its CSV line, and none sent again.
void tst_AttachSubmission::assignsAndReportsEveryRow()
{
    const QList<DesktopInfo> desktops = freeDesktops(3);
    QCOMPARE(desktops.size(), 3);
    m_model->addDesktops(desktops);
    for (int row = 0; row < 3; ++row)
        m_model->setUser(row, QStringLiteral("staff%1").arg(row));
    AttachSubmission submission(m_jobs.get(), m_model.get());
    submission.setOrigin(QStringLiteral("/tmp/pairs.csv"));
    const QStringList ids = submission.sendableIds();
    QCOMPARE(ids, m_model->desktopIds({0, 1, 2}));
    QCOMPARE(submission.request(ids).desktops.size(), 3);

    QSignalSpy started(&submission, &AttachSubmission::started);
    QSignalSpy progress(&submission, &AttachSubmission::progressChanged);
    QSignalSpy finished(&submission, &AttachSubmission::finished);
    QVERIFY2(submission.start(ids), qPrintable(submission.startError()));
    QVERIFY(submission.isRunning());
    QCOMPARE(started.size(), 1);
    QCOMPARE(m_model->sendingCount(), 3);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toString(), submission.batchId());
    QCOMPARE(finished.first().at(1).toInt(), 3);
    QCOMPARE(finished.first().at(2).toInt(), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(m_model->doneCount(), 3);
    QCOMPARE(submission.sentIds(), ids);
    QCOMPARE(attachRequests(), 1);
    QCOMPARE(m_jobs->batch(submission.batchId()).origin, QStringLiteral("/tmp/pairs.csv"));
    QCOMPARE(m_jobs->batch(submission.batchId()).kind, BatchKind::Attach);

    // Assigned rows are done: nothing is left to send, and a start with them sends nothing.
    QVERIFY(submission.sendableIds().isEmpty());
    QVERIFY(!submission.start(ids));
    QCOMPARE(attachRequests(), 1);
}

// A desktop attached behind the table's back: the 409 names it; its row fails with the code,
// the other rows of that request are "not applied", and their pairing is kept.
void tst_AttachSubmission::conflictLandsOnItsRow()
{
    const QList<DesktopInfo> desktops = freeDesktops(3);
    QCOMPARE(desktops.size(), 3);
    m_model->addDesktops(desktops);
    for (int row = 0; row < 3; ++row)
        m_model->setUser(row, QStringLiteral("conf%1").arg(row));
    attachElsewhere(m_client.get(), desktops.at(1).desktopId);
    if (QTest::currentTestFailed())
        return;

    AttachSubmission submission(m_jobs.get(), m_model.get());
    QSignalSpy finished(&submission, &AttachSubmission::finished);
    QVERIFY(submission.start(submission.sendableIds()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toInt(), 3);
    QCOMPARE(attachRequests(QStringLiteral("409")), 1);
    QCOMPARE(m_model->row(1).state, AssignmentRow::State::Failed);
    QVERIFY(m_model->index(1, AssignmentModel::StatusColumn)
                    .data(AssignmentModel::IssueCodesRole)
                    .toStringList()
                    .contains(QStringLiteral("WKS.00010032")));
    for (const int other : {0, 2}) {
        QCOMPARE(m_model->row(other).state, AssignmentRow::State::Blocked);
        const QString text = m_model->index(other, AssignmentModel::StatusColumn).data().toString();
        QVERIFY2(text.contains(desktops.at(1).computerName)
                         && text.contains(QLatin1String("row 2")),
                 qPrintable(text));
        QCOMPARE(m_model->row(other).userName, QStringLiteral("conf%1").arg(other));
    }
    // Refused rows may be sent again (the service's findings do not block a resend).
    QCOMPARE(submission.sendableIds().size(), 3);
}

QTEST_MAIN(tst_AttachSubmission)
#include "tst_attachsubmission.moc"
