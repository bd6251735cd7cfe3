#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsc {

/** The query of a list request, written filter by filter: a filter that is not set is left out. */
class QueryWriter
{
public:
    /** key=value, unless @p value is empty. */
    void text(const char *key, const QString &value);
    /** key=value once for each of @p values (how the API takes an array). */
    void texts(const char *key, const QStringList &values);
    /** key=true or key=false, when set. */
    void flag(const char *key, const std::optional<bool> &value);
    /** key=number, when set (offset, limit). */
    void number(const char *key, const std::optional<int> &value);

    QList<QPair<QString, QString>> items() const { return m_items; }

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace wsc
