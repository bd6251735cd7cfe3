#include "api/http/workspaceclient.h"
#include "api/jobs/batchoperation.h"
#include "api/jobs/jobcenter.h"
#include "api/jobs/jobjournal.h"
#include "api/jobs/retryplanner.h"

#include "models/rules/catalogrules.h"
#include "support/batchfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace wsc;

/**
 * The truth per desktop, against wsemu: for every batch shape (desktops named in desktops[],
 * unnamed ones made with `size`, assignments; several chunk sizes) and every outcome (no
 * sub-job failing, 40 %, all of them, a job FAILED with successful sub-jobs, a chunk refused
 * among accepted ones, answers lost on the way back), what JobCenter says of each desktop is
 * what ListDesktopsDetail shows, and retrying the failed ones converges to exactly the desktops
 * asked for: never more, never fewer.
 */
namespace {

/**
 * A JobCenter on a journal and a client of its own, wired as the matrices run their batches:
 * quick retries, quick polls, lost answers looked up after 100 ms.
 */
struct Engine
{
    Engine(const QString &journalPath, const ConnectionConfig &config)
        : journal(journalPath)
        , client(config)
    {
        opened = journal.open();
        client.setRetryPolicy(BatchFixture::fastRetries());
        center = std::make_unique<JobCenter>(&client, &journal, QStringLiteral("sandbox"));
        center->setPollIntervals(50, 200);
        center->setReconcileDelayMs(100);
    }

    JobJournal journal;
    WorkspaceClient client;
    std::unique_ptr<JobCenter> center;
    bool opened = false;
};

} // namespace

class tst_BatchTruth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createMatrix_data();
    void createMatrix();
    void attachMatrix_data();
    void attachMatrix();
    void day2Matrix_data();
    void day2Matrix();
    void answeredAtOnce_data();
    void answeredAtOnce();

private:
    enum class Shape { Named, Unnamed };

    QList<DesktopInfo> serviceDesktops();
    /** Checks every item of @p batchId against the service; counts what it saw. */
    void checkAgainstService(JobCenter &center, const QString &batchId);
    /** The summary's counts are the items' counted, and every desktop has an outcome. */
    static void compareTally(const BatchSummary &s, int succeeded, int failed, int refused);
    QString journalPath();
    /** Makes @p count desktops with users through the engine; their ids and names. */
    bool makeDesktops(int count, QStringList *ids, QStringList *names);
    /** Waits for a direct call and says whether it succeeded. */
    static bool finishedOk(ApiCall *call);
    /** wsemu's faults for @p fault ("lost", "reset" or none) and @p failRate, reseeded. */
    QJsonObject faultSettings(const QString &fault, double failRate, int seed);
    /** Turns the faults off again; the number of @p fault faults wsemu made meanwhile. */
    int endFaults(const QString &fault);

    BatchFixture m_tenant;
    QTemporaryDir m_dir;
};

void tst_BatchTruth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_tenant.start({QStringLiteral("--seed"), QStringLiteral("11")}),
             qPrintable(m_tenant.errorString()));
}

void tst_BatchTruth::init()
{
    QVERIFY(m_tenant.resetTenant());
}

QString tst_BatchTruth::journalPath()
{
    return m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                          + QStringLiteral(".sqlite"));
}

QList<DesktopInfo> tst_BatchTruth::serviceDesktops()
{
    WorkspaceClient client(m_tenant.config());
    auto *call = client.allDesktops(DesktopQuery());
    QSignalSpy spy(call, &ApiCall::finished);
    if (!call->isFinished() && !spy.wait(30000))
        return {};
    return call->result();
}

void tst_BatchTruth::compareTally(const BatchSummary &s, int succeeded, int failed, int refused)
{
    QCOMPARE(s.succeeded, succeeded);
    QCOMPARE(s.failed, failed);
    QCOMPARE(s.refused, refused);
    QCOMPARE(s.succeeded + s.failed + s.refused, s.desktops);
}

void tst_BatchTruth::checkAgainstService(JobCenter &center, const QString &batchId)
{
    const BatchSummary s = center.batch(batchId);
    QVERIFY(s.isFinished());
    QHash<QString, DesktopInfo> byId;
    QHash<QString, DesktopInfo> byName;
    for (const DesktopInfo &d : serviceDesktops()) {
        byId.insert(d.desktopId, d);
        byName.insert(d.computerName.toLower(), d);
    }
    int succeeded = 0;
    int failed = 0;
    int refused = 0;
    QSet<QString> ids;
    for (const BatchItem &i : center.items(batchId)) {
        const QString row
                = QStringLiteral("row %1 (%2)").arg(i.sourceIndex + 1).arg(i.statusName());
        switch (i.outcome()) {
        case BatchItem::Outcome::Succeeded: {
            ++succeeded;
            QVERIFY2(!i.desktopId.isEmpty(), qPrintable(row + QStringLiteral(": no desktop id")));
            QVERIFY2(!ids.contains(i.desktopId), qPrintable(row + QStringLiteral(": twice")));
            ids.insert(i.desktopId);
            QVERIFY2(byId.contains(i.desktopId), qPrintable(row + QStringLiteral(": not listed")));
            const DesktopInfo d = byId.value(i.desktopId);
            if (s.kind == BatchKind::Create) {
                QCOMPARE(d.status, QStringLiteral("ACTIVE"));
                QCOMPARE(d.computerName.toLower(), i.computerName.toLower());
            } else {
                QCOMPARE(d.attachState, QStringLiteral("ATTACHED"));
                QCOMPARE(d.userName, i.userName);
            }
            break;
        }
        case BatchItem::Outcome::Failed: {
            ++failed;
            QVERIFY2(!i.message.isEmpty(), qPrintable(row + QStringLiteral(": no reason")));
            // Its own sub-job's reason, not the job's summary of all of them.
            QVERIFY2(!i.message.contains(QLatin1String("sub-jobs failed")),
                     qPrintable(row + QStringLiteral(": ") + i.message));
            QVERIFY2(!i.desktopId.isEmpty(), qPrintable(row + QStringLiteral(": no desktop id")));
            const DesktopInfo d = byId.value(i.desktopId);
            if (s.kind == BatchKind::Create)
                QCOMPARE(d.status, QStringLiteral("ERROR"));
            else
                QVERIFY2(d.attachState != QLatin1String("ATTACHED"), qPrintable(row));
            break;
        }
        case BatchItem::Outcome::Refused:
            ++refused;
            QVERIFY2(!i.errorCode.isEmpty(), qPrintable(row + QStringLiteral(": no error code")));
            QVERIFY2(i.subJobId.isEmpty(), qPrintable(row));
            break;
        default:
            QFAIL(qPrintable(row + QStringLiteral(": undecided in a finished batch")));
        }
    }
    compareTally(s, succeeded, failed, refused);
}

void tst_BatchTruth::createMatrix_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("lostRate");
    QTest::addColumn<bool>("refuseOneChunk");

    const int named = int(Shape::Named);
    const int unnamed = int(Shape::Unnamed);
    QTest::newRow("named, none failing") << named << 30 << 50 << 0.0 << 0.0 << false;
    QTest::newRow("named, 40% failing") << named << 30 << 50 << 0.4 << 0.0 << false;
    QTest::newRow("named, all failing") << named << 12 << 50 << 1.0 << 0.0 << false;
    QTest::newRow("named, mixed sizes of 7, 40%") << named << 23 << 7 << 0.4 << 0.0 << false;
    QTest::newRow("named, refused chunk among accepted") << named << 30 << 10 << 0.4 << 0.0 << true;
    QTest::newRow("named, lost answers") << named << 30 << 10 << 0.3 << 0.3 << false;
    QTest::newRow("unnamed, none failing") << unnamed << 20 << 50 << 0.0 << 0.0 << false;
    QTest::newRow("unnamed, 45% failing") << unnamed << 20 << 50 << 0.45 << 0.0 << false;
    QTest::newRow("unnamed, all failing") << unnamed << 12 << 50 << 1.0 << 0.0 << false;
    QTest::newRow("unnamed, 51 in 49 + 2, 40%") << unnamed << 51 << 50 << 0.4 << 0.0 << false;
}

void tst_BatchTruth::createMatrix()
{
    QFETCH(int, shape);
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(double, failRate);
    QFETCH(double, lostRate);
    QFETCH(bool, refuseOneChunk);

    const QString prefix = QStringLiteral("TR");
    CreateDesktopRequest request;
    int preexisting = 0;
    if (Shape(shape) == Shape::Named) {
        request = m_tenant.request(count, prefix, 0);
    } else {
        request = m_tenant.request(0, prefix, 0);
        request.desktops.clear();
        request.size = count;
        request.desktopName = QStringLiteral("LAB");
    }
    if (refuseOneChunk) {
        // A desktop that already holds the name of a row of the second chunk: the service
        // refuses that whole request and creates nothing of it.
        CreateDesktopRequest taken = m_tenant.request(0, prefix, 0);
        DesktopItem d = request.desktops.at(cap + 2);
        d.userName = QStringLiteral("someoneelse");
        taken.desktops = {d};
        JobJournal journal(journalPath());
        QVERIFY(journal.open());
        WorkspaceClient client(m_tenant.config());
        JobCenter center(&client, &journal, QStringLiteral("sandbox"));
        center.setPollIntervals(50, 200);
        const QString id = center.startCreate(taken, {});
        QVERIFY(BatchFixture::waitFinished(center, id));
        QCOMPARE(center.batch(id).succeeded, 1);
        preexisting = 1;
    }
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), failRate},
                                   {QStringLiteral("lost_rate"), lostRate},
                                   {QStringLiteral("seed"), 17}});

    ConnectionConfig config = m_tenant.config();
    config.createCap = cap;
    Engine engine(journalPath(), config);
    QVERIFY(engine.opened);
    JobCenter &center = *engine.center;
    center.setCleanupPollMs(50);

    QString id = center.startCreate(request, {});
    QVERIFY2(!id.isEmpty(), qPrintable(center.lastError()));
    QVERIFY(BatchFixture::waitFinished(center, id));
    checkAgainstService(center, id);
    if (QTest::currentTestFailed())
        return;
    const BatchSummary first = center.batch(id);
    if (failRate >= 1.0)
        QCOMPARE(first.failed, count);
    if (failRate == 0.0 && !refuseOneChunk)
        QCOMPARE(first.succeeded, count);
    if (refuseOneChunk)
        QCOMPARE(first.refused, cap); // the whole second request, nothing else

    // Retry the failed desktops until none is left (the service recovers after a while).
    m_tenant.emulator().configure({{QStringLiteral("lost_rate"), 0.0}});
    for (int round = 0; round < 12 && center.retriableCount(id) > 0; ++round) {
        if (round >= 2)
            m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0.0}});
        const int retriable = center.retriableCount(id);
        const QString retry = center.retryFailed(id);
        QVERIFY2(!retry.isEmpty(), qPrintable(center.lastError()));
        QCOMPARE(center.batch(retry).desktops, retriable);
        QVERIFY(BatchFixture::waitFinished(center, retry));
        checkAgainstService(center, retry);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(center.batch(retry).refused, 0);
        id = retry;
    }
    QCOMPARE(center.retriableCount(id), 0);

    // Exactly the desktops asked for (refused rows are not made; a pre-existing one stays).
    const int expected = count - first.refused + preexisting;
    const QRegularExpression ours(Shape(shape) == Shape::Named
                                          ? QStringLiteral("^%1\\d+$").arg(prefix)
                                          : QStringLiteral("^LAB\\d+$"),
                                  QRegularExpression::CaseInsensitiveOption);
    int active = 0;
    int other = 0;
    QSet<QString> names;
    for (const DesktopInfo &d : serviceDesktops()) {
        if (!ours.match(d.computerName).hasMatch())
            continue;
        QVERIFY2(!names.contains(d.computerName.toLower()), qPrintable(d.computerName));
        names.insert(d.computerName.toLower());
        if (d.status == QLatin1String("ACTIVE"))
            ++active;
        else
            ++other;
    }
    QCOMPARE(other, 0);
    QCOMPARE(active, expected);
}

void tst_BatchTruth::attachMatrix_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("failRate");
    QTest::newRow("none failing") << 12 << 50 << 0.0;
    QTest::newRow("40% failing, chunks of 5") << 20 << 5 << 0.4;
    QTest::newRow("all failing") << 8 << 50 << 1.0;
}

void tst_BatchTruth::attachMatrix()
{
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(double, failRate);

    // Desktops without users, made through the engine too.
    JobJournal journal(journalPath());
    QVERIFY(journal.open());
    ConnectionConfig config = m_tenant.config();
    config.attachCap = cap;
    WorkspaceClient client(config);
    JobCenter center(&client, &journal, QStringLiteral("sandbox"));
    center.setPollIntervals(50, 200);
    CreateDesktopRequest bare = m_tenant.request(0, QStringLiteral("AT"), 0);
    bare.desktops.clear();
    bare.size = count;
    bare.desktopName = QStringLiteral("ATT");
    const QString made = center.startCreate(bare, {});
    QVERIFY(BatchFixture::waitFinished(center, made));
    QCOMPARE(center.batch(made).succeeded, count);

    m_tenant.emulator().configure(
            {{QStringLiteral("subjob_fail_rate"), failRate}, {QStringLiteral("seed"), 23}});
    AttachRequest attach;
    for (const BatchItem &i : center.items(made)) {
        AttachDesktop d;
        d.desktopId = i.desktopId;
        d.userName = QStringLiteral("tu%1").arg(i.sourceIndex);
        d.userGroup = QStringLiteral("default");
        attach.desktops << d;
    }
    QString id = center.startAttach(attach, {});
    QVERIFY(BatchFixture::waitFinished(center, id));
    checkAgainstService(center, id);
    if (QTest::currentTestFailed())
        return;
    for (int round = 0; round < 12 && center.retriableCount(id) > 0; ++round) {
        if (round >= 2)
            m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0.0}});
        const QString retry = center.retryFailed(id);
        QVERIFY2(!retry.isEmpty(), qPrintable(center.lastError()));
        QCOMPARE(center.batch(retry).kind, BatchKind::Attach);
        QVERIFY(BatchFixture::waitFinished(center, retry));
        checkAgainstService(center, retry);
        if (QTest::currentTestFailed())
            return;
        id = retry;
    }
    int attached = 0;
    for (const DesktopInfo &d : serviceDesktops()) {
        if (d.computerName.startsWith(QLatin1String("ATT")))
            attached += d.attachState == QLatin1String("ATTACHED") && !d.userName.isEmpty();
    }
    QCOMPARE(attached, count);
}

bool tst_BatchTruth::finishedOk(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!call->isFinished() && !spy.wait(30000))
        return false;
    return call->isOk();
}

bool tst_BatchTruth::makeDesktops(int count, QStringList *ids, QStringList *names)
{
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0.0}});
    JobJournal journal(journalPath());
    if (!journal.open())
        return false;
    WorkspaceClient client(m_tenant.config());
    JobCenter center(&client, &journal, QStringLiteral("sandbox"));
    center.setPollIntervals(50, 200);
    const QString made = center.startCreate(m_tenant.request(count, QStringLiteral("DT"), 0), {});
    if (!BatchFixture::waitFinished(center, made) || center.batch(made).succeeded != count)
        return false;
    for (const BatchItem &i : center.items(made)) {
        *ids << i.desktopId;
        *names << i.computerName;
    }
    return true;
}

QJsonObject tst_BatchTruth::faultSettings(const QString &fault, double failRate, int seed)
{
    return {{QStringLiteral("subjob_fail_rate"), failRate},
            {QStringLiteral("lost_rate"), fault == QLatin1String("lost") ? 0.7 : 0.0},
            {QStringLiteral("reset_rate"), fault == QLatin1String("reset") ? 0.3 : 0.0},
            {QStringLiteral("seed"), seed}};
}

int tst_BatchTruth::endFaults(const QString &fault)
{
    const int made = m_tenant.emulator()
                             .state()
                             .value(QStringLiteral("requests"))
                             .toObject()
                             .value(QStringLiteral("faults"))
                             .toObject()
                             .value(fault)
                             .toInt();
    m_tenant.emulator().configure(
            {{QStringLiteral("lost_rate"), 0.0}, {QStringLiteral("reset_rate"), 0.0}});
    return made;
}

void tst_BatchTruth::day2Matrix_data()
{
    // prepared: desktops put beforehand in a state the action refuses one by one (already
    // stopped; no user to detach). busy: the first desktop has a task running when the batch is
    // sent (a 409 refuses its whole request for the kinds without failed_operation_list).
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("failRate");
    QTest::addColumn<int>("prepared");
    QTest::addColumn<bool>("busy");
    // fault: "lost" answers dropped after the service acted, "reset" connections dropped before
    // it saw the request (the engine must look before it decides, and send nothing twice).
    QTest::addColumn<QString>("fault");

    const QString none;
    QTest::newRow("stop, none failing, chunks of 5")
            << "stop" << 12 << 5 << 0.0 << 0 << false << none;
    QTest::newRow("stop, 40% failing") << "stop" << 12 << 100 << 0.4 << 0 << false << none;
    QTest::newRow("stop, 3 already stopped") << "stop" << 10 << 4 << 0.0 << 3 << false << none;
    QTest::newRow("stop, one busy") << "stop" << 8 << 4 << 0.0 << 0 << true << none;
    QTest::newRow("hibernate, 40% failing") << "hibernate" << 10 << 3 << 0.4 << 0 << false << none;
    QTest::newRow("delete, chunks of 7") << "delete" << 20 << 7 << 0.0 << 0 << false << none;
    QTest::newRow("delete, 409 on one chunk") << "delete" << 12 << 4 << 0.0 << 0 << true << none;
    QTest::newRow("detach, 2 without users") << "detach" << 9 << 4 << 0.0 << 2 << false << none;
    QTest::newRow("resize, 40% failing") << "resize" << 10 << 4 << 0.4 << 0 << false << none;
    QTest::newRow("resize, 409 on one chunk") << "resize" << 8 << 4 << 0.0 << 0 << true << none;
    QTest::newRow("rebuild, 40% failing") << "rebuild" << 10 << 4 << 0.4 << 0 << false << none;
    const QString lost = QStringLiteral("lost");
    const QString reset = QStringLiteral("reset");
    QTest::newRow("stop, answers lost") << "stop" << 12 << 2 << 0.0 << 0 << false << lost;
    QTest::newRow("stop, 2 already stopped, answers lost")
            << "stop" << 10 << 2 << 0.0 << 2 << false << lost;
    QTest::newRow("stop, 40% failing, answers lost")
            << "stop" << 12 << 3 << 0.4 << 0 << false << lost;
    QTest::newRow("stop, connections reset") << "stop" << 12 << 2 << 0.0 << 0 << false << reset;
    QTest::newRow("detach, answers lost") << "detach" << 10 << 2 << 0.0 << 0 << false << lost;
    QTest::newRow("detach, connections reset") << "detach" << 10 << 2 << 0.0 << 0 << false << reset;
    QTest::newRow("rebuild, answers lost") << "rebuild" << 10 << 2 << 0.0 << 0 << false << lost;
    QTest::newRow("rebuild, connections reset")
            << "rebuild" << 10 << 2 << 0.0 << 0 << false << reset;
    QTest::newRow("resize, answers lost") << "resize" << 10 << 2 << 0.0 << 0 << false << lost;
    QTest::newRow("resize, 40% failing, answers lost")
            << "resize" << 10 << 2 << 0.4 << 0 << false << lost;
    QTest::newRow("resize, connections reset") << "resize" << 10 << 2 << 0.0 << 0 << false << reset;
}

void tst_BatchTruth::day2Matrix()
{
    QFETCH(QString, action);
    QFETCH(int, count);
    QFETCH(int, cap);
    QFETCH(double, failRate);
    QFETCH(int, prepared);
    QFETCH(bool, busy);
    QFETCH(QString, fault);

    QStringList ids;
    QStringList names;
    QVERIFY(makeDesktops(count, &ids, &names));
    QString newProduct;
    QString newImage;
    QString newImageType;
    {
        // Another product and image for the same system and architecture as the desktops'.
        WorkspaceClient client(m_tenant.config());
        auto *products = client.products();
        auto *images = client.images();
        QVERIFY(finishedOk(products) && finishedOk(images));
        Product current;
        ImageInfo currentImage;
        for (const Product &p : products->result())
            current = p.productId == m_tenant.productId() ? p : current;
        for (const ImageInfo &i : images->result())
            currentImage = i.id == m_tenant.imageId() ? i : currentImage;
        for (const Product &p : products->result()) {
            if (newProduct.isEmpty() && p.productId != current.productId
                && p.architecture == current.architecture
                && CatalogRules::productOs(p) == CatalogRules::productOs(current))
                newProduct = p.productId;
        }
        for (const ImageInfo &i : images->result()) {
            if (newImage.isEmpty() && i.id != currentImage.id
                && CatalogRules::imageFitsProduct(i, current)) {
                newImage = i.id;
                newImageType = i.imageType;
            }
        }
        QVERIFY2(!newProduct.isEmpty() && !newImage.isEmpty(),
                 qPrintable(current.productId + QLatin1Char(' ') + currentImage.id));
        for (int i = 0; i < prepared; ++i) {
            if (action == QLatin1String("detach")) {
                BatchDetachRequest r;
                r.desktopIds = {ids.at(i)};
                QVERIFY(finishedOk(client.batchDetachDesktops(r)));
            } else {
                DesktopActionRequest r;
                r.desktopIds = {ids.at(i)};
                r.action = DesktopActionRequest::Action::Stop;
                QVERIFY(finishedOk(client.runDesktopAction(r)));
            }
        }
        if (busy) {
            // A reboot that takes a few seconds keeps the first desktop busy.
            m_tenant.emulator().configure({{QStringLiteral("time_scale"), 2}});
            DesktopActionRequest r;
            r.desktopIds = {ids.first()};
            r.action = DesktopActionRequest::Action::Reboot;
            QVERIFY(finishedOk(client.runDesktopAction(r)));
            m_tenant.emulator().configure({{QStringLiteral("time_scale"), 0}});
        }
    }
    QHash<QString, DesktopInfo> before;
    for (const DesktopInfo &d : serviceDesktops())
        before.insert(d.desktopId, d);
    const BatchKind kindAsked = action == QLatin1String("delete")    ? BatchKind::Delete
                                : action == QLatin1String("detach")  ? BatchKind::Detach
                                : action == QLatin1String("resize")  ? BatchKind::Resize
                                : action == QLatin1String("rebuild") ? BatchKind::Rebuild
                                                                     : BatchKind::Power;
    const QString jobType = BatchOperation::of(kindAsked).jobType();
    // The sub-jobs of the batch's job type per desktop, on the service (jobs made before the
    // batch left out): a request carried out twice would show a desktop twice.
    const auto subJobsPerDesktop = [&](const QSet<QString> &skipJobs, QSet<QString> *jobs) {
        QHash<QString, int> count;
        const QJsonArray all = m_tenant.emulator().jobs().value(QStringLiteral("jobs")).toArray();
        for (const QJsonValue &v : all) {
            const QJsonObject job = v.toObject();
            const QString jobId = job.value(QStringLiteral("id")).toString();
            if (jobs)
                jobs->insert(jobId);
            if (job.value(QStringLiteral("job_type")).toString() != jobType
                || skipJobs.contains(jobId))
                continue;
            for (const QJsonValue &sub : job.value(QStringLiteral("sub_jobs")).toArray())
                count[sub[QStringLiteral("entities")][QStringLiteral("desktop_id")].toString()]++;
        }
        return count;
    };
    QSet<QString> jobsBefore;
    subJobsPerDesktop({}, &jobsBefore);
    m_tenant.emulator().configure(faultSettings(fault, failRate, 29));

    ConnectionConfig config = m_tenant.config();
    config.actionCap = cap;
    Engine engine(journalPath(), config);
    QVERIFY(engine.opened);
    JobCenter &center = *engine.center;
    BatchSource source;
    source.origin = QStringLiteral("test");
    source.names = names;
    QString id;
    if (action == QLatin1String("stop") || action == QLatin1String("hibernate")) {
        DesktopActionRequest r;
        r.desktopIds = ids;
        r.action = action == QLatin1String("stop") ? DesktopActionRequest::Action::Stop
                                                   : DesktopActionRequest::Action::Hibernate;
        id = center.startDesktopAction(r, source);
    } else if (action == QLatin1String("delete")) {
        DeleteDesktopsRequest r;
        r.desktopIds = ids;
        id = center.startDelete(r, source);
    } else if (action == QLatin1String("detach")) {
        BatchDetachRequest r;
        r.desktopIds = ids;
        id = center.startDetach(r, source);
    } else if (action == QLatin1String("resize")) {
        ResizeRequest r;
        r.desktopIds = ids;
        r.productId = newProduct;
        id = center.startResize(r, source);
    } else {
        RebuildRequest r;
        r.desktopIds = ids;
        r.imageType = newImageType;
        r.imageId = newImage;
        id = center.startRebuild(r, source);
    }
    QVERIFY2(!id.isEmpty(), qPrintable(center.lastError()));
    QVERIFY(BatchFixture::waitFinished(center, id));
    if (!fault.isEmpty())
        QVERIFY2(endFaults(fault) > 0, qPrintable(fault + QStringLiteral(": none")));

    // Done: the target state; failed or refused: as it was before.
    const auto done = [&](const DesktopInfo *d) -> bool {
        if (action == QLatin1String("delete"))
            return d == nullptr;
        if (!d)
            return false;
        if (action == QLatin1String("stop"))
            return d->status == QLatin1String("SHUTOFF");
        if (action == QLatin1String("hibernate"))
            return d->status == QLatin1String("HIBERNATED");
        if (action == QLatin1String("detach"))
            return d->attachState == QLatin1String("UNATTACH") && d->userName.isEmpty();
        if (action == QLatin1String("resize"))
            return d->productId == newProduct;
        return d->imageId == newImage;
    };
    const auto unchanged = [&](const DesktopInfo *d, const DesktopInfo &was) -> bool {
        return d && d->status == was.status && d->productId == was.productId
               && d->imageId == was.imageId && d->attachState == was.attachState;
    };
    const auto check = [&](const QString &batchId) {
        QHash<QString, DesktopInfo> now;
        for (const DesktopInfo &d : serviceDesktops())
            now.insert(d.desktopId, d);
        const BatchSummary s = center.batch(batchId);
        QVERIFY(s.isFinished());
        int succeeded = 0, failed = 0, refused = 0;
        for (const BatchItem &i : center.items(batchId)) {
            const QString row = QStringLiteral("row %1 %2 (%3): ")
                                        .arg(i.sourceIndex + 1)
                                        .arg(i.computerName, i.statusName());
            QVERIFY2(ids.contains(i.desktopId), qPrintable(row + i.desktopId));
            QCOMPARE(i.computerName, names.at(ids.indexOf(i.desktopId)));
            const auto it = now.constFind(i.desktopId);
            const DesktopInfo *d = it == now.constEnd() ? nullptr : &*it;
            switch (i.outcome()) {
            case BatchItem::Outcome::Succeeded:
                ++succeeded;
                QVERIFY2(done(d), qPrintable(row + QStringLiteral("not done on the service")));
                break;
            case BatchItem::Outcome::Failed:
                ++failed;
                QVERIFY2(!i.message.isEmpty(), qPrintable(row + QStringLiteral("no reason")));
                QVERIFY2(unchanged(d, before.value(i.desktopId)),
                         qPrintable(row + QStringLiteral("changed on the service")));
                break;
            case BatchItem::Outcome::Refused:
                ++refused;
                QCOMPARE(i.httpStatus, 409);
                QCOMPARE(i.errorCode, QStringLiteral("WKS.00010032"));
                QVERIFY2(unchanged(d, before.value(i.desktopId)),
                         qPrintable(row + QStringLiteral("changed on the service")));
                break;
            default:
                QFAIL(qPrintable(row + QStringLiteral("undecided in a finished batch")));
            }
        }
        compareTally(s, succeeded, failed, refused);
    };
    check(id);
    if (QTest::currentTestFailed())
        return;
    const BatchSummary first = center.batch(id);
    QCOMPARE(first.desktops, count);
    QCOMPARE(first.kind, BatchOperation::of(first.kind).kind());
    if (failRate == 0.0 && !busy)
        QCOMPARE(first.succeeded, count - prepared);
    if (prepared > 0)
        QCOMPARE(first.failed, prepared);
    if (busy && (action == QLatin1String("delete") || action == QLatin1String("resize")))
        QCOMPARE(first.refused, cap); // the whole first request, nothing else
    if (busy && action == QLatin1String("stop"))
        QCOMPARE(first.failed, 1); // refused alone, in failed_operation_list
    if (!fault.isEmpty()) {
        // Nothing carried out twice: one sub-job per desktop the service worked on, none for
        // those it refused at once; and every succeeded or failed one has its sub-job.
        const QHash<QString, int> subJobs = subJobsPerDesktop(jobsBefore, nullptr);
        for (const BatchItem &i : center.items(id)) {
            const int n = subJobs.value(i.desktopId);
            QVERIFY2(n <= 1, qPrintable(i.computerName + QStringLiteral(" twice")));
            if (i.outcome() == BatchItem::Outcome::Succeeded)
                QCOMPARE(n, 1);
        }
    }
    if (failRate == 0.0 || prepared > 0)
        return;

    // Retry the failed desktops until none is left: the same action for just those.
    m_tenant.emulator().configure({{QStringLiteral("subjob_fail_rate"), 0.0}});
    for (int round = 0; round < 4 && center.retriableCount(id) > 0; ++round) {
        const int retriable = center.retriableCount(id);
        const QString retry = center.retryFailed(id);
        QVERIFY2(!retry.isEmpty(), qPrintable(center.lastError()));
        QCOMPARE(center.batch(retry).desktops, retriable);
        QCOMPARE(center.batch(retry).kind, first.kind);
        QVERIFY(BatchFixture::waitFinished(center, retry));
        check(retry);
        if (QTest::currentTestFailed())
            return;
        id = retry;
    }
    QCOMPARE(center.retriableCount(id), 0);
    int doneCount = 0;
    for (const DesktopInfo &d : serviceDesktops())
        doneCount += ids.contains(d.desktopId) && done(&d);
    QCOMPARE(doneCount, count);
}

void tst_BatchTruth::answeredAtOnce_data()
{
    // The kinds the service answers without a job (tags, maintenance mode), with answers lost
    // after the service acted or connections reset before it saw the request.
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("fault");
    for (const char *action : {"tag-add", "tag-remove", "maintenance"}) {
        for (const char *fault : {"", "lost", "reset"})
            QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(
                    QLatin1String(action), *fault ? QLatin1String(fault) : QLatin1String("none"))))
                    << QString::fromLatin1(action) << QString::fromLatin1(fault);
    }
}

void tst_BatchTruth::answeredAtOnce()
{
    QFETCH(QString, action);
    QFETCH(QString, fault);
    const int count = 10;
    QStringList ids;
    QStringList names;
    QVERIFY(makeDesktops(count, &ids, &names));
    Tag tag;
    tag.key = QStringLiteral("dept");
    tag.value = QStringLiteral("finance");
    if (action == QLatin1String("tag-remove")) {
        // Every desktop tagged first, directly.
        WorkspaceClient client(m_tenant.config());
        QVERIFY(finishedOk(client.addDesktopTags(DesktopTagsChange::sameTags(ids, {tag}))));
    }
    m_tenant.emulator().configure(faultSettings(fault, 0.0, 31));

    ConnectionConfig config = m_tenant.config();
    config.actionCap = 2;
    Engine engine(journalPath(), config);
    QVERIFY(engine.opened);
    JobCenter &center = *engine.center;
    BatchSource source;
    source.origin = QStringLiteral("test");
    source.names = names;
    const QString id = action == QLatin1String("maintenance")
                               ? center.startMaintenance(ids, true, source)
                               : center.startTags(DesktopTagsChange::sameTags(ids, {tag}),
                                                  action == QLatin1String("tag-add"), source);
    QVERIFY2(!id.isEmpty(), qPrintable(center.lastError()));
    QVERIFY(BatchFixture::waitFinished(center, id));
    if (!fault.isEmpty())
        QVERIFY2(endFaults(fault) > 0, qPrintable(fault + QStringLiteral(": none")));

    // Every desktop succeeded, and the service shows each one changed.
    QHash<QString, DesktopInfo> now;
    for (const DesktopInfo &d : serviceDesktops())
        now.insert(d.desktopId, d);
    const BatchSummary s = center.batch(id);
    QVERIFY(s.isFinished());
    QCOMPARE(s.desktops, count);
    QCOMPARE(s.succeeded, count);
    for (const BatchItem &i : center.items(id)) {
        QCOMPARE(i.outcome(), BatchItem::Outcome::Succeeded);
        QCOMPARE(i.computerName, names.at(ids.indexOf(i.desktopId)));
        const DesktopInfo d = now.value(i.desktopId);
        if (action == QLatin1String("maintenance"))
            QVERIFY2(d.inMaintenanceMode, qPrintable(i.computerName));
        else if (action == QLatin1String("tag-add"))
            QCOMPARE(d.tags.value(QStringLiteral("dept")), QStringLiteral("finance"));
        else
            QVERIFY2(!d.tags.contains(QStringLiteral("dept")), qPrintable(i.computerName));
    }
}

QTEST_GUILESS_MAIN(tst_BatchTruth)
#include "tst_batchtruth.moc"
