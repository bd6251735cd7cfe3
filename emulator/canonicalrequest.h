#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace wsemu {

// Written for the emulator from the documentation; it never shares code with the client.
/** SDK-HMAC-SHA256 canonicalisation (workspace-api.md §3.1), the server side of the check. */
namespace CanonicalRequest {

inline constexpr const char *Algorithm = "SDK-HMAC-SHA256";
inline constexpr const char *UnsignedPayload = "UNSIGNED-PAYLOAD";

/** Percent-encodes everything except A-Z a-z 0-9 - _ . ~, with upper-case hex. */
QByteArray percentEncode(const QByteArray &bytes);

/** Each segment of the path as received, encoded again, with a trailing '/'. */
QByteArray canonicalUri(const QByteArray &rawPath);

/** Keys and values encoded, sorted by key and then by value; "k=" for an empty value. */
QByteArray canonicalQuery(const QList<QPair<QString, QString>> &decodedPairs);

/**
 * "name:value\n" for each signed header in sorted order (values trimmed, several values sorted).
 * Sets *missing to the first signed header that the request does not carry.
 */
QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QList<QByteArray> &signedHeaders, QByteArray *missing = nullptr);

/** Lower-cases, sorts and de-duplicates header names. */
QList<QByteArray> normalisedSignedHeaders(const QList<QByteArray> &names);

QByteArray payloadHash(const QByteArray &body);

QByteArray build(const QByteArray &method, const QByteArray &rawPath,
                 const QList<QPair<QString, QString>> &query,
                 const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QList<QByteArray> &signedHeaders, const QByteArray &payloadHashHex,
                 QByteArray *missingHeader = nullptr);

QByteArray stringToSign(const QByteArray &sdkDate, const QByteArray &canonicalRequest);

/** Lower-case hex HMAC-SHA256 of the string to sign, keyed with the SK bytes. */
QByteArray signature(const QByteArray &secretKey, const QByteArray &stringToSign);

QByteArray authorizationHeader(const QByteArray &accessKey, const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex);

} // namespace CanonicalRequest

} // namespace wsemu
