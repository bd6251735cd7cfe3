#include "aksksigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace wsc {

namespace AkSkSigner {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
           || c == '_' || c == '.' || c == '~';
}

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray encode(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xF]);
        }
    }
    return out;
}

QString encodeQuery(const QList<QueryItem> &items)
{
    QByteArray out;
    for (const QueryItem &item : items) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encode(item.first.toUtf8()));
        out.append('=');
        out.append(encode(item.second.toUtf8()));
    }
    return QString::fromLatin1(out);
}

QByteArray canonicalUri(const QUrl &url)
{
    // The SDKs sign the path as it goes on the wire, each segment encoded once more: a space
    // sent as %20 is signed as %2520 (vector "path-needs-escaping").
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    const QList<QByteArray> segments = path.split('/');
    QByteArray out;
    for (int i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(encode(segments.at(i)));
    }
    if (!out.startsWith('/'))
        out.prepend('/');
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray canonicalQuery(const QUrl &url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        // fromPercentEncoding leaves '+' alone: the SDKs never send '+' for a space.
        pairs.append({encode(QByteArray::fromPercentEncoding(key)),
                      encode(QByteArray::fromPercentEncoding(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(pair.first).append('=').append(pair.second);
    }
    return out;
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int port = url.port(-1);
    const bool defaultPort = port < 0 || (url.scheme() == QLatin1String("https") && port == 443)
                             || (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host.append(':').append(QByteArray::number(port));
    return host;
}

QByteArray sdkDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

Signature sign(const Request &request, const QString &accessKey, const QString &secretKey)
{
    QList<Header> headers;
    bool hasHost = false;
    QByteArray date;
    QByteArray contentSha;
    for (const Header &header : request.headers) {
        const QByteArray name = header.first.trimmed().toLower();
        if (name == "authorization")
            continue;
        const QByteArray value = header.second.trimmed();
        hasHost = hasHost || name == "host";
        if (name == "x-sdk-date")
            date = value;
        if (name == "x-sdk-content-sha256")
            contentSha = value;
        headers.append({name, value});
    }
    if (!hasHost && request.signHost)
        headers.append({QByteArrayLiteral("host"), hostHeader(request.url)});
    std::sort(headers.begin(), headers.end());

    QByteArray canonicalHeaders;
    QByteArray signedHeaders;
    QByteArray previousName;
    for (const Header &header : headers) {
        canonicalHeaders.append(header.first).append(':').append(header.second).append('\n');
        // A repeated header is one line per value but one name in SignedHeaders.
        if (header.first != previousName) {
            if (!signedHeaders.isEmpty())
                signedHeaders.append(';');
            signedHeaders.append(header.first);
            previousName = header.first;
        }
    }

    Signature out;
    out.signedHeaders = signedHeaders;
    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.url) + '\n'
                           + canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n'
                           + signedHeaders + '\n'
                           + (contentSha.isEmpty() ? hexSha256(request.body) : contentSha);
    out.stringToSign = QByteArrayLiteral("SDK-HMAC-SHA256\n") + date + '\n'
                       + hexSha256(out.canonicalRequest);
    const QByteArray signature
            = QMessageAuthenticationCode::hash(out.stringToSign, secretKey.toUtf8(),
                                               QCryptographicHash::Sha256)
                      .toHex();
    out.authorization = QByteArrayLiteral("SDK-HMAC-SHA256 Access=") + accessKey.toUtf8()
                        + QByteArrayLiteral(", SignedHeaders=") + signedHeaders
                        + QByteArrayLiteral(", Signature=") + signature;
    return out;
}

} // namespace AkSkSigner

} // namespace wsc
