#include "listquery.h"

#include "apierrors.h"

namespace wsemu {

namespace ListQuery {

std::optional<qint64> integer(const ApiRequest &request, const QString &key, qint64 min, qint64 max,
                              qint64 defaultValue, ApiResponse *error)
{
    if (!request.hasQuery(key))
        return defaultValue;
    const QString text = request.queryValue(key);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        *error = ApiResponse::error(
                400, QString::fromLatin1(ApiErrors::InvalidField),
                QStringLiteral("%1 must be an integer (got '%2')").arg(key, text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::OutOfRange),
                                    QStringLiteral("%1 must be between %2 and %3 (got %4)")
                                            .arg(key)
                                            .arg(min)
                                            .arg(max)
                                            .arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> boolean(const ApiRequest &request, const QString &key, bool *bad,
                            ApiResponse *error)
{
    *bad = false;
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString text = request.queryValue(key);
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    *bad = true;
    *error = ApiResponse::error(
            400, QString::fromLatin1(ApiErrors::InvalidField),
            QStringLiteral("%1 must be true or false (got '%2')").arg(key, text));
    return std::nullopt;
}

bool oneOf(const ApiRequest &request, const QString &key, const QStringList &allowed,
           Qt::CaseSensitivity cs, ApiResponse *error)
{
    if (!request.hasQuery(key))
        return true;
    const QString text = request.queryValue(key);
    if (allowed.contains(text, cs))
        return true;
    *error = ApiResponse::error(400, QString::fromLatin1(ApiErrors::InvalidField),
                                QStringLiteral("%1 must be one of %2 (got '%3')")
                                        .arg(key, allowed.join(QStringLiteral(", ")), text));
    return false;
}

bool paging(const ApiRequest &request, qint64 maxLimit, qint64 defaultLimit, qint64 maxOffset,
            qint64 *limit, qint64 *offset, ApiResponse *error)
{
    const auto l = integer(request, QStringLiteral("limit"), 0, maxLimit, defaultLimit, error);
    if (!l)
        return false;
    const auto o = integer(request, QStringLiteral("offset"), 0, maxOffset, 0, error);
    if (!o)
        return false;
    *limit = *l;
    *offset = *o;
    return true;
}

QJsonArray page(const QJsonArray &items, qint64 offset, qint64 limit)
{
    QJsonArray out;
    for (qint64 i = offset; i < items.size() && i < offset + limit; ++i)
        out.append(items.at(i));
    return out;
}

} // namespace ListQuery

} // namespace wsemu
