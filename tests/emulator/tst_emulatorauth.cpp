// Authentication of the emulator over real sockets: IAM tokens, AK/SK signatures (including
// every case of the official SDK's signing vectors, replayed byte for byte), and the 401
// answers clients must handle.

#include "emulator/emulator.h"
#include "emulatorfixture.h"
#include "signingvectors.h"

#include <QJsonArray>
#include <QTest>

using namespace wsemu;

using Headers = QList<QPair<QByteArray, QByteArray>>;

class tst_EmulatorAuth : public EmulatorTestCase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tokenIssued();
    void tokenWithoutCatalog();
    void tokenRejections_data();
    void tokenRejections();
    void tokenUsedOnWorkspace();
    void tokenExpires();
    void garbledToken();
    void domainScopedToken();
    void akSkAccepted();
    void hostlessSignatureAccepted();
    void unsignedPayload();
    void authorizationRejected_data();
    void authorizationRejected();
    void dateSkew_data();
    void dateSkew();
    void temporaryCredentials();
    void authBeforeRouting();
    void requestIdEverywhere();
    void signingVectorsAccepted_data();
    void signingVectorsAccepted();
    void signingVectorsTampered_data();
    void signingVectorsTampered();

private:
    QJsonObject inspect(const QString &path);
    TestReply sendRaw(const QByteArray &method, const QByteArray &rawPath,
                      const QByteArray &rawQuery, const Headers &headers, const QByteArray &body);
    QJsonObject tokenScope(const QString &project) const;
    void useVectorKeysAndDate(const SigningVector &v);

    QList<SigningVector> m_vectors;
};

void tst_EmulatorAuth::initTestCase()
{
    QVERIFY(startEmulator());
    QString error;
    m_vectors = SigningVector::load(QStringLiteral(WSC_SIGNING_VECTORS), &error);
    QVERIFY2(m_vectors.size() >= 40, qPrintable(error));
}

void tst_EmulatorAuth::init()
{
    // Every test starts from the real clock and the default keys.
    configure(QJsonObject{
            {QStringLiteral("clock"), QJsonObject{{QStringLiteral("real"), true}}},
            {QStringLiteral("ak"), QString::fromLatin1(EmulatorOptions::DefaultAccessKey)},
            {QStringLiteral("sk"), QString::fromLatin1(EmulatorOptions::DefaultSecretKey)},
            {QStringLiteral("temp_ak"), QString()}});
    m_client->setAkSk(EmulatorOptions::DefaultAccessKey, EmulatorOptions::DefaultSecretKey);
}

QJsonObject tst_EmulatorAuth::inspect(const QString &path)
{
    return m_client->get(path, EmulatorTestClient::Auth::None).json();
}

/** The vector's keys, and the clock frozen 30 s after its X-Sdk-Date so that the date is fresh. */
void tst_EmulatorAuth::useVectorKeysAndDate(const SigningVector &v)
{
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(v.date),
                                                 QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    configure(QJsonObject{
            {QStringLiteral("clock"),
             QJsonObject{{QStringLiteral("fixed"), QDateTime(date.date(), date.time(), Qt::UTC)
                                                           .addSecs(30)
                                                           .toString(Qt::ISODate)}}},
            {QStringLiteral("ak"), QString::fromUtf8(v.ak)},
            {QStringLiteral("sk"), QString::fromUtf8(v.sk)}});
}

QJsonObject tst_EmulatorAuth::tokenScope(const QString &project) const
{
    return QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), project}}}};
}

TestReply tst_EmulatorAuth::sendRaw(const QByteArray &method, const QByteArray &rawPath,
                                    const QByteArray &rawQuery, const Headers &headers,
                                    const QByteArray &body)
{
    QByteArray target = m_emulator->baseUrl().toEncoded() + rawPath;
    if (!rawQuery.isEmpty())
        target += '?' + rawQuery;
    QNetworkRequest request(QUrl::fromEncoded(target, QUrl::StrictMode));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return EmulatorTestClient::wait(m_client->manager().sendCustomRequest(request, method, body),
                                    10000);
}

void tst_EmulatorAuth::tokenIssued()
{
    const TestReply reply = m_client->issueToken(
            QStringLiteral("admin"), QStringLiteral("Sandbox#2026"), QStringLiteral("sandbox"),
            tokenScope(QStringLiteral("cn-north-4")));
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("X-Subject-Token").startsWith("MII"));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    const QJsonObject token = reply.json().value(QStringLiteral("token")).toObject();
    const QDateTime issued = QDateTime::fromString(
            token.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    const QDateTime expires = QDateTime::fromString(
            token.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(issued.isValid() && expires.isValid());
    QCOMPARE(issued.secsTo(expires), 24 * 3600);
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("id")).toString(), m_emulator->projectId());
    QCOMPARE(project.value(QStringLiteral("name")).toString(), QStringLiteral("cn-north-4"));
    QCOMPARE(project.value(QStringLiteral("domain"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("sandbox"));
    QCOMPARE(
            token.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("admin"));
    QVERIFY(!token.value(QStringLiteral("roles")).toArray().isEmpty());
    const QJsonArray catalog = token.value(QStringLiteral("catalog")).toArray();
    QVERIFY(!catalog.isEmpty());
    // The catalog points back at the emulator.
    const QString url = catalog.first()
                                .toObject()
                                .value(QStringLiteral("endpoints"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
    QVERIFY2(url.startsWith(m_emulator->baseUrl().toString()), qPrintable(url));
}

void tst_EmulatorAuth::tokenWithoutCatalog()
{
    const TestReply reply = m_client->issueToken(
            QStringLiteral("admin"), QStringLiteral("Sandbox#2026"), QStringLiteral("sandbox"),
            tokenScope(QStringLiteral("cn-north-4")), QStringLiteral("?nocatalog=true"));
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.json()
                     .value(QStringLiteral("token"))
                     .toObject()
                     .contains(QStringLiteral("catalog")));
}

void tst_EmulatorAuth::tokenRejections_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("status");
    QTest::newRow("wrong password") << "admin"
                                    << "wrong"
                                    << "sandbox"
                                    << "cn-north-4" << 401;
    QTest::newRow("wrong user") << "root"
                                << "Sandbox#2026"
                                << "sandbox"
                                << "cn-north-4" << 401;
    QTest::newRow("wrong domain") << "admin"
                                  << "Sandbox#2026"
                                  << "other"
                                  << "cn-north-4" << 401;
    QTest::newRow("unknown project") << "admin"
                                     << "Sandbox#2026"
                                     << "sandbox"
                                     << "xx-nowhere-1" << 400;
}

void tst_EmulatorAuth::tokenRejections()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, domain);
    QFETCH(QString, project);
    QFETCH(int, status);
    const TestReply reply = m_client->issueToken(user, password, domain, tokenScope(project));
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
    // IAM's Keystone-style body: {"error":{"code","message","title"}}.
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void tst_EmulatorAuth::tokenUsedOnWorkspace()
{
    QCOMPARE(m_client->issueToken(QStringLiteral("admin"), QStringLiteral("Sandbox#2026"),
                                  QStringLiteral("sandbox"),
                                  tokenScope(QStringLiteral("cn-north-4")))
                     .status,
             201);
    const TestReply reply = m_client->get(m_client->projectPath(QStringLiteral("/workspaces")),
                                          EmulatorTestClient::Auth::Token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(inspect(QStringLiteral("/_emulator/state"))
                     .value(QStringLiteral("last_auth"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
             QStringLiteral("token_valid"));
    // GET /v3/projects takes the token too.
    const TestReply projects = m_client->get(QStringLiteral("/v3/projects?name=cn-north-4"),
                                             EmulatorTestClient::Auth::Token);
    QCOMPARE(projects.status, 200);
    const QJsonArray list = projects.json().value(QStringLiteral("projects")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(),
             m_emulator->projectId());
    QVERIFY(projects.json().contains(QStringLiteral("links")));
}

void tst_EmulatorAuth::tokenExpires()
{
    configure(QJsonObject{{QStringLiteral("token_lifetime"), 60}});
    QCOMPARE(m_client->issueToken(QStringLiteral("admin"), QStringLiteral("Sandbox#2026"),
                                  QStringLiteral("sandbox"),
                                  tokenScope(QStringLiteral("cn-north-4")))
                     .status,
             201);
    const QString path = m_client->projectPath(QStringLiteral("/availability-zones"));
    QCOMPARE(m_client->get(path, EmulatorTestClient::Auth::Token).status, 200);
    // Move the emulator's clock past the 60 s lifetime.
    configure(QJsonObject{
            {QStringLiteral("clock"), QJsonObject{{QStringLiteral("offset_ms"), 61000}}}});
    const TestReply reply = m_client->get(path, EmulatorTestClient::Auth::Token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY2(reply.errorMessage().startsWith(QLatin1String(
                     "Incorrect IAM authentication information: token expires, expires_at: ")),
             qPrintable(reply.errorMessage()));
    QCOMPARE(reply.json().value(QStringLiteral("request_id")).toString(),
             QString::fromLatin1(reply.header("X-Request-Id")));
    configure(QJsonObject{{QStringLiteral("token_lifetime"), 86400}});
}

void tst_EmulatorAuth::garbledToken()
{
    m_client->setToken("MIIwsemu.not-a-token.x");
    const TestReply reply = m_client->get(m_client->projectPath(QStringLiteral("/workspaces")),
                                          EmulatorTestClient::Auth::Token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorMessage(),
             QStringLiteral("Incorrect IAM authentication information: decrypt token fail"));
}

void tst_EmulatorAuth::domainScopedToken()
{
    const QJsonObject scope{{QStringLiteral("domain"),
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("sandbox")}}}};
    const TestReply issued
            = m_client->issueToken(QStringLiteral("admin"), QStringLiteral("Sandbox#2026"),
                                   QStringLiteral("sandbox"), scope);
    QCOMPARE(issued.status, 201);
    QCOMPARE(issued.json()
                     .value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("domain"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("sandbox"));
    QCOMPARE(m_client->get(QStringLiteral("/v3/projects"), EmulatorTestClient::Auth::Token).status,
             200);
    const TestReply reply = m_client->get(m_client->projectPath(QStringLiteral("/workspaces")),
                                          EmulatorTestClient::Auth::Token);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.00010403"));
}

void tst_EmulatorAuth::akSkAccepted()
{
    const TestReply reply = m_client->get(m_client->projectPath(QStringLiteral("/workspaces")));
    QCOMPARE(reply.status, 200);
    const QJsonObject auth = inspect(QStringLiteral("/_emulator/state"))
                                     .value(QStringLiteral("last_auth"))
                                     .toObject();
    QCOMPARE(auth.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(auth.value(QStringLiteral("method")).toString(), QStringLiteral("aksk"));
    QCOMPARE(auth.value(QStringLiteral("access_key")).toString(),
             QString::fromLatin1(EmulatorOptions::DefaultAccessKey));
    QCOMPARE(auth.value(QStringLiteral("signed_headers")).toString(),
             QStringLiteral("host;x-sdk-date"));
}

void tst_EmulatorAuth::hostlessSignatureAccepted()
{
    // The GO SDK does not sign Host; the server verifies exactly what SignedHeaders lists.
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                    .toLatin1();
    const QByteArray path = m_client->projectPath(QStringLiteral("/products")).toLatin1();
    const Headers headers{{"X-Sdk-Date", date},
                          {"X-Project-Id", m_emulator->projectId().toLatin1()}};
    const QByteArray canonical = CanonicalRequest::build(
            "GET", path, {{QStringLiteral("limit"), QStringLiteral("2")}}, headers,
            {"x-sdk-date", "x-project-id"}, CanonicalRequest::payloadHash({}));
    const QByteArray signature = CanonicalRequest::signature(
            EmulatorOptions::DefaultSecretKey, CanonicalRequest::stringToSign(date, canonical));
    Headers sent = headers;
    sent.append({"Authorization",
                 CanonicalRequest::authorizationHeader(EmulatorOptions::DefaultAccessKey,
                                                       {"x-sdk-date", "x-project-id"}, signature)});
    const TestReply reply = sendRaw("GET", path, "limit=2", sent, {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("products")).toArray().size(), 2);
}

void tst_EmulatorAuth::unsignedPayload()
{
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                    .toLatin1();
    const QByteArray path = m_client->projectPath(QStringLiteral("/users")).toLatin1();
    const QByteArray body = R"({"user_name":"unsigned01","user_email":"unsigned01@example.com"})";
    const Headers headers{{"X-Sdk-Date", date},
                          {"Content-Type", "application/json"},
                          {"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"}};
    const QList<QByteArray> names{"content-type", "x-sdk-content-sha256", "x-sdk-date"};
    const QByteArray canonical
            = CanonicalRequest::build("POST", path, {}, headers, names, "UNSIGNED-PAYLOAD");
    const QByteArray signature = CanonicalRequest::signature(
            EmulatorOptions::DefaultSecretKey, CanonicalRequest::stringToSign(date, canonical));
    Headers sent = headers;
    sent.append({"Authorization", CanonicalRequest::authorizationHeader(
                                          EmulatorOptions::DefaultAccessKey, names, signature)});
    const TestReply reply = sendRaw("POST", path, {}, sent, body);
    QCOMPARE(reply.status, 201);
    QVERIFY(!reply.json().value(QStringLiteral("id")).toString().isEmpty());
}

void tst_EmulatorAuth::authorizationRejected_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("messageFragment");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("x-auth-token not found");
    QTest::newRow("other scheme") << QByteArray("Basic YWRtaW46cGFzcw==")
                                  << QStringLiteral("unsupported authorization");
    QTest::newRow("garbled fields") << QByteArray("SDK-HMAC-SHA256 Access=HPUAWSEMUSANDBOX0001")
                                    << QStringLiteral("authorization header is malformed");
    QTest::newRow("unknown AK") << QByteArray(
            "SDK-HMAC-SHA256 Access=NOPE, SignedHeaders=host;x-sdk-date, Signature=00")
                                << QStringLiteral("ak NOPE not exist");
    QTest::newRow("wrong signature") << QByteArray(
            "SDK-HMAC-SHA256 Access=HPUAWSEMUSANDBOX0001, SignedHeaders=host;x-sdk-date, Signature="
            "0000000000000000000000000000000000000000000000000000000000000000")
                                     << QStringLiteral("verify aksk signature fail");
    QTest::newRow("x-sdk-date not signed") << QByteArray(
            "SDK-HMAC-SHA256 Access=HPUAWSEMUSANDBOX0001, SignedHeaders=host, Signature=00")
                                           << QStringLiteral("x-sdk-date must be in SignedHeaders");
    QTest::newRow("signed header absent")
            << QByteArray("SDK-HMAC-SHA256 Access=HPUAWSEMUSANDBOX0001, "
                          "SignedHeaders=host;x-sdk-date;x-project-id, "
                          "Signature=00")
            << QStringLiteral("signed header x-project-id is not in the request");
}

void tst_EmulatorAuth::authorizationRejected()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, messageFragment);
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                    .toLatin1();
    Headers headers{{"X-Sdk-Date", date}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const TestReply reply
            = sendRaw("GET", m_client->projectPath(QStringLiteral("/workspaces")).toLatin1(), {},
                      headers, {});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY2(reply.errorMessage().startsWith(
                     QLatin1String("Incorrect IAM authentication information: ")),
             qPrintable(reply.errorMessage()));
    QVERIFY2(reply.errorMessage().contains(messageFragment), qPrintable(reply.errorMessage()));
}

void tst_EmulatorAuth::dateSkew_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<int>("status");
    QTest::newRow("14 min behind") << -14 * 60 << 200;
    QTest::newRow("14 min ahead") << 14 * 60 << 200;
    QTest::newRow("16 min behind") << -16 * 60 << 401;
    QTest::newRow("16 min ahead") << 16 * 60 << 401;
}

void tst_EmulatorAuth::dateSkew()
{
    QFETCH(int, skewSeconds);
    QFETCH(int, status);
    const QByteArray date = QDateTime::currentDateTimeUtc()
                                    .addSecs(skewSeconds)
                                    .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                    .toLatin1();
    const TestReply reply
            = m_client->send("GET", m_client->projectPath(QStringLiteral("/vpcs")), {},
                             EmulatorTestClient::Auth::AkSk, {{"X-Sdk-Date", date}});
    QCOMPARE(reply.status, status);
    if (status == 401)
        QVERIFY2(reply.errorMessage().contains(QLatin1String("15 minutes")),
                 qPrintable(reply.errorMessage()));
}

void tst_EmulatorAuth::temporaryCredentials()
{
    configure(QJsonObject{
            {QStringLiteral("temp_ak"), QStringLiteral("TEMPAKEXAMPLE0000001")},
            {QStringLiteral("temp_sk"), QStringLiteral("tempSecret")},
            {QStringLiteral("security_token"), QStringLiteral("gQpzZWN1cml0eS10b2tlbg")}});
    m_client->setAkSk("TEMPAKEXAMPLE0000001", "tempSecret");
    const QString path = m_client->projectPath(QStringLiteral("/security-groups"));
    const TestReply without = m_client->get(path);
    QCOMPARE(without.status, 401);
    QVERIFY(without.errorMessage().contains(QLatin1String("security token")));
    const TestReply with = m_client->send("GET", path, {}, EmulatorTestClient::Auth::AkSk,
                                          {{"X-Security-Token", "gQpzZWN1cml0eS10b2tlbg"}});
    QCOMPARE(with.status, 200);
}

void tst_EmulatorAuth::authBeforeRouting()
{
    // A bad signature on an unknown path is a 401, never a 404 that hides it.
    m_client->setAkSk(EmulatorOptions::DefaultAccessKey, "wrong-secret");
    TestReply reply = m_client->get(m_client->projectPath(QStringLiteral("/no-such-api")));
    QCOMPARE(reply.status, 401);
    m_client->setAkSk(EmulatorOptions::DefaultAccessKey, EmulatorOptions::DefaultSecretKey);
    reply = m_client->get(m_client->projectPath(QStringLiteral("/no-such-api")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0101"));
}

void tst_EmulatorAuth::requestIdEverywhere()
{
    const QList<TestReply> replies{
            m_client->get(m_client->projectPath(QStringLiteral("/workspaces"))),
            m_client->get(m_client->projectPath(QStringLiteral("/nothing"))),
            m_client->get(m_client->projectPath(QStringLiteral("/workspaces")),
                          EmulatorTestClient::Auth::None),
            m_client->get(QStringLiteral("/_emulator/state"), EmulatorTestClient::Auth::None),
    };
    for (const TestReply &reply : replies) {
        QCOMPARE(reply.header("X-Request-Id").size(), 32);
        if (reply.errorCode().startsWith(QLatin1String("APIG.")))
            QCOMPARE(reply.json().value(QStringLiteral("request_id")).toString(),
                     QString::fromLatin1(reply.header("X-Request-Id")));
    }
}

void tst_EmulatorAuth::signingVectorsAccepted_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_vectors.size(); ++i)
        QTest::newRow(qPrintable(m_vectors.at(i).name)) << i;
}

void tst_EmulatorAuth::signingVectorsAccepted()
{
    QFETCH(int, index);
    const SigningVector &v = m_vectors.at(index);
    useVectorKeysAndDate(v);
    Headers headers = v.headers;
    headers.append({"Authorization", v.authorization});
    const TestReply reply = sendRaw(v.method, v.rawPath, v.rawQuery, headers, v.body);
    QVERIFY(reply.finished);
    QVERIFY2(reply.status != 401 && reply.status != 0,
             qPrintable(QString::number(reply.status) + QLatin1Char(' ')
                        + QString::fromUtf8(reply.body)));
    const QJsonObject auth = inspect(QStringLiteral("/_emulator/state"))
                                     .value(QStringLiteral("last_auth"))
                                     .toObject();
    QCOMPARE(auth.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(auth.value(QStringLiteral("access_key")).toString(), QString::fromUtf8(v.ak));
    QCOMPARE(auth.value(QStringLiteral("canonical_request")).toString(),
             QString::fromUtf8(v.canonicalRequest));
}

void tst_EmulatorAuth::signingVectorsTampered_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("change");
    for (int i = 0; i < m_vectors.size(); ++i) {
        const SigningVector &v = m_vectors.at(i);
        if (!v.body.isEmpty())
            QTest::newRow(qPrintable(v.name + QStringLiteral(" body byte")))
                    << i << QStringLiteral("body");
        QTest::newRow(qPrintable(v.name + QStringLiteral(" signed header")))
                << i << QStringLiteral("header");
        QTest::newRow(qPrintable(v.name + QStringLiteral(" date"))) << i << QStringLiteral("date");
    }
}

void tst_EmulatorAuth::signingVectorsTampered()
{
    QFETCH(int, index);
    QFETCH(QString, change);
    const SigningVector &v = m_vectors.at(index);
    useVectorKeysAndDate(v);
    Headers headers = v.headers;
    QByteArray body = v.body;
    if (change == QLatin1String("body")) {
        body[body.size() / 2] = body.at(body.size() / 2) == 'x' ? 'y' : 'x';
    } else {
        // The date is a signed header too; "header" changes another signed one (Host last).
        const QList<QByteArray> signedNames = v.signedHeaders();
        QByteArray target = "x-sdk-date";
        if (change == QLatin1String("header")) {
            for (const QByteArray &name : signedNames) {
                if (name != "x-sdk-date" && name != "host")
                    target = name;
            }
            if (target == "x-sdk-date")
                target = "host";
        }
        for (auto &h : headers) {
            if (h.first.compare(target, Qt::CaseInsensitive) != 0)
                continue;
            if (target == "x-sdk-date")
                h.second = h.second.left(h.second.size() - 2)
                           + (h.second.endsWith("2Z") ? "3Z" : "2Z");
            else
                h.second = h.second + 'x';
        }
    }
    headers.append({"Authorization", v.authorization});
    const TestReply reply = sendRaw(v.method, v.rawPath, v.rawQuery, headers, body);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY2(reply.errorMessage().contains(QLatin1String("verify aksk signature fail")),
             qPrintable(reply.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_EmulatorAuth)
#include "tst_emulatorauth.moc"
