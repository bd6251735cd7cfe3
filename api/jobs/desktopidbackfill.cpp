#include "desktopidbackfill.h"

#include "api/http/workspaceclient.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace wsc {

namespace {

/** The job of the desktop's request is unknown to the service (404 WKS.00010011). */
bool lostJob(const BatchItem &i)
{
    return i.desktopId.isEmpty() && i.outcome() == BatchItem::Outcome::Failed
           && i.errorCode.trimmed().compare(QLatin1String("WKS.00010011"), Qt::CaseInsensitive) == 0
           && !i.computerName.isEmpty();
}

bool wantsLookup(const BatchItem &i)
{
    return (i.desktopId.isEmpty() && i.outcome() == BatchItem::Outcome::Succeeded
            && (!i.computerName.isEmpty() || !i.userName.isEmpty()))
           || lostJob(i);
}

} // namespace

DesktopIdBackfill::DesktopIdBackfill(WorkspaceClient *client, const QList<BatchItem> &items,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(items)
{}

bool DesktopIdBackfill::needed() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), wantsLookup);
}

void DesktopIdBackfill::start()
{
    QStringList names;
    QStringList users;
    for (const BatchItem &i : std::as_const(m_items)) {
        if (!wantsLookup(i))
            continue;
        if (!i.computerName.isEmpty())
            names << i.computerName;
        else
            users << i.userName;
    }
    users.removeDuplicates();
    if ((names.isEmpty() && users.isEmpty()) || !m_client) {
        QTimer::singleShot(0, this, &DesktopIdBackfill::finished);
        return;
    }
    const auto ask = [this](const DesktopQuery &query) {
        ++m_left;
        TypedCall<QList<DesktopInfo>> *call = m_client->allDesktops(query, this);
        connect(call, &ApiCall::finished, this, [this, call] {
            call->deleteLater();
            if (call->isOk())
                m_found.append(call->result());
            if (--m_left == 0)
                apply();
        });
    };
    // ListDesktopsDetail takes at most 100 names (or users) per request.
    for (int k = 0; k < names.size(); k += 100) {
        DesktopQuery q;
        q.computerNames = names.mid(k, 100);
        ask(q);
    }
    for (int k = 0; k < users.size(); k += 100) {
        DesktopQuery q;
        q.userNames = users.mid(k, 100);
        ask(q);
    }
}

void DesktopIdBackfill::apply()
{
    QHash<QString, DesktopInfo> byName;
    QHash<QString, QList<DesktopInfo>> byUser;
    QSet<QString> known;
    for (const BatchItem &i : std::as_const(m_items))
        known.insert(i.desktopId);
    for (const DesktopInfo &d : std::as_const(m_found)) {
        byName.insert(d.computerName.toLower(), d);
        if (!known.contains(d.desktopId))
            byUser[d.userName.toLower()].append(d);
    }
    for (BatchItem &i : m_items) {
        if (!wantsLookup(i))
            continue;
        DesktopInfo d;
        if (!i.computerName.isEmpty()) {
            d = byName.value(i.computerName.toLower());
        } else {
            QList<DesktopInfo> &mine = byUser[i.userName.toLower()];
            if (mine.size() == 1)
                d = mine.takeFirst(); // only when it cannot be another of the user's
        }
        if (d.desktopId.isEmpty())
            continue;
        if (lostJob(i) && d.status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) != 0) {
            // The job is gone but its desktop is there: it was created after all.
            i.subJobStatus = SubJobStatus::Success;
            i.errorCode.clear();
            i.message.clear();
        }
        i.desktopId = d.desktopId;
        if (i.computerName.isEmpty())
            i.computerName = d.computerName;
        if (d.status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) == 0) {
            i.subJobStatus = SubJobStatus::Failed;
            if (i.message.isEmpty() || i.errorCode.isEmpty())
                i.setNote(BatchItem::Note::DesktopInError);
        }
        m_changed << i.sourceIndex;
    }
    emit finished();
}

} // namespace wsc
