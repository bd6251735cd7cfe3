#pragma once

#include "tokenclaims.h"

#include <QByteArray>

namespace wsemu {

// So the emulator keeps no token table, and tokens survive a restart with the same credentials.
/** Issues and checks IAM tokens that carry their claims and an HMAC over them. */
class TokenService
{
public:
    enum class Check { Valid, Malformed, Expired };

    /** The HMAC key; derived from the configured credentials, never written anywhere. */
    explicit TokenService(const QByteArray &key = {});

    void setKey(const QByteArray &key) { m_key = key; }
    QByteArray issue(const TokenClaims &claims) const;
    Check check(const QByteArray &token, qint64 nowMs, TokenClaims *claims) const;

private:
    QByteArray m_key;
};

} // namespace wsemu
