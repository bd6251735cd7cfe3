#include "emulatorclock.h"

namespace wsemu {

QDateTime EmulatorClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 EmulatorClock::nowMs() const
{
    if (m_fixed)
        return m_fixedMs;
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void EmulatorClock::setFixed(const QDateTime &instant)
{
    m_fixed = true;
    m_fixedMs = instant.toMSecsSinceEpoch();
}

void EmulatorClock::setOffsetMs(qint64 offsetMs)
{
    m_fixed = false;
    m_offsetMs = offsetMs;
}

void EmulatorClock::setReal()
{
    m_fixed = false;
    m_offsetMs = 0;
}

QString EmulatorClock::isoMs(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString EmulatorClock::jobTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString EmulatorClock::iamTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

} // namespace wsemu
