#include "learnedratekeeper.h"

#include "profilestore.h"

#include "api/http/rategovernor.h"

namespace wsc {

namespace {
// Long enough that the halving after a 429 and the climb back count as one change.
constexpr int debounceMs = 5000;
} // namespace

LearnedRateKeeper::LearnedRateKeeper(RateGovernor *governor, ProfileStore *profiles,
                                     const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_profileId(profileId)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LearnedRateKeeper::flush);
    if (governor) {
        // Only a limit the service showed is worth keeping: the rate while probing is a guess,
        // and a session that ended mid-probe would hand the next one a pace nobody accepted.
        connect(governor, &RateGovernor::rateChanged, this, [this, governor] {
            const double settled = governor->settledRate();
            if (settled <= 0 || settled == m_rate)
                return;
            m_rate = settled;
            m_dirty = true;
            m_debounce.start();
        });
    }
}

LearnedRateKeeper::~LearnedRateKeeper()
{
    flush();
}

void LearnedRateKeeper::flush()
{
    m_debounce.stop();
    if (!m_dirty || !m_profiles || m_profileId.isEmpty())
        return;
    m_dirty = false;
    m_profiles->rememberLearnedRate(m_profileId, m_rate);
}

} // namespace wsc
