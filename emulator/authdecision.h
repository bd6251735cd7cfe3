#pragma once

#include "tokenclaims.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wsemu {

/** The result of checking a request's credentials; the last one is shown by /_emulator/state. */
struct AuthDecision
{
    enum class Method { None, Token, AkSk };

    bool ok = false;
    Method method = Method::None;
    QString reason;  // short key, e.g. "verified", "signature_mismatch", "token_expired"
    QString message; // the APIG.0301 error_msg when !ok
    QString accessKey;
    QByteArray signedHeaders;
    QByteArray canonicalRequest; // what the server signed, to debug client mismatches
    QByteArray sdkDate;
    TokenClaims claims;

    QJsonObject toJson() const;
};

} // namespace wsemu
