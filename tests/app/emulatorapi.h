#pragma once

#include "support/emulatorprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

/**
 * Reads wsemu's own API routes the way a second, independent client would (an IAM token from
 * the password method, then plain GETs), so that wsctl's output is compared with what the
 * service says and not with wsctl's own reading of it.
 */
class EmulatorApi
{
public:
    explicit EmulatorApi(const EmulatorProcess &emulator)
        : m_base(emulator.baseUrl())
        , m_projectId(emulator.projectId())
    {}

    /** GET /v2/{project_id}/@p route (with its query); an empty object when it fails. */
    QJsonObject get(const QString &route)
    {
        if (m_token.isEmpty() && !authenticate())
            return {};
        QNetworkRequest request(
                QUrl(m_base.toString() + QStringLiteral("/v2/%1/%2").arg(m_projectId, route)));
        request.setRawHeader("X-Auth-Token", m_token);
        QNetworkReply *reply = m_network.get(request);
        const QByteArray body = wait(reply);
        return QJsonDocument::fromJson(body).object();
    }

private:
    bool authenticate()
    {
        const QJsonObject identity{
                {"methods", QJsonArray{"password"}},
                {"password",
                 QJsonObject{
                         {"user",
                          QJsonObject{{"name", EmulatorProcess::DefaultUser},
                                      {"password", EmulatorProcess::DefaultPassword},
                                      {"domain",
                                       QJsonObject{{"name", EmulatorProcess::DefaultDomain}}}}}}}};
        const QJsonObject body{
                {"auth", QJsonObject{{"identity", identity},
                                     {"scope", QJsonObject{{"project",
                                                            QJsonObject{{"id", m_projectId}}}}}}}};
        QNetworkRequest request(QUrl(m_base.toString() + QStringLiteral("/v3/auth/tokens")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        m_token = reply->rawHeader("X-Subject-Token");
        reply->deleteLater();
        return !m_token.isEmpty();
    }

    static QByteArray wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QUrl m_base;
    QString m_projectId;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};
