#include "api/http/apierror.h"
#include "api/http/errorcatalog.h"
#include "api/http/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

namespace {

/** An HTTP error as the parser would have made it, for the predicate and catalog tables. */
ApiError http(int status, const char *code = "", const char *msg = "")
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.errorCode = QString::fromLatin1(code);
    e.errorMessage = QString::fromLatin1(msg);
    return e;
}

} // namespace

/** ApiError parsing (§4.1 order), its retry/outcome predicates, and the error catalog. */
class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void parse_data();
    void parse();
    void predicates_data();
    void predicates();
    void catalog_data();
    void catalog();
    void describeNamesCodeAndRequest();
    void alreadyExists_data();
    void alreadyExists();
    void backoff();
    void statedRateLimit_data();
    void statedRateLimit();
};

void tst_ApiError::parse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("errorDetail");

    QTest::newRow("error_code+error_msg")
            << 400
            << QByteArray(R"({"error_code":"WKS.0001","error_msg":"empty","error_detail":"d"})")
            << QByteArray("rid-h") << "WKS.0001"
            << "empty"
            << "rid-h"
            << "d";
    QTest::newRow("APIG with body request_id")
            << 401
            << QByteArray(
                       R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIG.0301","request_id":"r-body"})")
            << QByteArray() << "APIG.0301"
            << "Incorrect IAM authentication information: verify aksk signature fail"
            << "r-body"
            << "";
    QTest::newRow("header wins over body id")
            << 429 << QByteArray(R"({"error_code":"APIG.0308","error_msg":"x","request_id":"b"})")
            << QByteArray("h") << "APIG.0308"
            << "x"
            << "h"
            << "";
    QTest::newRow("code+message") << 404 << QByteArray(R"({"code":"IAM.0001","message":"nope"})")
                                  << QByteArray() << "IAM.0001"
                                  << "nope"
                                  << ""
                                  << "";
    QTest::newRow("one level down")
            << 401
            << QByteArray(
                       R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})")
            << QByteArray() << "401"
            << "The request you have made requires authentication."
            << ""
            << "";
    QTest::newRow("details[]")
            << 400 << QByteArray(R"({"details":[{"error_code":"X.1","error_msg":"first"}]})")
            << QByteArray() << "X.1"
            << "first"
            << ""
            << "";
    QTest::newRow("html from proxy")
            << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray() << ""
            << ""
            << ""
            << "";
    QTest::newRow("empty body") << 503 << QByteArray() << QByteArray("r") << ""
                                << ""
                                << "r"
                                << "";
    QTest::newRow("json array body") << 500 << QByteArray("[1,2]") << QByteArray() << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("mistyped fields")
            << 400 << QByteArray(R"({"error_code":{"a":1},"error_msg":["x"]})") << QByteArray()
            << ""
            << ""
            << ""
            << "";
}

void tst_ApiError::parse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    QFETCH(QString, errorDetail);

    const ApiError e = ApiError::fromHttp(status, body, header, "text/html");
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.errorCode, code);
    QCOMPARE(e.errorMessage, message);
    QCOMPARE(e.requestId, requestId);
    QCOMPARE(e.errorDetail, errorDetail);
    if (body.startsWith('<'))
        QVERIFY(e.detail.contains(QLatin1String("text/html")));
}

void tst_ApiError::predicates_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retryRead");
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<bool>("notApplied");

    using K = ApiError::Kind;
    QTest::newRow("400") << http(400, "WKS.0001") << false << false << true;
    QTest::newRow("401") << http(401, "APIG.0301") << false << false << true;
    QTest::newRow("404") << http(404) << false << false << true;
    QTest::newRow("409") << http(409) << false << false << true;
    QTest::newRow("429") << http(429, "APIG.0308") << true << false << true;
    QTest::newRow("500") << http(500) << true << true << false;
    QTest::newRow("503") << http(503) << true << true << false;
    QTest::newRow("timeout") << ApiError::network(K::Timeout) << true << true << false;
    QTest::newRow("reset") << ApiError::network(K::ConnectionReset) << true << true << false;
    QTest::newRow("refused") << ApiError::network(K::ConnectionRefused) << true << false << true;
    QTest::newRow("dns") << ApiError::network(K::HostNotFound) << false << false << true;
    QTest::newRow("tls") << ApiError::network(K::Tls) << false << false << true;
    QTest::newRow("malformed") << ApiError::network(K::MalformedReply) << true << true << false;
    QTest::newRow("too large") << ApiError::network(K::BodyTooLarge) << false << true << false;
    QTest::newRow("config") << ApiError::network(K::Config) << false << false << true;
}

void tst_ApiError::predicates()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retryRead);
    QFETCH(bool, unknown);
    QFETCH(bool, notApplied);
    QCOMPARE(error.isRetryableRead(), retryRead);
    QCOMPARE(error.isOutcomeUnknown(), unknown);
    QCOMPARE(error.isNotApplied(), notApplied);
    // Never both: a request either surely did not apply, or we do not know.
    QVERIFY(!(error.isOutcomeUnknown() && error.isNotApplied()));
}

void tst_ApiError::catalog_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("key");

    using K = ApiError::Kind;
    QTest::newRow("APIG.0101") << http(404, "APIG.0101") << "APIG.0101";
    QTest::newRow("APIGW.0101 alias") << http(404, "APIGW.0101") << "APIG.0101";
    QTest::newRow("APIG.0201") << http(400, "APIG.0201") << "APIG.0201";
    QTest::newRow("APIG.0301 signature")
            << http(401, "APIG.0301",
                    "Incorrect IAM authentication information: verify aksk signature fail")
            << "APIG.0301.signature";
    QTest::newRow("APIG.0301 expired")
            << http(401, "APIG.0301",
                    "Incorrect IAM authentication information: token expires, expires_at: 2026")
            << "APIG.0301.expired";
    QTest::newRow("APIG.0301 clock")
            << http(401, "APIG.0301",
                    "Incorrect IAM authentication information: x-sdk-date 20261124T201532Z is more "
                    "than 15 minutes away from the server time")
            << "APIG.0301.clock";
    QTest::newRow("APIG.0301 other") << http(
            401, "APIG.0301", "Incorrect IAM authentication information: x-auth-token not found")
                                     << "APIG.0301";
    QTest::newRow("APIG.0308") << http(429, "APIG.0308") << "APIG.0308";
    QTest::newRow("WKS.0001") << http(400, "WKS.0001") << "WKS.0001";
    QTest::newRow("WKS.0407") << http(400, "WKS.0407") << "WKS.0407";
    QTest::newRow("WKS.00010032") << http(409, "WKS.00010032") << "WKS.00010032";
    QTest::newRow("WKS.00010099") << http(403, "WKS.00010099") << "WKS.00010099";
    QTest::newRow("WKS.00170312") << http(400, "WKS.00170312") << "WKS.00170312";
    QTest::newRow("WKS.00170110") << http(409, "WKS.00170110") << "WKS.00170110";
    QTest::newRow("WKS.00170208") << http(400, "WKS.00170208") << "WKS.00170208";
    QTest::newRow("WKS.0915") << http(500, "WKS.0915") << "WKS.0915";
    QTest::newRow("WKS.00081103") << http(404, "WKS.00081103") << "WKS.00081103";
    QTest::newRow("unknown code falls back to status") << http(409, "WKS.99999") << "http.409";
    for (int status : {400, 401, 403, 404, 409, 413, 429, 500, 503})
        QTest::newRow(qPrintable(QStringLiteral("http %1").arg(status)))
                << http(status) << QStringLiteral("http.%1").arg(status);
    QTest::newRow("http 507") << http(507) << "http.5xx";
    QTest::newRow("http 418") << http(418) << "http.4xx";
    QTest::newRow("timeout") << ApiError::network(K::Timeout) << "network.timeout";
    QTest::newRow("reset") << ApiError::network(K::ConnectionReset) << "network.reset";
    QTest::newRow("refused") << ApiError::network(K::ConnectionRefused) << "network.refused";
    QTest::newRow("dns") << ApiError::network(K::HostNotFound) << "network.dns";
    QTest::newRow("tls") << ApiError::network(K::Tls) << "network.tls";
    QTest::newRow("proxy") << ApiError::network(K::Proxy) << "network.proxy";
    QTest::newRow("cancelled") << ApiError::network(K::Cancelled) << "network.cancelled";
    QTest::newRow("malformed") << ApiError::network(K::MalformedReply) << "network.malformed";
    QTest::newRow("too large") << ApiError::network(K::BodyTooLarge) << "network.too-large";
    QTest::newRow("config") << ApiError::network(K::Config) << "network.config";
}

void tst_ApiError::catalog()
{
    QFETCH(ApiError, error);
    QFETCH(QString, key);
    const ErrorCatalog::Explanation e = ErrorCatalog::explain(error);
    QCOMPARE(e.key, key);
    QVERIFY(!e.cause.isEmpty());
    if (error.kind != ApiError::Kind::Cancelled)
        QVERIFY(!e.fix.isEmpty());
}

void tst_ApiError::describeNamesCodeAndRequest()
{
    const ApiError e = ApiError::fromHttp(
            409, R"({"error_code":"WKS.00010032","error_msg":"Operation conflict."})", "req-7");
    const QString text = ErrorCatalog::describe(e);
    QVERIFY(text.contains(QLatin1String("WKS.00010032")));
    QVERIFY(text.contains(QLatin1String("req-7")));
    QVERIFY(text.contains(QLatin1String("Operation conflict.")));
    QVERIFY(ErrorCatalog::describe(ApiError()).isEmpty());
    QVERIFY(e.summary().startsWith(QLatin1String("HTTP 409 WKS.00010032")));
}

void tst_ApiError::alreadyExists_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("exists");
    const auto parsed = [](int status, const char *code, const char *msg = "") {
        return ApiError::fromHttp(status,
                                  QStringLiteral(R"({"error_code":"%1","error_msg":"%2"})")
                                          .arg(QLatin1String(code), QLatin1String(msg))
                                          .toUtf8(),
                                  "req-1");
    };
    QTest::newRow("directory code")
            << parsed(409, "WKS.00170110", "The user name bob already exists (user id 1).") << true;
    QTest::newRow("code in lower case") << parsed(409, "wks.00170110") << true;
    QTest::newRow("code under another status") << parsed(400, "WKS.00170110") << true;
    QTest::newRow("bare 409 saying exists")
            << parsed(409, "", "User alice already exists.") << true;
    QTest::newRow("409 state conflict")
            << parsed(409, "WKS.00010032",
                      "Operation conflict. The desktop current instance status is [ATTACHED] and "
                      "deny operation [attach], resource id [abc].")
            << false;
    QTest::newRow("409 does not exist") << parsed(409, "", "The group does not exist.") << false;
    QTest::newRow("400 bad name") << parsed(400, "WKS.0001", "user_name is invalid") << false;
    QTest::newRow("timeout") << ApiError::network(ApiError::Kind::Timeout) << false;
    QTest::newRow("no error") << ApiError() << false;
}

// A create refused because the name is taken means the user is there: callers count it as done.
void tst_ApiError::alreadyExists()
{
    QFETCH(ApiError, error);
    QFETCH(bool, exists);
    QCOMPARE(ErrorCatalog::isAlreadyExists(error), exists);
}

// Delays grow, stay under the cap, jitter stays within the half-window, 429 waits longer.
void tst_ApiError::backoff()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    policy.throttleDelayMs = 2000;
    ApiError reset = ApiError::network(ApiError::Kind::ConnectionReset);
    QCOMPARE(policy.delayMs(1, reset, 0.0), 50);
    QCOMPARE(policy.delayMs(1, reset, 0.999), 99);
    QCOMPARE(policy.delayMs(3, reset, 0.0), 200);
    QCOMPARE(policy.delayMs(10, reset, 0.0), 500);
    QVERIFY(policy.delayMs(10, reset, 0.999) <= 1000);
    ApiError throttled;
    throttled.kind = ApiError::Kind::Http;
    throttled.httpStatus = 429;
    QVERIFY(policy.delayMs(1, throttled, 0.0) >= 2000);
    QVERIFY(policy.shouldRetryRead(reset, 4));
    QVERIFY(!policy.shouldRetryRead(reset, 5));
    QVERIFY(!policy.shouldRetryRead(ApiError::network(ApiError::Kind::Tls), 1));
}

void tst_ApiError::statedRateLimit_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<double>("perSecond");
    // APIG's wording (workspace-api.md, errors: 429 APIG.0308).
    QTest::newRow("per second") << 429
                                << "The throttling threshold has been reached: policy user over "
                                   "ratelimit,limit:50,time:1 second"
                                << 50.0;
    QTest::newRow("per minute") << 429
                                << "The throttling threshold has been reached: policy ip over "
                                   "ratelimit,limit:600,time:1 minute"
                                << 10.0;
    QTest::newRow("no figure") << 429 << "The throttling threshold has been reached" << 0.0;
    QTest::newRow("not a 429") << 400 << "ratelimit,limit:50,time:1 second" << 0.0;
}

// The limit a 429 states is read in requests per second, so the governor can settle under it.
void tst_ApiError::statedRateLimit()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(double, perSecond);
    const QByteArray body
            = QJsonDocument(QJsonObject{{"error_code", "APIG.0308"}, {"error_msg", message}})
                      .toJson();
    const ApiError error = ApiError::fromHttp(status, body, {}, "application/json");
    QCOMPARE(error.statedRateLimit(), perSecond);
}

QTEST_APPLESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
