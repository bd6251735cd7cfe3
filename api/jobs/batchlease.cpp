#include "batchlease.h"

#include "jobjournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QUuid>

namespace wsc {

namespace {

constexpr int kRenewEveryMs = 5000; ///< well inside the lease, so that a busy loop never loses it

} // namespace

BatchLease::BatchLease(JobJournal *journal)
    : m_journal(journal)
    , m_token(QSysInfo::machineHostName() + QLatin1Char(':')
              + QString::number(QCoreApplication::applicationPid()) + QLatin1Char(':')
              + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

bool BatchLease::claim(const QString &batchId, bool *taken)
{
    return m_journal->claim(batchId, m_token, leaseMs(), taken);
}

bool BatchLease::renewIfDue(bool anyRunning)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastRenew < kRenewEveryMs)
        return true;
    m_lastRenew = now;
    return !anyRunning || m_journal->renew(m_token, leaseMs());
}

bool BatchLease::release()
{
    return m_journal->release(m_token);
}

bool BatchLease::orphanCheckDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastOrphanCheck < kRenewEveryMs)
        return false;
    m_lastOrphanCheck = now;
    return true;
}

} // namespace wsc
