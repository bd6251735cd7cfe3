#include "jsonread.h"

namespace wsc {

namespace {

/**
 * @p d as a qint64 (truncated toward zero), or nothing when it lies outside qint64's range:
 * there the plain cast is undefined behaviour, and a reply may hold any number ("size": 1e300).
 */
std::optional<qint64> toInteger(double d)
{
    // -2^63 and 2^63 are exact doubles; the comparison is also false for NaN.
    constexpr double limit = 9223372036854775808.0;
    if (!(d >= -limit && d < limit))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

namespace JsonRead {

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integral values print without a fraction so ids like 12345 round-trip as "12345".
        if (const std::optional<qint64> n = toInteger(d); n && static_cast<double>(*n) == d)
            return QString::number(*n);
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString string(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isString() || value.isDouble() || value.isBool())
        return toText(value);
    return fallback;
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return toInteger(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return toInteger(d);
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return std::nullopt;
}

qint64 integer(const QJsonObject &object, const QString &key, qint64 fallback)
{
    return optionalInteger(object, key).value_or(fallback);
}

bool boolean(const QJsonObject &object, const QString &key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return fallback;
}

QJsonObject object(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    // Some documented examples show a list as a bare object (ListProducts in OAS).
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

QStringList stringList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    QStringList out;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            const QString text = toText(item);
            if (!text.isEmpty())
                out.append(text);
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        out.append(value.toString());
    }
    return out;
}

QMap<QString, QString> stringMap(const QJsonObject &object, const QString &key)
{
    QMap<QString, QString> out;
    const QJsonObject map = object.value(key).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), toText(it.value()));
    return out;
}

} // namespace JsonRead

} // namespace wsc
