#include "chunkreconciler.h"

#include "batchoperation.h"

#include "api/http/subjobquery.h"
#include "api/http/workspaceclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace wsc {

namespace {

constexpr int kFilterCap = 100; // computer_names, user_names and desktop_id take <= 100 values

QString key(const QString &text)
{
    // Some images upper-case computer names (workspace-api.md §6 #4): compare case-insensitively.
    return text.trimmed().toLower();
}

QJsonArray desktopsOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(QStringLiteral("desktop_ids"))) {
        // Day-2 requests name desktops by id only: read them as {desktop_id} entries.
        QJsonArray out;
        for (const QJsonValue &id : o.value(QStringLiteral("desktop_ids")).toArray())
            out.append(QJsonObject{{QStringLiteral("desktop_id"), id}});
        return out;
    }
    return o.value(QStringLiteral("desktops")).toArray();
}

} // namespace

ChunkReconciler::ChunkReconciler(WorkspaceClient *client, BatchKind kind, const BatchChunk &chunk,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_chunk(chunk)
    , m_desktops(desktopsOf(chunk.body))
{}

bool ChunkReconciler::findsByJob(BatchKind kind)
{
    return kind == BatchKind::Power || kind == BatchKind::Detach || kind == BatchKind::Rebuild
           || kind == BatchKind::Resize;
}

bool ChunkReconciler::needsBaseline(BatchKind kind, const QByteArray &body)
{
    if (findsByJob(kind))
        return true;
    if (kind != BatchKind::Create)
        return false;
    const QJsonArray desktops = desktopsOf(body);
    for (const QJsonValue &d : desktops) {
        if (d.toObject().value(QStringLiteral("computer_name")).toString().trimmed().isEmpty())
            return true;
    }
    return false;
}

QByteArray ChunkReconciler::subsetBody(const QByteArray &body, const QList<int> &positions)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(QStringLiteral("desktop_ids"))) {
        const QJsonArray ids = o.value(QStringLiteral("desktop_ids")).toArray();
        QJsonArray kept;
        for (int p : positions)
            kept.append(ids.at(p));
        o.insert(QStringLiteral("desktop_ids"), kept);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    const QJsonArray desktops = o.value(QStringLiteral("desktops")).toArray();
    const QJsonArray ips = o.value(QStringLiteral("desktop_ips")).toArray();
    QJsonArray keptDesktops;
    QJsonArray keptIps;
    for (int p : positions) {
        keptDesktops.append(desktops.at(p));
        if (ips.size() == desktops.size())
            keptIps.append(ips.at(p));
    }
    o.insert(QStringLiteral("desktops"), keptDesktops);
    if (ips.size() == desktops.size() && !ips.isEmpty())
        o.insert(QStringLiteral("desktop_ips"), keptIps);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ChunkReconciler::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.error = error;
    emit finished();
}

void ChunkReconciler::lookUp(const QStringList &values, bool byComputerName, bool byDesktopId,
                             std::function<void(const QList<DesktopInfo> &)> done)
{
    if (values.isEmpty()) {
        done({});
        return;
    }
    struct Pending
    {
        int left = 0;
        QList<DesktopInfo> found;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    for (int i = 0; i < values.size(); i += kFilterCap) {
        const QStringList group = values.mid(i, kFilterCap);
        DesktopQuery query;
        if (byComputerName)
            query.computerNames = group;
        else if (byDesktopId)
            query.desktopIds = group;
        else
            query.userNames = group;
        ++pending->left;
        TypedCall<QList<DesktopInfo>> *call = m_client->allDesktops(query, this);
        connect(call, &ApiCall::finished, this, [this, call, pending, done] {
            call->deleteLater();
            if (pending->failed || m_done)
                return;
            if (!call->isOk()) {
                pending->failed = true;
                fail(call->error());
                return;
            }
            pending->found.append(call->result());
            if (--pending->left == 0)
                done(pending->found);
        });
    }
}

QStringList ChunkReconciler::chunkDesktopIds() const
{
    QStringList ids;
    for (const QJsonValue &d : qAsConst(m_desktops))
        ids << d.toObject().value(QStringLiteral("desktop_id")).toString();
    return ids;
}

void ChunkReconciler::lookUpSubJobs(std::function<void(const QList<SubJobInfo> &)> done)
{
    SubJobQuery query;
    query.jobType = BatchOperation::of(m_kind).jobType();
    TypedCall<QList<SubJobInfo>> *call = m_client->allSubJobs(query, this);
    connect(call, &ApiCall::finished, this, [this, call, done] {
        call->deleteLater();
        if (m_done)
            return;
        if (!call->isOk()) {
            fail(call->error());
            return;
        }
        done(call->result());
    });
}

void ChunkReconciler::takeBaseline()
{
    if (findsByJob(m_kind)) {
        // The jobs of this type that already touch the chunk's desktops: a job found later
        // that is not among them is the one this chunk's request made.
        const QStringList list = chunkDesktopIds();
        const QSet<QString> ids(list.begin(), list.end());
        lookUpSubJobs([this, ids](const QList<SubJobInfo> &subJobs) {
            m_baseline.clear();
            for (const SubJobInfo &sub : subJobs) {
                if (ids.contains(sub.desktopId) && !sub.jobId.isEmpty())
                    m_baseline[sub.jobId] += 1;
            }
            m_done = true;
            emit finished();
        });
        return;
    }
    QStringList users;
    for (const QJsonValue &d : qAsConst(m_desktops)) {
        const QString user = d.toObject().value(QStringLiteral("user_name")).toString();
        if (!user.isEmpty() && !users.contains(user, Qt::CaseInsensitive))
            users << user;
    }
    lookUp(users, false, false, [this](const QList<DesktopInfo> &desktops) {
        m_baseline.clear();
        for (const DesktopInfo &d : desktops)
            m_baseline[key(d.userName)] += 1;
        m_done = true;
        emit finished();
    });
}

void ChunkReconciler::reconcile()
{
    if (m_desktops.isEmpty()) {
        // A size-only create has no names to look for: leave the decision to a person.
        m_result.undecidable = true;
        m_done = true;
        emit finished();
        return;
    }
    if (m_kind == BatchKind::Delete) {
        QStringList ids;
        for (const QJsonValue &d : qAsConst(m_desktops))
            ids << d.toObject().value(QStringLiteral("desktop_id")).toString();
        lookUp(ids, false, true, [this](const QList<DesktopInfo> &found) { decideDelete(found); });
        return;
    }
    if (m_kind == BatchKind::Maintenance) {
        lookUp(chunkDesktopIds(), false, true,
               [this](const QList<DesktopInfo> &found) { decideMaintenance(found); });
        return;
    }
    if (m_kind == BatchKind::TagAdd || m_kind == BatchKind::TagRemove) {
        lookUp(chunkDesktopIds(), false, true,
               [this](const QList<DesktopInfo> &found) { decideTags(found); });
        return;
    }
    if (findsByJob(m_kind)) {
        if (!m_chunk.baselineTaken) {
            // Journaled before baselines were taken for this kind: no way to tell this
            // request's job from older ones, so a person decides; never resent blindly.
            m_result.undecidable = true;
            m_done = true;
            emit finished();
            return;
        }
        lookUpSubJobs([this](const QList<SubJobInfo> &subJobs) { decideByJob(subJobs); });
        return;
    }
    if (m_kind == BatchKind::Attach) {
        QStringList ids;
        for (const QJsonValue &d : qAsConst(m_desktops))
            ids << d.toObject().value(QStringLiteral("desktop_id")).toString();
        lookUp(ids, false, true, [this](const QList<DesktopInfo> &found) { decideAttach(found); });
        return;
    }
    QStringList names;
    QStringList users;
    for (const QJsonValue &d : qAsConst(m_desktops)) {
        const QJsonObject o = d.toObject();
        const QString name = o.value(QStringLiteral("computer_name")).toString();
        if (!name.trimmed().isEmpty())
            names << name;
        else if (!users.contains(o.value(QStringLiteral("user_name")).toString(),
                                 Qt::CaseInsensitive))
            users << o.value(QStringLiteral("user_name")).toString();
    }
    lookUp(names, true, false, [this, users](const QList<DesktopInfo> &byName) {
        lookUp(users, false, false,
               [this, byName](const QList<DesktopInfo> &byUser) { decideCreate(byName, byUser); });
    });
}

void ChunkReconciler::decideCreate(const QList<DesktopInfo> &byName,
                                   const QList<DesktopInfo> &byUser)
{
    QSet<QString> names;
    for (const DesktopInfo &d : byName)
        names.insert(key(d.computerName));
    QMap<QString, int> created; // per user: desktops now minus the baseline
    for (const DesktopInfo &d : byUser)
        created[key(d.userName)] += 1;
    for (auto it = m_chunk.userBaseline.begin(); it != m_chunk.userBaseline.end(); ++it)
        created[it.key()] -= it.value();

    for (int i = 0; i < m_desktops.size(); ++i) {
        const QJsonObject o = m_desktops.at(i).toObject();
        const QString name = o.value(QStringLiteral("computer_name")).toString();
        bool present = false;
        if (!name.trimmed().isEmpty()) {
            present = names.contains(key(name));
        } else {
            int &left = created[key(o.value(QStringLiteral("user_name")).toString())];
            present = left > 0;
            if (present)
                --left;
        }
        (present ? m_result.present : m_result.missing).append(i);
    }
    m_done = true;
    emit finished();
}

void ChunkReconciler::decideEach(
        const QList<DesktopInfo> &desktops,
        const std::function<bool(const QJsonObject &entry, const DesktopInfo *found)> &applied)
{
    QHash<QString, DesktopInfo> byId;
    for (const DesktopInfo &d : desktops)
        byId.insert(d.desktopId, d);
    for (int i = 0; i < m_desktops.size(); ++i) {
        const QJsonObject entry = m_desktops.at(i).toObject();
        const auto it = byId.constFind(entry.value(QStringLiteral("desktop_id")).toString());
        const DesktopInfo *found = it == byId.constEnd() ? nullptr : &*it;
        (applied(entry, found) ? m_result.present : m_result.missing).append(i);
    }
    m_done = true;
    emit finished();
}

void ChunkReconciler::decideDelete(const QList<DesktopInfo> &desktops)
{
    // Carried out when the desktop is gone or being deleted; still there and idle: not sent.
    decideEach(desktops, [](const QJsonObject &, const DesktopInfo *d) {
        return !d || d->taskStatus.compare(QLatin1String("deleting"), Qt::CaseInsensitive) == 0;
    });
}

void ChunkReconciler::decideByJob(const QList<SubJobInfo> &subJobs)
{
    // A new job of the kind's type on the chunk's desktops is this request's: the service made
    // it, so it is followed (each desktop gets its own sub-job's truth), and the chunk's
    // desktops without a sub-job in it were refused at once. No new job: the request never
    // arrived (or every desktop was refused, which a resend answers again): all are missing.
    const QStringList ids = chunkDesktopIds();
    const QSet<QString> wanted(ids.begin(), ids.end());
    QMap<QString, QSet<QString>> jobDesktops; // new job -> the chunk's desktops in it
    QStringList order;                        // new jobs in the order the service lists them
    for (const SubJobInfo &sub : subJobs) {
        if (sub.jobId.isEmpty() || !wanted.contains(sub.desktopId)
            || m_chunk.userBaseline.contains(sub.jobId))
            continue;
        if (!jobDesktops.contains(sub.jobId))
            order << sub.jobId;
        jobDesktops[sub.jobId].insert(sub.desktopId);
    }
    QString job;
    for (const QString &j : qAsConst(order)) {
        // Several new jobs happen only if someone else acted meanwhile: take the one holding
        // most of the chunk's desktops, the latest listed on a tie.
        if (job.isEmpty() || jobDesktops.value(j).size() >= jobDesktops.value(job).size())
            job = j;
    }
    const QSet<QString> inJob = jobDesktops.value(job);
    for (int i = 0; i < ids.size(); ++i) {
        if (job.isEmpty())
            m_result.missing.append(i);
        else if (inJob.contains(ids.at(i)))
            m_result.present.append(i);
        else
            m_result.refused.append(i);
    }
    m_result.jobId = job;
    m_done = true;
    emit finished();
}

void ChunkReconciler::decideTags(const QList<DesktopInfo> &desktops)
{
    // Carried out when every tag of the entry is there with its value (add) or its key is gone
    // (remove). Sending a tag change again changes nothing more, so the others are resent.
    const bool add = m_kind == BatchKind::TagAdd;
    decideEach(desktops, [add](const QJsonObject &entry, const DesktopInfo *d) {
        if (!d)
            return false;
        for (const QJsonValue &t : entry.value(QStringLiteral("tags")).toArray()) {
            const QString key = t.toObject().value(QStringLiteral("key")).toString();
            const QString value = t.toObject().value(QStringLiteral("value")).toString();
            if (add ? !d->tags.contains(key) || d->tags.value(key) != value : d->tags.contains(key))
                return false;
        }
        return true;
    });
}

void ChunkReconciler::decideMaintenance(const QList<DesktopInfo> &desktops)
{
    // Carried out when the desktop is in the mode asked; setting it again changes nothing, so
    // the others are resent.
    const bool on = QJsonDocument::fromJson(m_chunk.body)
                            .object()
                            .value(QStringLiteral("in_maintenance_mode"))
                            .toBool();
    decideEach(desktops, [on](const QJsonObject &, const DesktopInfo *d) {
        return d && d->inMaintenanceMode == on;
    });
}

void ChunkReconciler::decideAttach(const QList<DesktopInfo> &desktops)
{
    // Carried out when the desktop has every user the entry assigns.
    decideEach(desktops, [](const QJsonObject &o, const DesktopInfo *d) {
        if (!d || !d->hasUser())
            return false;
        QStringList wanted;
        const QJsonArray infos = o.value(QStringLiteral("attach_user_infos")).toArray();
        for (const QJsonValue &info : infos)
            wanted << key(info.toObject().value(QStringLiteral("user_name")).toString());
        if (wanted.isEmpty())
            wanted << key(o.value(QStringLiteral("user_name")).toString());
        QStringList have{key(d->userName)};
        for (const DesktopInfo::AttachedUser &u : d->attachedUsers)
            have << key(u.userName);
        for (const QString &w : qAsConst(wanted)) {
            if (!have.contains(w))
                return false;
        }
        return true;
    });
}

} // namespace wsc
