#include "api/auth/aksksigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;

/** The SDK-HMAC-SHA256 signer against Huawei's vectors: the committed file and §3.2 of the notes.
 */
class tst_AkSkSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vectorFile_data();
    void vectorFile();
    void documentedVectors_data();
    void documentedVectors();
    void canonicalQueryV6();
    void repeatedHeaderSignedOnce();
    void contentSha256Override();
    void sdkDateFormat();
    void hostHeader_data();
    void hostHeader();

private:
    QJsonArray m_vectors;
};

void tst_AkSkSigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile file(QStringLiteral(WSC_SIGNING_VECTORS));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_vectors = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(m_vectors.size() >= 40);
}

void tst_AkSkSigner::vectorFile_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &v : qAsConst(m_vectors)) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
    }
}

// Every case of the Node SDK's output: query given as a map (arrays as repeated keys), headers
// as given (Host added from the URL), exact body bytes.
void tst_AkSkSigner::vectorFile()
{
    QFETCH(QJsonObject, vector);
    QList<AkSkSigner::QueryItem> query;
    const QJsonObject q = vector.value(QStringLiteral("query")).toObject();
    for (auto it = q.begin(); it != q.end(); ++it) {
        if (it.value().isArray()) {
            const QJsonArray values = it.value().toArray();
            for (const QJsonValue &value : values)
                query.append({it.key(), value.toString()});
        } else {
            query.append({it.key(), it.value().toString()});
        }
    }
    QUrl url(vector.value(QStringLiteral("url")).toString());
    if (!query.isEmpty())
        url.setQuery(AkSkSigner::encodeQuery(query), QUrl::StrictMode);

    AkSkSigner::Request request;
    request.method = vector.value(QStringLiteral("method")).toString().toLatin1();
    request.url = url;
    request.body = vector.value(QStringLiteral("body")).toString().toUtf8();
    const QJsonObject headers = vector.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});

    const AkSkSigner::Signature signature
            = AkSkSigner::sign(request, vector.value(QStringLiteral("ak")).toString(),
                               vector.value(QStringLiteral("sk")).toString());
    const QJsonObject expected = vector.value(QStringLiteral("expected")).toObject();
    QCOMPARE(QString::fromUtf8(signature.canonicalRequest),
             expected.value(QStringLiteral("canonical_request")).toString());
    QCOMPARE(QString::fromUtf8(signature.authorization),
             expected.value(QStringLiteral("authorization")).toString());
}

void tst_AkSkSigner::documentedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<AkSkSigner::Header>>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("signHost");
    QTest::addColumn<QString>("ak");
    QTest::addColumn<QString>("sk");
    QTest::addColumn<QByteArray>("expectedAuthorization");
    QTest::addColumn<QByteArray>("expectedCanonicalHash"); ///< empty: not documented

    using H = QList<AkSkSigner::Header>;
    QTest::newRow("V1 DOC-SIGN")
            << QByteArray("GET")
            << QStringLiteral(
                       "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/"
                       "vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
            << H{{"Content-Type", "application/json"},
                 {"Host", "service.region.example.com"},
                 {"X-Sdk-Date", "20191115T033655Z"}}
            << QByteArray() << true << QStringLiteral("QTWAOYTTINDUT2QVKYUC")
            << QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
            << QByteArray(
                       "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                       "SignedHeaders=content-type;host;x-sdk-date, "
                       "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe")
            << QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    // GO signs neither Host nor Content-Type, and skips headers with '_' (TEST_UNDERSCORE).
    QTest::newRow("V2 GO GET")
            << QByteArray("GET") << QStringLiteral("https://example.huaweicloud.com/path?limit=1")
            << H{{"X-Sdk-Date", "20060102T150405Z"}} << QByteArray() << false
            << QStringLiteral("AccessKey") << QStringLiteral("SecretKey")
            << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                          "SignedHeaders=x-sdk-date, Signature="
                          "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624")
            << QByteArray();
    QTest::newRow("V3 GO POST")
            << QByteArray("POST")
            << QStringLiteral("https://example.huaweicloud.com/path?key=value")
            << H{{"X-Sdk-Date", "20060102T150405Z"}} << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
            << false << QStringLiteral("AccessKey") << QStringLiteral("SecretKey")
            << QByteArray("SDK-HMAC-SHA256 Access=AccessKey, "
                          "SignedHeaders=x-sdk-date, Signature="
                          "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59")
            << QByteArray();
    QTest::newRow("V4 PY GET")
            << QByteArray("GET")
            << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
            << H{{"X-Sdk-Date", "20200608T023900Z"}} << QByteArray() << true
            << QStringLiteral("AccessKey") << QStringLiteral("SecretKey")
            << QByteArray(
                       "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                       "Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842")
            << QByteArray();
    QTest::newRow("V5 PY POST")
            << QByteArray("POST")
            << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
            << H{{"X-Sdk-Date", "20200608T023900Z"}} << QByteArray("{\"name\":\"test\",\"id\":1}")
            << true << QStringLiteral("AccessKey") << QStringLiteral("SecretKey")
            << QByteArray(
                       "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                       "Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f")
            << QByteArray();
}

void tst_AkSkSigner::documentedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QList<AkSkSigner::Header>, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, signHost);
    QFETCH(QString, ak);
    QFETCH(QString, sk);
    QFETCH(QByteArray, expectedAuthorization);
    QFETCH(QByteArray, expectedCanonicalHash);

    AkSkSigner::Request request{method, QUrl(url), headers, body, signHost};
    const AkSkSigner::Signature signature = AkSkSigner::sign(request, ak, sk);
    QCOMPARE(signature.authorization, expectedAuthorization);
    if (!expectedCanonicalHash.isEmpty())
        QCOMPARE(QCryptographicHash::hash(signature.canonicalRequest, QCryptographicHash::Sha256)
                         .toHex(),
                 expectedCanonicalHash);
    if (QByteArray(QTest::currentDataTag()).startsWith("V2")) {
        QCOMPARE(signature.canonicalRequest,
                 QByteArray("GET\n/path/\nlimit=1\nx-sdk-date:20060102T150405Z\n\nx-sdk-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
}

// V6: the GO/PY canonicalQueryString test, with arrays, reserved characters and Chinese.
void tst_AkSkSigner::canonicalQueryV6()
{
    const QList<AkSkSigner::QueryItem> items{
            {QStringLiteral("limit"), QStringLiteral("1")},
            {QStringLiteral("enable"), QStringLiteral("true")},
            {QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)")},
            {QStringLiteral("path"), QStringLiteral("/tmp/123")},
            {QStringLiteral("multi"), QStringLiteral("3")},
            {QStringLiteral("multi"), QStringLiteral("1")},
            {QStringLiteral("multi"), QStringLiteral("2")}};
    QUrl url(QStringLiteral("https://example.com/x"));
    url.setQuery(AkSkSigner::encodeQuery(items), QUrl::StrictMode);
    QCOMPARE(AkSkSigner::canonicalQuery(url),
             QByteArray(
                     "enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%"
                     "20%28%26%3D%3F%21%23%25.%2A%29"));
    // '+' must stay a plus on the wire and in the signature (never a space).
    QUrl plus(QStringLiteral("https://example.com/x"));
    plus.setQuery(AkSkSigner::encodeQuery({{QStringLiteral("q"), QStringLiteral("a+b c")}}),
                  QUrl::StrictMode);
    QCOMPARE(plus.query(QUrl::FullyEncoded), QStringLiteral("q=a%2Bb%20c"));
    QCOMPARE(AkSkSigner::canonicalQuery(plus), QByteArray("q=a%2Bb%20c"));
}

void tst_AkSkSigner::repeatedHeaderSignedOnce()
{
    AkSkSigner::Request request{"GET",
                                QUrl(QStringLiteral("https://h.example.com/a")),
                                {{"X-Sdk-Date", "20200101T000000Z"}, {"X-B", "2"}, {"X-B", "1"}},
                                {}};
    const AkSkSigner::Signature signature
            = AkSkSigner::sign(request, QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(signature.signedHeaders, QByteArray("host;x-b;x-sdk-date"));
    QVERIFY(signature.canonicalRequest.contains("x-b:1\nx-b:2\n"));
}

void tst_AkSkSigner::contentSha256Override()
{
    AkSkSigner::Request request{
            "POST",
            QUrl(QStringLiteral("https://h.example.com/upload")),
            {{"X-Sdk-Date", "20200101T000000Z"}, {"X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"}},
            QByteArray("binary")};
    const AkSkSigner::Signature signature
            = AkSkSigner::sign(request, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(signature.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
}

void tst_AkSkSigner::sdkDateFormat()
{
    const QDateTime t(QDate(2019, 11, 15), QTime(3, 36, 55), Qt::UTC);
    QCOMPARE(AkSkSigner::sdkDate(t), QByteArray("20191115T033655Z"));
    // A local time is converted to UTC first.
    QCOMPARE(AkSkSigner::sdkDate(t.toOffsetFromUtc(8 * 3600)), QByteArray("20191115T033655Z"));
}

void tst_AkSkSigner::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default")
            << QStringLiteral("https://a.example.com/x") << QByteArray("a.example.com");
    QTest::newRow("https 443") << QStringLiteral("https://a.example.com:443/x")
                               << QByteArray("a.example.com");
    QTest::newRow("http 80") << QStringLiteral("http://a.example.com:80/x")
                             << QByteArray("a.example.com");
    QTest::newRow("loopback port")
            << QStringLiteral("http://127.0.0.1:34567/v2") << QByteArray("127.0.0.1:34567");
    QTest::newRow("https other port")
            << QStringLiteral("https://a.example.com:8443/") << QByteArray("a.example.com:8443");
}

void tst_AkSkSigner::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(AkSkSigner::hostHeader(QUrl(url)), host);
}

QTEST_APPLESS_MAIN(tst_AkSkSigner)
#include "tst_aksksigner.moc"
