#include "api/auth/iamtokenprovider.h"
#include "api/http/apipaths.h"
#include "api/http/apitransport.h"

#include "support/emulatorconfig.h"
#include "support/emulatorprocess.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

using namespace wsc;

namespace {

QByteArray header(const ApiTransport::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool hasHeader(const ApiTransport::Headers &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

/**
 * ApiTransport on its own, without a WorkspaceClient: addresses and headers it builds, the
 * project resolver calling each waiter exactly once (and never a destroyed one), and the IAM
 * token obtained and used through the transport alone, against wsemu.
 */
class tst_ApiTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void url_data();
    void url();
    void headers_data();
    void headers();
    void projectWaiters_data();
    void projectWaiters();
    void knownProjectAnswersLater();
    void tokenWithoutClient();

private:
    ConnectionConfig config(ConnectionConfig::AuthMode mode) const;

    EmulatorProcess m_emu;
};

void tst_ApiTransport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_emu.start({QStringLiteral("--time-scale"), QStringLiteral("0")}),
             qPrintable(m_emu.errorString()));
}

ConnectionConfig tst_ApiTransport::config(ConnectionConfig::AuthMode mode) const
{
    ConnectionConfig c;
    EmulatorConfig::pointAt(c, m_emu, false);
    c.authMode = mode;
    c.iamDomain = QString::fromLatin1(EmulatorProcess::DefaultDomain);
    c.iamUser = QString::fromLatin1(EmulatorProcess::DefaultUser);
    c.iamPassword = QString::fromLatin1(EmulatorProcess::DefaultPassword);
    c.timeoutMs = 10000;
    return c;
}

void tst_ApiTransport::url_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("iam");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("project filled in")
            << "https://workspace.example.com" << false << ApiPaths::quotas() << QString()
            << "https://workspace.example.com/v2/p1/quotas";
    QTest::newRow("endpoint base path kept")
            << "http://127.0.0.1:8080/gateway/" << false << ApiPaths::desktop(QStringLiteral("d 1"))
            << QString() << "http://127.0.0.1:8080/gateway/v2/p1/desktops/d%201";
    QTest::newRow("query encoded")
            << "https://workspace.example.com" << false << ApiPaths::users() << "a b+c"
            << "https://workspace.example.com/v2/p1/users?name=a%20b%2Bc";
    QTest::newRow("iam endpoint") << "https://iam.example.com" << true << ApiPaths::iamProjects()
                                  << "cn-north-4"
                                  << "https://iam.example.com/v3/projects?name=cn-north-4";
}

void tst_ApiTransport::url()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, iam);
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    ConnectionConfig c = config(ConnectionConfig::AuthMode::AkSk);
    c.projectId = QStringLiteral("p1");
    (iam ? c.iamEndpoint : c.workspaceEndpoint) = QUrl(endpoint);
    ApiTransport transport(c);
    RequestSpec spec;
    spec.service = iam ? RequestSpec::Service::Iam : RequestSpec::Service::Workspace;
    spec.path = path;
    if (!name.isEmpty())
        spec.query = {{QStringLiteral("name"), name}};
    QCOMPARE(transport.url(spec).toString(QUrl::FullyEncoded), expected);
}

void tst_ApiTransport::headers_data()
{
    QTest::addColumn<bool>("iamMode");
    QTest::addColumn<bool>("authenticate");
    QTest::addColumn<bool>("needsProject");
    QTest::addColumn<QString>("securityToken");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("ak/sk signed") << false << true << true << QString()
                                  << QStringList{"Content-Type", "X-Project-Id", "X-Sdk-Date",
                                                 "Authorization"}
                                  << QStringList{"X-Security-Token", "X-Auth-Token"};
    QTest::newRow("ak/sk temporary keys")
            << false << true << true << "tmp-token"
            << QStringList{"X-Security-Token", "Authorization"} << QStringList{"X-Auth-Token"};
    QTest::newRow("ak/sk without project")
            << false << true << false << QString() << QStringList{"Authorization"}
            << QStringList{"X-Project-Id"};
    QTest::newRow("unauthenticated")
            << false << false << false << QString() << QStringList{"Content-Type", "User-Agent"}
            << QStringList{"Authorization", "X-Sdk-Date", "X-Auth-Token"};
    QTest::newRow("iam token") << true << true << true << QString() << QStringList{"X-Auth-Token"}
                               << QStringList{"Authorization", "X-Sdk-Date"};
}

void tst_ApiTransport::headers()
{
    QFETCH(bool, iamMode);
    QFETCH(bool, authenticate);
    QFETCH(bool, needsProject);
    QFETCH(QString, securityToken);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    ConnectionConfig c = config(iamMode ? ConnectionConfig::AuthMode::IamPassword
                                        : ConnectionConfig::AuthMode::AkSk);
    c.projectId = QStringLiteral("p1");
    c.securityToken = securityToken;
    ApiTransport transport(c);
    RequestSpec spec;
    spec.path = ApiPaths::quotas();
    spec.authenticate = authenticate;
    spec.needsProject = needsProject;
    QCOMPARE(transport.needsToken(spec), iamMode && authenticate);
    const ApiTransport::Headers headers = transport.headers(spec, transport.url(spec));
    for (const QString &name : present)
        QVERIFY2(hasHeader(headers, name.toLatin1()), qPrintable(name));
    for (const QString &name : absent)
        QVERIFY2(!hasHeader(headers, name.toLatin1()), qPrintable(name));
    QCOMPARE(header(headers, "Content-Type"), QByteArray("application/json"));
    if (!securityToken.isEmpty())
        QCOMPARE(header(headers, "X-Security-Token"), securityToken.toUtf8());
}

void tst_ApiTransport::projectWaiters_data()
{
    QTest::addColumn<bool>("iamMode");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("waiters");
    QTest::addColumn<bool>("found");

    QTest::newRow("ak/sk, project list") << false << EmulatorProcess::DefaultRegion << 5 << true;
    QTest::newRow("iam, token scope") << true << EmulatorProcess::DefaultRegion << 5 << true;
    QTest::newRow("ak/sk, no such project") << false << "cn-south-1" << 3 << false;
    QTest::newRow("iam, no such project") << true << "cn-south-1" << 3 << false;
}

// Concurrent waiters share one discovery and each hears of it exactly once, from the event loop;
// a waiter whose context is gone hears nothing.
void tst_ApiTransport::projectWaiters()
{
    QFETCH(bool, iamMode);
    QFETCH(QString, region);
    QFETCH(int, waiters);
    QFETCH(bool, found);

    ConnectionConfig c = config(iamMode ? ConnectionConfig::AuthMode::IamPassword
                                        : ConnectionConfig::AuthMode::AkSk);
    c.region = region;
    ApiTransport transport(c);
    QVERIFY(transport.projectId().isEmpty());

    std::vector<std::unique_ptr<QObject>> contexts;
    std::vector<int> calls(static_cast<size_t>(waiters), 0);
    QList<ApiError> errors;
    int finished = 0;
    for (int i = 0; i < waiters; ++i) {
        contexts.push_back(std::make_unique<QObject>());
        transport.ensureProject(contexts.back().get(), [&, i](const ApiError &error) {
            ++calls[static_cast<size_t>(i)];
            errors << error;
            ++finished;
        });
    }
    int goneCalls = 0;
    {
        QObject gone;
        transport.ensureProject(&gone, [&goneCalls](const ApiError &) { ++goneCalls; });
    }
    QCOMPARE(finished, 0); // never from inside ensureProject()

    QTRY_COMPARE_WITH_TIMEOUT(finished, waiters, 20000);
    // One request found it (or failed to) for everybody: the project list or the token.
    QCOMPARE(transport.requestCount(), 1);

    // Another round after the first: the first waiters are not called again.
    bool again = false;
    QObject later;
    transport.ensureProject(&later, [&again](const ApiError &) { again = true; });
    QTRY_VERIFY_WITH_TIMEOUT(again, 20000);
    for (int n : calls)
        QCOMPARE(n, 1);
    QCOMPARE(goneCalls, 0);

    for (const ApiError &error : std::as_const(errors)) {
        QCOMPARE(error.isError(), !found);
        if (!found) {
            // AK/SK: an empty project list; IAM: the token's scope is refused.
            QCOMPARE(error.kind, iamMode ? ApiError::Kind::Http : ApiError::Kind::Config);
        }
    }
    QCOMPARE(transport.projectId(), found ? m_emu.projectId() : QString());
}

void tst_ApiTransport::knownProjectAnswersLater()
{
    ConnectionConfig c = config(ConnectionConfig::AuthMode::AkSk);
    c.projectId = QStringLiteral("configured");
    ApiTransport transport(c);
    int calls = 0;
    ApiError error;
    QObject context;
    transport.ensureProject(&context, [&calls, &error](const ApiError &e) {
        error = e;
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QVERIFY(!error.isError());
    QCOMPARE(transport.requestCount(), 0);
    QCOMPARE(transport.projectId(), QStringLiteral("configured"));
}

// The token provider lives on the transport: token, scope and a Workspace request, no client.
void tst_ApiTransport::tokenWithoutClient()
{
    ApiTransport transport(config(ConnectionConfig::AuthMode::IamPassword));
    IamTokenProvider *tokens = transport.tokenProvider();
    QVERIFY(tokens);
    QSignalSpy changed(tokens, &IamTokenProvider::tokenChanged);
    QSignalSpy sent(&transport, &ApiTransport::requestSent);
    QList<ApiError> ready;
    QObject context;
    for (int i = 0; i < 3; ++i)
        transport.ensureToken(&context, [&ready](const ApiError &error) { ready << error; });
    QVERIFY(changed.wait(20000));
    QTRY_COMPARE(ready.size(), 3);
    for (const ApiError &e : std::as_const(ready))
        QVERIFY2(!e.isError(), qPrintable(e.summary()));
    QCOMPARE(tokens->fetchCount(), 1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().first().toString(), QStringLiteral("POST /v3/auth/tokens"));
    QVERIFY(tokens->hasFreshToken());
    QCOMPARE(tokens->projectId(), m_emu.projectId());

    RequestSpec spec;
    spec.path = ApiPaths::quotas();
    bool done = false;
    ApiError error;
    HttpResult result;
    transport.run(spec, &context, [&](const ApiError &e, const HttpResult &r) {
        error = e;
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QCOMPARE(result.status, 200);
    QCOMPARE(transport.projectId(), m_emu.projectId());
    QCOMPARE(tokens->fetchCount(), 1); // the request used the token it already had
    QCOMPARE(transport.requestCount(), 2);
    QCOMPARE(header(transport.headers(spec, transport.url(spec)), "X-Auth-Token"), tokens->token());
}

QTEST_GUILESS_MAIN(tst_ApiTransport)
#include "tst_apitransport.moc"
