#include "jsonfieldreader.h"

#include "models/i18n/modelstr.h"

#include <limits>

namespace wsc {

JsonFieldReader::JsonFieldReader(const QJsonValue &value, const QString &path, Findings *problems)
    : m_object(value.toObject())
    , m_path(path)
    , m_problems(problems)
    , m_isObject(value.isObject())
{
    if (!m_isObject)
        reportType(m_problems, m_path, expectedObject(), value);
}

QString JsonFieldReader::join(const QString &path, QLatin1String key)
{
    if (path.isEmpty())
        return QString(key);
    return path + QLatin1Char('.') + key;
}

QString JsonFieldReader::indexed(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        QString text = value.toString();
        // Long values would swamp the message; the path already says where to look.
        if (text.size() > 40)
            text = text.left(40) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void JsonFieldReader::reportType(Findings *problems, const QString &path,
                                 const QString &expectedMessage, const QJsonValue &found)
{
    if (!problems)
        return;
    problems->append(Finding{path, QStringLiteral("json.type"), Severity::Error,
                             expectedMessage.arg(describe(found))});
}

QString JsonFieldReader::expectedString()
{
    return ModelsTr::tr("Expected a string, found %1.");
}

QString JsonFieldReader::expectedObject()
{
    return ModelsTr::tr("Expected an object, found %1.");
}

QJsonValue JsonFieldReader::take(QLatin1String key)
{
    m_seen.append(key);
    if (!m_isObject)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_object.value(key);
    // null is how JSON writers spell "not set"; treat it as a missing field.
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

QString JsonFieldReader::string(QLatin1String key)
{
    return optionalString(key).value_or(QString());
}

std::optional<QString> JsonFieldReader::optionalString(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isString())
        return v.toString();
    reportType(m_problems, pathOf(key), expectedString(), v);
    return std::nullopt;
}

std::optional<int> JsonFieldReader::integer(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()
            && d == static_cast<double>(static_cast<int>(d))) {
            return static_cast<int>(d);
        }
    }
    reportType(m_problems, pathOf(key), ModelsTr::tr("Expected a whole number, found %1."), v);
    return std::nullopt;
}

std::optional<bool> JsonFieldReader::boolean(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString text = v.toString();
        std::optional<bool> parsed;
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            parsed = true;
        else if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            parsed = false;
        if (parsed) {
            if (m_problems) {
                m_problems->append(Finding{
                        pathOf(key), QStringLiteral("json.string_boolean"), Severity::Warning,
                        ModelsTr::tr("The string %1 was read as the boolean %2; write it "
                                     "without quotes.")
                                .arg(describe(v),
                                     *parsed ? QStringLiteral("true") : QStringLiteral("false"))});
            }
            return parsed;
        }
    }
    reportType(m_problems, pathOf(key), ModelsTr::tr("Expected true or false, found %1."), v);
    return std::nullopt;
}

QJsonArray JsonFieldReader::array(QLatin1String key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return QJsonArray();
    if (v.isArray())
        return v.toArray();
    reportType(m_problems, pathOf(key), ModelsTr::tr("Expected a list, found %1."), v);
    return QJsonArray();
}

QStringList JsonFieldReader::stringList(QLatin1String key)
{
    const QJsonArray list = array(key);
    QStringList strings;
    strings.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).isString())
            strings.append(list.at(i).toString());
        else
            reportType(m_problems, indexed(pathOf(key), i), expectedString(), list.at(i));
    }
    return strings;
}

QJsonValue JsonFieldReader::value(QLatin1String key)
{
    return take(key);
}

void JsonFieldReader::reportUnknownFields()
{
    if (!m_isObject || !m_problems)
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const QLatin1String &seen : m_seen) {
            if (key == seen) {
                known = true;
                break;
            }
        }
        if (!known) {
            const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
            // Dropping it would send a different request than the one written; a field that
            // neither the seed pages nor the official models define is refused instead.
            m_problems->append(Finding{
                    path, QStringLiteral("json.unknown_field"), Severity::Error,
                    ModelsTr::tr("Unknown field “%1”: neither the API reference nor the SDK "
                                 "model defines it.")
                            .arg(key)});
        }
    }
}

} // namespace wsc
