// The emulator's own SDK-HMAC-SHA256 canonicalisation against the documented vectors
// (workspace-api.md §3.2) and every case of the official SDK's signing-vectors.json.

#include "emulator/apirequest.h"
#include "emulator/canonicalrequest.h"
#include "signingvectors.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QTest>

using namespace wsemu;

using Headers = QList<QPair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)

class tst_CanonicalRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void percentEncode_data();
    void percentEncode();
    void canonicalUri_data();
    void canonicalUri();
    void documentedVectors_data();
    void documentedVectors();
    void canonicalQueryV6();
    void sdkVectors_data();
    void sdkVectors();
    void headerBlockRules();
};

void tst_CanonicalRequest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CanonicalRequest::percentEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << QByteArray("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space is %20, never +") << QByteArray("a b") << QByteArray("a%20b");
    QTest::newRow("plus") << QByteArray("a+b") << QByteArray("a%2Bb");
    QTest::newRow("reserved") << QByteArray("=&/?*'()") << QByteArray("%3D%26%2F%3F%2A%27%28%29");
    QTest::newRow("upper-case hex for UTF-8")
            << QString::fromUtf8("张").toUtf8() << QByteArray("%E5%BC%A0");
    QTest::newRow("percent itself") << QByteArray("%20") << QByteArray("%2520");
}

void tst_CanonicalRequest::percentEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalRequest::percentEncode(input), expected);
}

void tst_CanonicalRequest::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("rawPath");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("trailing slash added")
            << QByteArray("/v2/p/desktops") << QByteArray("/v2/p/desktops/");
    QTest::newRow("kept once") << QByteArray("/v2/p/desktops/") << QByteArray("/v2/p/desktops/");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("wire encoding encoded again")
            << QByteArray("/a/desk%20top~x") << QByteArray("/a/desk%2520top~x/");
}

void tst_CanonicalRequest::canonicalUri()
{
    QFETCH(QByteArray, rawPath);
    QFETCH(QByteArray, expected);
    QCOMPARE(CanonicalRequest::canonicalUri(rawPath), expected);
}

void tst_CanonicalRequest::documentedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("rawPath");
    QTest::addColumn<QByteArray>("rawQuery");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<QByteArray>("canonicalHash"); // empty: not documented
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("V1 DOC-SIGN")
            << QByteArray("GET") << QByteArray("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")
            << QByteArray("limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
            << Headers{{"Content-Type", "application/json"},
                       {"Host", "service.region.example.com"},
                       {"X-Sdk-Date", "20191115T033655Z"}}
            << QByteArray("content-type;host;x-sdk-date") << QByteArray()
            << QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
            << QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a")
            << QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    // An unsigned header with an underscore must not change anything.
    QTest::newRow("V2 GO GET")
            << QByteArray("GET") << QByteArray("/path") << QByteArray("limit=1")
            << Headers{{"X-Sdk-Date", "20060102T150405Z"}, {"TEST_UNDERSCORE", "TEST_VALUE"}}
            << QByteArray("x-sdk-date") << QByteArray() << QByteArray("SecretKey") << QByteArray()
            << QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    QTest::newRow("V3 GO POST, trailing newline hashed")
            << QByteArray("POST") << QByteArray("/path") << QByteArray("key=value")
            << Headers{{"X-Sdk-Date", "20060102T150405Z"}, {"Content-Type", "application/json"}}
            << QByteArray("x-sdk-date") << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
            << QByteArray("SecretKey") << QByteArray()
            << QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
    QTest::newRow("V4 PY GET with host")
            << QByteArray("GET") << QByteArray("/resources") << QByteArray("size=1")
            << Headers{{"X-Sdk-Date", "20200608T023900Z"},
                       {"Host", "service.endpoint.myhuaweicloud.com"}}
            << QByteArray("host;x-sdk-date") << QByteArray() << QByteArray("SecretKey")
            << QByteArray()
            << QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    QTest::newRow("V5 PY POST with host")
            << QByteArray("POST") << QByteArray("/resources") << QByteArray("size=1")
            << Headers{{"X-Sdk-Date", "20200608T023900Z"},
                       {"Host", "service.endpoint.myhuaweicloud.com"}}
            << QByteArray("host;x-sdk-date") << QByteArray("{\"name\":\"test\",\"id\":1}")
            << QByteArray("SecretKey") << QByteArray()
            << QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
}

void tst_CanonicalRequest::documentedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, rawPath);
    QFETCH(QByteArray, rawQuery);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, sk);
    QFETCH(QByteArray, canonicalHash);
    QFETCH(QByteArray, signature);

    QByteArray date;
    for (const auto &h : std::as_const(headers)) {
        if (h.first == "X-Sdk-Date")
            date = h.second;
    }
    const QByteArray canonical = CanonicalRequest::build(
            method, rawPath, ApiRequest::parseQuery(rawQuery), headers, signedHeaders.split(';'),
            CanonicalRequest::payloadHash(body));
    if (!canonicalHash.isEmpty())
        QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(),
                 canonicalHash);
    QCOMPARE(CanonicalRequest::signature(sk, CanonicalRequest::stringToSign(date, canonical)),
             signature);
}

void tst_CanonicalRequest::canonicalQueryV6()
{
    // V6: sorted keys, repeated keys sorted by value, space as %20, '.' kept, '*' encoded.
    const QList<QPair<QString, QString>> params{
            {QStringLiteral("limit"), QStringLiteral("1")},
            {QStringLiteral("enable"), QStringLiteral("true")},
            {QStringLiteral("test"), QString::fromUtf8("一 (&=?!#%.*)")},
            {QStringLiteral("path"), QStringLiteral("/tmp/123")},
            {QStringLiteral("multi"), QStringLiteral("3")},
            {QStringLiteral("multi"), QStringLiteral("1")},
            {QStringLiteral("multi"), QStringLiteral("2")},
    };
    QCOMPARE(CanonicalRequest::canonicalQuery(params),
             QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&"
                        "test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    // A key without a value keeps its '='.
    QCOMPARE(CanonicalRequest::canonicalQuery(ApiRequest::parseQuery("z&a=")), QByteArray("a=&z="));
}

void tst_CanonicalRequest::sdkVectors_data()
{
    QTest::addColumn<int>("index");
    QString error;
    const QList<SigningVector> vectors
            = SigningVector::load(QStringLiteral(WSC_SIGNING_VECTORS), &error);
    QVERIFY2(!vectors.isEmpty(), qPrintable(error));
    for (int i = 0; i < vectors.size(); ++i)
        QTest::newRow(qPrintable(vectors.at(i).name)) << i;
}

void tst_CanonicalRequest::sdkVectors()
{
    QFETCH(int, index);
    QString error;
    const SigningVector v
            = SigningVector::load(QStringLiteral(WSC_SIGNING_VECTORS), &error).at(index);
    // The server sees the query as it came over the wire and decodes it itself.
    const QByteArray canonical = CanonicalRequest::build(
            v.method, v.rawPath, ApiRequest::parseQuery(v.rawQuery), v.headers, v.signedHeaders(),
            CanonicalRequest::payloadHash(v.body));
    QCOMPARE(QString::fromUtf8(canonical), QString::fromUtf8(v.canonicalRequest));
    const QByteArray signature
            = CanonicalRequest::signature(v.sk, CanonicalRequest::stringToSign(v.date, canonical));
    QCOMPARE(CanonicalRequest::authorizationHeader(v.ak, v.signedHeaders(), signature),
             v.authorization);
}

void tst_CanonicalRequest::headerBlockRules()
{
    // Names are lower-cased and sorted, values trimmed, the block ends with a newline, and a
    // signed header that the request lacks is reported.
    const Headers headers{
            {"X-Sdk-Date", "  20260101T000000Z "}, {"Host", "h:8080"}, {"X-Extra", "x"}};
    QByteArray missing;
    QCOMPARE(CanonicalRequest::canonicalHeaders(headers, {"X-SDK-DATE", "host"}, &missing),
             QByteArray("host:h:8080\nx-sdk-date:20260101T000000Z\n"));
    QVERIFY(missing.isEmpty());
    CanonicalRequest::canonicalHeaders(headers, {"host", "x-project-id"}, &missing);
    QCOMPARE(missing, QByteArray("x-project-id"));
    QCOMPARE(CanonicalRequest::payloadHash({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

QTEST_APPLESS_MAIN(tst_CanonicalRequest)
#include "tst_canonicalrequest.moc"
