#include "canonicalrequest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace wsemu {

namespace CanonicalRequest {

QByteArray percentEncode(const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')
                                || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.'
                                || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalUri(const QByteArray &rawPath)
{
    // The official SDK encodes the path it put on the wire once more, segment by segment, so
    // the server must start from the raw path, not the decoded one ("desk%20top" ->
    // "desk%2520top").
    const QList<QByteArray> segments = rawPath.split('/');
    QList<QByteArray> encoded;
    encoded.reserve(segments.size());
    for (const QByteArray &segment : segments)
        encoded.append(percentEncode(segment));
    QByteArray uri = encoded.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray canonicalQuery(const QList<QPair<QString, QString>> &decodedPairs)
{
    QList<QPair<QString, QString>> pairs = decodedPairs;
    // Sort on the decoded text, as the SDKs do, then encode.
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second < b.second;
    });
    QList<QByteArray> parts;
    parts.reserve(pairs.size());
    for (const auto &pair : pairs)
        parts.append(percentEncode(pair.first.toUtf8()) + '='
                     + percentEncode(pair.second.toUtf8()));
    return parts.join('&');
}

QList<QByteArray> normalisedSignedHeaders(const QList<QByteArray> &names)
{
    QList<QByteArray> out;
    for (const QByteArray &name : names) {
        const QByteArray lower = name.trimmed().toLower();
        if (!lower.isEmpty() && !out.contains(lower))
            out.append(lower);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QList<QByteArray> &signedHeaders, QByteArray *missing)
{
    QByteArray out;
    for (const QByteArray &name : normalisedSignedHeaders(signedHeaders)) {
        QList<QByteArray> values;
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(header.second.trimmed());
        }
        if (values.isEmpty() && missing && missing->isEmpty())
            *missing = name;
        std::sort(values.begin(), values.end());
        for (const QByteArray &value : values)
            out += name + ':' + value + '\n';
    }
    return out;
}

QByteArray payloadHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray build(const QByteArray &method, const QByteArray &rawPath,
                 const QList<QPair<QString, QString>> &query,
                 const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QList<QByteArray> &signedHeaders, const QByteArray &payloadHashHex,
                 QByteArray *missingHeader)
{
    const QList<QByteArray> names = normalisedSignedHeaders(signedHeaders);
    QByteArray out;
    out += method.toUpper() + '\n';
    out += canonicalUri(rawPath) + '\n';
    out += canonicalQuery(query) + '\n';
    out += canonicalHeaders(headers, names, missingHeader) + '\n';
    out += names.join(';') + '\n';
    out += payloadHashHex;
    return out;
}

QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest)
{
    return QByteArray(Algorithm) + '\n' + sdkDate + '\n'
           + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray signature(const QByteArray &secretKey, const QByteArray &stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
}

QByteArray authorizationHeader(const QByteArray &accessKey, const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex)
{
    return QByteArray(Algorithm) + " Access=" + accessKey + ", SignedHeaders="
           + normalisedSignedHeaders(signedHeaders).join(';') + ", Signature=" + signatureHex;
}

} // namespace CanonicalRequest

} // namespace wsemu
