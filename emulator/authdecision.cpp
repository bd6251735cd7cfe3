#include "authdecision.h"

namespace wsemu {

QJsonObject AuthDecision::toJson() const
{
    QString methodName = QStringLiteral("none");
    if (method == Method::Token)
        methodName = QStringLiteral("token");
    else if (method == Method::AkSk)
        methodName = QStringLiteral("aksk");
    QJsonObject object{
            {QStringLiteral("ok"), ok},
            {QStringLiteral("method"), methodName},
            {QStringLiteral("result"), reason},
            {QStringLiteral("message"), message},
    };
    if (method == Method::AkSk) {
        object.insert(QStringLiteral("access_key"), accessKey);
        object.insert(QStringLiteral("signed_headers"), QString::fromLatin1(signedHeaders));
        object.insert(QStringLiteral("sdk_date"), QString::fromLatin1(sdkDate));
        object.insert(QStringLiteral("canonical_request"), QString::fromUtf8(canonicalRequest));
    }
    if (method == Method::Token && !claims.userName.isEmpty()) {
        object.insert(QStringLiteral("user"), claims.userName);
        object.insert(QStringLiteral("scope"), claims.scope);
        object.insert(QStringLiteral("project_id"), claims.projectId);
    }
    return object;
}

} // namespace wsemu
