#include "authverifier.h"

#include "apirequest.h"
#include "canonicalrequest.h"
#include "emulatorclock.h"
#include "tokenservice.h"

#include <QDateTime>

namespace wsemu {

namespace {

AuthDecision failure(AuthDecision::Method method, const QString &reason, const QString &detail)
{
    AuthDecision decision;
    decision.method = method;
    decision.reason = reason;
    decision.message = AuthVerifier::message(detail);
    return decision;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

AuthVerifier::AuthVerifier(const EmulatorClock *clock, const TokenService *tokens)
    : m_clock(clock)
    , m_tokens(tokens)
{}

void AuthVerifier::setCredentials(const QList<AccessCredential> &credentials)
{
    m_credentials = credentials;
}

QString AuthVerifier::message(const QString &detail)
{
    return QStringLiteral("Incorrect IAM authentication information: ") + detail;
}

AuthDecision AuthVerifier::verify(const ApiRequest &request) const
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty())
        return verifyToken(token);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty())
        return verifySignature(request, authorization);
    return failure(AuthDecision::Method::None, QStringLiteral("no_credentials"),
                   QStringLiteral("x-auth-token not found"));
}

AuthDecision AuthVerifier::verifyHead(const ApiRequest &request) const
{
    const QByteArray token = request.header("X-Auth-Token");
    if (!token.isEmpty())
        return verifyToken(token);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.isEmpty())
        return verifySignature(request, authorization, true);
    return verify(request);
}

AuthDecision AuthVerifier::verifyToken(const QByteArray &token) const
{
    TokenClaims claims;
    const qint64 now = m_clock->nowMs();
    switch (m_tokens->check(token, now, &claims)) {
    case TokenService::Check::Malformed:
        return failure(AuthDecision::Method::Token, QStringLiteral("token_malformed"),
                       QStringLiteral("decrypt token fail"));
    case TokenService::Check::Expired:
        return failure(AuthDecision::Method::Token, QStringLiteral("token_expired"),
                       QStringLiteral("token expires, expires_at: ")
                               + EmulatorClock::iamTime(claims.expiresAtMs));
    case TokenService::Check::Valid:
        break;
    }
    AuthDecision decision;
    decision.ok = true;
    decision.method = AuthDecision::Method::Token;
    decision.reason = QStringLiteral("token_valid");
    decision.claims = claims;
    return decision;
}

AuthDecision AuthVerifier::verifySignature(const ApiRequest &request,
                                           const QByteArray &authorization, bool headOnly) const
{
    const auto method = AuthDecision::Method::AkSk;
    const QByteArray algorithm = QByteArray(CanonicalRequest::Algorithm) + ' ';
    if (!authorization.startsWith(algorithm)) {
        return failure(method, QStringLiteral("bad_authorization"),
                       QStringLiteral("unsupported authorization algorithm, expect "
                                      "SDK-HMAC-SHA256"));
    }
    QByteArray accessKey;
    QByteArray signedHeaders;
    QByteArray signature;
    const QList<QByteArray> fields = authorization.mid(algorithm.size()).split(',');
    for (const QByteArray &field : fields) {
        const QByteArray trimmed = field.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = trimmed.left(eq).trimmed();
        const QByteArray value = trimmed.mid(eq + 1).trimmed();
        if (key == "Access")
            accessKey = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signature = value;
    }
    if (accessKey.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty()) {
        return failure(method, QStringLiteral("bad_authorization"),
                       QStringLiteral("authorization header is malformed, expect "
                                      "\"SDK-HMAC-SHA256 Access=..., SignedHeaders=..., "
                                      "Signature=...\""));
    }

    const AccessCredential *credential = nullptr;
    for (const AccessCredential &candidate : m_credentials) {
        if (!candidate.accessKey.isEmpty() && candidate.accessKey.toUtf8() == accessKey)
            credential = &candidate;
    }
    if (!credential) {
        AuthDecision decision
                = failure(method, QStringLiteral("unknown_ak"),
                          QStringLiteral("ak %1 not exist").arg(QString::fromUtf8(accessKey)));
        decision.accessKey = QString::fromUtf8(accessKey);
        return decision;
    }

    const QByteArray sdkDate = request.header("X-Sdk-Date");
    if (sdkDate.isEmpty()) {
        return failure(method, QStringLiteral("bad_date"), QStringLiteral("x-sdk-date not found"));
    }
    // Parsed field by field in UTC, so that the local time zone (and its DST gaps) never matter.
    const QString dateText = QString::fromLatin1(sdkDate);
    const QDateTime date
            = dateText.size() == 16 && dateText.at(8) == QLatin1Char('T')
                              && dateText.at(15) == QLatin1Char('Z')
                      ? QDateTime(QDate::fromString(dateText.left(8), QStringLiteral("yyyyMMdd")),
                                  QTime::fromString(dateText.mid(9, 6), QStringLiteral("HHmmss")),
                                  Qt::UTC)
                      : QDateTime();
    if (!date.isValid()) {
        return failure(method, QStringLiteral("bad_date"),
                       QStringLiteral("x-sdk-date %1 is not in the format YYYYMMDDTHHMMSSZ")
                               .arg(QString::fromLatin1(sdkDate)));
    }
    const QList<QByteArray> names
            = CanonicalRequest::normalisedSignedHeaders(signedHeaders.split(';'));
    if (!names.contains("x-sdk-date")) {
        return failure(method, QStringLiteral("date_unsigned"),
                       QStringLiteral("x-sdk-date must be in SignedHeaders"));
    }
    const qint64 skew = date.toMSecsSinceEpoch() - m_clock->nowMs();
    if (skew > MaxSkewMs || skew < -MaxSkewMs) {
        AuthDecision decision = failure(
                method, QStringLiteral("date_skew"),
                QStringLiteral("x-sdk-date %1 is more than 15 minutes away from the "
                               "server time %2")
                        .arg(QString::fromLatin1(sdkDate),
                             m_clock->now().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        decision.accessKey = credential->accessKey;
        decision.sdkDate = sdkDate;
        return decision;
    }
    if (!credential->securityToken.isEmpty()
        && request.header("X-Security-Token") != credential->securityToken.toUtf8()) {
        AuthDecision decision = failure(method, QStringLiteral("bad_security_token"),
                                        QStringLiteral("security token is invalid or missing "
                                                       "for temporary access key %1")
                                                .arg(credential->accessKey));
        decision.accessKey = credential->accessKey;
        return decision;
    }

    if (headOnly) {
        AuthDecision decision;
        decision.ok = true;
        decision.method = method;
        decision.accessKey = credential->accessKey;
        return decision;
    }
    const QByteArray contentSha = request.header("X-Sdk-Content-Sha256");
    const QByteArray payloadHash = contentSha.isEmpty()
                                           ? CanonicalRequest::payloadHash(request.body)
                                           : contentSha.trimmed();
    QByteArray missing;
    const QByteArray canonical
            = CanonicalRequest::build(request.method, request.rawPath, request.query,
                                      request.headers, names, payloadHash, &missing);
    AuthDecision decision;
    decision.method = method;
    decision.accessKey = credential->accessKey;
    decision.signedHeaders = names.join(';');
    decision.canonicalRequest = canonical;
    decision.sdkDate = sdkDate;
    if (!missing.isEmpty()) {
        decision.reason = QStringLiteral("missing_signed_header");
        decision.message = message(QStringLiteral("verify aksk signature fail, signed header %1 "
                                                  "is not in the request")
                                           .arg(QString::fromLatin1(missing)));
        return decision;
    }
    const QByteArray expected = CanonicalRequest::signature(
            credential->secretKey.toUtf8(), CanonicalRequest::stringToSign(sdkDate, canonical));
    if (!constantTimeEquals(expected, signature.toLower())) {
        decision.reason = QStringLiteral("signature_mismatch");
        decision.message = message(QStringLiteral("verify aksk signature fail"));
        return decision;
    }
    decision.ok = true;
    decision.reason = QStringLiteral("verified");
    return decision;
}

} // namespace wsemu
