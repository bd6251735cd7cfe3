#include "fieldreader.h"

#include "apierrors.h"

#include <cmath>

namespace wsemu {

FieldReader::FieldReader(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
{}

FieldReader FieldReader::child(const QJsonObject &object, const QString &key) const
{
    return FieldReader(object, path(key));
}

FieldReader FieldReader::element(const QJsonObject &object, const QString &key, int index) const
{
    return FieldReader(object, path(key) + QStringLiteral("[%1]").arg(index));
}

bool FieldReader::has(const QString &key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString FieldReader::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void FieldReader::fail(const char *code, const QString &message)
{
    fail(400, code, message);
}

void FieldReader::fail(int status, const char *code, const QString &message)
{
    if (!m_error.failed())
        m_error = ValidationError::make(status, code, message);
}

void FieldReader::merge(const FieldReader &other)
{
    if (!m_error.failed() && other.m_error.failed())
        m_error = other.m_error;
}

QString FieldReader::string(const QString &key, Presence presence, int minLength, int maxLength)
{
    if (!has(key)) {
        if (presence == Required)
            fail(ApiErrors::MissingField, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(ApiErrors::InvalidField, QStringLiteral("%1 must be a string").arg(path(key)));
        return {};
    }
    const QString text = value.toString();
    if (presence == Required && text.isEmpty()) {
        fail(ApiErrors::MissingField, QStringLiteral("%1 must not be empty").arg(path(key)));
        return text;
    }
    if (text.size() < minLength || (maxLength >= 0 && text.size() > maxLength)) {
        fail(ApiErrors::OutOfRange, QStringLiteral("%1 must be %2 to %3 characters long (got %4)")
                                            .arg(path(key))
                                            .arg(minLength)
                                            .arg(maxLength)
                                            .arg(text.size()));
    }
    return text;
}

QString FieldReader::oneOf(const QString &key, Presence presence, const QStringList &allowed,
                           const QString &defaultValue)
{
    if (!has(key)) {
        if (presence == Required)
            fail(ApiErrors::MissingField, QStringLiteral("%1 is required").arg(path(key)));
        return defaultValue;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(ApiErrors::InvalidField, QStringLiteral("%1 must be a string").arg(path(key)));
        return defaultValue;
    }
    const QString text = value.toString();
    if (!allowed.contains(text)) {
        fail(ApiErrors::InvalidField,
             QStringLiteral("%1 must be one of %2 (got '%3')")
                     .arg(path(key), allowed.join(QStringLiteral(", ")), text));
        return defaultValue;
    }
    return text;
}

std::optional<qint64> FieldReader::integer(const QString &key, Presence presence, qint64 min,
                                           qint64 max)
{
    if (!has(key)) {
        if (presence == Required)
            fail(ApiErrors::MissingField, QStringLiteral("%1 is required").arg(path(key)));
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 9.0e15) {
        fail(ApiErrors::InvalidField, QStringLiteral("%1 must be an integer").arg(path(key)));
        return std::nullopt;
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < min || integer > max) {
        fail(ApiErrors::OutOfRange, QStringLiteral("%1 must be between %2 and %3 (got %4)")
                                            .arg(path(key))
                                            .arg(min)
                                            .arg(max)
                                            .arg(integer));
        return std::nullopt;
    }
    return integer;
}

bool FieldReader::boolean(const QString &key, bool defaultValue)
{
    if (!has(key))
        return defaultValue;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(ApiErrors::InvalidField,
             QStringLiteral("%1 must be a boolean (true or false)").arg(path(key)));
        return defaultValue;
    }
    return value.toBool();
}

QJsonArray FieldReader::array(const QString &key, Presence presence, int minItems, int maxItems)
{
    if (!has(key)) {
        if (presence == Required)
            fail(ApiErrors::MissingField, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(ApiErrors::InvalidField, QStringLiteral("%1 must be an array").arg(path(key)));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minItems || items.size() > maxItems) {
        fail(ApiErrors::OutOfRange, QStringLiteral("%1 must have %2 to %3 items (got %4)")
                                            .arg(path(key))
                                            .arg(minItems)
                                            .arg(maxItems)
                                            .arg(items.size()));
    }
    return items;
}

QJsonObject FieldReader::object(const QString &key, Presence presence)
{
    if (!has(key)) {
        if (presence == Required)
            fail(ApiErrors::MissingField, QStringLiteral("%1 is required").arg(path(key)));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(ApiErrors::InvalidField, QStringLiteral("%1 must be an object").arg(path(key)));
        return {};
    }
    return value.toObject();
}

} // namespace wsemu
