#pragma once

#include <QDateTime>

namespace wsemu {

/** The emulator's wall clock: real time, shifted by an offset or frozen at a fixed instant. */
class EmulatorClock
{
public:
    QDateTime now() const;
    qint64 nowMs() const;

    /** Freezes the clock (jobs stop progressing while it is frozen). */
    void setFixed(const QDateTime &instant);
    void setOffsetMs(qint64 offsetMs);
    void setReal();

    bool isFixed() const { return m_fixed; }
    qint64 offsetMs() const { return m_offsetMs; }

    /** ISO 8601 UTC with milliseconds, e.g. 2026-11-23T05:01:02.000Z. */
    static QString isoMs(qint64 msSinceEpoch);
    /** "2026-11-23 05:01:02", the job time format of the OAS examples. */
    static QString jobTime(qint64 msSinceEpoch);
    /** IAM's token time, e.g. 2026-11-23T05:01:02.000000Z. */
    static QString iamTime(qint64 msSinceEpoch);

private:
    bool m_fixed = false;
    qint64 m_fixedMs = 0;
    qint64 m_offsetMs = 0;
};

} // namespace wsemu
