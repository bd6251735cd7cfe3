#pragma once

#include "accesscredential.h"
#include "authdecision.h"

#include <QList>

namespace wsemu {

class EmulatorClock;
class TokenService;
struct ApiRequest;

// The signature is recomputed over the headers the client lists in SignedHeaders (so host-signed
// and host-less requests both pass), with X-Sdk-Date within 15 minutes of the emulator's clock.
/** Checks X-Auth-Token or an SDK-HMAC-SHA256 signature, as the API gateway does. */
class AuthVerifier
{
public:
    static constexpr qint64 MaxSkewMs = 15 * 60 * 1000;

    AuthVerifier(const EmulatorClock *clock, const TokenService *tokens);

    void setCredentials(const QList<AccessCredential> &credentials);
    const QList<AccessCredential> &credentials() const { return m_credentials; }

    AuthDecision verify(const ApiRequest &request) const;
    /**
     * The checks that need no body: the token whole, or the signature's form, access key, date
     * and security token (the signature itself covers the body). A request that fails here
     * fails verify() too, so its body need not be read.
     */
    AuthDecision verifyHead(const ApiRequest &request) const;

    /** The error_msg prefix of every APIG.0301 answer. */
    static QString message(const QString &detail);

private:
    AuthDecision verifyToken(const QByteArray &token) const;
    AuthDecision verifySignature(const ApiRequest &request, const QByteArray &authorization,
                                 bool headOnly = false) const;

    const EmulatorClock *m_clock;
    const TokenService *m_tokens;
    QList<AccessCredential> m_credentials;
};

} // namespace wsemu
