#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace wsc {

/**
 * SDK-HMAC-SHA256 request signing as Huawei's SDKs do it (workspace-api.md §3): canonical
 * request, string to sign, HMAC-SHA256 with the SK, and the Authorization header.
 */
namespace AkSkSigner {

using Header = QPair<QByteArray, QByteArray>;
using QueryItem = QPair<QString, QString>;

/** What gets signed: the exact method, URL (path and query as sent), headers and body bytes. */
struct Request
{
    QByteArray method;
    QUrl url;
    QList<Header> headers; ///< all are signed; Host is added from the URL when missing
    QByteArray body;
    /** The Go SDK signs no Host header; the Python and Node SDKs (and we) do. */
    bool signHost = true;
};

/** The result of signing: the header value and the intermediate strings (for tests and logs). */
struct Signature
{
    QByteArray authorization;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders;
};

/** Percent-encodes UTF-8 bytes, leaving only A-Z a-z 0-9 - _ . ~ (upper-case hex). */
QByteArray encode(const QByteArray &utf8);
/** "k=v&k2=v2" with keys and values encoded by encode(), in the given order: the wire query. */
QString encodeQuery(const QList<QueryItem> &items);
/** The path as sent, each segment encoded again, with a trailing '/' (what the SDKs sign). */
QByteArray canonicalUri(const QUrl &url);
/** The URL's query decoded and re-encoded, sorted by key and then value. */
QByteArray canonicalQuery(const QUrl &url);
/** host[:port], without the scheme's default port. */
QByteArray hostHeader(const QUrl &url);
/** X-Sdk-Date format, e.g. 20191115T033655Z. */
QByteArray sdkDate(const QDateTime &time);

/**
 * Signs @p request with @p accessKey / @p secretKey. The headers must contain X-Sdk-Date.
 * If X-Sdk-Content-Sha256 is present its value replaces the body hash, as the SDKs do.
 */
Signature sign(const Request &request, const QString &accessKey, const QString &secretKey);

} // namespace AkSkSigner

} // namespace wsc
