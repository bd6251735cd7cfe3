#pragma once

#include <QLatin1String>
#include <QString>

namespace wsc {

/**
 * A finding's JSON path that is only put together when a finding is reported: rules run over
 * 100 000 CSV rows, and building "desktops[3].user_email" for each accepted cell would cost
 * more than the checks themselves. Holds references: use it within one call only.
 */
class LazyPath
{
public:
    // Implicit on purpose: every rule that takes a full path also takes a lazy one.
    LazyPath(const QString &path)
        : m_base(path)
    {}
    LazyPath(const QString &base, QLatin1String field)
        : m_base(base)
        , m_field(field)
    {}

    QString toString() const
    {
        if (m_field.isEmpty())
            return m_base;
        if (m_base.isEmpty())
            return QString(m_field);
        return m_base + QLatin1Char('.') + m_field;
    }

private:
    const QString &m_base;
    QLatin1String m_field;
};

} // namespace wsc
