#include "apirequest.h"

namespace wsemu {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> ApiRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

bool ApiRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString ApiRequest::queryValue(const QString &key) const
{
    for (const auto &q : query) {
        if (q.first == key)
            return q.second;
    }
    return {};
}

QStringList ApiRequest::queryValues(const QString &key) const
{
    QStringList values;
    for (const auto &q : query) {
        if (q.first == key)
            values.append(q.second);
    }
    return values;
}

bool ApiRequest::hasQuery(const QString &key) const
{
    for (const auto &q : query) {
        if (q.first == key)
            return true;
    }
    return false;
}

QStringList ApiRequest::pathSegments() const
{
    QStringList segments = path.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    return segments;
}

bool ApiRequest::isMutating() const
{
    return method == "POST" || method == "PUT" || method == "DELETE" || method == "PATCH";
}

QList<QPair<QString, QString>> ApiRequest::parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> pairs;
    if (rawQuery.isEmpty())
        return pairs;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return pairs;
}

} // namespace wsemu
