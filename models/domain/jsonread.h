#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/**
 * Tolerant field readers for service responses: a missing or mistyped field gives the default,
 * never a crash. Servers send numbers as strings ("8192") and booleans as "true", so both are read.
 */
namespace JsonRead {

/** A string; numbers and booleans are converted to text, anything else gives @p fallback. */
QString string(const QJsonObject &object, const QString &key, const QString &fallback = {});
/** An integer from a number or a numeric string; @p fallback otherwise (also beyond qint64). */
qint64 integer(const QJsonObject &object, const QString &key, qint64 fallback = 0);
/** An optional integer (null, missing and numbers beyond qint64's range are empty). */
std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key);
/** A boolean from true/false, "true"/"false" (any case), 1/0. */
bool boolean(const QJsonObject &object, const QString &key, bool fallback = false);
/** An object, or an empty one. */
QJsonObject object(const QJsonObject &object, const QString &key);
/** An array, or an empty one; a single object is wrapped into a one-element array. */
QJsonArray array(const QJsonObject &object, const QString &key);
/** The strings of an array (non-strings converted as by string()); a single string gives one. */
QStringList stringList(const QJsonObject &object, const QString &key);
/** A map of strings (e.g. language -> text); non-string values are converted as by string(). */
QMap<QString, QString> stringMap(const QJsonObject &object, const QString &key);
/** A value converted to text as string() does. */
QString toText(const QJsonValue &value);

} // namespace JsonRead

} // namespace wsc
