#include "api/http/apitransport.h"
#include "api/http/errorcatalog.h"
#include "api/http/workspaceclient.h"

#include "support/apicallwait.h"
#include "support/batchfixture.h"
#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

QString why(const ApiCall *call)
{
    return call->error().summary();
}

} // namespace

/**
 * WorkspaceClient against the real emulator over loopback: AK/SK signing, project discovery,
 * every read, paging, users, create/attach/detach, each error class with its catalog text,
 * 429 backoff, timeouts and cancel.
 */
class tst_WorkspaceClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void projectDiscovery();
    void reads();
    void paging();
    void usersListAndCreate();
    void createShowJobAndSubJobs();
    void attachThenConflict();
    void errorClasses_data();
    void errorClasses();
    void backoffOn429();
    void timeout();
    void cancel();
    void badConfigIsAnError();
    void temporaryCredentials_data();
    void temporaryCredentials();
    void clockSkewRejected();
    void pacedToTheProfile_data();
    void pacedToTheProfile();

private:
    ConnectionConfig config(bool withProject = true) const;
    QByteArray createBody(const QStringList &users, const QString &namePrefix) const;

    EmulatorProcess m_emu;
    QString m_productId;
    QString m_imageId;
};

void tst_WorkspaceClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
    // Pick a Linux product and a gold image that fits it, as the wizard would.
    WorkspaceClient client(config());
    auto *products = client.products({{QStringLiteral("os_type"), QStringLiteral("Linux")}});
    auto *images = client.images({{QStringLiteral("os_type"), QStringLiteral("Linux")},
                                  {QStringLiteral("image_type"), QStringLiteral("gold")}});
    QVERIFY(waitFor(products) && waitFor(images));
    QVERIFY2(products->isOk(), qPrintable(why(products)));
    QVERIFY2(images->isOk(), qPrintable(why(images)));
    QVERIFY(BatchFixture::fittingPair(products->result(), images->result(), &m_productId,
                                      &m_imageId));
}

void tst_WorkspaceClient::init()
{
    // Each test starts from a fault-free emulator.
    const QJsonObject reply = m_emu.configure({{QStringLiteral("fail_rate"), 0},
                                               {QStringLiteral("reset_rate"), 0},
                                               {QStringLiteral("lost_rate"), 0},
                                               {QStringLiteral("rps"), 0},
                                               {QStringLiteral("latency_ms"), 0}});
    QVERIFY2(reply.contains(QStringLiteral("config")), QJsonDocument(reply).toJson().constData());
}

ConnectionConfig tst_WorkspaceClient::config(bool withProject) const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu, withProject);
    c.timeoutMs = 10000;
    return c;
}

QByteArray tst_WorkspaceClient::createBody(const QStringList &users,
                                           const QString &namePrefix) const
{
    QJsonArray desktops;
    for (int i = 0; i < users.size(); ++i) {
        QJsonObject d{{QStringLiteral("user_name"), users.at(i)},
                      {QStringLiteral("user_group"), QStringLiteral("default")}};
        if (!namePrefix.isEmpty())
            d.insert(QStringLiteral("computer_name"), QString(namePrefix + QString::number(i)));
        desktops.append(d);
    }
    const QJsonObject body{{QStringLiteral("desktop_type"), QStringLiteral("DEDICATED")},
                           {QStringLiteral("product_id"), m_productId},
                           {QStringLiteral("image_type"), QStringLiteral("gold")},
                           {QStringLiteral("image_id"), m_imageId},
                           {QStringLiteral("root_volume"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("SAS")},
                                        {QStringLiteral("size"), 80}}},
                           {QStringLiteral("desktops"), desktops}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// AK/SK mode without a project id: GET /v3/projects?name=region (signed) finds it.
void tst_WorkspaceClient::projectDiscovery()
{
    WorkspaceClient client(config(false));
    QVERIFY(client.projectId().isEmpty());
    // Two calls at once share one discovery request.
    auto *a = client.workspaceInfo();
    auto *b = client.quotas();
    QVERIFY(waitFor(a) && waitFor(b));
    QVERIFY2(a->isOk(), qPrintable(why(a)));
    QVERIFY2(b->isOk(), qPrintable(why(b)));
    QCOMPARE(client.projectId(), m_emu.projectId());
    QCOMPARE(client.requestCount(), 3);
    auto *again = client.discoverProject();
    QVERIFY(waitFor(again));
    QCOMPARE(again->result(), m_emu.projectId());

    ConnectionConfig wrongRegion = config(false);
    wrongRegion.region = QStringLiteral("eu-west-101");
    WorkspaceClient lost(wrongRegion);
    auto *none = lost.discoverProject();
    QVERIFY(waitFor(none));
    QCOMPARE(none->error().kind, ApiError::Kind::Config);
}

void tst_WorkspaceClient::reads()
{
    WorkspaceClient client(config());
    auto *workspace = client.workspaceInfo();
    auto *zones = client.availabilityZones();
    auto *subnets = client.subnets();
    auto *groups = client.securityGroups();
    auto *quotas = client.quotas();
    auto *products = client.products();
    auto *images = client.images();
    for (ApiCall *call :
         QList<ApiCall *>{workspace, zones, subnets, groups, quotas, products, images}) {
        QVERIFY(waitFor(call));
        QVERIFY2(call->isOk(), qPrintable(call->description() + QStringLiteral(": ") + why(call)));
        QVERIFY(call->attempts() >= 1);
    }
    QVERIFY(!workspace->result().id.isEmpty());
    QVERIFY(!workspace->result().domainType.isEmpty());
    QVERIFY(!zones->result().isEmpty());
    QVERIFY(!subnets->result().isEmpty());
    QVERIFY(!groups->result().isEmpty());
    QVERIFY(!quotas->result().isEmpty());
    QVERIFY(products->result().size() >= 5);
    QVERIFY(images->result().size() >= 3);
    for (const Product &p : products->result()) {
        QVERIFY(!p.productId.isEmpty());
        QVERIFY(p.memoryMb >= 1024);
        QVERIFY(!p.description(QStringLiteral("zh_CN")).isEmpty());
    }
}

// One page at a time and all pages give the same desktops; total_count is honoured.
void tst_WorkspaceClient::paging()
{
    WorkspaceClient client(config());
    DesktopQuery all;
    auto *everything = client.allDesktops(all);
    QVERIFY(waitFor(everything));
    QVERIFY2(everything->isOk(), qPrintable(why(everything)));
    const int total = static_cast<int>(everything->result().size());
    QVERIFY2(total >= 3, "the seed tenant has desktops");

    DesktopQuery paged;
    paged.limit = 2;
    auto *small = client.allDesktops(paged);
    QSignalSpy progress(small, &ApiCall::progress);
    QVERIFY(waitFor(small));
    QVERIFY2(small->isOk(), qPrintable(why(small)));
    QCOMPARE(small->result().size(), total);
    QCOMPARE(progress.size(), (total + 1) / 2);
    QCOMPARE(small->attempts(), (total + 1) / 2);
    QSet<QString> ids;
    for (const DesktopInfo &d : small->result())
        ids.insert(d.desktopId);
    QCOMPARE(ids.size(), total);

    DesktopQuery second;
    second.offset = 2;
    second.limit = 2;
    auto *page = client.desktopsPage(second);
    QVERIFY(waitFor(page));
    QCOMPARE(page->result().totalCount, total);
    QCOMPARE(page->result().items.size(), qMin(2, total - 2));

    auto *one = client.desktop(everything->result().first().desktopId);
    QVERIFY(waitFor(one));
    QVERIFY2(one->isOk(), qPrintable(why(one)));
    QCOMPARE(one->result().desktopId, everything->result().first().desktopId);
}

void tst_WorkspaceClient::usersListAndCreate()
{
    WorkspaceClient client(config());
    auto *before = client.users();
    QVERIFY(waitFor(before));
    QVERIFY2(before->isOk(), qPrintable(why(before)));
    QVERIFY(before->result().size() >= 10);
    CreateUserRequest user;
    user.userName = QStringLiteral("apitestuser1");
    user.userEmail = QStringLiteral("apitestuser1@example.com");
    auto *created = client.createUser(user);
    QVERIFY(waitFor(created));
    QVERIFY2(created->isOk(), qPrintable(why(created)));
    QVERIFY(!created->result().isEmpty());
    auto *after = client.users({{QStringLiteral("user_name"), user.userName}});
    QVERIFY(waitFor(after));
    QVERIFY(std::any_of(after->result().cbegin(), after->result().cend(),
                        [&](const DirectoryUser &u) { return u.id == created->result(); }));
    // The same name again is refused (not applied), with a code the catalog can explain.
    auto *duplicate = client.createUser(user);
    QVERIFY(waitFor(duplicate));
    QVERIFY(duplicate->error().isNotApplied());
    QVERIFY(!ErrorCatalog::describe(duplicate->error()).isEmpty());
}

void tst_WorkspaceClient::createShowJobAndSubJobs()
{
    WorkspaceClient client(config());
    auto *created = client.createDesktopsBody(createBody(
            {QStringLiteral("wcuser1"), QStringLiteral("wcuser2")}, QStringLiteral("WC-A")));
    QVERIFY(waitFor(created));
    QVERIFY2(created->isOk(), qPrintable(why(created)));
    auto *job = client.job(created->result());
    QVERIFY(waitFor(job));
    QVERIFY2(job->isOk(), qPrintable(why(job)));
    QCOMPARE(job->result().id, created->result());
    QCOMPARE(job->result().jobType, QStringLiteral("createDesktops"));
    QCOMPARE(job->result().subJobs.size(), 2);
    SubJobQuery query;
    query.jobId = created->result();
    auto *subs = client.allSubJobs(query);
    QVERIFY(waitFor(subs));
    QVERIFY2(subs->isOk(), qPrintable(why(subs)));
    QCOMPARE(subs->result().size(), 2);
    for (const SubJobInfo &s : subs->result()) {
        QCOMPARE(s.jobId, created->result());
        QVERIFY(s.userName.startsWith(QLatin1String("wcuser")));
        QVERIFY(s.computerName.startsWith(QLatin1String("WC-A"), Qt::CaseInsensitive));
    }
    DesktopQuery byName;
    byName.computerNames = {QStringLiteral("WC-A0"), QStringLiteral("wc-a1")};
    auto *found = client.allDesktops(byName);
    QVERIFY(waitFor(found));
    QCOMPARE(found->result().size(), 2);
}

void tst_WorkspaceClient::attachThenConflict()
{
    WorkspaceClient client(config());
    auto *created = client.createDesktopsBody(
            R"({"desktop_type":"DEDICATED","product_id":")" + m_productId.toUtf8()
            + R"(","image_type":"gold","image_id":")" + m_imageId.toUtf8()
            + R"(","root_volume":{"type":"SAS","size":80},"size":1,"desktop_name":"WCFREE1"})");
    QVERIFY(waitFor(created));
    QVERIFY2(created->isOk(), qPrintable(why(created)));
    DesktopQuery byName;
    byName.computerName = QStringLiteral("WCFREE1");
    auto *found = client.allDesktops(byName);
    QVERIFY(waitFor(found));
    QVERIFY2(found->result().size() == 1, qPrintable(QString::number(found->result().size())));
    const QString id = found->result().first().desktopId;

    const QByteArray attach = R"({"desktops":[{"desktop_id":")" + id.toUtf8()
                              + R"(","user_name":"wcattach1","user_group":"default"}]})";
    auto *first = client.attachDesktopsBody(attach);
    QVERIFY(waitFor(first));
    QVERIFY2(first->isOk(), qPrintable(why(first)));
    auto *again = client.attachDesktopsBody(attach);
    QVERIFY(waitFor(again));
    QCOMPARE(again->error().httpStatus, 409);
    QVERIFY(again->error().isNotApplied());
    QVERIFY(!ErrorCatalog::explain(again->error()).cause.isEmpty());

    auto *detach = client.detachDesktops({id}, false);
    QVERIFY(waitFor(detach));
    QVERIFY2(detach->isOk(), qPrintable(why(detach)));
}

void tst_WorkspaceClient::errorClasses_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("codePrefix");
    QTest::addColumn<QString>("catalogKeyPrefix");
    QTest::newRow("400 empty create") << "400" << 400 << "WKS."
                                      << "";
    QTest::newRow("401 wrong SK") << "401" << 401 << "APIG.0301"
                                  << "APIG.0301.signature";
    QTest::newRow("404 unknown job") << "404" << 404 << ""
                                     << "";
    QTest::newRow("404 unknown path") << "404path" << 404 << "APIG.0101"
                                      << "APIG.0101";
    QTest::newRow("409 attach busy") << "409" << 409 << "WKS."
                                     << "";
    QTest::newRow("429 throttled") << "429" << 429 << "APIG.0308"
                                   << "APIG.0308";
    QTest::newRow("500 injected") << "500" << 500 << ""
                                  << "";
}

// Each class of error body becomes ApiError fields and a catalog text.
void tst_WorkspaceClient::errorClasses()
{
    QFETCH(QString, which);
    QFETCH(int, status);
    QFETCH(QString, codePrefix);
    QFETCH(QString, catalogKeyPrefix);

    ConnectionConfig c = config();
    if (which == QLatin1String("401"))
        c.secretKey = QStringLiteral("not-the-secret");
    WorkspaceClient client(c);
    RetryPolicy once;
    once.maxAttempts = 1;
    client.setRetryPolicy(once);

    ApiCall *call = nullptr;
    if (which == QLatin1String("400")) {
        call = client.createDesktopsBody("{}");
    } else if (which == QLatin1String("401") || which == QLatin1String("404path")) {
        if (which == QLatin1String("404path")) {
            RequestSpec spec;
            spec.path = QStringLiteral("/v2/{project_id}/no-such-thing");
            auto *raw = new TypedCall<int>(QStringLiteral("raw"), &client);
            client.transport()->run(spec, raw, [raw](const ApiError &e, const HttpResult &result) {
                raw->addAttempts(result.attempts);
                e.isError() ? raw->fail(e) : raw->succeed(0);
            });
            call = raw;
        } else {
            call = client.workspaceInfo();
        }
    } else if (which == QLatin1String("404")) {
        call = client.job(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    } else if (which == QLatin1String("409")) {
        auto *desktops = client.allDesktops({});
        QVERIFY(waitFor(desktops));
        QString busy;
        QString group;
        for (const DesktopInfo &d : desktops->result()) {
            if (d.hasUser()) {
                busy = d.desktopId;
                group = d.osType.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0
                                ? QStringLiteral("default")
                                : QStringLiteral("users");
            }
        }
        QVERIFY(!busy.isEmpty());
        call = client.attachDesktopsBody(R"({"desktops":[{"desktop_id":")" + busy.toUtf8()
                                         + R"(","user_name":"someoneelse","user_group":")"
                                         + group.toUtf8() + R"("}]})");
    } else if (which == QLatin1String("429")) {
        m_emu.configure({{QStringLiteral("rps"), 0.5}});
        QList<ApiCall *> burst;
        for (int i = 0; i < 4; ++i)
            burst << client.quotas();
        for (ApiCall *b : burst) {
            QVERIFY(waitFor(b));
            if (b->error().isThrottled())
                call = b;
        }
        QVERIFY(call);
    } else if (which == QLatin1String("500")) {
        m_emu.configure({{QStringLiteral("fail_rate"), 1.0}});
        call = client.quotas();
    }
    QVERIFY(call);
    QVERIFY(waitFor(call));
    const ApiError &e = call->error();
    QCOMPARE(e.kind, ApiError::Kind::Http);
    if (status == 500)
        QVERIFY2(e.httpStatus == 500 || e.httpStatus == 503, qPrintable(e.summary()));
    else
        QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.errorCode.startsWith(codePrefix), qPrintable(e.summary()));
    QVERIFY2(!e.errorMessage.isEmpty() || status == 404, qPrintable(e.summary()));
    QVERIFY2(!e.requestId.isEmpty(), qPrintable(e.summary()));
    const ErrorCatalog::Explanation text = ErrorCatalog::explain(e);
    QVERIFY(!text.cause.isEmpty());
    QVERIFY(!text.fix.isEmpty());
    QVERIFY2(text.key.startsWith(catalogKeyPrefix), qPrintable(text.key));
    QCOMPARE(call->attempts(), 1);
}

// Under a low rps the client backs off and every read still succeeds; the governor slows down.
void tst_WorkspaceClient::backoffOn429()
{
    m_emu.configure({{QStringLiteral("rps"), 5}});
    WorkspaceClient client(config());
    RetryPolicy policy;
    policy.maxAttempts = 8;
    policy.baseDelayMs = 100;
    policy.throttleDelayMs = 300;
    client.setRetryPolicy(policy);
    QList<ApiCall *> calls;
    for (int i = 0; i < 30; ++i)
        calls << client.quotas();
    for (ApiCall *call : qAsConst(calls)) {
        QVERIFY(waitFor(call, 60000));
        QVERIFY2(call->isOk(), qPrintable(why(call)));
    }
    QVERIFY(client.governor()->throttleCount() > 0);
    QVERIFY(client.retryCount() > 0);
    QVERIFY(client.governor()->currentRate() < client.governor()->settings().ratePerSecond);
    qInfo("30 reads at rps 5: %d requests, %d throttled, rate now %.2f/s", client.requestCount(),
          client.governor()->throttleCount(), client.governor()->currentRate());
}

void tst_WorkspaceClient::timeout()
{
    m_emu.configure({{QStringLiteral("latency_ms"), 3000}});
    ConnectionConfig c = config();
    c.timeoutMs = 1000;
    WorkspaceClient client(c);
    RetryPolicy twice;
    twice.maxAttempts = 2;
    twice.baseDelayMs = 10;
    client.setRetryPolicy(twice);
    auto *read = client.quotas();
    QVERIFY(waitFor(read));
    QCOMPARE(read->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(read->attempts(), 2);
    // A create that times out is not resent: its outcome is unknown.
    auto *create = client.createDesktopsBody(
            createBody({QStringLiteral("wcslow")}, QStringLiteral("WC-T")));
    QVERIFY(waitFor(create));
    QCOMPARE(create->error().kind, ApiError::Kind::Timeout);
    QVERIFY(create->error().isOutcomeUnknown());
    QCOMPARE(create->attempts(), 1);
    QCOMPARE(ErrorCatalog::explain(create->error()).key, QStringLiteral("network.timeout"));
}

void tst_WorkspaceClient::cancel()
{
    m_emu.configure({{QStringLiteral("latency_ms"), 5000}});
    WorkspaceClient client(config());
    auto *read = client.quotas();
    QSignalSpy finished(read, &ApiCall::finished);
    QTRY_COMPARE(client.requestCount(), 1);
    read->abort();
    QVERIFY(finished.wait(2000));
    QCOMPARE(read->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(read->attempts(), 1);
    // A context that dies takes its calls with it: no callback into a dead object.
    auto *context = new QObject;
    auto *orphan = client.quotas(context);
    QSignalSpy destroyed(orphan, &QObject::destroyed);
    delete context;
    QCOMPARE(destroyed.size(), 1);
}

void tst_WorkspaceClient::badConfigIsAnError()
{
    ConnectionConfig c = config();
    c.secretKey.clear();
    WorkspaceClient client(c);
    auto *call = client.quotas();
    QVERIFY(!call->isFinished()); // never synchronous
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().kind, ApiError::Kind::Config);
    QCOMPARE(client.requestCount(), 0);
}

void tst_WorkspaceClient::temporaryCredentials_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("right token") << "temp-session-token-1" << 200;
    QTest::newRow("wrong token") << "temp-session-token-X" << 401;
}

// Temporary AK/SK: X-Security-Token is sent and signed.
void tst_WorkspaceClient::temporaryCredentials()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    const QJsonObject reply = m_emu.configure(
            {{QStringLiteral("temp_ak"), QStringLiteral("TMPAKAPITEST0001")},
             {QStringLiteral("temp_sk"), QStringLiteral("tmpSecret0123")},
             {QStringLiteral("security_token"), QStringLiteral("temp-session-token-1")}});
    QVERIFY2(reply.contains(QStringLiteral("config")), QJsonDocument(reply).toJson().constData());
    ConnectionConfig c = config();
    c.accessKey = QStringLiteral("TMPAKAPITEST0001");
    c.secretKey = QStringLiteral("tmpSecret0123");
    c.securityToken = token;
    WorkspaceClient client(c);
    auto *call = client.quotas();
    QVERIFY(waitFor(call));
    if (status == 200)
        QVERIFY2(call->isOk(), qPrintable(why(call)));
    else
        QCOMPARE(call->error().httpStatus, status);
}

// A clock 20 minutes off makes X-Sdk-Date unacceptable: 401, and the catalog names the clock.
void tst_WorkspaceClient::clockSkewRejected()
{
    WorkspaceClient client(config());
    client.setClockOffsetMs(20 * 60 * 1000);
    auto *call = client.quotas();
    QVERIFY(waitFor(call));
    QCOMPARE(call->error().httpStatus, 401);
    QCOMPARE(call->error().errorCode, QStringLiteral("APIG.0301"));
    QCOMPARE(ErrorCatalog::explain(call->error()).key, QStringLiteral("APIG.0301.clock"));
    client.setClockOffsetMs(0);
    auto *again = client.quotas();
    QVERIFY(waitFor(again));
    QVERIFY2(again->isOk(), qPrintable(why(again)));
}

void tst_WorkspaceClient::pacedToTheProfile_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<double>("paced");
    QTest::newRow("default") << ConnectionConfig().requestsPerSecond << 20.0;
    QTest::newRow("a tenant allowing 50/s") << 50 << 50.0;
    QTest::newRow("one per second") << 1 << 1.0;
    QTest::newRow("beyond the range") << 5000 << 1000.0;
    QTest::newRow("zero") << 0 << 1.0;
}

void tst_WorkspaceClient::pacedToTheProfile()
{
    // The profile's requests per second is the governor's ceiling (429s still halve it).
    QFETCH(int, configured);
    QFETCH(double, paced);
    ConnectionConfig c = config();
    c.requestsPerSecond = configured;
    WorkspaceClient client(c);
    QCOMPARE(client.governor()->settings().ratePerSecond, paced);
    QCOMPARE(client.governor()->currentRate(), paced);
}

QTEST_GUILESS_MAIN(tst_WorkspaceClient)
#include "tst_workspaceclient.moc"
