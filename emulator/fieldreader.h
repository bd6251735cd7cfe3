#pragma once

#include "validationerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsemu {

// Paths read like "desktops[2].user_name". Types are strict: "80" is not a number and "true" is
// not a boolean, so client encoding mistakes surface.
/** Reads typed JSON fields for the validators and keeps the first problem, named by path. */
class FieldReader
{
public:
    enum Presence { Optional, Required };

    explicit FieldReader(const QJsonObject &object, const QString &prefix = {});

    FieldReader child(const QJsonObject &object, const QString &key) const;
    FieldReader element(const QJsonObject &object, const QString &key, int index) const;

    bool has(const QString &key) const;
    QString path(const QString &key) const;

    /** A string of minLength..maxLength characters (maxLength < 0: unlimited). */
    QString string(const QString &key, Presence presence, int minLength = 0, int maxLength = -1);
    QString oneOf(const QString &key, Presence presence, const QStringList &allowed,
                  const QString &defaultValue = {});
    std::optional<qint64> integer(const QString &key, Presence presence, qint64 min, qint64 max);
    bool boolean(const QString &key, bool defaultValue);
    QJsonArray array(const QString &key, Presence presence, int minItems, int maxItems);
    QJsonObject object(const QString &key, Presence presence);

    void fail(const char *code, const QString &message);
    void fail(int status, const char *code, const QString &message);
    /** Adopts another reader's first error (for nested readers). */
    void merge(const FieldReader &other);

    bool ok() const { return !m_error.failed(); }
    ValidationError error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_prefix;
    ValidationError m_error;
};

} // namespace wsemu
