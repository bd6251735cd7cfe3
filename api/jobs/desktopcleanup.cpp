#include "desktopcleanup.h"

#include "jobjournal.h"

#include "api/http/workspaceclient.h"

namespace wsc {

namespace {

constexpr int kIdsPerLook = 100; ///< ListDesktopsDetail takes at most 100 desktop_id values

} // namespace

DesktopCleanup::DesktopCleanup(WorkspaceClient *client, JobJournal *journal, const QString &batchId,
                               const QStringList &desktopIds, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_batchId(batchId)
    , m_left(desktopIds)
{
    m_left.removeDuplicates();
    m_timer.setInterval(1000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DesktopCleanup::look);
}

void DesktopCleanup::start()
{
    if (m_left.isEmpty() || !m_client) {
        QTimer::singleShot(0, this, &DesktopCleanup::finish);
        return;
    }
    emit progress(static_cast<int>(m_left.size()));
    for (const QString &id : std::as_const(m_left)) {
        TypedCall<QString> *call = m_client->deleteDesktop(id, false, this);
        connect(call, &ApiCall::finished, this, [this, call, id] {
            call->deleteLater();
            // 404: gone already. Anything else (deleting now, already being deleted, a refusal)
            // is settled by looking: the service's list is the truth.
            if (call->error().httpStatus == 404)
                gone({id});
        });
    }
    m_timer.start();
}

void DesktopCleanup::look()
{
    if (m_finished || !m_client)
        return;
    if (m_left.isEmpty()) {
        finish();
        return;
    }
    ++m_polls;
    auto found = std::make_shared<QSet<QString>>();
    auto failed = std::make_shared<bool>(false);
    const QStringList asked = m_left;
    for (int k = 0; k < asked.size(); k += kIdsPerLook) {
        DesktopQuery query;
        query.desktopIds = asked.mid(k, kIdsPerLook);
        ++m_looking;
        TypedCall<QList<DesktopInfo>> *call = m_client->allDesktops(query, this);
        connect(call, &ApiCall::finished, this, [this, call, found, failed, asked] {
            call->deleteLater();
            if (call->isOk()) {
                for (const DesktopInfo &d : call->result())
                    found->insert(d.desktopId);
            } else {
                *failed = true;
            }
            if (--m_looking > 0)
                return;
            if (!*failed) {
                QStringList goneNow;
                for (const QString &id : asked) {
                    if (!found->contains(id))
                        goneNow << id;
                }
                gone(goneNow);
            }
            if (m_left.isEmpty() || m_finished)
                return;
            if (m_polls >= m_maxPolls) {
                // The service keeps them (a desktop stuck in deletion): send anyway rather than
                // wait for ever; a retried desktop with the same name then fails with the
                // service's own reason, which the row shows.
                m_givenUp = m_left;
                finish();
                return;
            }
            m_timer.start();
        });
    }
}

void DesktopCleanup::gone(const QStringList &desktopIds)
{
    bool changed = false;
    for (const QString &id : desktopIds)
        changed = m_left.removeAll(id) > 0 || changed;
    if (!changed)
        return;
    if (m_journal && !m_journal->setCleanup(m_batchId, m_left))
        emit journalError(m_journal->errorString());
    emit progress(static_cast<int>(m_left.size()));
    if (m_left.isEmpty())
        finish();
}

void DesktopCleanup::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_journal && !m_journal->setCleanup(m_batchId, {}))
        emit journalError(m_journal->errorString());
    emit finished();
}

} // namespace wsc
