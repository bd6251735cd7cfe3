#include "api/http/apitransport.h"
#include "api/http/desktoplistloader.h"
#include "api/http/workspaceclient.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace wsc;

namespace {

constexpr int Desktops = 137;

/** Runs @p loader to its end; true when finished() came in time. */
bool runToEnd(DesktopListLoader &loader, int timeoutMs = 30000)
{
    QSignalSpy finished(&loader, &DesktopListLoader::finished);
    loader.start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

QStringList ids(const QList<DesktopInfo> &desktops)
{
    QStringList out;
    for (const DesktopInfo &d : desktops)
        out << d.desktopId;
    return out;
}

} // namespace

/**
 * DesktopListLoader against wsemu started with generated desktops: every page read once, pages
 * in any order give the list in order, a desktop met twice (the list shifted) counts once, a
 * failure half-way keeps what was read, abort stops the queued pages.
 */
class tst_DesktopListLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wholeList_data();
    void wholeList();
    void pagesPacedAndReadAheadBounded_data();
    void pagesPacedAndReadAheadBounded();
    void duplicatesAcrossPagesMerged();
    void failureKeepsWhatWasLoaded();
    void abortStopsQueuedPages();

private:
    ConnectionConfig config() const;
    /** A governor of @p rate requests/s, one at a time, no burst: pages wait in its queue. */
    static void slowDown(WorkspaceClient &client, double rate);

    EmulatorProcess m_emu;
};

void tst_DesktopListLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0"),
                          QStringLiteral("--desktops"), QString::number(Desktops),
                          QStringLiteral("--desktop-quota"), QStringLiteral("1000")}),
             qPrintable(m_emu.errorString()));
}

void tst_DesktopListLoader::init()
{
    QVERIFY(!m_emu.reset(false).contains(QStringLiteral("error_code")));
    const QJsonObject reply = m_emu.configure({{QStringLiteral("fail_rate"), 0},
                                               {QStringLiteral("rps"), 0},
                                               {QStringLiteral("latency_ms"), 0}});
    QVERIFY2(reply.contains(QStringLiteral("config")), QJsonDocument(reply).toJson().constData());
}

ConnectionConfig tst_DesktopListLoader::config() const
{
    ConnectionConfig c = EmulatorConfig::forEmulator(m_emu);
    c.timeoutMs = 10000;
    return c;
}

void tst_DesktopListLoader::slowDown(WorkspaceClient &client, double rate)
{
    RateGovernor::Settings pace = client.governor()->settings();
    pace.ratePerSecond = rate;
    pace.adaptive = false; // this rate, not one learned above it
    pace.burst = 1;
    pace.maxConcurrent = 1;
    client.governor()->setSettings(pace);
}

void tst_DesktopListLoader::wholeList_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("status");
    QTest::newRow("pages of 10") << 10 << QString();
    QTest::newRow("pages of 25, active only") << 25 << QStringLiteral("ACTIVE");
    QTest::newRow("one page") << 500 << QString();
    QTest::newRow("pages of 1") << 1 << QStringLiteral("SHUTOFF");
}

// The pages after the first go out together (several in flight, arriving in any order): the
// list comes out in service order, as one sequential read gives it, every desktop once.
void tst_DesktopListLoader::wholeList()
{
    QFETCH(int, pageSize);
    QFETCH(QString, status);
    WorkspaceClient client(config());
    DesktopQuery query;
    query.status = status;
    auto *sequential = client.allDesktops(query, &client);
    QSignalSpy sequentialDone(sequential, &ApiCall::finished);
    QVERIFY(sequentialDone.wait(20000));
    QVERIFY2(sequential->isOk(), qPrintable(sequential->error().summary()));
    const QStringList expected = ids(sequential->result());
    QVERIFY(!expected.isEmpty());
    if (status.isEmpty()) {
        QCOMPARE(expected.size(), Desktops);
        // wsemu answers an unfiltered list by slicing its store; a filter that keeps every
        // desktop takes the general path: the same list.
        DesktopQuery everyProject = query;
        everyProject.enterpriseProjectId = QStringLiteral("0");
        auto *general = client.allDesktops(everyProject, &client);
        QSignalSpy generalDone(general, &ApiCall::finished);
        QVERIFY(generalDone.wait(20000));
        QVERIFY2(general->isOk(), qPrintable(general->error().summary()));
        QCOMPARE(ids(general->result()), expected);
    }

    query.limit = pageSize;
    DesktopListLoader loader(&client);
    loader.setQuery(query);
    QList<int> offsets;
    int emitted = 0;
    // The page work runs on the pool thread that read the page; its result comes with it.
    const QThread *gui = QThread::currentThread();
    loader.setPageWork([gui](const QList<DesktopInfo> &page) {
        return QVariant(QThread::currentThread() == gui ? QStringList() : ids(page));
    });
    bool preparedWithPage = true;
    connect(&loader, &DesktopListLoader::pageLoaded, this,
            [&](const QList<DesktopInfo> &page, int offset, const QVariant &prepared) {
                offsets << offset;
                emitted += int(page.size());
                preparedWithPage = preparedWithPage && prepared.toStringList() == ids(page);
            });
    const int before = client.requestCount();
    QVERIFY(runToEnd(loader));
    QVERIFY2(loader.isOk(), qPrintable(loader.error().summary()));
    QCOMPARE(ids(loader.desktops()), expected);
    QCOMPARE(loader.loadedCount(), int(expected.size()));
    QVERIFY(preparedWithPage);
    QCOMPARE(loader.totalCount(), int(expected.size()));
    const int pages = int((expected.size() + pageSize - 1) / pageSize);
    QCOMPARE(loader.pageCount(), pages);
    QCOMPARE(loader.pagesLoaded(), pages);
    QCOMPARE(client.requestCount() - before, pages);
    QCOMPARE(emitted, int(expected.size()));
    std::sort(offsets.begin(), offsets.end());
    for (int i = 0; i < offsets.size(); ++i)
        QCOMPARE(offsets.at(i), i * pageSize);
}

void tst_DesktopListLoader::pagesPacedAndReadAheadBounded_data()
{
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("readMs"); ///< extra time a reading thread spends on each page
    // The governor's pace holds the pages back.
    QTest::newRow("paced, one at a time") << 1 << 20.0 << 0;
    // Reading holds them back: pages are asked for only as fast as they are read.
    QTest::newRow("slow reader, one at a time") << 1 << 1000.0 << 40;
    QTest::newRow("slow reader, six in flight") << 6 << 1000.0 << 40;
}

// After the first page the others go out several at a time, paced by the governor (the list
// shares the client's budget), and never more of them ahead of the pages read than
// readAhead(): the requests in flight and a page for each reading thread.
void tst_DesktopListLoader::pagesPacedAndReadAheadBounded()
{
    QFETCH(int, inFlight);
    QFETCH(double, rate);
    QFETCH(int, readMs);
    WorkspaceClient client(config());
    slowDown(client, rate);
    RateGovernor::Settings pace = client.governor()->settings();
    pace.maxConcurrent = inFlight;
    client.governor()->setSettings(pace);
    DesktopQuery query;
    query.limit = 5;
    DesktopListLoader loader(&client);
    loader.setQuery(query);
    QVERIFY(loader.readAhead() > inFlight);
    if (readMs > 0)
        loader.setPageWork([readMs](const QList<DesktopInfo> &) {
            QThread::msleep(readMs); // a slow machine's reading thread
            return QVariant();
        });
    int loaded = 0;
    int mostAhead = 0;
    QList<qint64> sentAt;
    QElapsedTimer clock;
    clock.start();
    // Pages asked for and not yet read, after each page read and whenever a request goes out.
    auto noteAhead = [&] { mostAhead = std::max(mostAhead, loader.pageCount() - loaded); };
    connect(&loader, &DesktopListLoader::pageLoaded, this, [&] {
        ++loaded;
        noteAhead();
    });
    connect(client.transport(), &ApiTransport::requestSent, this, [&] {
        sentAt << clock.elapsed();
        noteAhead();
    });
    QVERIFY(runToEnd(loader));
    QVERIFY2(loader.isOk(), qPrintable(loader.error().summary()));
    QCOMPARE(loader.loadedCount(), Desktops);
    const int pages = (Desktops + 4) / 5;
    QCOMPARE(int(sentAt.size()), pages);
    QVERIFY2(mostAhead <= loader.readAhead(),
             qPrintable(QStringLiteral("%1 pages ahead, at most %2")
                                .arg(mostAhead)
                                .arg(loader.readAhead())));
    // The window was used: pages went out together, not one after the other.
    QVERIFY2(mostAhead >= std::min(pages - 1, inFlight + 1),
             qPrintable(QString::number(mostAhead)));
    // Paced: one token a 1/rate, no burst, so the pages take at least (pages - 1) / rate.
    const double least = (pages - 1) * 1000.0 / rate;
    QVERIFY2(sentAt.constLast() - sentAt.constFirst() >= least - 5,
             qPrintable(QStringLiteral("%1 ms for %2 pages").arg(sentAt.constLast()).arg(pages)));
}

// Newest first, and a desktop created after the first page: the later pages shift by one, so
// the last desktop of page one comes again at the top of page two. It counts once; the larger
// total the later pages announce makes the loader ask for one more page.
void tst_DesktopListLoader::duplicatesAcrossPagesMerged()
{
    WorkspaceClient client(config());
    slowDown(client, 4);
    DesktopQuery query;
    query.sortField = QStringLiteral("created");
    query.sortType = QStringLiteral("DESC");
    query.limit = 50;
    DesktopListLoader loader(&client);
    loader.setQuery(query);
    QStringList emitted;
    connect(&loader, &DesktopListLoader::pageLoaded, this,
            [&](const QList<DesktopInfo> &page) { emitted << ids(page); });
    QSignalSpy pages(&loader, &DesktopListLoader::pageLoaded);
    QSignalSpy finished(&loader, &DesktopListLoader::finished);
    loader.start();
    QVERIFY(pages.wait(20000));
    QCOMPARE(pages.size(), 1);
    const QStringList firstPage = emitted;

    // A second client (its own governor) creates a desktop while the pages wait their turn.
    WorkspaceClient creator(config());
    const QJsonObject body{
            {QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
            {QStringLiteral("product_id"), QStringLiteral("workspace.x86.general.large2.linux")},
            {QStringLiteral("image_type"), QStringLiteral("gold")},
            {QStringLiteral("image_id"), QStringLiteral("1d2c3b4a-5e6f-4708-9a1b-2c3d4e5f6a7b")},
            {QStringLiteral("root_volume"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                         {QStringLiteral("size"), 80}}},
            {QStringLiteral("desktops"),
             QJsonArray{
                     QJsonObject{{QStringLiteral("user_name"), QStringLiteral("chenjing")},
                                 {QStringLiteral("user_group"), QStringLiteral("default")},
                                 {QStringLiteral("computer_name"), QStringLiteral("NEWEST01")}}}}};
    auto *create = creator.createDesktopsBody(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                              &creator);
    QSignalSpy created(create, &ApiCall::finished);
    QVERIFY(created.wait(10000));
    QVERIFY2(create->isOk(), qPrintable(create->error().summary()));
    QCOMPARE(pages.size(), 1); // the create came between the first page and the others

    QVERIFY(finished.wait(30000));
    QVERIFY2(loader.isOk(), qPrintable(loader.error().summary()));
    QCOMPARE(loader.totalCount(), Desktops + 1);
    QCOMPARE(loader.pageCount(), (Desktops + 1 + 49) / 50);
    QCOMPARE(int(emitted.size()), Desktops + 1); // every page full, one desktop twice
    QCOMPARE(emitted.at(50), firstPage.constLast());
    const QList<DesktopInfo> merged = loader.desktops();
    QCOMPARE(int(merged.size()), Desktops); // the new one came before the read reached it
    QCOMPARE(loader.loadedCount(), Desktops);
    QSet<QString> unique(emitted.begin(), emitted.end());
    QCOMPARE(int(unique.size()), Desktops);
    QCOMPARE(ids(merged).mid(0, 50), firstPage);
}

// Pages fail once the first has arrived (retries off): the load ends with the error and keeps
// the pages it read; no page comes after finished().
void tst_DesktopListLoader::failureKeepsWhatWasLoaded()
{
    WorkspaceClient client(config());
    RetryPolicy noRetries = client.retryPolicy();
    noRetries.maxAttempts = 1;
    client.setRetryPolicy(noRetries);
    slowDown(client, 4);
    DesktopQuery query;
    query.limit = 20;
    DesktopListLoader loader(&client);
    loader.setQuery(query);
    QSignalSpy pages(&loader, &DesktopListLoader::pageLoaded);
    QSignalSpy finished(&loader, &DesktopListLoader::finished);
    loader.start();
    QVERIFY(pages.wait(20000));
    QVERIFY(m_emu.configure({{QStringLiteral("fail_rate"), 1}}).contains(QStringLiteral("config")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!loader.isOk());
    QVERIFY(loader.error().isError());
    QVERIFY(loader.error().kind != ApiError::Kind::Cancelled);
    QVERIFY(loader.pagesLoaded() >= 1);
    QVERIFY(loader.pagesLoaded() < loader.pageCount());
    QCOMPARE(loader.loadedCount(), loader.pagesLoaded() * 20);
    QCOMPARE(int(loader.desktops().size()), loader.loadedCount());
    const int seen = int(pages.size());
    QSignalSpy sent(client.transport(), &ApiTransport::requestSent);
    QVERIFY(!sent.wait(600));
    QCOMPARE(int(pages.size()), seen);
}

// abort() on the first page: finished() says Cancelled at once, and the queued pages are never
// sent.
void tst_DesktopListLoader::abortStopsQueuedPages()
{
    WorkspaceClient client(config());
    slowDown(client, 4);
    DesktopQuery query;
    query.limit = 10;
    DesktopListLoader loader(&client);
    loader.setQuery(query);
    QSignalSpy finished(&loader, &DesktopListLoader::finished);
    connect(&loader, &DesktopListLoader::pageLoaded, &loader, &DesktopListLoader::abort);
    loader.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(loader.error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(loader.pagesLoaded(), 1);
    QCOMPARE(loader.loadedCount(), 10);
    QVERIFY(!loader.isRunning());
    const int requests = client.requestCount();
    QSignalSpy sent(client.transport(), &ApiTransport::requestSent);
    QVERIFY(!sent.wait(800));
    QCOMPARE(client.requestCount(), requests);
    QCOMPARE(client.governor()->queued(), 0);
}

QTEST_GUILESS_MAIN(tst_DesktopListLoader)
#include "tst_desktoplistloader.moc"
