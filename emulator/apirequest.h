#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wsemu {

/** One HTTP request: raw path and query for the signature, decoded ones for routing. */
struct ApiRequest
{
    QByteArray method;                    // upper case, e.g. "POST"
    QByteArray rawPath;                   // percent-encoded, as received
    QString path;                         // decoded
    QByteArray rawQuery;                  // without '?'
    QList<QPair<QString, QString>> query; // decoded, in arrival order
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;

    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const;
    QStringList queryValues(const QString &key) const;
    bool hasQuery(const QString &key) const;
    QStringList pathSegments() const;
    bool isMutating() const;

    /** Splits a raw query on '&' and the first '='; '+' stays a plus (only %XX is decoded). */
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);
};

} // namespace wsemu
