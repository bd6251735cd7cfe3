#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace wsemu {

/** A response before it is written: status, body, extra headers (not X-Request-Id). */
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse noContent();
    /** The answer of a request that started a job: 200 {"job_id"}. */
    static ApiResponse job(const QString &jobId);
    /** A service error: {"error_code","error_msg"}. */
    static ApiResponse error(int status, const QString &code, const QString &message);
    /** A gateway (APIG) error: {"error_code","error_msg","request_id"}. */
    static ApiResponse gatewayError(int status, const QString &code, const QString &message,
                                    const QString &requestId);

    QString errorCode() const;
};

} // namespace wsemu
