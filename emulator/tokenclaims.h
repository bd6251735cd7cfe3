#pragma once

#include <QString>

namespace wsemu {

/** What an IAM token vouches for: who, for which project or domain, and until when. */
struct TokenClaims
{
    QString userName;
    QString userId;
    QString domainName;
    QString domainId;
    QString scope; // "project" or "domain"
    QString projectId;
    QString projectName;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

} // namespace wsemu
