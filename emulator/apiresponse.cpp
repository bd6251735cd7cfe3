#include "apiresponse.h"

#include <QJsonDocument>

namespace wsemu {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.contentType = "application/json;charset=UTF-8";
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiResponse::job(const QString &jobId)
{
    return json(200, QJsonObject{{QStringLiteral("job_id"), jobId}});
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    // Seed 004 (表7-表12) documents encoded_authorization_message on every error body: the
    // encoded reason of a refusal by an authorization policy. Only a 403 has one to give.
    const QString encoded
            = status == 403 ? QString::fromLatin1(message.toUtf8().toBase64()) : QString();
    return json(status, QJsonObject{{QStringLiteral("error_code"), code},
                                    {QStringLiteral("error_msg"), message},
                                    {QStringLiteral("encoded_authorization_message"), encoded}});
}

ApiResponse ApiResponse::gatewayError(int status, const QString &code, const QString &message,
                                      const QString &requestId)
{
    return json(status, QJsonObject{{QStringLiteral("error_code"), code},
                                    {QStringLiteral("error_msg"), message},
                                    {QStringLiteral("request_id"), requestId}});
}

QString ApiResponse::errorCode() const
{
    if (status < 400 || body.isEmpty())
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(QStringLiteral("error_code")).toString();
}

} // namespace wsemu
