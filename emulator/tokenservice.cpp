#include "tokenservice.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace wsemu {

namespace {
// Real IAM tokens are long PKI blobs starting with "MII"; clients treat them as opaque.
const QByteArray Prefix = QByteArrayLiteral("MIIwsemu.");
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &key, const QByteArray &payload)
{
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256);
}
} // namespace

TokenService::TokenService(const QByteArray &key)
    : m_key(key)
{}

QByteArray TokenService::issue(const TokenClaims &claims) const
{
    const QJsonObject object{
            {QStringLiteral("u"), claims.userName},
            {QStringLiteral("ui"), claims.userId},
            {QStringLiteral("d"), claims.domainName},
            {QStringLiteral("di"), claims.domainId},
            {QStringLiteral("s"), claims.scope},
            {QStringLiteral("p"), claims.projectId},
            {QStringLiteral("pn"), claims.projectName},
            {QStringLiteral("iat"), static_cast<double>(claims.issuedAtMs)},
            {QStringLiteral("exp"), static_cast<double>(claims.expiresAtMs)},
            {QStringLiteral("n"), QString::number(QRandomGenerator::global()->generate64(), 16)},
    };
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(B64);
    return Prefix + payload + '.' + mac(m_key, payload).toBase64(B64);
}

TokenService::Check TokenService::check(const QByteArray &token, qint64 nowMs,
                                        TokenClaims *claims) const
{
    if (!token.startsWith(Prefix))
        return Check::Malformed;
    const QList<QByteArray> parts = token.mid(Prefix.size()).split('.');
    if (parts.size() != 2)
        return Check::Malformed;
    const QByteArray expected = mac(m_key, parts.at(0));
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), B64);
    if (!decoded || decoded.decoded.size() != expected.size())
        return Check::Malformed;
    // Constant-time comparison: a token check must not leak how many bytes matched.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ decoded.decoded.at(i));
    if (diff != 0)
        return Check::Malformed;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(0), B64);
    if (!payload)
        return Check::Malformed;
    const QJsonObject object = QJsonDocument::fromJson(payload.decoded).object();
    TokenClaims parsed;
    parsed.userName = object.value(QStringLiteral("u")).toString();
    parsed.userId = object.value(QStringLiteral("ui")).toString();
    parsed.domainName = object.value(QStringLiteral("d")).toString();
    parsed.domainId = object.value(QStringLiteral("di")).toString();
    parsed.scope = object.value(QStringLiteral("s")).toString();
    parsed.projectId = object.value(QStringLiteral("p")).toString();
    parsed.projectName = object.value(QStringLiteral("pn")).toString();
    parsed.issuedAtMs = static_cast<qint64>(object.value(QStringLiteral("iat")).toDouble());
    parsed.expiresAtMs = static_cast<qint64>(object.value(QStringLiteral("exp")).toDouble());
    if (claims)
        *claims = parsed;
    if (nowMs >= parsed.expiresAtMs)
        return Check::Expired;
    return Check::Valid;
}

} // namespace wsemu
