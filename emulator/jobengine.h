#pragma once

#include "subjobrecord.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace wsemu {

class EmulatorClock;
class FaultInjector;
class StateStore;
struct DesktopRecord;
struct JobRecord;

// Each sub-job gets an absolute timeline when it is created (WAITING until its start, RUNNING
// with process 0..100, then SUCCESS or FAILED), so the state at any instant follows from the
// clock: advance() materialises it into the desktops, and a job loaded from a state file simply
// resumes its timeline.
/** Runs the asynchronous jobs and moves the desktops through their states. */
class JobEngine : public QObject
{
    Q_OBJECT

public:
    // Base durations at time scale 1 (milliseconds).
    static constexpr qint64 CreateStaggerMs = 1000;
    static constexpr qint64 CreateDurationMs = 6000;
    static constexpr qint64 AttachStaggerMs = 500;
    static constexpr qint64 AttachDurationMs = 3000;
    static constexpr qint64 DetachDurationMs = 2000;
    static constexpr qint64 DeleteDurationMs = 3000;
    static constexpr qint64 OperateDurationMs = 2000;
    static constexpr qint64 RebuildDurationMs = 5000;
    static constexpr qint64 ResizeDurationMs = 4000;
    static constexpr qint64 VolumeDurationMs = 2000;
    static constexpr qint64 BatchStaggerMs = 100;

    JobEngine(StateStore *state, FaultInjector *faults, const EmulatorClock *clock,
              QObject *parent = nullptr);

    void setTimeScale(double scale);
    double timeScale() const { return m_timeScale; }

    /** One sub-job per desktop (the desktops are already in the store). Returns the job id. */
    QString startCreate(const QStringList &desktopIds);
    /** One sub-job per desktop; `payloads` hold what to apply on success (user, computer name). */
    QString startAttach(const QStringList &desktopIds, const QList<QJsonObject> &payloads);
    QString startDetach(const QString &desktopId, bool shutoff);
    QString startDelete(const QString &desktopId, bool deleteUsers);
    /**
     * One job with a sub-job per desktop for the day-2 operations (operateDesktops,
     * deleteDesktops, detachDesktops, rebuildDesktops, resizeDesktops, addVolumes, expandVolumes,
     * deleteVolumes); @p payload says what each applies on success (op_type, image, product...).
     */
    QString startDesktopsJob(const QString &jobType, const QStringList &desktopIds,
                             const QJsonObject &payload);

    /** Brings every job and desktop up to the clock. */
    void advance();
    bool hasActiveJobs() const;

signals:
    /** A job or desktop changed state (not emitted for mere progress). */
    void changed();

private:
    QString startJob(const QString &jobType, QList<SubJobRecord> subJobs, qint64 staggerMs,
                     qint64 durationMs, bool mayFail);
    bool advanceSubJob(SubJobRecord &sub, qint64 now);
    void applyProgress(const SubJobRecord &sub, DesktopRecord &desktop);
    void applyFinal(const SubJobRecord &sub);
    void applyDay2Progress(const SubJobRecord &sub, DesktopRecord &desktop);
    void applyDay2Final(const SubJobRecord &sub, DesktopRecord &desktop);
    static bool deriveJobStatus(JobRecord &job);
    void ensureTicking();

    StateStore *m_state;
    FaultInjector *m_faults;
    const EmulatorClock *m_clock;
    double m_timeScale = 1.0;
    QTimer m_ticker;
};

} // namespace wsemu
