#include "jobengine.h"

#include "emulatorclock.h"
#include "faultinjector.h"
#include "jobrecord.h"
#include "statestore.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

namespace wsemu {

namespace {

struct FailureReason
{
    const char *code;
    const char *reason;
};

// The service does not publish its job error codes; these reuse codes of the documented WKS
// table with plausible texts (docs/EMULATOR.md says so).
const FailureReason CreateFailures[] = {
        {"WKS.00010306", "Insufficient capacity for the flavor in the availability zone. Try "
                         "another availability zone or try again later."},
        {"WKS.00010109", "Failed to create the system disk of the desktop: the block storage "
                         "service returned an error."},
        {"WKS.00010110", "The desktop did not register with the Workspace management plane in "
                         "time."},
};
const FailureReason AttachFailures[] = {
        {"WKS.00010212", "Failed to assign the desktop: the user could not be added to the "
                         "desktop's local group."},
        {"WKS.00010213", "Failed to assign the desktop: the desktop agent did not respond."},
};

// Power actions, rebuilds and resizes fail now and then too (the --subjob-fail rate).
const FailureReason ActionFailures[] = {
        {"WKS.00010220", "The desktop's compute instance did not answer the operation in time."},
        {"WKS.00010221", "The operation failed: the hypervisor refused the instance's new state."},
};

/** The base duration of a day-2 job type at time scale 1, and whether its sub-jobs may fail. */
struct Day2Timing
{
    qint64 durationMs;
    bool mayFail;
};

Day2Timing day2Timing(const QString &jobType)
{
    if (jobType == QLatin1String("operateDesktops"))
        return {JobEngine::OperateDurationMs, true};
    if (jobType == QLatin1String("rebuildDesktops"))
        return {JobEngine::RebuildDurationMs, true};
    if (jobType == QLatin1String("resizeDesktops"))
        return {JobEngine::ResizeDurationMs, true};
    if (jobType == QLatin1String("deleteDesktops"))
        return {JobEngine::DeleteDurationMs, false};
    if (jobType == QLatin1String("detachDesktops"))
        return {JobEngine::DetachDurationMs, false};
    return {JobEngine::VolumeDurationMs, false};
}

bool isDay2(const QString &jobType)
{
    static const QStringList types{
            QStringLiteral("operateDesktops"), QStringLiteral("rebuildDesktops"),
            QStringLiteral("resizeDesktops"),  QStringLiteral("addVolumes"),
            QStringLiteral("expandVolumes"),   QStringLiteral("deleteVolumes")};
    return types.contains(jobType);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Durations vary a little per sub-job, derived from its id (not from the fault PRNG).
double jitter(const QString &id)
{
    const QByteArray h = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
    return 0.8 + 0.4 * (static_cast<unsigned char>(h.at(0)) / 255.0);
}

// What a sub-job tells of its desktop from the start (ListDesktopsJobs shows it).
SubJobRecord subJobOf(const DesktopRecord &desktop)
{
    SubJobRecord sub;
    sub.desktopId = desktop.id;
    sub.userName = desktop.userName;
    sub.desktopName = desktop.computerName;
    sub.productId = desktop.productId;
    sub.ipAddress = desktop.ipAddress;
    return sub;
}

} // namespace

JobEngine::JobEngine(StateStore *state, FaultInjector *faults, const EmulatorClock *clock,
                     QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_faults(faults)
    , m_clock(clock)
{
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        advance();
        if (!hasActiveJobs())
            m_ticker.stop();
    });
}

void JobEngine::setTimeScale(double scale)
{
    m_timeScale = std::max(0.0, scale);
}

QString JobEngine::startCreate(const QStringList &desktopIds)
{
    QList<SubJobRecord> subs;
    for (const QString &id : desktopIds) {
        const DesktopRecord *desktop = m_state->desktop(id);
        if (!desktop)
            continue;
        subs.append(subJobOf(*desktop));
    }
    return startJob(QStringLiteral("createDesktops"), subs, CreateStaggerMs, CreateDurationMs,
                    true);
}

QString JobEngine::startAttach(const QStringList &desktopIds, const QList<QJsonObject> &payloads)
{
    QList<SubJobRecord> subs;
    for (qsizetype i = 0; i < desktopIds.size(); ++i) {
        const DesktopRecord *desktop = m_state->desktop(desktopIds.at(i));
        if (!desktop)
            continue;
        SubJobRecord sub = subJobOf(*desktop);
        sub.payload = payloads.value(i);
        sub.userName = sub.payload.value(QStringLiteral("user_name")).toString();
        const QString newName = sub.payload.value(QStringLiteral("computer_name")).toString();
        if (!newName.isEmpty())
            sub.desktopName = newName;
        subs.append(sub);
    }
    return startJob(QStringLiteral("attachDesktops"), subs, AttachStaggerMs, AttachDurationMs,
                    true);
}

QString JobEngine::startDetach(const QString &desktopId, bool shutoff)
{
    const DesktopRecord *desktop = m_state->desktop(desktopId);
    if (!desktop)
        return {};
    SubJobRecord sub = subJobOf(*desktop);
    sub.payload.insert(QStringLiteral("shutoff_after_detach"), shutoff);
    return startJob(QStringLiteral("detachDesktops"), {sub}, 0, DetachDurationMs, false);
}

QString JobEngine::startDelete(const QString &desktopId, bool deleteUsers)
{
    const DesktopRecord *desktop = m_state->desktop(desktopId);
    if (!desktop)
        return {};
    SubJobRecord sub = subJobOf(*desktop);
    sub.payload.insert(QStringLiteral("delete_users"), deleteUsers);
    return startJob(QStringLiteral("deleteDesktops"), {sub}, 0, DeleteDurationMs, false);
}

QString JobEngine::startDesktopsJob(const QString &jobType, const QStringList &desktopIds,
                                    const QJsonObject &payload)
{
    QList<SubJobRecord> subs;
    for (const QString &id : desktopIds) {
        DesktopRecord *desktop = m_state->desktop(id);
        if (!desktop)
            continue;
        SubJobRecord sub = subJobOf(*desktop);
        sub.payload = payload;
        // A resize stops a running desktop first and starts it again afterwards.
        if (jobType == QLatin1String("resizeDesktops"))
            desktop->powerBeforeJob = desktop->status;
        subs.append(sub);
    }
    const Day2Timing timing = day2Timing(jobType);
    return startJob(jobType, subs, BatchStaggerMs, timing.durationMs, timing.mayFail);
}

QString JobEngine::startJob(const QString &jobType, QList<SubJobRecord> subJobs, qint64 staggerMs,
                            qint64 durationMs, bool mayFail)
{
    const qint64 now = m_clock->nowMs();
    JobRecord job;
    job.id = newUuid();
    job.jobType = jobType;
    job.createdMs = now;
    job.beginMs = now;
    for (qsizetype i = 0; i < subJobs.size(); ++i) {
        SubJobRecord &sub = subJobs[i];
        sub.id = newUuid();
        sub.jobId = job.id;
        sub.jobType = jobType;
        sub.startMs = now + static_cast<qint64>(static_cast<double>(staggerMs * i) * m_timeScale);
        const auto duration = static_cast<qint64>(static_cast<double>(durationMs) * m_timeScale
                                                  * jitter(sub.id));
        sub.endMs = sub.startMs + duration;
        if (mayFail) {
            // Drawn for every sub-job, failing or not, so the sequence depends only on the seed.
            int reason = 0;
            const bool create = jobType == QLatin1String("createDesktops");
            const bool action = isDay2(jobType);
            const int count = create   ? int(std::size(CreateFailures))
                              : action ? int(std::size(ActionFailures))
                                       : int(std::size(AttachFailures));
            sub.willFail = m_faults->nextSubJobFails(&sub.failPoint, &reason, count);
            if (sub.willFail) {
                const FailureReason &f = create   ? CreateFailures[reason]
                                         : action ? ActionFailures[reason]
                                                  : AttachFailures[reason];
                sub.errorCode = QString::fromLatin1(f.code);
                sub.failReason = QString::fromLatin1(f.reason);
            }
        }
        if (DesktopRecord *desktop = m_state->desktop(sub.desktopId)) {
            desktop->currentJobId = job.id;
            applyProgress(sub, *desktop);
        }
    }
    job.subJobs = subJobs;
    deriveJobStatus(job);
    m_state->addJob(job);
    ensureTicking();
    emit changed();
    return job.id;
}

void JobEngine::ensureTicking()
{
    if (!m_ticker.isActive())
        m_ticker.start();
}

bool JobEngine::hasActiveJobs() const
{
    return std::any_of(m_state->jobs().cbegin(), m_state->jobs().cend(),
                       [](const JobRecord &j) { return !j.isFinished(); });
}

void JobEngine::advance()
{
    const qint64 now = m_clock->nowMs();
    bool anyChange = false;
    // Index loop: applyFinal() may remove desktops, never jobs.
    for (qsizetype j = 0; j < m_state->jobs().size(); ++j) {
        JobRecord &job = m_state->jobs()[j];
        if (job.isFinished())
            continue;
        for (SubJobRecord &sub : job.subJobs) {
            if (!sub.finished && advanceSubJob(sub, now))
                anyChange = true;
        }
        if (deriveJobStatus(job))
            anyChange = true;
    }
    if (anyChange) {
        m_state->markDirty();
        emit changed();
    }
    if (hasActiveJobs())
        ensureTicking();
}

bool JobEngine::advanceSubJob(SubJobRecord &sub, qint64 now)
{
    const QString before = sub.status;
    if (now >= sub.settleMs()) {
        sub.status = sub.willFail ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS");
        sub.process = sub.willFail ? sub.process : 100;
        sub.finished = true;
        sub.finishedMs = sub.settleMs();
        applyFinal(sub);
        return true;
    }
    if (now < sub.startMs) {
        sub.status = QStringLiteral("WAITING");
        sub.process = 0;
    } else {
        sub.status = QStringLiteral("RUNNING");
        const double span = static_cast<double>(std::max<qint64>(1, sub.endMs - sub.startMs));
        sub.process = std::clamp(
                static_cast<int>(static_cast<double>(now - sub.startMs) * 100.0 / span), 0, 99);
    }
    DesktopRecord *desktop = m_state->desktop(sub.desktopId);
    if (desktop && desktop->currentJobId == sub.jobId)
        applyProgress(sub, *desktop);
    return sub.status != before;
}

void JobEngine::applyProgress(const SubJobRecord &sub, DesktopRecord &desktop)
{
    const int process = sub.process;
    if (sub.jobType == QLatin1String("createDesktops")) {
        desktop.status = QStringLiteral("BUILD");
        if (sub.status == QLatin1String("WAITING") || process < 15)
            desktop.taskStatus = QStringLiteral("scheduling");
        else if (process < 35)
            desktop.taskStatus = QStringLiteral("block_device_mapping");
        else if (process < 55)
            desktop.taskStatus = QStringLiteral("networking");
        else
            desktop.taskStatus = QStringLiteral("spawning");
        desktop.attachState = desktop.userName.isEmpty() ? QStringLiteral("UNATTACH")
                                                         : QStringLiteral("ATTACHING");
    } else if (sub.jobType == QLatin1String("attachDesktops")) {
        desktop.taskStatus = QStringLiteral("attaching");
        desktop.attachState = QStringLiteral("ATTACHING");
    } else if (sub.jobType == QLatin1String("detachDesktops")) {
        desktop.taskStatus = QStringLiteral("DesktopDetaching");
        desktop.attachState = QStringLiteral("DEATTACHING");
    } else if (sub.jobType == QLatin1String("deleteDesktops")) {
        desktop.status = QString();
        desktop.taskStatus = QStringLiteral("deleting");
    } else if (isDay2(sub.jobType)) {
        applyDay2Progress(sub, desktop);
    }
    desktop.process = process;
}

void JobEngine::applyDay2Progress(const SubJobRecord &sub, DesktopRecord &desktop)
{
    const QJsonObject &p = sub.payload;
    const int process = sub.process;
    const QString &type = sub.jobType;
    if (type == QLatin1String("operateDesktops")) {
        const QString op = p.value(QStringLiteral("op_type")).toString();
        const bool hard = p.value(QStringLiteral("type")).toString() == QLatin1String("HARD");
        if (op == QLatin1String("os-start"))
            desktop.taskStatus = QStringLiteral("powering-on");
        else if (op == QLatin1String("os-stop"))
            desktop.taskStatus = QStringLiteral("powering-off");
        else if (op == QLatin1String("reboot"))
            desktop.taskStatus
                    = hard ? QStringLiteral("rebooting_hard") : QStringLiteral("rebooting");
        else
            desktop.taskStatus = QStringLiteral("hibernating");
    } else if (type == QLatin1String("rebuildDesktops")) {
        desktop.taskStatus = process < 40 ? QStringLiteral("rebuild_block_device_mapping")
                                          : QStringLiteral("rebuild_spawning");
        desktop.loginStatus = QStringLiteral("UNREGISTER");
    } else if (type == QLatin1String("resizeDesktops")) {
        if (process < 20 && desktop.status == QLatin1String("ACTIVE")) {
            desktop.taskStatus = QStringLiteral("powering-off");
        } else {
            desktop.status = QStringLiteral("SHUTOFF");
            desktop.loginStatus = QStringLiteral("UNREGISTER");
            desktop.taskStatus = process < 60 ? QStringLiteral("resize_prep")
                                              : QStringLiteral("resize_migrating");
        }
    } else if (type == QLatin1String("addVolumes")) {
        desktop.taskStatus = QStringLiteral("volume_attaching");
    } else if (type == QLatin1String("expandVolumes")) {
        desktop.taskStatus = QStringLiteral("volume_extending");
    } else if (type == QLatin1String("deleteVolumes")) {
        desktop.taskStatus = QStringLiteral("volume_detaching");
    }
}

void JobEngine::applyDay2Final(const SubJobRecord &sub, DesktopRecord &desktop)
{
    const QJsonObject &p = sub.payload;
    const QString &type = sub.jobType;
    if (type == QLatin1String("resizeDesktops")) {
        // Back to the power state it had, resized or not.
        if (!sub.willFail)
            desktop.productId = p.value(QStringLiteral("product_id")).toString();
        desktop.status = desktop.powerBeforeJob.isEmpty() ? desktop.status : desktop.powerBeforeJob;
        desktop.powerBeforeJob.clear();
        if (desktop.status == QLatin1String("ACTIVE"))
            desktop.loginStatus = QStringLiteral("REGISTERED");
        return;
    }
    if (sub.willFail)
        return; // the desktop stays as it was
    if (type == QLatin1String("operateDesktops")) {
        const QString op = p.value(QStringLiteral("op_type")).toString();
        if (op == QLatin1String("os-start") || op == QLatin1String("reboot")) {
            desktop.status = QStringLiteral("ACTIVE");
            desktop.loginStatus = QStringLiteral("REGISTERED");
        } else {
            desktop.status = op == QLatin1String("os-stop") ? QStringLiteral("SHUTOFF")
                                                            : QStringLiteral("HIBERNATED");
            desktop.loginStatus = QStringLiteral("UNREGISTER");
        }
    } else if (type == QLatin1String("rebuildDesktops")) {
        desktop.imageId = p.value(QStringLiteral("image_id")).toString();
        desktop.imageType = p.value(QStringLiteral("image_type")).toString();
        desktop.status = QStringLiteral("ACTIVE");
        desktop.loginStatus = QStringLiteral("REGISTERED");
    } else if (type == QLatin1String("addVolumes")) {
        for (const QJsonValue &v : p.value(QStringLiteral("volumes")).toArray())
            desktop.dataVolumes.append(v);
    } else if (type == QLatin1String("expandVolumes")) {
        const QString id = p.value(QStringLiteral("volume_id")).toString();
        for (qsizetype i = 0; i < desktop.dataVolumes.size(); ++i) {
            QJsonObject v = desktop.dataVolumes.at(i).toObject();
            if (v.value(QStringLiteral("id")).toString() == id) {
                v.insert(QStringLiteral("size"), p.value(QStringLiteral("new_size")));
                desktop.dataVolumes.replace(i, v);
            }
        }
        if (desktop.rootVolume.value(QStringLiteral("id")).toString() == id)
            desktop.rootVolume.insert(QStringLiteral("size"), p.value(QStringLiteral("new_size")));
    } else if (type == QLatin1String("deleteVolumes")) {
        const QJsonArray ids = p.value(QStringLiteral("volume_ids")).toArray();
        QJsonArray kept;
        for (const QJsonValue &v : std::as_const(desktop.dataVolumes)) {
            if (!ids.contains(v.toObject().value(QStringLiteral("id"))))
                kept.append(v);
        }
        desktop.dataVolumes = kept;
    }
}

void JobEngine::applyFinal(const SubJobRecord &sub)
{
    DesktopRecord *desktop = m_state->desktop(sub.desktopId);
    // Gone (force-deleted) or taken over by a later job (a forced delete): nothing to apply.
    if (!desktop || desktop->currentJobId != sub.jobId)
        return;
    desktop->taskStatus.clear();
    desktop->process = -1;
    desktop->currentJobId.clear();
    const bool failed = sub.willFail;
    if (sub.jobType == QLatin1String("createDesktops")) {
        if (failed) {
            // The desktop stays, in ERROR, so that the administrator sees it and can delete it.
            desktop->status = QStringLiteral("ERROR");
            desktop->attachState = desktop->userName.isEmpty() ? QStringLiteral("UNATTACH")
                                                               : QStringLiteral("ATTACHFAIL");
        } else {
            desktop->status = QStringLiteral("ACTIVE");
            desktop->loginStatus = QStringLiteral("REGISTERED");
            desktop->attachState = desktop->userName.isEmpty() ? QStringLiteral("UNATTACH")
                                                               : QStringLiteral("ATTACHED");
        }
    } else if (sub.jobType == QLatin1String("attachDesktops")) {
        if (failed) {
            desktop->attachState = QStringLiteral("ATTACH_FAIL_CAN_ATTACH_AGAIN");
        } else {
            const QJsonObject &p = sub.payload;
            desktop->attachState = QStringLiteral("ATTACHED");
            desktop->userName = p.value(QStringLiteral("user_name")).toString();
            desktop->userGroup = p.value(QStringLiteral("user_group")).toString();
            desktop->userEmail = p.value(QStringLiteral("user_email")).toString();
            desktop->attachUserInfos = p.value(QStringLiteral("attach_user_infos")).toArray();
            const QString newName = p.value(QStringLiteral("computer_name")).toString();
            if (!newName.isEmpty()) {
                // Through the store: the computer name is indexed.
                m_state->renameDesktop(desktop->id, newName);
                desktop->osHostName = newName;
            }
            desktop->loginStatus = QStringLiteral("REGISTERED");
        }
    } else if (sub.jobType == QLatin1String("detachDesktops")) {
        desktop->attachState = QStringLiteral("UNATTACH");
        desktop->userName.clear();
        desktop->userGroup.clear();
        desktop->userEmail.clear();
        desktop->attachUserInfos = QJsonArray();
        desktop->loginStatus = QStringLiteral("UNREGISTER");
        if (sub.payload.value(QStringLiteral("shutoff_after_detach")).toBool())
            desktop->status = QStringLiteral("SHUTOFF");
    } else if (isDay2(sub.jobType)) {
        applyDay2Final(sub, *desktop);
    } else if (sub.jobType == QLatin1String("deleteDesktops")) {
        const QString userName = desktop->userName;
        m_state->removeDesktop(sub.desktopId);
        if (sub.payload.value(QStringLiteral("delete_users")).toBool() && !userName.isEmpty()
            && m_state->desktopCountForUser(userName) == 0) {
            if (UserRecord *user = m_state->userByName(userName))
                m_state->removeUser(user->id);
        }
    }
}

bool JobEngine::deriveJobStatus(JobRecord &job)
{
    const QString before = job.status;
    bool allFinished = true;
    bool anyStarted = false;
    const SubJobRecord *firstFailure = nullptr;
    int failures = 0;
    qint64 end = job.createdMs;
    for (const SubJobRecord &sub : job.subJobs) {
        if (sub.status != QLatin1String("WAITING"))
            anyStarted = true;
        if (!sub.finished) {
            allFinished = false;
            continue;
        }
        end = std::max(end, sub.finishedMs);
        if (sub.status == QLatin1String("FAILED")) {
            ++failures;
            if (!firstFailure)
                firstFailure = &sub;
        }
    }
    if (allFinished) {
        job.endMs = end;
        if (firstFailure) {
            // Partial failure: the job is FAILED, the desktops that succeeded stay.
            job.status = QStringLiteral("FAILED");
            job.errorCode = firstFailure->errorCode;
            job.failReason
                    = QStringLiteral("%1 of %2 sub-jobs failed. First failure (desktop %3): %4")
                              .arg(failures)
                              .arg(job.subJobs.size())
                              .arg(firstFailure->desktopId, firstFailure->failReason);
        } else {
            job.status = QStringLiteral("SUCCESS");
        }
    } else {
        job.status = anyStarted ? QStringLiteral("RUNNING") : QStringLiteral("WAITING");
    }
    return job.status != before;
}

} // namespace wsemu
