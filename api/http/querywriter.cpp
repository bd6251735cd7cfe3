#include "querywriter.h"

namespace wsc {

void QueryWriter::text(const char *key, const QString &value)
{
    if (!value.isEmpty())
        m_items.append({QLatin1String(key), value});
}

void QueryWriter::texts(const char *key, const QStringList &values)
{
    for (const QString &value : values)
        m_items.append({QLatin1String(key), value});
}

void QueryWriter::flag(const char *key, const std::optional<bool> &value)
{
    if (value)
        m_items.append(
                {QLatin1String(key), *value ? QStringLiteral("true") : QStringLiteral("false")});
}

void QueryWriter::number(const char *key, const std::optional<int> &value)
{
    if (value)
        m_items.append({QLatin1String(key), QString::number(*value)});
}

} // namespace wsc
