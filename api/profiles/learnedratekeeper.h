#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace wsc {

class ProfileStore;
class RateGovernor;

/**
 * Remembers in the profile the pace a client's RateGovernor settles at below the limit it
 * learned, so the profile's next session (console or wsctl) starts there, knowing the limit,
 * instead of learning it again. Writes a few seconds after the pace last changed, and once more
 * when destroyed; a session that learned no limit writes nothing.
 */
class LearnedRateKeeper : public QObject
{
    Q_OBJECT
public:
    LearnedRateKeeper(RateGovernor *governor, ProfileStore *profiles, const QString &profileId,
                      QObject *parent = nullptr);
    ~LearnedRateKeeper() override;

    /** Writes the current pace now if it changed since the last write. */
    void flush();

private:
    QPointer<ProfileStore> m_profiles;
    QString m_profileId;
    QTimer m_debounce;
    double m_rate = 0; ///< kept here: the governor may be gone when this is destroyed
    bool m_dirty = false;
};

} // namespace wsc
