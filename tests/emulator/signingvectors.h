#pragma once

// Reads tests/data/signing-vectors.json (cases produced by Huawei's official Node.js SDK) for
// the emulator tests. Header-only: it serves only tests/emulator.

#include "emulator/canonicalrequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>

/** One signing case, with the request as the SDK put it on the wire. */
struct SigningVector
{
    QString name;
    QByteArray method;
    QByteArray host;
    QByteArray rawPath;  // percent-encoded per segment, as sent
    QByteArray rawQuery; // keys and values encoded, arrays as repeated keys
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray ak;
    QByteArray sk;
    QByteArray date;
    QByteArray authorization;
    QByteArray canonicalRequest;

    QList<QByteArray> signedHeaders() const
    {
        const QByteArray marker = "SignedHeaders=";
        const qsizetype start = authorization.indexOf(marker) + marker.size();
        const qsizetype end = authorization.indexOf(',', start);
        return authorization.mid(start, end - start).split(';');
    }

    static QList<SigningVector> load(const QString &path, QString *error)
    {
        QList<SigningVector> vectors;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return vectors;
        }
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            SigningVector v;
            v.name = o.value(QStringLiteral("name")).toString();
            v.method = o.value(QStringLiteral("method")).toString().toLatin1();
            const QString url = o.value(QStringLiteral("url")).toString();
            const qsizetype hostStart = url.indexOf(QLatin1String("://")) + 3;
            const qsizetype pathStart = url.indexOf(QLatin1Char('/'), hostStart);
            v.host = url.mid(hostStart, pathStart - hostStart).toLatin1();
            QList<QByteArray> segments;
            for (const QString &segment : url.mid(pathStart).split(QLatin1Char('/')))
                segments.append(wsemu::CanonicalRequest::percentEncode(segment.toUtf8()));
            v.rawPath = segments.join('/');
            const QJsonObject query = o.value(QStringLiteral("query")).toObject();
            QList<QByteArray> parts;
            for (auto it = query.begin(); it != query.end(); ++it) {
                const QJsonArray values
                        = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
                for (const QJsonValue &item : values) {
                    v.query.append({it.key(), item.toString()});
                    parts.append(
                            wsemu::CanonicalRequest::percentEncode(it.key().toUtf8()) + '='
                            + wsemu::CanonicalRequest::percentEncode(item.toString().toUtf8()));
                }
            }
            v.rawQuery = parts.join('&');
            const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
            v.headers.append({"Host", v.host});
            for (auto it = headers.begin(); it != headers.end(); ++it)
                v.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
            v.body = o.value(QStringLiteral("body")).toString().toUtf8();
            v.ak = o.value(QStringLiteral("ak")).toString().toUtf8();
            v.sk = o.value(QStringLiteral("sk")).toString().toUtf8();
            v.date = o.value(QStringLiteral("date")).toString().toLatin1();
            const QJsonObject expected = o.value(QStringLiteral("expected")).toObject();
            v.authorization = expected.value(QStringLiteral("authorization")).toString().toUtf8();
            v.canonicalRequest
                    = expected.value(QStringLiteral("canonical_request")).toString().toUtf8();
            vectors.append(v);
        }
        return vectors;
    }
};
