#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace wsc {

class JobJournal;
class WorkspaceClient;

/**
 * Deletes the desktops that failed sub-jobs left in ERROR before a retry sends anything: their
 * names and addresses stay taken until they are gone, and a lookup by name would find them. Each
 * is deleted through WorkspaceClient::deleteDesktop(), then looked for (one ListDesktopsDetail per
 * 100 desktops) until the service no longer lists it. The journal keeps the list of those left,
 * updated as each goes, so a crash here resumes the clean-up; deleting twice is harmless (404 or
 * 409 "being deleted").
 */
class DesktopCleanup : public QObject
{
    Q_OBJECT
public:
    DesktopCleanup(WorkspaceClient *client, JobJournal *journal, const QString &batchId,
                   const QStringList &desktopIds, QObject *parent = nullptr);

    /** Sends the deletes; finished() follows once every desktop is gone (or given up on). */
    void start();
    QStringList remaining() const { return m_left; }
    /** Desktops still listed after the last look when the clean-up gave up on them. */
    QStringList givenUp() const { return m_givenUp; }
    /** How often the desktops are looked for, and how many looks before giving up. */
    void setPollIntervalMs(int ms) { m_timer.setInterval(qMax(10, ms)); }
    void setMaxPolls(int polls) { m_maxPolls = qMax(1, polls); }

signals:
    /** @p left desktops are still to go. */
    void progress(int left);
    void finished();
    /** The journal could not record the clean-up (translated message). */
    void journalError(const QString &message);

private:
    void look();
    void gone(const QStringList &desktopIds);
    void finish();

    QPointer<WorkspaceClient> m_client;
    JobJournal *m_journal = nullptr;
    QString m_batchId;
    QStringList m_left;
    QStringList m_givenUp;
    QTimer m_timer;
    int m_polls = 0;
    int m_maxPolls = 180;
    int m_looking = 0;
    bool m_finished = false;
};

} // namespace wsc
