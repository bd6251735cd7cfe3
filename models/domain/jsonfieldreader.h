#pragma once

#include "models/rules/finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace wsc {

/**
 * Reads the fields of one request-body object strictly: a mistyped field is an error
 * ("json.type"), and so is a field nobody asked for ("json.unknown_field"), both reported by
 * JSON path; reading goes on after either. Service responses use the tolerant JsonRead instead.
 */
class JsonFieldReader
{
public:
    /** A @p value that is not an object is reported as "json.type" at @p path and reads empty. */
    JsonFieldReader(const QJsonValue &value, const QString &path, Findings *problems);

    bool isObject() const { return m_isObject; }
    const QString &path() const { return m_path; }
    /** The path of a field of this object, e.g. "desktops[3]" + "user_name". */
    QString pathOf(QLatin1String key) const { return join(m_path, key); }

    /** A string; missing or null gives an empty string. */
    QString string(QLatin1String key);
    /** A string that may be absent (missing or null), for fields where "" means something. */
    std::optional<QString> optionalString(QLatin1String key);
    /** A whole number that fits an int. */
    std::optional<int> integer(QLatin1String key);
    /**
     * true or false. The strings "true"/"false" (any case) are accepted with the warning
     * "json.string_boolean": the AttachInstances example itself sends "is_clear_data": "true".
     */
    std::optional<bool> boolean(QLatin1String key);
    /** An array; missing or null gives an empty one. */
    QJsonArray array(QLatin1String key);
    /** An array of strings; a non-string element is "json.type" at its index and skipped. */
    QStringList stringList(QLatin1String key);
    /** The raw value of a nested object field (Undefined when missing or null). */
    QJsonValue value(QLatin1String key);
    /** An array of objects, each read by T::fromJson at its own path ("desktops[3]"). */
    template<typename T>
    QList<T> objects(QLatin1String key)
    {
        const QJsonArray list = array(key);
        const QString listPath = pathOf(key);
        QList<T> items;
        items.reserve(list.size());
        for (int i = 0; i < list.size(); ++i)
            items.append(T::fromJson(list.at(i), indexed(listPath, i), m_problems));
        return items;
    }

    /** Reports every field of the object that no accessor above asked for. */
    void reportUnknownFields();

    static QString join(const QString &path, QLatin1String key);
    static QString indexed(const QString &path, int index);
    /** Appends a "json.type" error saying what was expected and showing what was found. */
    static void reportType(Findings *problems, const QString &path, const QString &expectedMessage,
                           const QJsonValue &found);
    /** A short JSON rendering of @p value for messages: 80, true, "abc", {…}, […]. */
    static QString describe(const QJsonValue &value);

    /** Translated "Expected ..., found %1." texts, shared with readers of array elements. */
    static QString expectedString();
    static QString expectedObject();

private:
    QJsonValue take(QLatin1String key);

    QJsonObject m_object;
    QString m_path;
    Findings *m_problems;
    bool m_isObject;
    QVarLengthArray<QLatin1String, 24> m_seen;
};

} // namespace wsc
